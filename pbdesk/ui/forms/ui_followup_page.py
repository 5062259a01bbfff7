# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'followup_page.ui'
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
    QLabel, QLineEdit, QListView, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

from pbdesk.ui.fields import (DateEdit, ErrorLabel, MoneyEdit, OptionalDateEdit)
from pbdesk.ui.money_bar import MoneyBar

class Ui_FollowUpPage(object):
    def setupUi(self, FollowUpPage):
        if not FollowUpPage.objectName():
            FollowUpPage.setObjectName(u"FollowUpPage")
        FollowUpPage.resize(840, 650)
        self.pageLayout = QVBoxLayout(FollowUpPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(FollowUpPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.titleLayout.addWidget(self.titleLabel)

        self.titleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleLayout.addItem(self.titleSpacer)

        self.totalsLabel = QLabel(FollowUpPage)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.titleLayout.addWidget(self.totalsLabel)


        self.pageLayout.addLayout(self.titleLayout)

        self.totalsBar = MoneyBar(FollowUpPage)
        self.totalsBar.setObjectName(u"totalsBar")
        self.totalsBar.setMinimumSize(QSize(0, 14))

        self.pageLayout.addWidget(self.totalsBar)

        self.splitter = QSplitter(FollowUpPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.projectsBox = QWidget(self.splitter)
        self.projectsBox.setObjectName(u"projectsBox")
        self.projectsLayout = QVBoxLayout(self.projectsBox)
        self.projectsLayout.setObjectName(u"projectsLayout")
        self.projectsLayout.setContentsMargins(0, 0, 0, 0)
        self.projectsHeader = QHBoxLayout()
        self.projectsHeader.setObjectName(u"projectsHeader")
        self.projectsLabel = QLabel(self.projectsBox)
        self.projectsLabel.setObjectName(u"projectsLabel")
        self.projectsLabel.setStyleSheet(u"font-weight: 600;")

        self.projectsHeader.addWidget(self.projectsLabel)

        self.projectsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.projectsHeader.addItem(self.projectsSpacer)

        self.offVoteButton = QPushButton(self.projectsBox)
        self.offVoteButton.setObjectName(u"offVoteButton")

        self.projectsHeader.addWidget(self.offVoteButton)


        self.projectsLayout.addLayout(self.projectsHeader)

        self.projectsView = QTableView(self.projectsBox)
        self.projectsView.setObjectName(u"projectsView")
        self.projectsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.projectsView.setTabKeyNavigation(False)
        self.projectsView.setAlternatingRowColors(True)
        self.projectsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.projectsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.projectsView.setWordWrap(False)
        self.projectsView.verticalHeader().setVisible(False)

        self.projectsLayout.addWidget(self.projectsView)

        self.emptyLabel = QLabel(self.projectsBox)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)

        self.projectsLayout.addWidget(self.emptyLabel)

        self.splitter.addWidget(self.projectsBox)
        self.detailGroup = QGroupBox(self.splitter)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailLayout = QVBoxLayout(self.detailGroup)
        self.detailLayout.setObjectName(u"detailLayout")
        self.projectMoneyLayout = QHBoxLayout()
        self.projectMoneyLayout.setSpacing(12)
        self.projectMoneyLayout.setObjectName(u"projectMoneyLayout")
        self.projectMoneyLabel = QLabel(self.detailGroup)
        self.projectMoneyLabel.setObjectName(u"projectMoneyLabel")

        self.projectMoneyLayout.addWidget(self.projectMoneyLabel)

        self.projectBar = MoneyBar(self.detailGroup)
        self.projectBar.setObjectName(u"projectBar")
        self.projectBar.setMinimumSize(QSize(0, 12))

        self.projectMoneyLayout.addWidget(self.projectBar)


        self.detailLayout.addLayout(self.projectMoneyLayout)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusLabel = QLabel(self.detailGroup)
        self.statusLabel.setObjectName(u"statusLabel")

        self.statusLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(self.detailGroup)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setMinimumSize(QSize(200, 0))

        self.statusLayout.addWidget(self.statusCombo)

        self.reasonLabel = QLabel(self.detailGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.statusLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(self.detailGroup)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.statusLayout.addWidget(self.reasonEdit)

        self.statusButton = QPushButton(self.detailGroup)
        self.statusButton.setObjectName(u"statusButton")

        self.statusLayout.addWidget(self.statusButton)


        self.detailLayout.addLayout(self.statusLayout)

        self.statusError = ErrorLabel(self.detailGroup)
        self.statusError.setObjectName(u"statusError")

        self.detailLayout.addWidget(self.statusError)

        self.detailTabs = QTabWidget(self.detailGroup)
        self.detailTabs.setObjectName(u"detailTabs")
        self.subsidyTab = QWidget()
        self.subsidyTab.setObjectName(u"subsidyTab")
        self.subsidyTabLayout = QVBoxLayout(self.subsidyTab)
        self.subsidyTabLayout.setObjectName(u"subsidyTabLayout")
        self.subsidyTabLayout.setContentsMargins(0, 0, 0, 0)
        self.subsidyScroll = QScrollArea(self.subsidyTab)
        self.subsidyScroll.setObjectName(u"subsidyScroll")
        self.subsidyScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.subsidyScroll.setWidgetResizable(True)
        self.subsidyScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.subsidyContents = QWidget()
        self.subsidyContents.setObjectName(u"subsidyContents")
        self.subsidyLayout = QVBoxLayout(self.subsidyContents)
        self.subsidyLayout.setObjectName(u"subsidyLayout")
        self.subsidyLayout.setContentsMargins(4, 4, 4, 4)
        self.subsidyTopLayout = QHBoxLayout()
        self.subsidyTopLayout.setSpacing(24)
        self.subsidyTopLayout.setObjectName(u"subsidyTopLayout")
        self.subsidyForm = QFormLayout()
        self.subsidyForm.setObjectName(u"subsidyForm")
        self.subsidyForm.setHorizontalSpacing(8)
        self.subsidyForm.setVerticalSpacing(6)
        self.subsidyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.awardedLabel = QLabel(self.subsidyContents)
        self.awardedLabel.setObjectName(u"awardedLabel")

        self.subsidyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.awardedLabel)

        self.awardedEdit = MoneyEdit(self.subsidyContents)
        self.awardedEdit.setObjectName(u"awardedEdit")
        self.awardedEdit.setMinimumSize(QSize(140, 0))

        self.subsidyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.awardedEdit)

        self.awardedError = ErrorLabel(self.subsidyContents)
        self.awardedError.setObjectName(u"awardedError")

        self.subsidyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.awardedError)

        self.conventionLabel = QLabel(self.subsidyContents)
        self.conventionLabel.setObjectName(u"conventionLabel")

        self.subsidyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.conventionLabel)

        self.conventionEdit = QLineEdit(self.subsidyContents)
        self.conventionEdit.setObjectName(u"conventionEdit")
        self.conventionEdit.setMaxLength(100)

        self.subsidyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.conventionEdit)

        self.conventionReferenceError = ErrorLabel(self.subsidyContents)
        self.conventionReferenceError.setObjectName(u"conventionReferenceError")

        self.subsidyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.conventionReferenceError)

        self.conventionDateLabel = QLabel(self.subsidyContents)
        self.conventionDateLabel.setObjectName(u"conventionDateLabel")

        self.subsidyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.conventionDateLabel)

        self.conventionDateEdit = OptionalDateEdit(self.subsidyContents)
        self.conventionDateEdit.setObjectName(u"conventionDateEdit")
        self.conventionDateEdit.setMinimumSize(QSize(170, 0))

        self.subsidyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.conventionDateEdit)

        self.yearEndLabel = QLabel(self.subsidyContents)
        self.yearEndLabel.setObjectName(u"yearEndLabel")

        self.subsidyForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.yearEndLabel)

        self.yearEndEdit = OptionalDateEdit(self.subsidyContents)
        self.yearEndEdit.setObjectName(u"yearEndEdit")
        self.yearEndEdit.setMinimumSize(QSize(170, 0))

        self.subsidyForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.yearEndEdit)

        self.reportLabel = QLabel(self.subsidyContents)
        self.reportLabel.setObjectName(u"reportLabel")

        self.subsidyForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reportLabel)

        self.reportEdit = OptionalDateEdit(self.subsidyContents)
        self.reportEdit.setObjectName(u"reportEdit")
        self.reportEdit.setMinimumSize(QSize(170, 0))

        self.subsidyForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reportEdit)

        self.reportError = ErrorLabel(self.subsidyContents)
        self.reportError.setObjectName(u"reportError")

        self.subsidyForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reportError)

        self.reportDueLabel = QLabel(self.subsidyContents)
        self.reportDueLabel.setObjectName(u"reportDueLabel")

        self.subsidyForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reportDueLabel)

        self.reportDueValue = QLabel(self.subsidyContents)
        self.reportDueValue.setObjectName(u"reportDueValue")

        self.subsidyForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reportDueValue)


        self.subsidyTopLayout.addLayout(self.subsidyForm)

        self.reportedForm = QFormLayout()
        self.reportedForm.setObjectName(u"reportedForm")
        self.reportedForm.setHorizontalSpacing(8)
        self.reportedForm.setVerticalSpacing(6)
        self.progressLabel = QLabel(self.subsidyContents)
        self.progressLabel.setObjectName(u"progressLabel")

        self.reportedForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.progressLabel)

        self.progressSpin = QSpinBox(self.subsidyContents)
        self.progressSpin.setObjectName(u"progressSpin")
        self.progressSpin.setMaximum(100)
        self.progressSpin.setSuffix(u" %")
        self.progressSpin.setMinimumSize(QSize(90, 0))

        self.reportedForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.progressSpin)

        self.progressError = ErrorLabel(self.subsidyContents)
        self.progressError.setObjectName(u"progressError")

        self.reportedForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.progressError)

        self.beneficiariesLabel = QLabel(self.subsidyContents)
        self.beneficiariesLabel.setObjectName(u"beneficiariesLabel")

        self.reportedForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.beneficiariesLabel)

        self.beneficiariesSpin = QSpinBox(self.subsidyContents)
        self.beneficiariesSpin.setObjectName(u"beneficiariesSpin")
        self.beneficiariesSpin.setMinimum(-1)
        self.beneficiariesSpin.setMaximum(1000000)
        self.beneficiariesSpin.setValue(-1)
        self.beneficiariesSpin.setSpecialValueText(u"\u2014")
        self.beneficiariesSpin.setMinimumSize(QSize(90, 0))

        self.reportedForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.beneficiariesSpin)

        self.activitiesLabel = QLabel(self.subsidyContents)
        self.activitiesLabel.setObjectName(u"activitiesLabel")

        self.reportedForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.activitiesLabel)

        self.activitiesEdit = QPlainTextEdit(self.subsidyContents)
        self.activitiesEdit.setObjectName(u"activitiesEdit")
        self.activitiesEdit.setTabChangesFocus(True)
        self.activitiesEdit.setMaximumSize(QSize(16777215, 70))

        self.reportedForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.activitiesEdit)


        self.subsidyTopLayout.addLayout(self.reportedForm)


        self.subsidyLayout.addLayout(self.subsidyTopLayout)

        self.subsidyButtons = QHBoxLayout()
        self.subsidyButtons.setObjectName(u"subsidyButtons")
        self.subsidyGeneralError = ErrorLabel(self.subsidyContents)
        self.subsidyGeneralError.setObjectName(u"subsidyGeneralError")

        self.subsidyButtons.addWidget(self.subsidyGeneralError)

        self.subsidySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.subsidyButtons.addItem(self.subsidySpacer)

        self.saveButton = QPushButton(self.subsidyContents)
        self.saveButton.setObjectName(u"saveButton")

        self.subsidyButtons.addWidget(self.saveButton)


        self.subsidyLayout.addLayout(self.subsidyButtons)

        self.instalmentsHeader = QHBoxLayout()
        self.instalmentsHeader.setSpacing(12)
        self.instalmentsHeader.setObjectName(u"instalmentsHeader")
        self.instalmentsLabel = QLabel(self.subsidyContents)
        self.instalmentsLabel.setObjectName(u"instalmentsLabel")
        self.instalmentsLabel.setStyleSheet(u"font-weight: 600;")

        self.instalmentsHeader.addWidget(self.instalmentsLabel)

        self.instalmentTotalLabel = QLabel(self.subsidyContents)
        self.instalmentTotalLabel.setObjectName(u"instalmentTotalLabel")

        self.instalmentsHeader.addWidget(self.instalmentTotalLabel)

        self.subsidyBar = MoneyBar(self.subsidyContents)
        self.subsidyBar.setObjectName(u"subsidyBar")
        self.subsidyBar.setMinimumSize(QSize(120, 12))

        self.instalmentsHeader.addWidget(self.subsidyBar)


        self.subsidyLayout.addLayout(self.instalmentsHeader)

        self.instalmentsView = QTableView(self.subsidyContents)
        self.instalmentsView.setObjectName(u"instalmentsView")
        self.instalmentsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.instalmentsView.setTabKeyNavigation(False)
        self.instalmentsView.setAlternatingRowColors(True)
        self.instalmentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.instalmentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.instalmentsView.setWordWrap(False)
        self.instalmentsView.verticalHeader().setVisible(False)

        self.subsidyLayout.addWidget(self.instalmentsView)

        self.instalmentError = ErrorLabel(self.subsidyContents)
        self.instalmentError.setObjectName(u"instalmentError")

        self.subsidyLayout.addWidget(self.instalmentError)

        self.instalmentButtons = QHBoxLayout()
        self.instalmentButtons.setObjectName(u"instalmentButtons")
        self.instalmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.instalmentButtons.addItem(self.instalmentSpacer)

        self.payInstalmentButton = QPushButton(self.subsidyContents)
        self.payInstalmentButton.setObjectName(u"payInstalmentButton")

        self.instalmentButtons.addWidget(self.payInstalmentButton)

        self.addInstalmentButton = QPushButton(self.subsidyContents)
        self.addInstalmentButton.setObjectName(u"addInstalmentButton")

        self.instalmentButtons.addWidget(self.addInstalmentButton)

        self.editInstalmentButton = QPushButton(self.subsidyContents)
        self.editInstalmentButton.setObjectName(u"editInstalmentButton")

        self.instalmentButtons.addWidget(self.editInstalmentButton)

        self.removeInstalmentButton = QPushButton(self.subsidyContents)
        self.removeInstalmentButton.setObjectName(u"removeInstalmentButton")

        self.instalmentButtons.addWidget(self.removeInstalmentButton)


        self.subsidyLayout.addLayout(self.instalmentButtons)

        self.subsidyScroll.setWidget(self.subsidyContents)

        self.subsidyTabLayout.addWidget(self.subsidyScroll)

        self.detailTabs.addTab(self.subsidyTab, "")
        self.milestonesTab = QWidget()
        self.milestonesTab.setObjectName(u"milestonesTab")
        self.milestonesLayout = QVBoxLayout(self.milestonesTab)
        self.milestonesLayout.setObjectName(u"milestonesLayout")
        self.milestonesView = QTableView(self.milestonesTab)
        self.milestonesView.setObjectName(u"milestonesView")
        self.milestonesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.milestonesView.setTabKeyNavigation(False)
        self.milestonesView.setAlternatingRowColors(True)
        self.milestonesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.milestonesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestonesView.setWordWrap(False)
        self.milestonesView.verticalHeader().setVisible(False)

        self.milestonesLayout.addWidget(self.milestonesView)

        self.milestoneError = ErrorLabel(self.milestonesTab)
        self.milestoneError.setObjectName(u"milestoneError")

        self.milestonesLayout.addWidget(self.milestoneError)

        self.milestoneButtons = QHBoxLayout()
        self.milestoneButtons.setObjectName(u"milestoneButtons")
        self.milestoneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.milestoneButtons.addItem(self.milestoneSpacer)

        self.reachMilestoneButton = QPushButton(self.milestonesTab)
        self.reachMilestoneButton.setObjectName(u"reachMilestoneButton")

        self.milestoneButtons.addWidget(self.reachMilestoneButton)

        self.addMilestoneButton = QPushButton(self.milestonesTab)
        self.addMilestoneButton.setObjectName(u"addMilestoneButton")

        self.milestoneButtons.addWidget(self.addMilestoneButton)

        self.editMilestoneButton = QPushButton(self.milestonesTab)
        self.editMilestoneButton.setObjectName(u"editMilestoneButton")

        self.milestoneButtons.addWidget(self.editMilestoneButton)

        self.removeMilestoneButton = QPushButton(self.milestonesTab)
        self.removeMilestoneButton.setObjectName(u"removeMilestoneButton")

        self.milestoneButtons.addWidget(self.removeMilestoneButton)


        self.milestonesLayout.addLayout(self.milestoneButtons)

        self.detailTabs.addTab(self.milestonesTab, "")
        self.updatesTab = QWidget()
        self.updatesTab.setObjectName(u"updatesTab")
        self.updatesLayout = QVBoxLayout(self.updatesTab)
        self.updatesLayout.setObjectName(u"updatesLayout")
        self.updatesView = QTableView(self.updatesTab)
        self.updatesView.setObjectName(u"updatesView")
        self.updatesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.updatesView.setTabKeyNavigation(False)
        self.updatesView.setAlternatingRowColors(True)
        self.updatesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.updatesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.updatesView.setWordWrap(False)
        self.updatesView.verticalHeader().setVisible(False)

        self.updatesLayout.addWidget(self.updatesView)

        self.photoLayout = QHBoxLayout()
        self.photoLayout.setObjectName(u"photoLayout")
        self.photosLabel = QLabel(self.updatesTab)
        self.photosLabel.setObjectName(u"photosLabel")

        self.photoLayout.addWidget(self.photosLabel)

        self.photosList = QListWidget(self.updatesTab)
        self.photosList.setObjectName(u"photosList")
        self.photosList.setMaximumSize(QSize(16777215, 58))
        self.photosList.setFlow(QListView.Flow.LeftToRight)

        self.photoLayout.addWidget(self.photosList)


        self.updatesLayout.addLayout(self.photoLayout)

        self.updateError = ErrorLabel(self.updatesTab)
        self.updateError.setObjectName(u"updateError")

        self.updatesLayout.addWidget(self.updateError)

        self.updateButtons = QHBoxLayout()
        self.updateButtons.setObjectName(u"updateButtons")
        self.updateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.updateButtons.addItem(self.updateSpacer)

        self.addUpdateButton = QPushButton(self.updatesTab)
        self.addUpdateButton.setObjectName(u"addUpdateButton")

        self.updateButtons.addWidget(self.addUpdateButton)

        self.editUpdateButton = QPushButton(self.updatesTab)
        self.editUpdateButton.setObjectName(u"editUpdateButton")

        self.updateButtons.addWidget(self.editUpdateButton)

        self.removeUpdateButton = QPushButton(self.updatesTab)
        self.removeUpdateButton.setObjectName(u"removeUpdateButton")

        self.updateButtons.addWidget(self.removeUpdateButton)


        self.updatesLayout.addLayout(self.updateButtons)

        self.updatesLayout.setStretch(0, 1)
        self.detailTabs.addTab(self.updatesTab, "")
        self.expensesTab = QWidget()
        self.expensesTab.setObjectName(u"expensesTab")
        self.expensesLayout = QVBoxLayout(self.expensesTab)
        self.expensesLayout.setObjectName(u"expensesLayout")
        self.expensesView = QTableView(self.expensesTab)
        self.expensesView.setObjectName(u"expensesView")
        self.expensesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.expensesView.setTabKeyNavigation(False)
        self.expensesView.setAlternatingRowColors(True)
        self.expensesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.expensesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.expensesView.setWordWrap(False)
        self.expensesView.verticalHeader().setVisible(False)

        self.expensesLayout.addWidget(self.expensesView)

        self.expenseButtons = QHBoxLayout()
        self.expenseButtons.setObjectName(u"expenseButtons")
        self.expenseTotalLabel = QLabel(self.expensesTab)
        self.expenseTotalLabel.setObjectName(u"expenseTotalLabel")

        self.expenseButtons.addWidget(self.expenseTotalLabel)

        self.expenseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expenseButtons.addItem(self.expenseSpacer)

        self.addExpenseButton = QPushButton(self.expensesTab)
        self.addExpenseButton.setObjectName(u"addExpenseButton")

        self.expenseButtons.addWidget(self.addExpenseButton)

        self.editExpenseButton = QPushButton(self.expensesTab)
        self.editExpenseButton.setObjectName(u"editExpenseButton")

        self.expenseButtons.addWidget(self.editExpenseButton)

        self.removeExpenseButton = QPushButton(self.expensesTab)
        self.removeExpenseButton.setObjectName(u"removeExpenseButton")

        self.expenseButtons.addWidget(self.removeExpenseButton)


        self.expensesLayout.addLayout(self.expenseButtons)

        self.detailTabs.addTab(self.expensesTab, "")

        self.detailLayout.addWidget(self.detailTabs)

        self.splitter.addWidget(self.detailGroup)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.projectsLabel.setBuddy(self.projectsView)
        self.statusLabel.setBuddy(self.statusCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.awardedLabel.setBuddy(self.awardedEdit)
        self.conventionLabel.setBuddy(self.conventionEdit)
        self.conventionDateLabel.setBuddy(self.conventionDateEdit)
        self.yearEndLabel.setBuddy(self.yearEndEdit)
        self.reportLabel.setBuddy(self.reportEdit)
        self.progressLabel.setBuddy(self.progressSpin)
        self.beneficiariesLabel.setBuddy(self.beneficiariesSpin)
        self.activitiesLabel.setBuddy(self.activitiesEdit)
        self.instalmentsLabel.setBuddy(self.instalmentsView)
        self.photosLabel.setBuddy(self.photosList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.projectsView, self.offVoteButton)
        QWidget.setTabOrder(self.offVoteButton, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.statusButton)
        QWidget.setTabOrder(self.statusButton, self.detailTabs)
        QWidget.setTabOrder(self.detailTabs, self.awardedEdit)
        QWidget.setTabOrder(self.awardedEdit, self.conventionEdit)
        QWidget.setTabOrder(self.conventionEdit, self.conventionDateEdit)
        QWidget.setTabOrder(self.conventionDateEdit, self.yearEndEdit)
        QWidget.setTabOrder(self.yearEndEdit, self.reportEdit)
        QWidget.setTabOrder(self.reportEdit, self.progressSpin)
        QWidget.setTabOrder(self.progressSpin, self.beneficiariesSpin)
        QWidget.setTabOrder(self.beneficiariesSpin, self.activitiesEdit)
        QWidget.setTabOrder(self.activitiesEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.instalmentsView)
        QWidget.setTabOrder(self.instalmentsView, self.payInstalmentButton)
        QWidget.setTabOrder(self.payInstalmentButton, self.addInstalmentButton)
        QWidget.setTabOrder(self.addInstalmentButton, self.editInstalmentButton)
        QWidget.setTabOrder(self.editInstalmentButton, self.removeInstalmentButton)
        QWidget.setTabOrder(self.removeInstalmentButton, self.milestonesView)
        QWidget.setTabOrder(self.milestonesView, self.reachMilestoneButton)
        QWidget.setTabOrder(self.reachMilestoneButton, self.addMilestoneButton)
        QWidget.setTabOrder(self.addMilestoneButton, self.editMilestoneButton)
        QWidget.setTabOrder(self.editMilestoneButton, self.removeMilestoneButton)
        QWidget.setTabOrder(self.removeMilestoneButton, self.updatesView)
        QWidget.setTabOrder(self.updatesView, self.photosList)
        QWidget.setTabOrder(self.photosList, self.addUpdateButton)
        QWidget.setTabOrder(self.addUpdateButton, self.editUpdateButton)
        QWidget.setTabOrder(self.editUpdateButton, self.removeUpdateButton)
        QWidget.setTabOrder(self.removeUpdateButton, self.expensesView)
        QWidget.setTabOrder(self.expensesView, self.addExpenseButton)
        QWidget.setTabOrder(self.addExpenseButton, self.editExpenseButton)
        QWidget.setTabOrder(self.editExpenseButton, self.removeExpenseButton)

        self.retranslateUi(FollowUpPage)

        QMetaObject.connectSlotsByName(FollowUpPage)
    # setupUi

    def retranslateUi(self, FollowUpPage):
        self.titleLabel.setText(QCoreApplication.translate("FollowUpPage", u"Follow-up of the projects", None))
        self.projectsLabel.setText(QCoreApplication.translate("FollowUpPage", u"&Projects followed", None))
        self.offVoteButton.setText(QCoreApplication.translate("FollowUpPage", u"Add a project carried out outside the vote\u2026", None))
#if QT_CONFIG(tooltip)
        self.projectsView.setToolTip(QCoreApplication.translate("FollowUpPage", u"The bar: paid (dark), committed (light) against the allocation; red when overspent.", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("FollowUpPage", u"No funded project yet: projects appear here once the results are published.", None))
        self.detailGroup.setTitle(QCoreApplication.translate("FollowUpPage", u"Project", None))
        self.statusLabel.setText(QCoreApplication.translate("FollowUpPage", u"&Status:", None))
        self.reasonLabel.setText(QCoreApplication.translate("FollowUpPage", u"&Reason:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("FollowUpPage", u"Why it is suspended or abandoned", None))
        self.statusButton.setText(QCoreApplication.translate("FollowUpPage", u"Appl&y", None))
        self.awardedLabel.setText(QCoreApplication.translate("FollowUpPage", u"Amount a&warded:", None))
        self.conventionLabel.setText(QCoreApplication.translate("FollowUpPage", u"C&onvention reference:", None))
        self.conventionDateLabel.setText(QCoreApplication.translate("FollowUpPage", u"Si&gned on:", None))
        self.yearEndLabel.setText(QCoreApplication.translate("FollowUpPage", u"Financial year en&ds on:", None))
        self.reportLabel.setText(QCoreApplication.translate("FollowUpPage", u"Financial report rece&ived on:", None))
        self.reportDueLabel.setText(QCoreApplication.translate("FollowUpPage", u"Report due:", None))
        self.progressLabel.setText(QCoreApplication.translate("FollowUpPage", u"Percen&t done:", None))
        self.beneficiariesLabel.setText(QCoreApplication.translate("FollowUpPage", u"&Number of beneficiaries:", None))
        self.activitiesLabel.setText(QCoreApplication.translate("FollowUpPage", u"&Activities reported:", None))
        self.saveButton.setText(QCoreApplication.translate("FollowUpPage", u"Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Save the subsidy and the holder's report (Ctrl+S).", None))
#endif // QT_CONFIG(tooltip)
        self.instalmentsLabel.setText(QCoreApplication.translate("FollowUpPage", u"Payments of the subsidy", None))
#if QT_CONFIG(tooltip)
        self.subsidyBar.setToolTip(QCoreApplication.translate("FollowUpPage", u"Paid (dark) and planned (light) payments against the subsidy awarded; red when more is planned than awarded.", None))
#endif // QT_CONFIG(tooltip)
        self.payInstalmentButton.setText(QCoreApplication.translate("FollowUpPage", u"Mark paid", None))
#if QT_CONFIG(tooltip)
        self.payInstalmentButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"The selected payment was paid today, of its planned amount.", None))
#endif // QT_CONFIG(tooltip)
        self.addInstalmentButton.setText(QCoreApplication.translate("FollowUpPage", u"Add payment\u2026", None))
#if QT_CONFIG(tooltip)
        self.addInstalmentButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Plan a payment of the subsidy (Insert in the table).", None))
#endif // QT_CONFIG(tooltip)
        self.editInstalmentButton.setText(QCoreApplication.translate("FollowUpPage", u"Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editInstalmentButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Correct the selected payment: dates and amounts (Enter or F2).", None))
#endif // QT_CONFIG(tooltip)
        self.removeInstalmentButton.setText(QCoreApplication.translate("FollowUpPage", u"Remove payment", None))
#if QT_CONFIG(tooltip)
        self.removeInstalmentButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Remove the selected payment (Delete).", None))
#endif // QT_CONFIG(tooltip)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.subsidyTab), QCoreApplication.translate("FollowUpPage", u"Su&bsidy", None))
#if QT_CONFIG(tooltip)
        self.milestonesView.setToolTip(QCoreApplication.translate("FollowUpPage", u"Late milestones are shown in red.", None))
#endif // QT_CONFIG(tooltip)
        self.reachMilestoneButton.setText(QCoreApplication.translate("FollowUpPage", u"Mark reached", None))
#if QT_CONFIG(tooltip)
        self.reachMilestoneButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"The selected milestone was reached today.", None))
