# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'call_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

from pbdesk.ui.fields import (ErrorLabel, MoneyEdit, OptionalDateEdit)

class Ui_CallPage(object):
    def setupUi(self, CallPage):
        if not CallPage.objectName():
            CallPage.setObjectName(u"CallPage")
        CallPage.resize(840, 650)
        self.pageLayout = QVBoxLayout(CallPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 10, 12)
        self.titleLabel = QLabel(CallPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(CallPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.scrollArea = QScrollArea(CallPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setSpacing(10)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.contentsLayout.setContentsMargins(0, 0, 6, 0)
        self.callGroup = QGroupBox(self.scrollContents)
        self.callGroup.setObjectName(u"callGroup")
        self.callForm = QFormLayout(self.callGroup)
        self.callForm.setObjectName(u"callForm")
        self.callForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.callForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.callForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.legalFormLabel = QLabel(self.callGroup)
        self.legalFormLabel.setObjectName(u"legalFormLabel")

        self.callForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.legalFormLabel)

        self.legalFormLayout = QHBoxLayout()
        self.legalFormLayout.setSpacing(12)
        self.legalFormLayout.setObjectName(u"legalFormLayout")
        self.legalFormValue = QLabel(self.callGroup)
        self.legalFormValue.setObjectName(u"legalFormValue")
        self.legalFormValue.setText(u"")
        self.legalFormValue.setStyleSheet(u"font-weight: 600;")
        self.legalFormValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.legalFormLayout.addWidget(self.legalFormValue)

        self.legalFormHint = QLabel(self.callGroup)
        self.legalFormHint.setObjectName(u"legalFormHint")
        self.legalFormHint.setStyleSheet(u"color: palette(mid);")

        self.legalFormLayout.addWidget(self.legalFormHint)

        self.legalFormSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.legalFormLayout.addItem(self.legalFormSpacer)


        self.callForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.legalFormLayout)

        self.opensLabel = QLabel(self.callGroup)
        self.opensLabel.setObjectName(u"opensLabel")

        self.callForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.opensLabel)

        self.opensLayout = QHBoxLayout()
        self.opensLayout.setObjectName(u"opensLayout")
        self.opensEdit = OptionalDateEdit(self.callGroup)
        self.opensEdit.setObjectName(u"opensEdit")
        self.opensEdit.setMinimumSize(QSize(200, 0))

        self.opensLayout.addWidget(self.opensEdit)

        self.opensSpacer = QSpacerItem(300, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.opensLayout.addItem(self.opensSpacer)


        self.callForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.opensLayout)

        self.closesLabel = QLabel(self.callGroup)
        self.closesLabel.setObjectName(u"closesLabel")

        self.callForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.closesLabel)

        self.closesLayout = QHBoxLayout()
        self.closesLayout.setObjectName(u"closesLayout")
        self.closesEdit = OptionalDateEdit(self.callGroup)
        self.closesEdit.setObjectName(u"closesEdit")
        self.closesEdit.setMinimumSize(QSize(200, 0))

        self.closesLayout.addWidget(self.closesEdit)

        self.closesSpacer = QSpacerItem(300, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closesLayout.addItem(self.closesSpacer)


        self.callForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.closesLayout)

        self.closesError = ErrorLabel(self.callGroup)
        self.closesError.setObjectName(u"closesError")

        self.callForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.closesError)

        self.ceilingLabel = QLabel(self.callGroup)
        self.ceilingLabel.setObjectName(u"ceilingLabel")

        self.callForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ceilingLabel)

        self.ceilingLayout = QHBoxLayout()
        self.ceilingLayout.setSpacing(12)
        self.ceilingLayout.setObjectName(u"ceilingLayout")
        self.ceilingEdit = MoneyEdit(self.callGroup)
        self.ceilingEdit.setObjectName(u"ceilingEdit")
        self.ceilingEdit.setMaximumSize(QSize(200, 16777215))

        self.ceilingLayout.addWidget(self.ceilingEdit)

        self.ceilingHint = QLabel(self.callGroup)
        self.ceilingHint.setObjectName(u"ceilingHint")
        self.ceilingHint.setStyleSheet(u"color: palette(mid);")

        self.ceilingLayout.addWidget(self.ceilingHint)

        self.ceilingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ceilingLayout.addItem(self.ceilingSpacer)


        self.callForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.ceilingLayout)

        self.ceilingError = ErrorLabel(self.callGroup)
        self.ceilingError.setObjectName(u"ceilingError")

        self.callForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ceilingError)

        self.rulesLabel = QLabel(self.callGroup)
        self.rulesLabel.setObjectName(u"rulesLabel")

        self.callForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.rulesLabel)

        self.rulesEdit = QPlainTextEdit(self.callGroup)
        self.rulesEdit.setObjectName(u"rulesEdit")
        self.rulesEdit.setMinimumSize(QSize(0, 70))
        self.rulesEdit.setMaximumSize(QSize(16777215, 90))
        self.rulesEdit.setTabChangesFocus(True)

        self.callForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rulesEdit)

        self.formError = ErrorLabel(self.callGroup)
        self.formError.setObjectName(u"formError")

        self.callForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.formError)

        self.callButtonsLayout = QHBoxLayout()
        self.callButtonsLayout.setObjectName(u"callButtonsLayout")
        self.statusLabel = QLabel(self.callGroup)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setStyleSheet(u"color: #1b5e20;")

        self.callButtonsLayout.addWidget(self.statusLabel)

        self.callButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.callButtonsLayout.addItem(self.callButtonsSpacer)

        self.discardButton = QPushButton(self.callGroup)
        self.discardButton.setObjectName(u"discardButton")

        self.callButtonsLayout.addWidget(self.discardButton)

        self.saveButton = QPushButton(self.callGroup)
        self.saveButton.setObjectName(u"saveButton")

        self.callButtonsLayout.addWidget(self.saveButton)


        self.callForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.callButtonsLayout)


        self.contentsLayout.addWidget(self.callGroup)

        self.gridGroup = QGroupBox(self.scrollContents)
        self.gridGroup.setObjectName(u"gridGroup")
        self.gridLayout = QVBoxLayout(self.gridGroup)
        self.gridLayout.setSpacing(6)
        self.gridLayout.setObjectName(u"gridLayout")
        self.versionLabel = QLabel(self.gridGroup)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"")
        self.versionLabel.setWordWrap(True)

        self.gridLayout.addWidget(self.versionLabel)

        self.emptyGridBox = QWidget(self.gridGroup)
        self.emptyGridBox.setObjectName(u"emptyGridBox")
        self.emptyGridLayout = QHBoxLayout(self.emptyGridBox)
        self.emptyGridLayout.setObjectName(u"emptyGridLayout")
        self.emptyGridLayout.setContentsMargins(0, 0, 0, 0)
        self.emptyGridLabel = QLabel(self.emptyGridBox)
        self.emptyGridLabel.setObjectName(u"emptyGridLabel")
        self.emptyGridLabel.setText(u"")
        self.emptyGridLabel.setWordWrap(True)

        self.emptyGridLayout.addWidget(self.emptyGridLabel)

        self.defaultGridButton = QPushButton(self.emptyGridBox)
        self.defaultGridButton.setObjectName(u"defaultGridButton")

        self.emptyGridLayout.addWidget(self.defaultGridButton)

        self.emptyGridLayout.setStretch(0, 1)

        self.gridLayout.addWidget(self.emptyGridBox)

        self.eligibilityLabel = QLabel(self.gridGroup)
        self.eligibilityLabel.setObjectName(u"eligibilityLabel")

        self.gridLayout.addWidget(self.eligibilityLabel)

        self.eligibilityView = QTableView(self.gridGroup)
        self.eligibilityView.setObjectName(u"eligibilityView")
        self.eligibilityView.setMinimumSize(QSize(0, 130))
        self.eligibilityView.setAlternatingRowColors(True)
        self.eligibilityView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.eligibilityView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.eligibilityView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.eligibilityView.setTabKeyNavigation(False)
        self.eligibilityView.setWordWrap(False)
        self.eligibilityView.horizontalHeader().setStretchLastSection(True)
        self.eligibilityView.verticalHeader().setVisible(False)

        self.gridLayout.addWidget(self.eligibilityView)

        self.scoredLabel = QLabel(self.gridGroup)
        self.scoredLabel.setObjectName(u"scoredLabel")

        self.gridLayout.addWidget(self.scoredLabel)

        self.scoredView = QTableView(self.gridGroup)
        self.scoredView.setObjectName(u"scoredView")
        self.scoredView.setMinimumSize(QSize(0, 150))
        self.scoredView.setAlternatingRowColors(True)
        self.scoredView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scoredView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scoredView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scoredView.setTabKeyNavigation(False)
        self.scoredView.setWordWrap(False)
        self.scoredView.horizontalHeader().setStretchLastSection(True)
        self.scoredView.verticalHeader().setVisible(False)

        self.gridLayout.addWidget(self.scoredView)

        self.totalLabel = QLabel(self.gridGroup)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")
        self.totalLabel.setStyleSheet(u"color: palette(mid);")

        self.gridLayout.addWidget(self.totalLabel)

        self.criteriaButtonsLayout = QHBoxLayout()
        self.criteriaButtonsLayout.setObjectName(u"criteriaButtonsLayout")
        self.addEligibilityButton = QPushButton(self.gridGroup)
        self.addEligibilityButton.setObjectName(u"addEligibilityButton")

        self.criteriaButtonsLayout.addWidget(self.addEligibilityButton)

        self.addScoredButton = QPushButton(self.gridGroup)
        self.addScoredButton.setObjectName(u"addScoredButton")

        self.criteriaButtonsLayout.addWidget(self.addScoredButton)

        self.editCriterionButton = QPushButton(self.gridGroup)
        self.editCriterionButton.setObjectName(u"editCriterionButton")

        self.criteriaButtonsLayout.addWidget(self.editCriterionButton)

        self.removeCriterionButton = QPushButton(self.gridGroup)
        self.removeCriterionButton.setObjectName(u"removeCriterionButton")

        self.criteriaButtonsLayout.addWidget(self.removeCriterionButton)

        self.criteriaButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.criteriaButtonsLayout.addItem(self.criteriaButtonsSpacer)

        self.moveCriterionUpButton = QPushButton(self.gridGroup)
        self.moveCriterionUpButton.setObjectName(u"moveCriterionUpButton")

        self.criteriaButtonsLayout.addWidget(self.moveCriterionUpButton)

        self.moveCriterionDownButton = QPushButton(self.gridGroup)
        self.moveCriterionDownButton.setObjectName(u"moveCriterionDownButton")

        self.criteriaButtonsLayout.addWidget(self.moveCriterionDownButton)


        self.gridLayout.addLayout(self.criteriaButtonsLayout)


        self.contentsLayout.addWidget(self.gridGroup)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

