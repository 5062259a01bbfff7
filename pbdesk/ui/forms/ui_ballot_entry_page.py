# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ballot_entry_page.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_BallotEntryPage(object):
    def setupUi(self, BallotEntryPage):
        if not BallotEntryPage.objectName():
            BallotEntryPage.setObjectName(u"BallotEntryPage")
        BallotEntryPage.resize(840, 650)
        self.pageLayout = QVBoxLayout(BallotEntryPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(BallotEntryPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.screens = QStackedWidget(BallotEntryPage)
        self.screens.setObjectName(u"screens")
        self.listScreen = QWidget()
        self.listScreen.setObjectName(u"listScreen")
        self.listLayout = QVBoxLayout(self.listScreen)
        self.listLayout.setSpacing(10)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.explanationLabel = QLabel(self.listScreen)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.listLayout.addWidget(self.explanationLabel)

        self.entriesView = QTableView(self.listScreen)
        self.entriesView.setObjectName(u"entriesView")
        self.entriesView.setAlternatingRowColors(True)
        self.entriesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entriesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entriesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entriesView.setTabKeyNavigation(False)
        self.entriesView.setWordWrap(False)
        self.entriesView.horizontalHeader().setStretchLastSection(True)
        self.entriesView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.entriesView)

        self.listButtonsLayout = QHBoxLayout()
        self.listButtonsLayout.setObjectName(u"listButtonsLayout")
        self.resumeButton = QPushButton(self.listScreen)
        self.resumeButton.setObjectName(u"resumeButton")

        self.listButtonsLayout.addWidget(self.resumeButton)

        self.closeButton = QPushButton(self.listScreen)
        self.closeButton.setObjectName(u"closeButton")

        self.listButtonsLayout.addWidget(self.closeButton)

        self.reopenButton = QPushButton(self.listScreen)
        self.reopenButton.setObjectName(u"reopenButton")

        self.listButtonsLayout.addWidget(self.reopenButton)

        self.listButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtonsLayout.addItem(self.listButtonsSpacer)


        self.listLayout.addLayout(self.listButtonsLayout)

        self.newGroup = QGroupBox(self.listScreen)
        self.newGroup.setObjectName(u"newGroup")
        self.newForm = QFormLayout(self.newGroup)
        self.newForm.setObjectName(u"newForm")
        self.stationLabel = QLabel(self.newGroup)
        self.stationLabel.setObjectName(u"stationLabel")

        self.newForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stationLabel)

        self.stationCombo = QComboBox(self.newGroup)
        self.stationCombo.setObjectName(u"stationCombo")
        self.stationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.newForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stationCombo)

        self.stackLabel = QLabel(self.newGroup)
        self.stackLabel.setObjectName(u"stackLabel")

        self.newForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stackLabel)

        self.stackEdit = QLineEdit(self.newGroup)
        self.stackEdit.setObjectName(u"stackEdit")
        self.stackEdit.setMaxLength(100)

        self.newForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stackEdit)

        self.operatorLabel = QLabel(self.newGroup)
        self.operatorLabel.setObjectName(u"operatorLabel")

        self.newForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.operatorLabel)

        self.operatorEdit = QLineEdit(self.newGroup)
        self.operatorEdit.setObjectName(u"operatorEdit")
        self.operatorEdit.setMaxLength(200)

        self.newForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.operatorEdit)

        self.openLayout = QHBoxLayout()
        self.openLayout.setObjectName(u"openLayout")
        self.openButton = QPushButton(self.newGroup)
        self.openButton.setObjectName(u"openButton")

        self.openLayout.addWidget(self.openButton)

        self.openSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.openLayout.addItem(self.openSpacer)


        self.newForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.openLayout)


        self.listLayout.addWidget(self.newGroup)

        self.listStatusLabel = QLabel(self.listScreen)
        self.listStatusLabel.setObjectName(u"listStatusLabel")
        self.listStatusLabel.setText(u"")
        self.listStatusLabel.setWordWrap(True)

        self.listLayout.addWidget(self.listStatusLabel)

        self.screens.addWidget(self.listScreen)
        self.entryScreen = QWidget()
        self.entryScreen.setObjectName(u"entryScreen")
        self.entryLayout = QVBoxLayout(self.entryScreen)
        self.entryLayout.setSpacing(8)
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryLayout.setContentsMargins(0, 0, 0, 0)
        self.sessionLabel = QLabel(self.entryScreen)
        self.sessionLabel.setObjectName(u"sessionLabel")
        self.sessionLabel.setText(u"")
        self.sessionLabel.setStyleSheet(u"font-weight: 600;")
        self.sessionLabel.setWordWrap(True)

        self.entryLayout.addWidget(self.sessionLabel)

        self.ballotLayout = QHBoxLayout()
        self.ballotLayout.setObjectName(u"ballotLayout")
        self.ballotLabel = QLabel(self.entryScreen)
        self.ballotLabel.setObjectName(u"ballotLabel")
        self.ballotLabel.setStyleSheet(u"font-size: 14pt;")

        self.ballotLayout.addWidget(self.ballotLabel)

        self.ballotEdit = QLineEdit(self.entryScreen)
        self.ballotEdit.setObjectName(u"ballotEdit")
        self.ballotEdit.setMaxLength(300)
        self.ballotEdit.setStyleSheet(u"font-size: 16pt; padding: 4px;")

        self.ballotLayout.addWidget(self.ballotEdit)


        self.entryLayout.addLayout(self.ballotLayout)

        self.hintLabel = QLabel(self.entryScreen)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #555555;")

        self.entryLayout.addWidget(self.hintLabel)

        self.statusLabel = QLabel(self.entryScreen)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setMinimumSize(QSize(0, 36))

        self.entryLayout.addWidget(self.statusLabel)

        self.countersLabel = QLabel(self.entryScreen)
        self.countersLabel.setObjectName(u"countersLabel")
        self.countersLabel.setText(u"")
        self.countersLabel.setStyleSheet(u"font-size: 12pt;")

        self.entryLayout.addWidget(self.countersLabel)

        self.tablesLayout = QHBoxLayout()
        self.tablesLayout.setObjectName(u"tablesLayout")
        self.ballotsView = QTableView(self.entryScreen)
        self.ballotsView.setObjectName(u"ballotsView")
        self.ballotsView.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ballotsView.setAlternatingRowColors(True)
        self.ballotsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ballotsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ballotsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ballotsView.setTabKeyNavigation(False)
        self.ballotsView.setWordWrap(False)
        self.ballotsView.horizontalHeader().setStretchLastSection(True)
        self.ballotsView.verticalHeader().setVisible(False)

        self.tablesLayout.addWidget(self.ballotsView)

        self.projectsView = QTableView(self.entryScreen)
        self.projectsView.setObjectName(u"projectsView")
        self.projectsView.setAlternatingRowColors(True)
        self.projectsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.projectsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.projectsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.projectsView.setTabKeyNavigation(False)
        self.projectsView.setWordWrap(False)
        self.projectsView.verticalHeader().setVisible(False)

        self.tablesLayout.addWidget(self.projectsView)

        self.tablesLayout.setStretch(0, 3)
        self.tablesLayout.setStretch(1, 2)

        self.entryLayout.addLayout(self.tablesLayout)

        self.entryButtonsLayout = QHBoxLayout()
        self.entryButtonsLayout.setObjectName(u"entryButtonsLayout")
        self.undoButton = QPushButton(self.entryScreen)
        self.undoButton.setObjectName(u"undoButton")

        self.entryButtonsLayout.addWidget(self.undoButton)

        self.correctButton = QPushButton(self.entryScreen)
        self.correctButton.setObjectName(u"correctButton")

        self.entryButtonsLayout.addWidget(self.correctButton)

        self.insertButton = QPushButton(self.entryScreen)
        self.insertButton.setObjectName(u"insertButton")

        self.entryButtonsLayout.addWidget(self.insertButton)

        self.deleteButton = QPushButton(self.entryScreen)
        self.deleteButton.setObjectName(u"deleteButton")

        self.entryButtonsLayout.addWidget(self.deleteButton)

        self.entryButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryButtonsLayout.addItem(self.entryButtonsSpacer)

        self.backButton = QPushButton(self.entryScreen)
        self.backButton.setObjectName(u"backButton")

        self.entryButtonsLayout.addWidget(self.backButton)


        self.entryLayout.addLayout(self.entryButtonsLayout)

        self.screens.addWidget(self.entryScreen)

        self.pageLayout.addWidget(self.screens)

