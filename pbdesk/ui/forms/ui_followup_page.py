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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListView, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSpinBox, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

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

        self.instalmentAddLayout = QHBoxLayout()
        self.instalmentAddLayout.setObjectName(u"instalmentAddLayout")
        self.instalmentLabel = QLabel(self.subsidyContents)
        self.instalmentLabel.setObjectName(u"instalmentLabel")

        self.instalmentAddLayout.addWidget(self.instalmentLabel)

        self.instalmentDateEdit = DateEdit(self.subsidyContents)
        self.instalmentDateEdit.setObjectName(u"instalmentDateEdit")
        self.instalmentDateEdit.setCalendarPopup(True)
        self.instalmentDateEdit.setMinimumSize(QSize(120, 0))

        self.instalmentAddLayout.addWidget(self.instalmentDateEdit)

        self.instalmentAmountEdit = MoneyEdit(self.subsidyContents)
        self.instalmentAmountEdit.setObjectName(u"instalmentAmountEdit")
        self.instalmentAmountEdit.setMinimumSize(QSize(140, 0))

        self.instalmentAddLayout.addWidget(self.instalmentAmountEdit)

        self.addInstalmentButton = QPushButton(self.subsidyContents)
        self.addInstalmentButton.setObjectName(u"addInstalmentButton")

        self.instalmentAddLayout.addWidget(self.addInstalmentButton)

        self.instalmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.instalmentAddLayout.addItem(self.instalmentSpacer)

        self.payInstalmentButton = QPushButton(self.subsidyContents)
        self.payInstalmentButton.setObjectName(u"payInstalmentButton")

        self.instalmentAddLayout.addWidget(self.payInstalmentButton)

        self.removeInstalmentButton = QPushButton(self.subsidyContents)
        self.removeInstalmentButton.setObjectName(u"removeInstalmentButton")

        self.instalmentAddLayout.addWidget(self.removeInstalmentButton)


        self.subsidyLayout.addLayout(self.instalmentAddLayout)

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

        self.milestoneAddLayout = QHBoxLayout()
        self.milestoneAddLayout.setObjectName(u"milestoneAddLayout")
        self.milestoneTitleEdit = QLineEdit(self.milestonesTab)
        self.milestoneTitleEdit.setObjectName(u"milestoneTitleEdit")
        self.milestoneTitleEdit.setMaxLength(300)

        self.milestoneAddLayout.addWidget(self.milestoneTitleEdit)

        self.milestoneDateEdit = DateEdit(self.milestonesTab)
        self.milestoneDateEdit.setObjectName(u"milestoneDateEdit")
        self.milestoneDateEdit.setCalendarPopup(True)
        self.milestoneDateEdit.setMinimumSize(QSize(120, 0))

        self.milestoneAddLayout.addWidget(self.milestoneDateEdit)

        self.addMilestoneButton = QPushButton(self.milestonesTab)
        self.addMilestoneButton.setObjectName(u"addMilestoneButton")

        self.milestoneAddLayout.addWidget(self.addMilestoneButton)

        self.reachMilestoneButton = QPushButton(self.milestonesTab)
        self.reachMilestoneButton.setObjectName(u"reachMilestoneButton")

        self.milestoneAddLayout.addWidget(self.reachMilestoneButton)

        self.removeMilestoneButton = QPushButton(self.milestonesTab)
        self.removeMilestoneButton.setObjectName(u"removeMilestoneButton")

        self.milestoneAddLayout.addWidget(self.removeMilestoneButton)


        self.milestonesLayout.addLayout(self.milestoneAddLayout)

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

        self.addPhotoButton = QPushButton(self.updatesTab)
        self.addPhotoButton.setObjectName(u"addPhotoButton")

        self.photoLayout.addWidget(self.addPhotoButton)

        self.removePhotoButton = QPushButton(self.updatesTab)
        self.removePhotoButton.setObjectName(u"removePhotoButton")

        self.photoLayout.addWidget(self.removePhotoButton)

        self.removeUpdateButton = QPushButton(self.updatesTab)
        self.removeUpdateButton.setObjectName(u"removeUpdateButton")

        self.photoLayout.addWidget(self.removeUpdateButton)


        self.updatesLayout.addLayout(self.photoLayout)

        self.updateError = ErrorLabel(self.updatesTab)
        self.updateError.setObjectName(u"updateError")

        self.updatesLayout.addWidget(self.updateError)

        self.updateAddLayout = QGridLayout()
        self.updateAddLayout.setObjectName(u"updateAddLayout")
        self.updateDateEdit = DateEdit(self.updatesTab)
        self.updateDateEdit.setObjectName(u"updateDateEdit")
        self.updateDateEdit.setCalendarPopup(True)
        self.updateDateEdit.setMinimumSize(QSize(120, 0))

        self.updateAddLayout.addWidget(self.updateDateEdit, 0, 0, 1, 1)

        self.publicCheck = QCheckBox(self.updatesTab)
        self.publicCheck.setObjectName(u"publicCheck")

        self.updateAddLayout.addWidget(self.publicCheck, 0, 1, 1, 1)

        self.updateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.updateAddLayout.addItem(self.updateSpacer, 0, 2, 1, 1)

        self.addUpdateButton = QPushButton(self.updatesTab)
        self.addUpdateButton.setObjectName(u"addUpdateButton")

        self.updateAddLayout.addWidget(self.addUpdateButton, 0, 3, 1, 1)

        self.updateTextEdit = QPlainTextEdit(self.updatesTab)
        self.updateTextEdit.setObjectName(u"updateTextEdit")
        self.updateTextEdit.setTabChangesFocus(True)
        self.updateTextEdit.setMaximumSize(QSize(16777215, 48))

        self.updateAddLayout.addWidget(self.updateTextEdit, 1, 0, 1, 4)


        self.updatesLayout.addLayout(self.updateAddLayout)

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
        QWidget.setTabOrder(self.instalmentsView, self.instalmentDateEdit)
        QWidget.setTabOrder(self.instalmentDateEdit, self.instalmentAmountEdit)
        QWidget.setTabOrder(self.instalmentAmountEdit, self.addInstalmentButton)
        QWidget.setTabOrder(self.addInstalmentButton, self.payInstalmentButton)
        QWidget.setTabOrder(self.payInstalmentButton, self.removeInstalmentButton)
        QWidget.setTabOrder(self.removeInstalmentButton, self.milestonesView)
        QWidget.setTabOrder(self.milestonesView, self.milestoneTitleEdit)
        QWidget.setTabOrder(self.milestoneTitleEdit, self.milestoneDateEdit)
        QWidget.setTabOrder(self.milestoneDateEdit, self.addMilestoneButton)
        QWidget.setTabOrder(self.addMilestoneButton, self.reachMilestoneButton)
        QWidget.setTabOrder(self.reachMilestoneButton, self.removeMilestoneButton)
        QWidget.setTabOrder(self.removeMilestoneButton, self.updatesView)
        QWidget.setTabOrder(self.updatesView, self.photosList)
        QWidget.setTabOrder(self.photosList, self.addPhotoButton)
        QWidget.setTabOrder(self.addPhotoButton, self.removePhotoButton)
        QWidget.setTabOrder(self.removePhotoButton, self.removeUpdateButton)
        QWidget.setTabOrder(self.removeUpdateButton, self.updateDateEdit)
        QWidget.setTabOrder(self.updateDateEdit, self.publicCheck)
        QWidget.setTabOrder(self.publicCheck, self.updateTextEdit)
        QWidget.setTabOrder(self.updateTextEdit, self.addUpdateButton)
        QWidget.setTabOrder(self.addUpdateButton, self.expensesView)
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
        self.instalmentLabel.setText(QCoreApplication.translate("FollowUpPage", u"Payment:", None))
        self.addInstalmentButton.setText(QCoreApplication.translate("FollowUpPage", u"Add payment", None))