#if QT_CONFIG(shortcut)
        self.opensLabel.setBuddy(self.opensEdit)
        self.closesLabel.setBuddy(self.closesEdit)
        self.ceilingLabel.setBuddy(self.ceilingEdit)
        self.rulesLabel.setBuddy(self.rulesEdit)
        self.eligibilityLabel.setBuddy(self.eligibilityView)
        self.scoredLabel.setBuddy(self.scoredView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.opensEdit, self.closesEdit)
        QWidget.setTabOrder(self.closesEdit, self.ceilingEdit)
        QWidget.setTabOrder(self.ceilingEdit, self.rulesEdit)
        QWidget.setTabOrder(self.rulesEdit, self.discardButton)
        QWidget.setTabOrder(self.discardButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.defaultGridButton)
        QWidget.setTabOrder(self.defaultGridButton, self.eligibilityView)
        QWidget.setTabOrder(self.eligibilityView, self.scoredView)
        QWidget.setTabOrder(self.scoredView, self.addEligibilityButton)
        QWidget.setTabOrder(self.addEligibilityButton, self.addScoredButton)
        QWidget.setTabOrder(self.addScoredButton, self.editCriterionButton)
        QWidget.setTabOrder(self.editCriterionButton, self.removeCriterionButton)
        QWidget.setTabOrder(self.removeCriterionButton, self.moveCriterionUpButton)
        QWidget.setTabOrder(self.moveCriterionUpButton, self.moveCriterionDownButton)

        self.retranslateUi(CallPage)

        QMetaObject.connectSlotsByName(CallPage)
    # setupUi

    def retranslateUi(self, CallPage):
        self.titleLabel.setText(QCoreApplication.translate("CallPage", u"Call for projects", None))
        self.introLabel.setText(QCoreApplication.translate("CallPage", u"The call tells holders when and how to apply; the review grid is what reviewers fill in for each application.", None))
        self.callGroup.setTitle(QCoreApplication.translate("CallPage", u"Call", None))
        self.legalFormLabel.setText(QCoreApplication.translate("CallPage", u"Legal form:", None))
        self.legalFormHint.setText(QCoreApplication.translate("CallPage", u"(chosen in the Frame of the campaign)", None))
        self.opensLabel.setText(QCoreApplication.translate("CallPage", u"&Opens on:", None))