#endif // QT_CONFIG(tooltip)
        self.addMilestoneButton.setText(QCoreApplication.translate("FollowUpPage", u"Add milestone\u2026", None))
#if QT_CONFIG(tooltip)
        self.addMilestoneButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Add a milestone (Insert).", None))
#endif // QT_CONFIG(tooltip)
        self.editMilestoneButton.setText(QCoreApplication.translate("FollowUpPage", u"Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editMilestoneButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Correct the selected milestone: title, dates, status (Enter or F2).", None))
#endif // QT_CONFIG(tooltip)
        self.removeMilestoneButton.setText(QCoreApplication.translate("FollowUpPage", u"Remove milestone", None))
#if QT_CONFIG(tooltip)
        self.removeMilestoneButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Remove the selected milestone (Delete).", None))
#endif // QT_CONFIG(tooltip)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.milestonesTab), QCoreApplication.translate("FollowUpPage", u"&Milestones", None))
        self.photosLabel.setText(QCoreApplication.translate("FollowUpPage", u"Photos of the selected update:", None))
#if QT_CONFIG(tooltip)
        self.photosList.setToolTip(QCoreApplication.translate("FollowUpPage", u"Edit the update (F2) to add or remove photos and to write their captions.", None))
#endif // QT_CONFIG(tooltip)
        self.addUpdateButton.setText(QCoreApplication.translate("FollowUpPage", u"Add update\u2026", None))
