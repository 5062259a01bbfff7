# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backups_dialog.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog):
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.resize(640, 420)
        BackupsDialog.setMinimumSize(QSize(480, 300))
        self.dialogLayout = QVBoxLayout(BackupsDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(BackupsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.backupsLabel = QLabel(BackupsDialog)
        self.backupsLabel.setObjectName(u"backupsLabel")

        self.dialogLayout.addWidget(self.backupsLabel)

        self.backupsView = QTableView(BackupsDialog)
        self.backupsView.setObjectName(u"backupsView")
        self.backupsView.setAlternatingRowColors(True)
        self.backupsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsView.setTabKeyNavigation(False)
        self.backupsView.setWordWrap(False)
        self.backupsView.horizontalHeader().setStretchLastSection(False)
        self.backupsView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.backupsView)

        self.emptyLabel = QLabel(BackupsDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setStyleSheet(u"font-size: 11pt; font-weight: 600;")

        self.dialogLayout.addWidget(self.emptyLabel)

        self.emptySpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.emptySpacer)

        self.folderLabel = QLabel(BackupsDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setText(u"")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.folderLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.folderButton = QPushButton(BackupsDialog)
        self.folderButton.setObjectName(u"folderButton")
        self.folderButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.folderButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.restoreButton = QPushButton(BackupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")
        self.restoreButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.restoreButton)

        self.closeButton = QPushButton(BackupsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.backupsLabel.setBuddy(self.backupsView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.backupsView, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.folderButton)
        QWidget.setTabOrder(self.folderButton, self.closeButton)

        self.retranslateUi(BackupsDialog)
        self.closeButton.clicked.connect(BackupsDialog.reject)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog):
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Backups", None))
        self.introLabel.setText(QCoreApplication.translate("BackupsDialog", u"pbdesk copies the database each time it opens it, and keeps the copies of the last 7 days and the last 5 openings. Restoring one replaces everything in the database by what it held then; the current file is backed up first.", None))
        self.backupsLabel.setText(QCoreApplication.translate("BackupsDialog", u"&Backups (newest first):", None))
        self.emptyLabel.setText(QCoreApplication.translate("BackupsDialog", u"There is no backup of this database yet.", None))
        self.folderButton.setText(QCoreApplication.translate("BackupsDialog", u"&Open the folder", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"&Restore\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("BackupsDialog", u"Close", None))
    # retranslateUi

