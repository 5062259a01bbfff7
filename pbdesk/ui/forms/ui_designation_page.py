# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'designation_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

from pbdesk.ui.fields import (DateEdit, ErrorLabel)

class Ui_DesignationPage(object):
    def setupUi(self, DesignationPage):
        if not DesignationPage.objectName():
            DesignationPage.setObjectName(u"DesignationPage")
        DesignationPage.resize(840, 650)
        self.pageLayout = QVBoxLayout(DesignationPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(DesignationPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.explanationLabel = QLabel(DesignationPage)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.explanationLabel)

        self.stateLabel = QLabel(DesignationPage)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setStyleSheet(u"font-weight: 600;")

        self.pageLayout.addWidget(self.stateLabel)

        self.tableView = QTableView(DesignationPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setMinimumSize(QSize(0, 140))
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setTabKeyNavigation(False)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.totalLabel = QLabel(DesignationPage)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")
        self.totalLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.totalLabel)

        self.decisionGroup = QGroupBox(DesignationPage)
        self.decisionGroup.setObjectName(u"decisionGroup")
        self.decisionLayout = QFormLayout(self.decisionGroup)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.decisionLabel = QLabel(self.decisionGroup)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.decisionLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionFieldLayout = QVBoxLayout()
        self.decisionFieldLayout.setSpacing(2)
        self.decisionFieldLayout.setObjectName(u"decisionFieldLayout")
        self.decisionCombo = QComboBox(self.decisionGroup)
        self.decisionCombo.setObjectName(u"decisionCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.decisionCombo.sizePolicy().hasHeightForWidth())
        self.decisionCombo.setSizePolicy(sizePolicy)

        self.decisionFieldLayout.addWidget(self.decisionCombo)

        self.decisionError = ErrorLabel(self.decisionGroup)
        self.decisionError.setObjectName(u"decisionError")

        self.decisionFieldLayout.addWidget(self.decisionError)


        self.decisionLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.decisionFieldLayout)

        self.reasonsLabel = QLabel(self.decisionGroup)
        self.reasonsLabel.setObjectName(u"reasonsLabel")

        self.decisionLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonsLabel)

        self.reasonsFieldLayout = QVBoxLayout()
        self.reasonsFieldLayout.setSpacing(2)
        self.reasonsFieldLayout.setObjectName(u"reasonsFieldLayout")
        self.reasonsEdit = QPlainTextEdit(self.decisionGroup)
        self.reasonsEdit.setObjectName(u"reasonsEdit")
        self.reasonsEdit.setMaximumSize(QSize(16777215, 110))
        self.reasonsEdit.setTabChangesFocus(True)

        self.reasonsFieldLayout.addWidget(self.reasonsEdit)

        self.reasonsError = ErrorLabel(self.decisionGroup)
        self.reasonsError.setObjectName(u"reasonsError")

        self.reasonsFieldLayout.addWidget(self.reasonsError)


        self.decisionLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.reasonsFieldLayout)


        self.pageLayout.addWidget(self.decisionGroup)

        self.commonLayout = QHBoxLayout()
        self.commonLayout.setSpacing(8)
        self.commonLayout.setObjectName(u"commonLayout")
        self.decidedOnLabel = QLabel(DesignationPage)
        self.decidedOnLabel.setObjectName(u"decidedOnLabel")

        self.commonLayout.addWidget(self.decidedOnLabel)

        self.decidedOnEdit = DateEdit(DesignationPage)
        self.decidedOnEdit.setObjectName(u"decidedOnEdit")

        self.commonLayout.addWidget(self.decidedOnEdit)

        self.decidedByLabel = QLabel(DesignationPage)
        self.decidedByLabel.setObjectName(u"decidedByLabel")

        self.commonLayout.addWidget(self.decidedByLabel)

        self.decidedByEdit = QLineEdit(DesignationPage)
        self.decidedByEdit.setObjectName(u"decidedByEdit")
        self.decidedByEdit.setMaxLength(300)

        self.commonLayout.addWidget(self.decidedByEdit)

        self.saveButton = QPushButton(DesignationPage)
        self.saveButton.setObjectName(u"saveButton")

        self.commonLayout.addWidget(self.saveButton)


        self.pageLayout.addLayout(self.commonLayout)

        self.commonError = ErrorLabel(DesignationPage)
        self.commonError.setObjectName(u"commonError")

        self.pageLayout.addWidget(self.commonError)

#if QT_CONFIG(shortcut)
        self.decisionLabel.setBuddy(self.decisionCombo)
        self.reasonsLabel.setBuddy(self.reasonsEdit)
        self.decidedOnLabel.setBuddy(self.decidedOnEdit)
        self.decidedByLabel.setBuddy(self.decidedByEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tableView, self.decisionCombo)
        QWidget.setTabOrder(self.decisionCombo, self.reasonsEdit)
        QWidget.setTabOrder(self.reasonsEdit, self.decidedOnEdit)
        QWidget.setTabOrder(self.decidedOnEdit, self.decidedByEdit)
        QWidget.setTabOrder(self.decidedByEdit, self.saveButton)

        self.retranslateUi(DesignationPage)

        QMetaObject.connectSlotsByName(DesignationPage)
    # setupUi

    def retranslateUi(self, DesignationPage):
        self.titleLabel.setText(QCoreApplication.translate("DesignationPage", u"Designation by the core group", None))
        self.explanationLabel.setText(QCoreApplication.translate("DesignationPage", u"This campaign decides without a vote: the core group designates the projects funded and says why for each one. Saving sets the statuses funded or not funded, writes the journal and schedules the review one year after the decision.", None))
#if QT_CONFIG(tooltip)
        self.totalLabel.setToolTip(QCoreApplication.translate("DesignationPage", u"What the projects designated funded cost, against the campaign's envelope (frame)", None))
#endif // QT_CONFIG(tooltip)
        self.decisionGroup.setTitle(QCoreApplication.translate("DesignationPage", u"Decision on the selected project", None))
        self.decisionLabel.setText(QCoreApplication.translate("DesignationPage", u"D&ecision:", None))
        self.reasonsLabel.setText(QCoreApplication.translate("DesignationPage", u"&Reasons:", None))
        self.reasonsEdit.setPlaceholderText(QCoreApplication.translate("DesignationPage", u"Why the core group funds this project, or not", None))
        self.decidedOnLabel.setText(QCoreApplication.translate("DesignationPage", u"Decided &on:", None))
        self.decidedByLabel.setText(QCoreApplication.translate("DesignationPage", u"Decided &by:", None))
        self.saveButton.setText(QCoreApplication.translate("DesignationPage", u"&Save the designation", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("DesignationPage", u"Record the decisions, set the statuses and schedule the one-year review (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

