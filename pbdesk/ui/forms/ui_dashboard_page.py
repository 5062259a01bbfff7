# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dashboard_page.ui'
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
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QScrollArea, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(840, 650)
        self.outerLayout = QVBoxLayout(DashboardPage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(DashboardPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.scrollContents.setGeometry(QRect(0, 0, 840, 650))
        self.contentLayout = QVBoxLayout(self.scrollContents)
        self.contentLayout.setSpacing(10)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(16, 12, 16, 12)
        self.sampleBanner = QLabel(self.scrollContents)
        self.sampleBanner.setObjectName(u"sampleBanner")
        self.sampleBanner.setWordWrap(True)
        self.sampleBanner.setStyleSheet(u"background-color: #ffe8a3; color: #4a3b00; border: 1px solid #e0b84a; border-radius: 4px; padding: 6px 10px; font-weight: bold;")

        self.contentLayout.addWidget(self.sampleBanner)

        self.titleLabel = QLabel(self.scrollContents)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.contentLayout.addWidget(self.titleLabel)

        self.factsLayout = QGridLayout()
        self.factsLayout.setObjectName(u"factsLayout")
        self.factsLayout.setHorizontalSpacing(24)
        self.factsLayout.setVerticalSpacing(2)
        self.envelopeCaption = QLabel(self.scrollContents)
        self.envelopeCaption.setObjectName(u"envelopeCaption")

        self.factsLayout.addWidget(self.envelopeCaption, 0, 0, 1, 1)

        self.territoriesCaption = QLabel(self.scrollContents)
        self.territoriesCaption.setObjectName(u"territoriesCaption")

        self.factsLayout.addWidget(self.territoriesCaption, 0, 1, 1, 1)

        self.decisionCaption = QLabel(self.scrollContents)
        self.decisionCaption.setObjectName(u"decisionCaption")

        self.factsLayout.addWidget(self.decisionCaption, 0, 2, 1, 1)

        self.phaseCaption = QLabel(self.scrollContents)
        self.phaseCaption.setObjectName(u"phaseCaption")

        self.factsLayout.addWidget(self.phaseCaption, 0, 3, 1, 1)

        self.envelopeValue = QLabel(self.scrollContents)
        self.envelopeValue.setObjectName(u"envelopeValue")
        self.envelopeValue.setWordWrap(True)
        self.envelopeValue.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.envelopeValue.setStyleSheet(u"font-weight: 600;")

        self.factsLayout.addWidget(self.envelopeValue, 1, 0, 1, 1)

        self.territoriesValue = QLabel(self.scrollContents)
        self.territoriesValue.setObjectName(u"territoriesValue")
        self.territoriesValue.setWordWrap(True)
        self.territoriesValue.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.territoriesValue.setStyleSheet(u"font-weight: 600;")

        self.factsLayout.addWidget(self.territoriesValue, 1, 1, 1, 1)

        self.decisionValue = QLabel(self.scrollContents)
        self.decisionValue.setObjectName(u"decisionValue")
        self.decisionValue.setWordWrap(True)
        self.decisionValue.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.decisionValue.setStyleSheet(u"font-weight: 600;")

        self.factsLayout.addWidget(self.decisionValue, 1, 2, 1, 1)

        self.phaseValue = QLabel(self.scrollContents)
        self.phaseValue.setObjectName(u"phaseValue")
        self.phaseValue.setWordWrap(True)
        self.phaseValue.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.phaseValue.setStyleSheet(u"font-weight: 600;")

        self.factsLayout.addWidget(self.phaseValue, 1, 3, 1, 1)


        self.contentLayout.addLayout(self.factsLayout)

        self.alertsGroup = QGroupBox(self.scrollContents)
        self.alertsGroup.setObjectName(u"alertsGroup")
        self.alertsLayout = QVBoxLayout(self.alertsGroup)
        self.alertsLayout.setObjectName(u"alertsLayout")
        self.alertsLabel = QLabel(self.alertsGroup)
        self.alertsLabel.setObjectName(u"alertsLabel")
        self.alertsLabel.setWordWrap(True)
        self.alertsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.alertsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.alertsLayout.addWidget(self.alertsLabel)


        self.contentLayout.addWidget(self.alertsGroup)

        self.progressGroup = QGroupBox(self.scrollContents)
        self.progressGroup.setObjectName(u"progressGroup")
        self.progressLayout = QVBoxLayout(self.progressGroup)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressView = QTableView(self.progressGroup)
        self.progressView.setObjectName(u"progressView")
        self.progressView.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.progressView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.progressView.setTabKeyNavigation(False)
        self.progressView.setAlternatingRowColors(True)
        self.progressView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.progressView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.progressView.setShowGrid(False)
        self.progressView.setWordWrap(False)
        self.progressView.horizontalHeader().setHighlightSections(False)
        self.progressView.verticalHeader().setVisible(False)

        self.progressLayout.addWidget(self.progressView)


        self.contentLayout.addWidget(self.progressGroup)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setSpacing(12)
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.dueGroup = QGroupBox(self.scrollContents)
        self.dueGroup.setObjectName(u"dueGroup")
        self.dueLayout = QVBoxLayout(self.dueGroup)
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueView = QTableView(self.dueGroup)
        self.dueView.setObjectName(u"dueView")
        self.dueView.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.dueView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dueView.setTabKeyNavigation(False)
        self.dueView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dueView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dueView.setShowGrid(False)
        self.dueView.setWordWrap(False)
        self.dueView.horizontalHeader().setHighlightSections(False)
        self.dueView.verticalHeader().setVisible(False)

        self.dueLayout.addWidget(self.dueView)

        self.nothingDueLabel = QLabel(self.dueGroup)
        self.nothingDueLabel.setObjectName(u"nothingDueLabel")

        self.dueLayout.addWidget(self.nothingDueLabel)


        self.bottomLayout.addWidget(self.dueGroup)

        self.countsGroup = QGroupBox(self.scrollContents)
        self.countsGroup.setObjectName(u"countsGroup")
        self.countsLayout = QFormLayout(self.countsGroup)
        self.countsLayout.setObjectName(u"countsLayout")
        self.countsLayout.setHorizontalSpacing(16)
        self.applicationsLabel = QLabel(self.countsGroup)
        self.applicationsLabel.setObjectName(u"applicationsLabel")

        self.countsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.applicationsLabel)

        self.applicationsValue = QLabel(self.countsGroup)
        self.applicationsValue.setObjectName(u"applicationsValue")
        self.applicationsValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.applicationsValue.setStyleSheet(u"font-weight: 600;")

        self.countsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.applicationsValue)

        self.holdersLabel = QLabel(self.countsGroup)
        self.holdersLabel.setObjectName(u"holdersLabel")

        self.countsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.holdersLabel)

        self.holdersValue = QLabel(self.countsGroup)
        self.holdersValue.setObjectName(u"holdersValue")
        self.holdersValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.holdersValue.setStyleSheet(u"font-weight: 600;")

        self.countsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.holdersValue)

        self.newHoldersLabel = QLabel(self.countsGroup)
        self.newHoldersLabel.setObjectName(u"newHoldersLabel")

        self.countsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newHoldersLabel)

        self.newHoldersValue = QLabel(self.countsGroup)
        self.newHoldersValue.setObjectName(u"newHoldersValue")
        self.newHoldersValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.newHoldersValue.setStyleSheet(u"font-weight: 600;")

        self.countsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newHoldersValue)

        self.stakesLabel = QLabel(self.countsGroup)
        self.stakesLabel.setObjectName(u"stakesLabel")

        self.countsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stakesLabel)

        self.stakesValue = QLabel(self.countsGroup)
        self.stakesValue.setObjectName(u"stakesValue")
        self.stakesValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.stakesValue.setStyleSheet(u"font-weight: 600;")

        self.countsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.stakesValue)

        self.reviewersLabel = QLabel(self.countsGroup)
        self.reviewersLabel.setObjectName(u"reviewersLabel")

        self.countsLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reviewersLabel)

        self.reviewersValue = QLabel(self.countsGroup)
        self.reviewersValue.setObjectName(u"reviewersValue")
        self.reviewersValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.reviewersValue.setStyleSheet(u"font-weight: 600;")

        self.countsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reviewersValue)

        self.teamLabel = QLabel(self.countsGroup)
        self.teamLabel.setObjectName(u"teamLabel")

        self.countsLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamValue = QLabel(self.countsGroup)
        self.teamValue.setObjectName(u"teamValue")
        self.teamValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.teamValue.setStyleSheet(u"font-weight: 600;")

        self.countsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.teamValue)

        self.coreGroupLabel = QLabel(self.countsGroup)
        self.coreGroupLabel.setObjectName(u"coreGroupLabel")

        self.countsLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.coreGroupLabel)

        self.coreGroupValue = QLabel(self.countsGroup)
        self.coreGroupValue.setObjectName(u"coreGroupValue")
        self.coreGroupValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.coreGroupValue.setStyleSheet(u"font-weight: 600;")

        self.countsLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.coreGroupValue)

        self.meetingsLabel = QLabel(self.countsGroup)
        self.meetingsLabel.setObjectName(u"meetingsLabel")

        self.countsLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.meetingsLabel)

        self.meetingsValue = QLabel(self.countsGroup)
        self.meetingsValue.setObjectName(u"meetingsValue")
        self.meetingsValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.meetingsValue.setStyleSheet(u"font-weight: 600;")

        self.countsLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.meetingsValue)

        self.participantsLabel = QLabel(self.countsGroup)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.countsLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsValue = QLabel(self.countsGroup)
        self.participantsValue.setObjectName(u"participantsValue")
        self.participantsValue.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.participantsValue.setStyleSheet(u"font-weight: 600;")

        self.countsLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.participantsValue)


        self.bottomLayout.addWidget(self.countsGroup)

        self.bottomLayout.setStretch(0, 3)
        self.bottomLayout.setStretch(1, 1)

        self.contentLayout.addLayout(self.bottomLayout)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentLayout.addItem(self.bottomSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.outerLayout.addWidget(self.scrollArea)

        QWidget.setTabOrder(self.progressView, self.dueView)

        self.retranslateUi(DashboardPage)

        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.sampleBanner.setText(QCoreApplication.translate("DashboardPage", u"Sample data \u2014 the amounts, dates, people and checklists of this campaign are invented for the demo; titles, holders and envelopes come from the M\u00e9tropole's review.", None))
        self.envelopeCaption.setText(QCoreApplication.translate("DashboardPage", u"Envelope", None))
        self.territoriesCaption.setText(QCoreApplication.translate("DashboardPage", u"Territories", None))
        self.decisionCaption.setText(QCoreApplication.translate("DashboardPage", u"Decision", None))
        self.phaseCaption.setText(QCoreApplication.translate("DashboardPage", u"Current phase", None))
        self.alertsGroup.setTitle(QCoreApplication.translate("DashboardPage", u"Follow-up alerts", None))
        self.progressGroup.setTitle(QCoreApplication.translate("DashboardPage", u"&Progress by phase", None))
#if QT_CONFIG(tooltip)
        self.progressView.setToolTip(QCoreApplication.translate("DashboardPage", u"Press Enter or double-click a phase to open it.", None))
#endif // QT_CONFIG(tooltip)
        self.dueGroup.setTitle(QCoreApplication.translate("DashboardPage", u"&Next due", None))
#if QT_CONFIG(tooltip)
        self.dueView.setToolTip(QCoreApplication.translate("DashboardPage", u"Press Enter or double-click an item to open its phase.", None))
#endif // QT_CONFIG(tooltip)
        self.nothingDueLabel.setText(QCoreApplication.translate("DashboardPage", u"Nothing due.", None))
        self.countsGroup.setTitle(QCoreApplication.translate("DashboardPage", u"In figures", None))
        self.applicationsLabel.setText(QCoreApplication.translate("DashboardPage", u"Applications", None))
        self.holdersLabel.setText(QCoreApplication.translate("DashboardPage", u"Holders", None))
        self.newHoldersLabel.setText(QCoreApplication.translate("DashboardPage", u"of which new holders", None))
        self.stakesLabel.setText(QCoreApplication.translate("DashboardPage", u"Stakes", None))
        self.reviewersLabel.setText(QCoreApplication.translate("DashboardPage", u"Reviewers", None))
        self.teamLabel.setText(QCoreApplication.translate("DashboardPage", u"Team", None))
        self.coreGroupLabel.setText(QCoreApplication.translate("DashboardPage", u"Core group", None))
        self.meetingsLabel.setText(QCoreApplication.translate("DashboardPage", u"Meetings", None))
        self.participantsLabel.setText(QCoreApplication.translate("DashboardPage", u"Participants met", None))
        pass
    # retranslateUi