#if QT_CONFIG(shortcut)
        self.stationLabel.setBuddy(self.stationCombo)
        self.stackLabel.setBuddy(self.stackEdit)
        self.operatorLabel.setBuddy(self.operatorEdit)
        self.ballotLabel.setBuddy(self.ballotEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.entriesView, self.resumeButton)
        QWidget.setTabOrder(self.resumeButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.reopenButton)
        QWidget.setTabOrder(self.reopenButton, self.stationCombo)
        QWidget.setTabOrder(self.stationCombo, self.stackEdit)
        QWidget.setTabOrder(self.stackEdit, self.operatorEdit)
        QWidget.setTabOrder(self.operatorEdit, self.openButton)
        QWidget.setTabOrder(self.openButton, self.ballotEdit)
        QWidget.setTabOrder(self.ballotEdit, self.ballotsView)
        QWidget.setTabOrder(self.ballotsView, self.projectsView)
        QWidget.setTabOrder(self.projectsView, self.undoButton)
        QWidget.setTabOrder(self.undoButton, self.correctButton)
        QWidget.setTabOrder(self.correctButton, self.insertButton)
        QWidget.setTabOrder(self.insertButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.backButton)

        self.retranslateUi(BallotEntryPage)

        self.screens.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(BallotEntryPage)
    # setupUi

    def retranslateUi(self, BallotEntryPage):
        self.titleLabel.setText(QCoreApplication.translate("BallotEntryPage", u"Count \u2014 ballot entry", None))
        self.explanationLabel.setText(QCoreApplication.translate("BallotEntryPage", u"Each operator enters a stack of a station's ballots in an entry of their own. With double entry, a second operator enters the same stack again (entry B); the count is official when both agree.", None))
        self.resumeButton.setText(QCoreApplication.translate("BallotEntryPage", u"&Resume the entry", None))
