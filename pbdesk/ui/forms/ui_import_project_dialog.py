# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_project_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

from pbdesk.ui.fields import ErrorLabel

class Ui_ImportProjectDialog(object):
    def setupUi(self, ImportProjectDialog):
        if not ImportProjectDialog.objectName():
            ImportProjectDialog.setObjectName(u"ImportProjectDialog")
        ImportProjectDialog.resize(860, 620)
        ImportProjectDialog.setMinimumSize(QSize(600, 360))
        self.dialogLayout = QVBoxLayout(ImportProjectDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fileLabel = QLabel(ImportProjectDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setText(u"")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setStyleSheet(u"font-weight: 600;")
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.fileLabel)

        self.stack = QStackedWidget(ImportProjectDialog)
        self.stack.setObjectName(u"stack")
        self.busyPage = QWidget()
        self.busyPage.setObjectName(u"busyPage")
        self.busyLayout = QVBoxLayout(self.busyPage)
        self.busyLayout.setObjectName(u"busyLayout")
        self.busyTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.busyLayout.addItem(self.busyTopSpacer)

        self.busyLabel = QLabel(self.busyPage)
        self.busyLabel.setObjectName(u"busyLabel")
        self.busyLabel.setText(u"")
        self.busyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.busyLabel.setWordWrap(True)

        self.busyLayout.addWidget(self.busyLabel)

        self.progressBar = QProgressBar(self.busyPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximum(0)
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.busyLayout.addWidget(self.progressBar)

        self.busyBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.busyLayout.addItem(self.busyBottomSpacer)

        self.stack.addWidget(self.busyPage)
        self.refusedPage = QWidget()
        self.refusedPage.setObjectName(u"refusedPage")
        self.refusedLayout = QVBoxLayout(self.refusedPage)
        self.refusedLayout.setObjectName(u"refusedLayout")
        self.refusedLabel = QLabel(self.refusedPage)
        self.refusedLabel.setObjectName(u"refusedLabel")
        self.refusedLabel.setText(u"")
        self.refusedLabel.setWordWrap(True)
        self.refusedLabel.setStyleSheet(u"color: #b00020; font-size: 11pt;")
        self.refusedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.refusedLayout.addWidget(self.refusedLabel)

        self.refusedNote = QLabel(self.refusedPage)
        self.refusedNote.setObjectName(u"refusedNote")
        self.refusedNote.setWordWrap(True)

        self.refusedLayout.addWidget(self.refusedNote)

        self.refusedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.refusedLayout.addItem(self.refusedSpacer)

        self.stack.addWidget(self.refusedPage)
        self.planPage = QWidget()
        self.planPage.setObjectName(u"planPage")
        self.planLayout = QVBoxLayout(self.planPage)
        self.planLayout.setObjectName(u"planLayout")
        self.planLayout.setContentsMargins(0, 0, 0, 0)
        self.nothingLabel = QLabel(self.planPage)
        self.nothingLabel.setObjectName(u"nothingLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.nothingLabel.sizePolicy().hasHeightForWidth())
        self.nothingLabel.setSizePolicy(sizePolicy)
        self.nothingLabel.setWordWrap(True)
        self.nothingLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600;")

        self.planLayout.addWidget(self.nothingLabel)

        self.summaryLabel = QLabel(self.planPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        sizePolicy.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy)
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.planLayout.addWidget(self.summaryLabel)

        self.voteDayLabel = QLabel(self.planPage)
        self.voteDayLabel.setObjectName(u"voteDayLabel")
        sizePolicy.setHeightForWidth(self.voteDayLabel.sizePolicy().hasHeightForWidth())
        self.voteDayLabel.setSizePolicy(sizePolicy)
        self.voteDayLabel.setText(u"")
        self.voteDayLabel.setWordWrap(True)

        self.planLayout.addWidget(self.voteDayLabel)

        self.kindsLabel = QLabel(self.planPage)
        self.kindsLabel.setObjectName(u"kindsLabel")
        sizePolicy.setHeightForWidth(self.kindsLabel.sizePolicy().hasHeightForWidth())
        self.kindsLabel.setSizePolicy(sizePolicy)

        self.planLayout.addWidget(self.kindsLabel)

        self.kindsView = QTableView(self.planPage)
        self.kindsView.setObjectName(u"kindsView")
        self.kindsView.setAlternatingRowColors(True)
        self.kindsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kindsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.kindsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kindsView.setTabKeyNavigation(False)
        self.kindsView.setWordWrap(False)
        self.kindsView.verticalHeader().setVisible(False)

        self.planLayout.addWidget(self.kindsView)

        self.conflictsLabel = QLabel(self.planPage)
        self.conflictsLabel.setObjectName(u"conflictsLabel")
        sizePolicy.setHeightForWidth(self.conflictsLabel.sizePolicy().hasHeightForWidth())
        self.conflictsLabel.setSizePolicy(sizePolicy)
        self.conflictsLabel.setWordWrap(True)

        self.planLayout.addWidget(self.conflictsLabel)

        self.conflictsView = QTableView(self.planPage)
        self.conflictsView.setObjectName(u"conflictsView")
        self.conflictsView.setAlternatingRowColors(True)
        self.conflictsView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.conflictsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictsView.setTabKeyNavigation(False)
        self.conflictsView.setWordWrap(False)
        self.conflictsView.horizontalHeader().setStretchLastSection(True)
        self.conflictsView.verticalHeader().setVisible(False)

        self.planLayout.addWidget(self.conflictsView)

        self.choiceLayout = QHBoxLayout()
        self.choiceLayout.setObjectName(u"choiceLayout")
        self.switchButton = QPushButton(self.planPage)
        self.switchButton.setObjectName(u"switchButton")
        self.switchButton.setAutoDefault(False)

        self.choiceLayout.addWidget(self.switchButton)

        self.keepAllButton = QPushButton(self.planPage)
        self.keepAllButton.setObjectName(u"keepAllButton")
        self.keepAllButton.setAutoDefault(False)

        self.choiceLayout.addWidget(self.keepAllButton)

        self.takeAllButton = QPushButton(self.planPage)
        self.takeAllButton.setObjectName(u"takeAllButton")
        self.takeAllButton.setAutoDefault(False)

        self.choiceLayout.addWidget(self.takeAllButton)

        self.choiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.choiceLayout.addItem(self.choiceSpacer)


        self.planLayout.addLayout(self.choiceLayout)

        self.planSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.planLayout.addItem(self.planSpacer)

        self.stack.addWidget(self.planPage)

        self.dialogLayout.addWidget(self.stack)

        self.generalError = ErrorLabel(ImportProjectDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.noteLabel = QLabel(ImportProjectDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.buttonsLayout.addWidget(self.noteLabel)

        self.importButton = QPushButton(ImportProjectDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonsLayout.addWidget(self.importButton)

        self.closeButton = QPushButton(ImportProjectDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)

        self.buttonsLayout.setStretch(0, 1)

        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.kindsLabel.setBuddy(self.kindsView)
        self.conflictsLabel.setBuddy(self.conflictsView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindsView, self.conflictsView)
        QWidget.setTabOrder(self.conflictsView, self.switchButton)
        QWidget.setTabOrder(self.switchButton, self.keepAllButton)
        QWidget.setTabOrder(self.keepAllButton, self.takeAllButton)
        QWidget.setTabOrder(self.takeAllButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.closeButton)

        self.retranslateUi(ImportProjectDialog)

        self.importButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportProjectDialog)
    # setupUi

    def retranslateUi(self, ImportProjectDialog):
        ImportProjectDialog.setWindowTitle(QCoreApplication.translate("ImportProjectDialog", u"Import a project file", None))
        self.refusedNote.setText(QCoreApplication.translate("ImportProjectDialog", u"Nothing was imported: this database is as it was.", None))
        self.nothingLabel.setText(QCoreApplication.translate("ImportProjectDialog", u"Nothing to import: this database already holds what the file holds.", None))
        self.kindsLabel.setText(QCoreApplication.translate("ImportProjectDialog", u"&Records by kind:", None))
        self.conflictsLabel.setText(QCoreApplication.translate("ImportProjectDialog", u"Co&nflicts: both sides changed these records since they last met. Choose, record by record, the version to keep.", None))
        self.switchButton.setText(QCoreApplication.translate("ImportProjectDialog", u"&Switch the choice", None))
#if QT_CONFIG(tooltip)
        self.switchButton.setToolTip(QCoreApplication.translate("ImportProjectDialog", u"Take the other version for the selected records (Space)", None))
#endif // QT_CONFIG(tooltip)
        self.keepAllButton.setText(QCoreApplication.translate("ImportProjectDialog", u"&Keep all local", None))
        self.takeAllButton.setText(QCoreApplication.translate("ImportProjectDialog", u"&Take all incoming", None))
        self.noteLabel.setText(QCoreApplication.translate("ImportProjectDialog", u"Nothing is written until you press \u00abImport\u00bb.", None))
        self.importButton.setText(QCoreApplication.translate("ImportProjectDialog", u"&Import", None))
        self.closeButton.setText(QCoreApplication.translate("ImportProjectDialog", u"Cancel", None))
    # retranslateUi