#if QT_CONFIG(tooltip)
        self.opensEdit.setToolTip(QCoreApplication.translate("CallPage", u"The first day holders can send an application.", None))
#endif // QT_CONFIG(tooltip)
        self.closesLabel.setText(QCoreApplication.translate("CallPage", u"C&loses on:", None))
#if QT_CONFIG(tooltip)
        self.closesEdit.setToolTip(QCoreApplication.translate("CallPage", u"The last day an application is received in time.", None))
#endif // QT_CONFIG(tooltip)
        self.ceilingLabel.setText(QCoreApplication.translate("CallPage", u"Ceiling per &project (\u20ac):", None))
        self.ceilingEdit.setPlaceholderText(QCoreApplication.translate("CallPage", u"for example 5 000", None))
#if QT_CONFIG(tooltip)
        self.ceilingEdit.setToolTip(QCoreApplication.translate("CallPage", u"The most one project may ask for, in euros: 5 000 or 5000,50. Leave empty for no ceiling.", None))
#endif // QT_CONFIG(tooltip)
        self.ceilingHint.setText(QCoreApplication.translate("CallPage", u"Leave empty for no ceiling.", None))
        self.rulesLabel.setText(QCoreApplication.translate("CallPage", u"&Rules:", None))
        self.rulesEdit.setPlaceholderText(QCoreApplication.translate("CallPage", u"Who may apply, what can be funded, the operating share allowed, how applications are reviewed\u2026", None))
        self.discardButton.setText(QCoreApplication.translate("CallPage", u"Discard cha&nges", None))
