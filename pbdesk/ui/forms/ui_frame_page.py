# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'frame_page.ui'
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
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QTableView, QVBoxLayout, QWidget)

from pbdesk.ui.fields import (ErrorLabel, MoneyEdit, OptionalDateEdit)

class Ui_FramePage(object):
    def setupUi(self, FramePage):
        if not FramePage.objectName():
            FramePage.setObjectName(u"FramePage")
        FramePage.resize(840, 650)
        self.outerLayout = QVBoxLayout(FramePage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.titleLabel = QLabel(FramePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")
        self.titleLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(FramePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.sampleLabel = QLabel(FramePage)
        self.sampleLabel.setObjectName(u"sampleLabel")
        self.sampleLabel.setWordWrap(True)
        self.sampleLabel.setStyleSheet(u"color: palette(mid); font-style: italic;")

        self.outerLayout.addWidget(self.sampleLabel)

        self.scrollArea = QScrollArea(FramePage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.contentsLayout.setContentsMargins(0, -1, 6, -1)
        self.campaignGroup = QGroupBox(self.scrollContents)
        self.campaignGroup.setObjectName(u"campaignGroup")
        self.campaignForm = QFormLayout(self.campaignGroup)
        self.campaignForm.setObjectName(u"campaignForm")
        self.campaignForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.campaignForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.campaignForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(self.campaignGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.campaignForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.campaignGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.campaignForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = ErrorLabel(self.campaignGroup)
        self.nameError.setObjectName(u"nameError")

        self.campaignForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.yearLabel = QLabel(self.campaignGroup)
        self.yearLabel.setObjectName(u"yearLabel")

        self.campaignForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearLayout = QHBoxLayout()
        self.yearLayout.setObjectName(u"yearLayout")
        self.yearSpin = QSpinBox(self.campaignGroup)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)

        self.yearLayout.addWidget(self.yearSpin)

        self.yearSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearLayout.addItem(self.yearSpacer)


        self.campaignForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.yearLayout)

        self.yearError = ErrorLabel(self.campaignGroup)
        self.yearError.setObjectName(u"yearError")

        self.campaignForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.yearError)

        self.slugLabel = QLabel(self.campaignGroup)
        self.slugLabel.setObjectName(u"slugLabel")

        self.campaignForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.slugLabel)

        self.slugEdit = QLineEdit(self.campaignGroup)
        self.slugEdit.setObjectName(u"slugEdit")
        self.slugEdit.setMaxLength(60)

        self.campaignForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.slugEdit)

        self.slugError = ErrorLabel(self.campaignGroup)
        self.slugError.setObjectName(u"slugError")

        self.campaignForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.slugError)

        self.envelopeLabel = QLabel(self.campaignGroup)
        self.envelopeLabel.setObjectName(u"envelopeLabel")

        self.campaignForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.envelopeLabel)

        self.envelopeLayout = QHBoxLayout()
        self.envelopeLayout.setObjectName(u"envelopeLayout")
        self.envelopeEdit = MoneyEdit(self.campaignGroup)
        self.envelopeEdit.setObjectName(u"envelopeEdit")
        self.envelopeEdit.setMaximumSize(QSize(200, 16777215))
        self.envelopeEdit.setPlaceholderText(u"95 000")

        self.envelopeLayout.addWidget(self.envelopeEdit)

        self.envelopePreview = QLabel(self.campaignGroup)
        self.envelopePreview.setObjectName(u"envelopePreview")
        self.envelopePreview.setStyleSheet(u"font-weight: 600;")

        self.envelopeLayout.addWidget(self.envelopePreview)

        self.envelopeSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.envelopeLayout.addItem(self.envelopeSpacer)


        self.campaignForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.envelopeLayout)

        self.envelopeError = ErrorLabel(self.campaignGroup)
        self.envelopeError.setObjectName(u"envelopeError")

        self.campaignForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.envelopeError)

        self.themeLabel = QLabel(self.campaignGroup)
        self.themeLabel.setObjectName(u"themeLabel")

        self.campaignForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.themeLabel)

        self.themeEdit = QLineEdit(self.campaignGroup)
        self.themeEdit.setObjectName(u"themeEdit")
        self.themeEdit.setMaxLength(200)

        self.campaignForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.themeEdit)

        self.aimsLabel = QLabel(self.campaignGroup)
        self.aimsLabel.setObjectName(u"aimsLabel")
        self.aimsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.campaignForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.aimsLabel)

        self.aimsEdit = QPlainTextEdit(self.campaignGroup)
        self.aimsEdit.setObjectName(u"aimsEdit")
        self.aimsEdit.setMinimumSize(QSize(0, 72))
        self.aimsEdit.setMaximumSize(QSize(16777215, 96))
        self.aimsEdit.setTabChangesFocus(True)

        self.campaignForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.aimsEdit)


        self.contentsLayout.addWidget(self.campaignGroup)

        self.territoriesGroup = QGroupBox(self.scrollContents)
        self.territoriesGroup.setObjectName(u"territoriesGroup")
        self.territoriesLayout = QVBoxLayout(self.territoriesGroup)
        self.territoriesLayout.setObjectName(u"territoriesLayout")
        self.territoriesLabel = QLabel(self.territoriesGroup)
        self.territoriesLabel.setObjectName(u"territoriesLabel")
        self.territoriesLabel.setWordWrap(True)

        self.territoriesLayout.addWidget(self.territoriesLabel)

        self.territoriesView = QTableView(self.territoriesGroup)
        self.territoriesView.setObjectName(u"territoriesView")
        self.territoriesView.setMinimumSize(QSize(0, 120))
        self.territoriesView.setMaximumSize(QSize(16777215, 180))
        self.territoriesView.setTabKeyNavigation(False)
        self.territoriesView.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed|QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)
        self.territoriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.territoriesView.setAlternatingRowColors(True)
        self.territoriesView.verticalHeader().setVisible(True)

        self.territoriesLayout.addWidget(self.territoriesView)

        self.territoryButtonsLayout = QHBoxLayout()
        self.territoryButtonsLayout.setObjectName(u"territoryButtonsLayout")
        self.addTerritoryButton = QPushButton(self.territoriesGroup)
        self.addTerritoryButton.setObjectName(u"addTerritoryButton")

        self.territoryButtonsLayout.addWidget(self.addTerritoryButton)

        self.removeTerritoryButton = QPushButton(self.territoriesGroup)
        self.removeTerritoryButton.setObjectName(u"removeTerritoryButton")

        self.territoryButtonsLayout.addWidget(self.removeTerritoryButton)

        self.moveUpButton = QPushButton(self.territoriesGroup)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.territoryButtonsLayout.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(self.territoriesGroup)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.territoryButtonsLayout.addWidget(self.moveDownButton)

        self.territoryButtonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.territoryButtonsLayout.addItem(self.territoryButtonsSpacer)


        self.territoriesLayout.addLayout(self.territoryButtonsLayout)

        self.territoriesError = ErrorLabel(self.territoriesGroup)
        self.territoriesError.setObjectName(u"territoriesError")

        self.territoriesLayout.addWidget(self.territoriesError)


        self.contentsLayout.addWidget(self.territoriesGroup)

        self.rulesGroup = QGroupBox(self.scrollContents)
        self.rulesGroup.setObjectName(u"rulesGroup")
        self.rulesForm = QFormLayout(self.rulesGroup)
        self.rulesForm.setObjectName(u"rulesForm")
        self.rulesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rulesForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.rulesForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.callLabel = QLabel(self.rulesGroup)
        self.callLabel.setObjectName(u"callLabel")

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.callLabel)

        self.callCombo = QComboBox(self.rulesGroup)
        self.callCombo.setObjectName(u"callCombo")

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.callCombo)

        self.coreGroupLabel = QLabel(self.rulesGroup)
        self.coreGroupLabel.setObjectName(u"coreGroupLabel")

        self.rulesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.coreGroupLabel)

        self.coreGroupCombo = QComboBox(self.rulesGroup)
        self.coreGroupCombo.setObjectName(u"coreGroupCombo")

        self.rulesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.coreGroupCombo)

        self.decisionLabel = QLabel(self.rulesGroup)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionCombo = QComboBox(self.rulesGroup)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decisionCombo)

        self.startLabel = QLabel(self.rulesGroup)
        self.startLabel.setObjectName(u"startLabel")

        self.rulesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = OptionalDateEdit(self.rulesGroup)
        self.startEdit.setObjectName(u"startEdit")

        self.rulesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(self.rulesGroup)
        self.endLabel.setObjectName(u"endLabel")

        self.rulesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = OptionalDateEdit(self.rulesGroup)
        self.endEdit.setObjectName(u"endEdit")

        self.rulesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.datesError = ErrorLabel(self.rulesGroup)
        self.datesError.setObjectName(u"datesError")

        self.rulesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.datesError)

        self.voteLabel = QLabel(self.rulesGroup)
        self.voteLabel.setObjectName(u"voteLabel")

        self.rulesForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.voteLabel)

        self.voteEdit = OptionalDateEdit(self.rulesGroup)
        self.voteEdit.setObjectName(u"voteEdit")

        self.rulesForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.voteEdit)

        self.voteError = ErrorLabel(self.rulesGroup)
        self.voteError.setObjectName(u"voteError")

        self.rulesForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.voteError)


        self.contentsLayout.addWidget(self.rulesGroup)

        self.contentsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.outerLayout.addWidget(self.scrollArea)

        self.formError = ErrorLabel(FramePage)
        self.formError.setObjectName(u"formError")

        self.outerLayout.addWidget(self.formError)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.statusLabel = QLabel(FramePage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setStyleSheet(u"color: #1b5e20;")

        self.buttonsLayout.addWidget(self.statusLabel)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(FramePage)
        self.revertButton.setObjectName(u"revertButton")
        self.revertButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(FramePage)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setMinimumSize(QSize(160, 0))

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.slugLabel.setBuddy(self.slugEdit)
        self.envelopeLabel.setBuddy(self.envelopeEdit)
        self.themeLabel.setBuddy(self.themeEdit)
        self.aimsLabel.setBuddy(self.aimsEdit)
        self.territoriesLabel.setBuddy(self.territoriesView)
        self.callLabel.setBuddy(self.callCombo)
        self.coreGroupLabel.setBuddy(self.coreGroupCombo)
        self.decisionLabel.setBuddy(self.decisionCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.voteLabel.setBuddy(self.voteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.slugEdit)
        QWidget.setTabOrder(self.slugEdit, self.envelopeEdit)
        QWidget.setTabOrder(self.envelopeEdit, self.themeEdit)
        QWidget.setTabOrder(self.themeEdit, self.aimsEdit)
        QWidget.setTabOrder(self.aimsEdit, self.territoriesView)
        QWidget.setTabOrder(self.territoriesView, self.addTerritoryButton)
        QWidget.setTabOrder(self.addTerritoryButton, self.removeTerritoryButton)
        QWidget.setTabOrder(self.removeTerritoryButton, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.callCombo)
        QWidget.setTabOrder(self.callCombo, self.coreGroupCombo)
        QWidget.setTabOrder(self.coreGroupCombo, self.decisionCombo)
        QWidget.setTabOrder(self.decisionCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.voteEdit)
        QWidget.setTabOrder(self.voteEdit, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.saveButton)

        self.retranslateUi(FramePage)

        QMetaObject.connectSlotsByName(FramePage)
    # setupUi

    def retranslateUi(self, FramePage):
        self.titleLabel.setText(QCoreApplication.translate("FramePage", u"New campaign", None))
        self.introLabel.setText(QCoreApplication.translate("FramePage", u"The frame fixes the perimeter, the envelope and the rules of the campaign.", None))
        self.sampleLabel.setText(QCoreApplication.translate("FramePage", u"Sample campaign: the figures the source document does not give are invented.", None))
        self.campaignGroup.setTitle(QCoreApplication.translate("FramePage", u"Campaign", None))
        self.nameLabel.setText(QCoreApplication.translate("FramePage", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("FramePage", u"for example Air Bel 2021", None))
        self.yearLabel.setText(QCoreApplication.translate("FramePage", u"&Year:", None))
        self.slugLabel.setText(QCoreApplication.translate("FramePage", u"Sho&rt name:", None))
#if QT_CONFIG(tooltip)
        self.slugEdit.setToolTip(QCoreApplication.translate("FramePage", u"Lower-case letters, digits and dashes. It names the campaign in files and on the command line. Filled in from the name until you change it.", None))
#endif // QT_CONFIG(tooltip)
        self.slugEdit.setPlaceholderText(QCoreApplication.translate("FramePage", u"for example air-bel-2021", None))
        self.envelopeLabel.setText(QCoreApplication.translate("FramePage", u"Enve&lope (\u20ac):", None))
#if QT_CONFIG(tooltip)
        self.envelopeEdit.setToolTip(QCoreApplication.translate("FramePage", u"The amount residents decide on, in euros: 95 000 or 95000,50.", None))
#endif // QT_CONFIG(tooltip)
        self.themeLabel.setText(QCoreApplication.translate("FramePage", u"&Theme (optional):", None))
        self.themeEdit.setPlaceholderText(QCoreApplication.translate("FramePage", u"for example living together, the environment", None))
        self.aimsLabel.setText(QCoreApplication.translate("FramePage", u"A&ims:", None))
        self.aimsEdit.setPlaceholderText(QCoreApplication.translate("FramePage", u"Why this campaign: what the team and the residents expect from it.", None))
        self.territoriesGroup.setTitle(QCoreApplication.translate("FramePage", u"Territories", None))
        self.territoriesLabel.setText(QCoreApplication.translate("FramePage", u"The quartiers in the &perimeter. Type in a cell to change it (F2 edits, Enter confirms).", None))
        self.addTerritoryButton.setText(QCoreApplication.translate("FramePage", u"&Add territory", None))
#if QT_CONFIG(tooltip)
        self.addTerritoryButton.setToolTip(QCoreApplication.translate("FramePage", u"Add an empty row (Insert in the table).", None))
#endif // QT_CONFIG(tooltip)
        self.removeTerritoryButton.setText(QCoreApplication.translate("FramePage", u"Re&move", None))
#if QT_CONFIG(tooltip)
        self.removeTerritoryButton.setToolTip(QCoreApplication.translate("FramePage", u"Remove the selected territory (Delete in the table).", None))
#endif // QT_CONFIG(tooltip)
        self.moveUpButton.setText(QCoreApplication.translate("FramePage", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("FramePage", u"Move the selected territory up (Alt+Up in the table).", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("FramePage", u"Move do&wn", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("FramePage", u"Move the selected territory down (Alt+Down in the table).", None))
#endif // QT_CONFIG(tooltip)
        self.rulesGroup.setTitle(QCoreApplication.translate("FramePage", u"Rules and dates", None))
        self.callLabel.setText(QCoreApplication.translate("FramePage", u"Le&gal form of the call:", None))
        self.coreGroupLabel.setText(QCoreApplication.translate("FramePage", u"&Kind of core group:", None))
        self.decisionLabel.setText(QCoreApplication.translate("FramePage", u"&Decision mode:", None))
        self.startLabel.setText(QCoreApplication.translate("FramePage", u"&Start:", None))
        self.endLabel.setText(QCoreApplication.translate("FramePage", u"&End:", None))
        self.voteLabel.setText(QCoreApplication.translate("FramePage", u"V&ote date:", None))
        self.revertButton.setText(QCoreApplication.translate("FramePage", u"Revert changes", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("FramePage", u"Forget the changes made since the last save.", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("FramePage", u"Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("FramePage", u"Save the frame (Ctrl+S).", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