#if QT_CONFIG(tooltip)
        self.addInstalmentButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Plan a payment of the subsidy on this date (Insert in the table).", None))
#endif // QT_CONFIG(tooltip)
        self.payInstalmentButton.setText(QCoreApplication.translate("FollowUpPage", u"Mark paid", None))
#if QT_CONFIG(tooltip)
        self.payInstalmentButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"The selected payment was paid today, of its planned amount.", None))
#endif // QT_CONFIG(tooltip)
        self.removeInstalmentButton.setText(QCoreApplication.translate("FollowUpPage", u"Remove payment", None))
#if QT_CONFIG(tooltip)
        self.removeInstalmentButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Remove the selected payment (Delete).", None))
#endif // QT_CONFIG(tooltip)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.subsidyTab), QCoreApplication.translate("FollowUpPage", u"Su&bsidy", None))
#if QT_CONFIG(tooltip)
        self.milestonesView.setToolTip(QCoreApplication.translate("FollowUpPage", u"Late milestones are shown in red.", None))
#endif // QT_CONFIG(tooltip)
        self.milestoneTitleEdit.setPlaceholderText(QCoreApplication.translate("FollowUpPage", u"New milestone\u2026", None))
        self.addMilestoneButton.setText(QCoreApplication.translate("FollowUpPage", u"Add milestone", None))