#if QT_CONFIG(tooltip)
        self.addUpdateButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Write an update, with photos (Insert).", None))
#endif // QT_CONFIG(tooltip)
        self.editUpdateButton.setText(QCoreApplication.translate("FollowUpPage", u"Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editUpdateButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Correct the selected update, its photos and their captions (Enter or F2).", None))
#endif // QT_CONFIG(tooltip)
        self.removeUpdateButton.setText(QCoreApplication.translate("FollowUpPage", u"Remove update", None))
#if QT_CONFIG(tooltip)
        self.removeUpdateButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Remove the selected update and its photos (Delete).", None))
#endif // QT_CONFIG(tooltip)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.updatesTab), QCoreApplication.translate("FollowUpPage", u"&Updates", None))
#if QT_CONFIG(tooltip)
        self.expensesView.setToolTip(QCoreApplication.translate("FollowUpPage", u"Insert adds an expense, Enter or F2 changes the selected one, Delete removes it.", None))
#endif // QT_CONFIG(tooltip)
        self.addExpenseButton.setText(QCoreApplication.translate("FollowUpPage", u"Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.addExpenseButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Record an expense (Insert).", None))
#endif // QT_CONFIG(tooltip)
        self.editExpenseButton.setText(QCoreApplication.translate("FollowUpPage", u"Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editExpenseButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Change the selected expense (Enter or F2).", None))
#endif // QT_CONFIG(tooltip)
        self.removeExpenseButton.setText(QCoreApplication.translate("FollowUpPage", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.removeExpenseButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Remove the selected expense (Delete).", None))
#endif // QT_CONFIG(tooltip)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.expensesTab), QCoreApplication.translate("FollowUpPage", u"&Expenses", None))
        pass
    # retranslateUi

