# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'results_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from pbdesk.ui.widgets.bar_chart import BarChart

class Ui_ResultsPage(object):
    def setupUi(self, ResultsPage):
        if not ResultsPage.objectName():
            ResultsPage.setObjectName(u"ResultsPage")
        ResultsPage.resize(840, 650)
        self.pageLayout = QVBoxLayout(ResultsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(ResultsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.stateLabel = QLabel(ResultsPage)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")
        self.stateLabel.setWordWrap(True)
        self.stateLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.stateLabel)

        self.controlsLayout = QGridLayout()
        self.controlsLayout.setObjectName(u"controlsLayout")
        self.controlsLayout.setHorizontalSpacing(8)
        self.controlsLayout.setVerticalSpacing(6)
        self.ruleLabel = QLabel(ResultsPage)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.controlsLayout.addWidget(self.ruleLabel, 0, 0, 1, 1)

        self.ruleCombo = QComboBox(ResultsPage)
        self.ruleCombo.setObjectName(u"ruleCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.ruleCombo.sizePolicy().hasHeightForWidth())
        self.ruleCombo.setSizePolicy(sizePolicy)
        self.ruleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.controlsLayout.addWidget(self.ruleCombo, 0, 1, 1, 1)

        self.countButton = QPushButton(ResultsPage)
        self.countButton.setObjectName(u"countButton")

        self.controlsLayout.addWidget(self.countButton, 0, 2, 1, 1)

        self.tieLabel = QLabel(ResultsPage)
        self.tieLabel.setObjectName(u"tieLabel")

        self.controlsLayout.addWidget(self.tieLabel, 1, 0, 1, 1)

        self.tieCombo = QComboBox(ResultsPage)
        self.tieCombo.setObjectName(u"tieCombo")
        sizePolicy.setHeightForWidth(self.tieCombo.sizePolicy().hasHeightForWidth())
        self.tieCombo.setSizePolicy(sizePolicy)
        self.tieCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.controlsLayout.addWidget(self.tieCombo, 1, 1, 1, 1)

        self.controlsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controlsLayout.addItem(self.controlsSpacer, 0, 3, 1, 1)

        self.publishButton = QPushButton(ResultsPage)
        self.publishButton.setObjectName(u"publishButton")

        self.controlsLayout.addWidget(self.publishButton, 1, 2, 1, 1)

        self.controlsLayout.setColumnStretch(3, 1)

        self.pageLayout.addLayout(self.controlsLayout)

        self.tabWidget = QTabWidget(ResultsPage)
        self.tabWidget.setObjectName(u"tabWidget")
        self.projectsTab = QWidget()
        self.projectsTab.setObjectName(u"projectsTab")
        self.projectsLayout = QVBoxLayout(self.projectsTab)
        self.projectsLayout.setObjectName(u"projectsLayout")
        self.projectsLayout.setContentsMargins(6, 6, 6, 6)
        self.splitter = QSplitter(self.projectsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.projectsView = QTableView(self.splitter)
        self.projectsView.setObjectName(u"projectsView")
        self.projectsView.setMinimumSize(QSize(0, 120))
        self.projectsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.projectsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.projectsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.projectsView.setTabKeyNavigation(False)
        self.projectsView.setSortingEnabled(True)
        self.projectsView.setWordWrap(True)
        self.splitter.addWidget(self.projectsView)
        self.projectsView.horizontalHeader().setStretchLastSection(True)
        self.projectsView.verticalHeader().setVisible(False)
        self.chart = BarChart(self.splitter)
        self.chart.setObjectName(u"chart")
        self.splitter.addWidget(self.chart)

        self.projectsLayout.addWidget(self.splitter)

        self.tabWidget.addTab(self.projectsTab, "")
        self.detailsTab = QWidget()
        self.detailsTab.setObjectName(u"detailsTab")
        self.detailsLayout = QVBoxLayout(self.detailsTab)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(6, 6, 6, 6)
        self.partsLabel = QLabel(self.detailsTab)
        self.partsLabel.setObjectName(u"partsLabel")
        self.partsLabel.setText(u"")
        self.partsLabel.setWordWrap(True)
        self.partsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.partsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.partsLabel)

        self.roundsGroup = QGroupBox(self.detailsTab)
        self.roundsGroup.setObjectName(u"roundsGroup")
        self.roundsGroup.setCheckable(True)
        self.roundsGroup.setChecked(False)
        self.roundsLayout = QVBoxLayout(self.roundsGroup)
        self.roundsLayout.setObjectName(u"roundsLayout")
        self.roundsNoteLabel = QLabel(self.roundsGroup)
        self.roundsNoteLabel.setObjectName(u"roundsNoteLabel")
        self.roundsNoteLabel.setText(u"")
        self.roundsNoteLabel.setWordWrap(True)

        self.roundsLayout.addWidget(self.roundsNoteLabel)

        self.roundsView = QTableView(self.roundsGroup)
        self.roundsView.setObjectName(u"roundsView")
        self.roundsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roundsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roundsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roundsView.setTabKeyNavigation(False)
        self.roundsView.setAlternatingRowColors(True)
        self.roundsView.horizontalHeader().setStretchLastSection(True)
        self.roundsView.verticalHeader().setVisible(False)

        self.roundsLayout.addWidget(self.roundsView)


        self.detailsLayout.addWidget(self.roundsGroup)

        self.detailsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)

        self.tabWidget.addTab(self.detailsTab, "")
        self.turnoutTab = QWidget()
        self.turnoutTab.setObjectName(u"turnoutTab")
        self.turnoutLayout = QVBoxLayout(self.turnoutTab)
        self.turnoutLayout.setObjectName(u"turnoutLayout")
        self.turnoutLayout.setContentsMargins(6, 6, 6, 6)
        self.stationsLabel = QLabel(self.turnoutTab)
        self.stationsLabel.setObjectName(u"stationsLabel")
        self.stationsLabel.setStyleSheet(u"font-weight: 600;")

        self.turnoutLayout.addWidget(self.stationsLabel)

        self.stationsView = QTableView(self.turnoutTab)
        self.stationsView.setObjectName(u"stationsView")
        self.stationsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stationsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stationsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stationsView.setTabKeyNavigation(False)
        self.stationsView.setSortingEnabled(True)
        self.stationsView.setWordWrap(True)
        self.stationsView.horizontalHeader().setStretchLastSection(True)
        self.stationsView.verticalHeader().setVisible(False)

        self.turnoutLayout.addWidget(self.stationsView)

        self.territoriesLabel = QLabel(self.turnoutTab)
        self.territoriesLabel.setObjectName(u"territoriesLabel")
        self.territoriesLabel.setStyleSheet(u"font-weight: 600;")

        self.turnoutLayout.addWidget(self.territoriesLabel)

        self.territoriesView = QTableView(self.turnoutTab)
        self.territoriesView.setObjectName(u"territoriesView")
        self.territoriesView.setMaximumSize(QSize(16777215, 130))
        self.territoriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.territoriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.territoriesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.territoriesView.setTabKeyNavigation(False)
        self.territoriesView.horizontalHeader().setStretchLastSection(True)
        self.territoriesView.verticalHeader().setVisible(False)

        self.turnoutLayout.addWidget(self.territoriesView)

        self.tabWidget.addTab(self.turnoutTab, "")
        self.countsTab = QWidget()
        self.countsTab.setObjectName(u"countsTab")
        self.countsLayout = QVBoxLayout(self.countsTab)
        self.countsLayout.setObjectName(u"countsLayout")
        self.countsLayout.setContentsMargins(6, 6, 6, 6)
        self.countsHelpLabel = QLabel(self.countsTab)
        self.countsHelpLabel.setObjectName(u"countsHelpLabel")
        self.countsHelpLabel.setWordWrap(True)

        self.countsLayout.addWidget(self.countsHelpLabel)

        self.countsView = QTableView(self.countsTab)
        self.countsView.setObjectName(u"countsView")
        self.countsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.countsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.countsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.countsView.setTabKeyNavigation(False)
        self.countsView.setWordWrap(False)
        self.countsView.horizontalHeader().setStretchLastSection(True)
        self.countsView.verticalHeader().setVisible(False)

        self.countsLayout.addWidget(self.countsView)

        self.tabWidget.addTab(self.countsTab, "")

        self.pageLayout.addWidget(self.tabWidget)

#if QT_CONFIG(shortcut)
        self.ruleLabel.setBuddy(self.ruleCombo)
        self.tieLabel.setBuddy(self.tieCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.ruleCombo, self.tieCombo)
        QWidget.setTabOrder(self.tieCombo, self.countButton)
        QWidget.setTabOrder(self.countButton, self.publishButton)
        QWidget.setTabOrder(self.publishButton, self.tabWidget)
        QWidget.setTabOrder(self.tabWidget, self.projectsView)
        QWidget.setTabOrder(self.projectsView, self.roundsGroup)
        QWidget.setTabOrder(self.roundsGroup, self.roundsView)
        QWidget.setTabOrder(self.roundsView, self.stationsView)
        QWidget.setTabOrder(self.stationsView, self.territoriesView)
        QWidget.setTabOrder(self.territoriesView, self.countsView)

        self.retranslateUi(ResultsPage)

        self.tabWidget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ResultsPage)
    # setupUi

    def retranslateUi(self, ResultsPage):
        self.titleLabel.setText(QCoreApplication.translate("ResultsPage", u"Results", None))
        self.ruleLabel.setText(QCoreApplication.translate("ResultsPage", u"&Rule:", None))
        self.countButton.setText(QCoreApplication.translate("ResultsPage", u"Cou&nt", None))