#if QT_CONFIG(tooltip)
        self.resumeButton.setToolTip(QCoreApplication.translate("BallotEntryPage", u"Go on typing the ballots of the selected entry (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("BallotEntryPage", u"C&lose the entry", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("BallotEntryPage", u"The whole stack is typed: close the selected entry", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("BallotEntryPage", u"Reo&pen\u2026", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("BallotEntryPage", u"Reopen the selected closed entry, saying why", None))
#endif // QT_CONFIG(tooltip)
        self.newGroup.setTitle(QCoreApplication.translate("BallotEntryPage", u"New entry", None))
        self.stationLabel.setText(QCoreApplication.translate("BallotEntryPage", u"&Station:", None))
        self.stackLabel.setText(QCoreApplication.translate("BallotEntryPage", u"Stac&k:", None))
        self.stackEdit.setPlaceholderText(QCoreApplication.translate("BallotEntryPage", u"Empty for the whole box, or \u201cbox 1\u201d, \u201c1 to 200\u201d\u2026", None))
        self.operatorLabel.setText(QCoreApplication.translate("BallotEntryPage", u"&Operator:", None))
        self.operatorEdit.setPlaceholderText(QCoreApplication.translate("BallotEntryPage", u"Who types the ballots", None))
        self.openButton.setText(QCoreApplication.translate("BallotEntryPage", u"Start &entry", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("BallotEntryPage", u"Open an entry of this stack (the second one is entry B) and type its ballots", None))
#endif // QT_CONFIG(tooltip)
        self.ballotLabel.setText(QCoreApplication.translate("BallotEntryPage", u"&Ballot:", None))
        self.ballotEdit.setPlaceholderText(QCoreApplication.translate("BallotEntryPage", u"3 7 12 then Enter", None))
        self.undoButton.setText(QCoreApplication.translate("BallotEntryPage", u"&Undo the last (Ctrl+Z)", None))
#if QT_CONFIG(tooltip)
        self.undoButton.setToolTip(QCoreApplication.translate("BallotEntryPage", u"Take back the last ballot entered", None))
#endif // QT_CONFIG(tooltip)
        self.correctButton.setText(QCoreApplication.translate("BallotEntryPage", u"Correc&t\u2026 (Ctrl+E)", None))
#if QT_CONFIG(tooltip)
        self.correctButton.setToolTip(QCoreApplication.translate("BallotEntryPage", u"Replace a ballot, given its number", None))
#endif // QT_CONFIG(tooltip)
        self.insertButton.setText(QCoreApplication.translate("BallotEntryPage", u"&Insert\u2026 (Ctrl+I)", None))
#if QT_CONFIG(tooltip)
        self.insertButton.setToolTip(QCoreApplication.translate("BallotEntryPage", u"Insert a skipped ballot at its number; the next ones move up one", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("BallotEntryPage", u"&Delete\u2026 (Ctrl+Del)", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("BallotEntryPage", u"Remove a ballot typed twice, given its number; the next ones move down one", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("BallotEntryPage", u"B&ack to the list (Esc)", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("BallotEntryPage", u"Leave the entry open and go back to the list of entries", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