#if QT_CONFIG(tooltip)
        self.discardButton.setToolTip(QCoreApplication.translate("CallPage", u"Show the call as last saved.", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("CallPage", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("CallPage", u"Save the call (Ctrl+S).", None))
#endif // QT_CONFIG(tooltip)
        self.gridGroup.setTitle(QCoreApplication.translate("CallPage", u"Review grid", None))
        self.defaultGridButton.setText(QCoreApplication.translate("CallPage", u"Start from &the default grid", None))
#if QT_CONFIG(tooltip)
        self.defaultGridButton.setToolTip(QCoreApplication.translate("CallPage", u"Add the default criteria to this campaign; you can then change them.", None))
#endif // QT_CONFIG(tooltip)
        self.eligibilityLabel.setText(QCoreApplication.translate("CallPage", u"Eligibility criteria (&yes/no):", None))
        self.scoredLabel.setText(QCoreApplication.translate("CallPage", u"Scored criteria (&weighted):", None))
        self.addEligibilityButton.setText(QCoreApplication.translate("CallPage", u"Add el&igibility criterion\u2026", None))
#if QT_CONFIG(tooltip)
        self.addEligibilityButton.setToolTip(QCoreApplication.translate("CallPage", u"Add a yes/no criterion (Insert in the eligibility table)", None))
#endif // QT_CONFIG(tooltip)
        self.addScoredButton.setText(QCoreApplication.translate("CallPage", u"&Add scored criterion\u2026", None))
#if QT_CONFIG(tooltip)
        self.addScoredButton.setToolTip(QCoreApplication.translate("CallPage", u"Add a criterion scored on a scale (Insert in the scored table)", None))
#endif // QT_CONFIG(tooltip)
        self.editCriterionButton.setText(QCoreApplication.translate("CallPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editCriterionButton.setToolTip(QCoreApplication.translate("CallPage", u"Edit the selected criterion (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.removeCriterionButton.setText(QCoreApplication.translate("CallPage", u"Re&move", None))
#if QT_CONFIG(tooltip)
        self.removeCriterionButton.setToolTip(QCoreApplication.translate("CallPage", u"Remove the selected criterion (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.moveCriterionUpButton.setText(QCoreApplication.translate("CallPage", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.moveCriterionUpButton.setToolTip(QCoreApplication.translate("CallPage", u"Move the selected criterion up in the grid (Alt+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.moveCriterionDownButton.setText(QCoreApplication.translate("CallPage", u"Move &down", None))
#if QT_CONFIG(tooltip)
        self.moveCriterionDownButton.setToolTip(QCoreApplication.translate("CallPage", u"Move the selected criterion down in the grid (Alt+Down)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