#if QT_CONFIG(tooltip)
        self.countButton.setToolTip(QCoreApplication.translate("ResultsPage", u"Count the official ballots with this rule and keep the count (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.tieLabel.setText(QCoreApplication.translate("ResultsPage", u"&Ties:", None))
        self.publishButton.setText(QCoreApplication.translate("ResultsPage", u"&Publish the results\u2026", None))
#if QT_CONFIG(tooltip)
        self.publishButton.setToolTip(QCoreApplication.translate("ResultsPage", u"Make the count shown the campaign's result: statuses funded or not funded, journal, one-year review", None))
#endif // QT_CONFIG(tooltip)
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.projectsTab), QCoreApplication.translate("ResultsPage", u"Pro&jects", None))
        self.roundsGroup.setTitle(QCoreApplication.translate("ResultsPage", u"Sh&ow each round of Equal Shares", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.detailsTab), QCoreApplication.translate("ResultsPage", u"Count detai&ls", None))
        self.stationsLabel.setText(QCoreApplication.translate("ResultsPage", u"Per polling station", None))
        self.territoriesLabel.setText(QCoreApplication.translate("ResultsPage", u"Per territory", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.turnoutTab), QCoreApplication.translate("ResultsPage", u"T&urnout", None))
        self.countsHelpLabel.setText(QCoreApplication.translate("ResultsPage", u"Every count is kept. Select one to show it in the other tabs; only the one shown can be published.", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.countsTab), QCoreApplication.translate("ResultsPage", u"Past count&s", None))
        pass
    # retranslateUi

