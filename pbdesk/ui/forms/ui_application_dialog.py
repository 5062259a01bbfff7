# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'application_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListView,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from pbdesk.ui.fields import (ErrorLabel, MoneyEdit, OptionalDateEdit)

class Ui_ApplicationDialog(object):
    def setupUi(self, ApplicationDialog):
        if not ApplicationDialog.objectName():
            ApplicationDialog.setObjectName(u"ApplicationDialog")
        ApplicationDialog.resize(760, 620)
        ApplicationDialog.setMinimumSize(QSize(640, 520))
        self.dialogLayout = QVBoxLayout(ApplicationDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabWidget = QTabWidget(ApplicationDialog)
        self.tabWidget.setObjectName(u"tabWidget")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QVBoxLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalLayout.setContentsMargins(12, 12, 12, 12)
        self.generalForm = QFormLayout()
        self.generalForm.setObjectName(u"generalForm")
        self.titleLabel = QLabel(self.generalTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.generalTab)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = ErrorLabel(self.generalTab)
        self.titleError.setObjectName(u"titleError")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.holderLabel = QLabel(self.generalTab)
        self.holderLabel.setObjectName(u"holderLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.holderLabel)

        self.holderLayout = QHBoxLayout()
        self.holderLayout.setObjectName(u"holderLayout")
        self.holderCombo = QComboBox(self.generalTab)
        self.holderCombo.setObjectName(u"holderCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.holderCombo.sizePolicy().hasHeightForWidth())
        self.holderCombo.setSizePolicy(sizePolicy)
        self.holderCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.holderCombo.setMinimumContentsLength(20)

        self.holderLayout.addWidget(self.holderCombo)

        self.newHolderButton = QPushButton(self.generalTab)
        self.newHolderButton.setObjectName(u"newHolderButton")

        self.holderLayout.addWidget(self.newHolderButton)


        self.generalForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.holderLayout)

        self.holderError = ErrorLabel(self.generalTab)
        self.holderError.setObjectName(u"holderError")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.holderError)

        self.territoryLabel = QLabel(self.generalTab)
        self.territoryLabel.setObjectName(u"territoryLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.territoryLabel)

        self.territoryCombo = QComboBox(self.generalTab)
        self.territoryCombo.setObjectName(u"territoryCombo")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.territoryCombo)

        self.territoryError = ErrorLabel(self.generalTab)
        self.territoryError.setObjectName(u"territoryError")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.territoryError)

        self.stakesLabel = QLabel(self.generalTab)
        self.stakesLabel.setObjectName(u"stakesLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.stakesLabel)

        self.stakesView = QListView(self.generalTab)
        self.stakesView.setObjectName(u"stakesView")
        self.stakesView.setMinimumSize(QSize(0, 90))
        self.stakesView.setMaximumSize(QSize(16777215, 170))
        self.stakesView.setSpacing(2)
        self.stakesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stakesView.setAlternatingRowColors(True)

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.stakesView)

        self.stakesError = ErrorLabel(self.generalTab)
        self.stakesError.setObjectName(u"stakesError")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.stakesError)

        self.requestedLabel = QLabel(self.generalTab)
        self.requestedLabel.setObjectName(u"requestedLabel")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.requestedLabel)

        self.requestedLayout = QHBoxLayout()
        self.requestedLayout.setObjectName(u"requestedLayout")
        self.requestedEdit = MoneyEdit(self.generalTab)
        self.requestedEdit.setObjectName(u"requestedEdit")
        self.requestedEdit.setMaximumSize(QSize(180, 16777215))
        self.requestedEdit.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.requestedLayout.addWidget(self.requestedEdit)

        self.euroLabel = QLabel(self.generalTab)
        self.euroLabel.setObjectName(u"euroLabel")
        self.euroLabel.setText(u"\u20ac")

        self.requestedLayout.addWidget(self.euroLabel)

        self.ceilingLabel = QLabel(self.generalTab)
        self.ceilingLabel.setObjectName(u"ceilingLabel")
        self.ceilingLabel.setText(u"")
        self.ceilingLabel.setStyleSheet(u"color: #555555;")

        self.requestedLayout.addWidget(self.ceilingLabel)

        self.requestedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.requestedLayout.addItem(self.requestedSpacer)


        self.generalForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.requestedLayout)

        self.requestedError = ErrorLabel(self.generalTab)
        self.requestedError.setObjectName(u"requestedError")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.requestedError)

        self.receivedLabel = QLabel(self.generalTab)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedEdit = OptionalDateEdit(self.generalTab)
        self.receivedEdit.setObjectName(u"receivedEdit")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.receivedEdit)

        self.statusLabel = QLabel(self.generalTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.generalForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusValueLabel = QLabel(self.generalTab)
        self.statusValueLabel.setObjectName(u"statusValueLabel")
        self.statusValueLabel.setText(u"")
        self.statusValueLabel.setWordWrap(True)
        self.statusValueLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.generalForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.statusValueLabel)


        self.generalLayout.addLayout(self.generalForm)

        self.generalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalLayout.addItem(self.generalSpacer)

        self.tabWidget.addTab(self.generalTab, "")
        self.projectTab = QWidget()
        self.projectTab.setObjectName(u"projectTab")
        self.projectForm = QFormLayout(self.projectTab)
        self.projectForm.setObjectName(u"projectForm")
        self.projectForm.setContentsMargins(12, 12, 12, 12)
        self.summaryLabel = QLabel(self.projectTab)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.projectForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(self.projectTab)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setMinimumSize(QSize(0, 70))
        self.summaryEdit.setMaximumSize(QSize(16777215, 100))
        self.summaryEdit.setTabChangesFocus(True)

        self.projectForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.descriptionLabel = QLabel(self.projectTab)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.projectForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.projectTab)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)

        self.projectForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.targetPublicLabel = QLabel(self.projectTab)
        self.targetPublicLabel.setObjectName(u"targetPublicLabel")

        self.projectForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.targetPublicLabel)

        self.targetPublicEdit = QLineEdit(self.projectTab)
        self.targetPublicEdit.setObjectName(u"targetPublicEdit")
        self.targetPublicEdit.setMaxLength(300)

        self.projectForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.targetPublicEdit)

        self.tabWidget.addTab(self.projectTab, "")
        self.budgetTab = QWidget()
        self.budgetTab.setObjectName(u"budgetTab")
        self.budgetLayout = QVBoxLayout(self.budgetTab)
        self.budgetLayout.setObjectName(u"budgetLayout")
        self.budgetLayout.setContentsMargins(12, 12, 12, 12)
        self.budgetHelpLabel = QLabel(self.budgetTab)
        self.budgetHelpLabel.setObjectName(u"budgetHelpLabel")
        self.budgetHelpLabel.setWordWrap(True)

        self.budgetLayout.addWidget(self.budgetHelpLabel)

        self.budgetView = QTableView(self.budgetTab)
        self.budgetView.setObjectName(u"budgetView")
        self.budgetView.setAlternatingRowColors(True)
        self.budgetView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.budgetView.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.budgetView.setTabKeyNavigation(False)
        self.budgetView.horizontalHeader().setStretchLastSection(True)
        self.budgetView.verticalHeader().setVisible(False)

        self.budgetLayout.addWidget(self.budgetView)

        self.budgetError = ErrorLabel(self.budgetTab)
        self.budgetError.setObjectName(u"budgetError")

        self.budgetLayout.addWidget(self.budgetError)

        self.budgetButtonsLayout = QHBoxLayout()
        self.budgetButtonsLayout.setObjectName(u"budgetButtonsLayout")
        self.addLineButton = QPushButton(self.budgetTab)
        self.addLineButton.setObjectName(u"addLineButton")

        self.budgetButtonsLayout.addWidget(self.addLineButton)

        self.removeLineButton = QPushButton(self.budgetTab)
        self.removeLineButton.setObjectName(u"removeLineButton")

        self.budgetButtonsLayout.addWidget(self.removeLineButton)

        self.budgetSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.budgetButtonsLayout.addItem(self.budgetSpacer)

        self.budgetTotalLabel = QLabel(self.budgetTab)
        self.budgetTotalLabel.setObjectName(u"budgetTotalLabel")
        self.budgetTotalLabel.setText(u"")
        self.budgetTotalLabel.setStyleSheet(u"font-weight: 600;")

        self.budgetButtonsLayout.addWidget(self.budgetTotalLabel)


        self.budgetLayout.addLayout(self.budgetButtonsLayout)

        self.tabWidget.addTab(self.budgetTab, "")
        self.attachmentsTab = QWidget()
        self.attachmentsTab.setObjectName(u"attachmentsTab")
        self.attachmentsLayout = QVBoxLayout(self.attachmentsTab)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsLayout.setContentsMargins(12, 12, 12, 12)
        self.attachmentsHelpLabel = QLabel(self.attachmentsTab)
        self.attachmentsHelpLabel.setObjectName(u"attachmentsHelpLabel")
        self.attachmentsHelpLabel.setWordWrap(True)

        self.attachmentsLayout.addWidget(self.attachmentsHelpLabel)

        self.attachmentsView = QTableView(self.attachmentsTab)
        self.attachmentsView.setObjectName(u"attachmentsView")
        self.attachmentsView.setAlternatingRowColors(True)
        self.attachmentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachmentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachmentsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachmentsView.setTabKeyNavigation(False)
        self.attachmentsView.setWordWrap(False)
        self.attachmentsView.horizontalHeader().setStretchLastSection(False)
        self.attachmentsView.verticalHeader().setVisible(False)

        self.attachmentsLayout.addWidget(self.attachmentsView)

        self.attachmentButtonsLayout = QHBoxLayout()
        self.attachmentButtonsLayout.setObjectName(u"attachmentButtonsLayout")
        self.addFileButton = QPushButton(self.attachmentsTab)
        self.addFileButton.setObjectName(u"addFileButton")

        self.attachmentButtonsLayout.addWidget(self.addFileButton)

        self.openFileButton = QPushButton(self.attachmentsTab)
        self.openFileButton.setObjectName(u"openFileButton")

        self.attachmentButtonsLayout.addWidget(self.openFileButton)

        self.saveFileButton = QPushButton(self.attachmentsTab)
        self.saveFileButton.setObjectName(u"saveFileButton")

        self.attachmentButtonsLayout.addWidget(self.saveFileButton)

        self.removeFileButton = QPushButton(self.attachmentsTab)
        self.removeFileButton.setObjectName(u"removeFileButton")

        self.attachmentButtonsLayout.addWidget(self.removeFileButton)

        self.attachmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentButtonsLayout.addItem(self.attachmentSpacer)


        self.attachmentsLayout.addLayout(self.attachmentButtonsLayout)

        self.tabWidget.addTab(self.attachmentsTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyLayout = QVBoxLayout(self.historyTab)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(12, 12, 12, 12)
        self.historyHelpLabel = QLabel(self.historyTab)
        self.historyHelpLabel.setObjectName(u"historyHelpLabel")
        self.historyHelpLabel.setWordWrap(True)

        self.historyLayout.addWidget(self.historyHelpLabel)

        self.historyView = QTableView(self.historyTab)
        self.historyView.setObjectName(u"historyView")
        self.historyView.setAlternatingRowColors(True)
        self.historyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyView.setTabKeyNavigation(False)
        self.historyView.setWordWrap(False)
        self.historyView.horizontalHeader().setStretchLastSection(True)
        self.historyView.verticalHeader().setVisible(False)

        self.historyLayout.addWidget(self.historyView)

        self.tabWidget.addTab(self.historyTab, "")

        self.dialogLayout.addWidget(self.tabWidget)

        self.generalError = ErrorLabel(ApplicationDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ApplicationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.holderLabel.setBuddy(self.holderCombo)
        self.territoryLabel.setBuddy(self.territoryCombo)
        self.stakesLabel.setBuddy(self.stakesView)
        self.requestedLabel.setBuddy(self.requestedEdit)
        self.receivedLabel.setBuddy(self.receivedEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.targetPublicLabel.setBuddy(self.targetPublicEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.holderCombo)
        QWidget.setTabOrder(self.holderCombo, self.newHolderButton)
        QWidget.setTabOrder(self.newHolderButton, self.territoryCombo)
        QWidget.setTabOrder(self.territoryCombo, self.stakesView)
        QWidget.setTabOrder(self.stakesView, self.requestedEdit)
        QWidget.setTabOrder(self.requestedEdit, self.receivedEdit)
        QWidget.setTabOrder(self.receivedEdit, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.targetPublicEdit)
        QWidget.setTabOrder(self.targetPublicEdit, self.budgetView)
        QWidget.setTabOrder(self.budgetView, self.addLineButton)
        QWidget.setTabOrder(self.addLineButton, self.removeLineButton)
        QWidget.setTabOrder(self.removeLineButton, self.attachmentsView)
        QWidget.setTabOrder(self.attachmentsView, self.addFileButton)
        QWidget.setTabOrder(self.addFileButton, self.openFileButton)
        QWidget.setTabOrder(self.openFileButton, self.saveFileButton)
        QWidget.setTabOrder(self.saveFileButton, self.removeFileButton)
        QWidget.setTabOrder(self.removeFileButton, self.historyView)
        QWidget.setTabOrder(self.historyView, self.buttonBox)
        QWidget.setTabOrder(self.buttonBox, self.tabWidget)

        self.retranslateUi(ApplicationDialog)
        self.buttonBox.rejected.connect(ApplicationDialog.reject)

        self.tabWidget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ApplicationDialog)
    # setupUi

    def retranslateUi(self, ApplicationDialog):
        ApplicationDialog.setWindowTitle(QCoreApplication.translate("ApplicationDialog", u"Application", None))
        self.titleLabel.setText(QCoreApplication.translate("ApplicationDialog", u"&Title:", None))
        self.holderLabel.setText(QCoreApplication.translate("ApplicationDialog", u"H&older:", None))
        self.newHolderButton.setText(QCoreApplication.translate("ApplicationDialog", u"&New holder\u2026", None))
#if QT_CONFIG(tooltip)
        self.newHolderButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Record a holder who is not in the list yet, and choose it", None))
#endif // QT_CONFIG(tooltip)
        self.territoryLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Te&rritory:", None))
        self.stakesLabel.setText(QCoreApplication.translate("ApplicationDialog", u"&Stakes:", None))
#if QT_CONFIG(tooltip)
        self.stakesView.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Tick the stakes this project answers (Space ticks the current one)", None))
#endif // QT_CONFIG(tooltip)
        self.requestedLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Re&quested amount:", None))
        self.receivedLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Rece&ived on:", None))
        self.statusLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Status:", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.generalTab), QCoreApplication.translate("ApplicationDialog", u"&General", None))
        self.summaryLabel.setText(QCoreApplication.translate("ApplicationDialog", u"S&ummary:", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"A few lines that present the project on the ballot and the posters", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ApplicationDialog", u"&Description:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"The project in full, as the holder describes it", None))
        self.targetPublicLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Target publi&c:", None))
        self.targetPublicEdit.setPlaceholderText(QCoreApplication.translate("ApplicationDialog", u"Who the project is for: families, young people, elderly residents\u2026", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.projectTab), QCoreApplication.translate("ApplicationDialog", u"&Project", None))
        self.budgetHelpLabel.setText(QCoreApplication.translate("ApplicationDialog", u"One line per expense: what it is, its amount and who else pays for it, if anyone. Type in a cell to change it; Insert adds a line and Delete removes the current one.", None))
        self.addLineButton.setText(QCoreApplication.translate("ApplicationDialog", u"&Add line", None))
#if QT_CONFIG(tooltip)
        self.addLineButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Add a budget line (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.removeLineButton.setText(QCoreApplication.translate("ApplicationDialog", u"Remo&ve line", None))
#if QT_CONFIG(tooltip)
        self.removeLineButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Remove the current budget line (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.budgetTab), QCoreApplication.translate("ApplicationDialog", u"&Budget", None))
        self.attachmentsHelpLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Files are kept inside the workspace (50 MB at most each), so the campaign travels as one file. Files added or removed here are stored when you press OK.", None))
        self.addFileButton.setText(QCoreApplication.translate("ApplicationDialog", u"Add &file\u2026", None))
#if QT_CONFIG(tooltip)
        self.addFileButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Choose files to attach (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.openFileButton.setText(QCoreApplication.translate("ApplicationDialog", u"Op&en", None))
#if QT_CONFIG(tooltip)
        self.openFileButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Open the selected file with the usual program (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.saveFileButton.setText(QCoreApplication.translate("ApplicationDialog", u"Save &as\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveFileButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Save a copy of the selected file on this computer", None))
#endif // QT_CONFIG(tooltip)
        self.removeFileButton.setText(QCoreApplication.translate("ApplicationDialog", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeFileButton.setToolTip(QCoreApplication.translate("ApplicationDialog", u"Remove the selected file from the application (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.attachmentsTab), QCoreApplication.translate("ApplicationDialog", u"Attach&ments", None))
        self.historyHelpLabel.setText(QCoreApplication.translate("ApplicationDialog", u"Every status change of this application, with its reason. The status is changed from the table of applications (Change status\u2026).", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.historyTab), QCoreApplication.translate("ApplicationDialog", u"Histor&y", None))
    # retranslateUi