#if QT_CONFIG(tooltip)
        self.addMilestoneButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Add a milestone planned on this date.", None))
#endif // QT_CONFIG(tooltip)
        self.reachMilestoneButton.setText(QCoreApplication.translate("FollowUpPage", u"Mark reached", None))
#if QT_CONFIG(tooltip)
        self.reachMilestoneButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"The selected milestone was reached today.", None))
#endif // QT_CONFIG(tooltip)
        self.removeMilestoneButton.setText(QCoreApplication.translate("FollowUpPage", u"Remove milestone", None))
#if QT_CONFIG(tooltip)
        self.removeMilestoneButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Remove the selected milestone (Delete).", None))
#endif // QT_CONFIG(tooltip)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.milestonesTab), QCoreApplication.translate("FollowUpPage", u"&Milestones", None))
        self.photosLabel.setText(QCoreApplication.translate("FollowUpPage", u"Photos of the selected update:", None))
#if QT_CONFIG(tooltip)
        self.photosList.setToolTip(QCoreApplication.translate("FollowUpPage", u"Delete removes the selected photo.", None))
#endif // QT_CONFIG(tooltip)
        self.addPhotoButton.setText(QCoreApplication.translate("FollowUpPage", u"Add photo\u2026", None))
        self.removePhotoButton.setText(QCoreApplication.translate("FollowUpPage", u"Remove photo", None))
        self.removeUpdateButton.setText(QCoreApplication.translate("FollowUpPage", u"Remove update", None))
#if QT_CONFIG(tooltip)
        self.removeUpdateButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Remove the selected update and its photos (Delete).", None))
#endif // QT_CONFIG(tooltip)
        self.publicCheck.setText(QCoreApplication.translate("FollowUpPage", u"Shown to residents", None))
#if QT_CONFIG(tooltip)
        self.publicCheck.setToolTip(QCoreApplication.translate("FollowUpPage", u"Public updates appear in the report back to residents; the others stay within the team.", None))
#endif // QT_CONFIG(tooltip)
        self.addUpdateButton.setText(QCoreApplication.translate("FollowUpPage", u"Add update", None))
        self.updateTextEdit.setPlaceholderText(QCoreApplication.translate("FollowUpPage", u"What happened\u2026", None))
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.updatesTab), QCoreApplication.translate("FollowUpPage", u"&Updates", None))
#if QT_CONFIG(tooltip)
        self.expensesView.setToolTip(QCoreApplication.translate("FollowUpPage", u"Insert adds an expense, Enter changes the selected one, Delete removes it.", None))
#endif // QT_CONFIG(tooltip)
        self.addExpenseButton.setText(QCoreApplication.translate("FollowUpPage", u"Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.addExpenseButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Record an expense (Insert).", None))
#endif // QT_CONFIG(tooltip)
        self.editExpenseButton.setText(QCoreApplication.translate("FollowUpPage", u"Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editExpenseButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Change the selected expense (Enter).", None))
#endif // QT_CONFIG(tooltip)
        self.removeExpenseButton.setText(QCoreApplication.translate("FollowUpPage", u"Remove", None))
#if QT_CONFIG(tooltip)
        self.removeExpenseButton.setToolTip(QCoreApplication.translate("FollowUpPage", u"Remove the selected expense (Delete).", None))
#endif // QT_CONFIG(tooltip)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.expensesTab), QCoreApplication.translate("FollowUpPage", u"&Expenses", None))
        pass
    # retranslateUi

