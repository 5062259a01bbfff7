# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'grid_import_dialog.ui'
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

class Ui_GridImportDialog(object):
    def setupUi(self, GridImportDialog):
        if not GridImportDialog.objectName():
            GridImportDialog.setObjectName(u"GridImportDialog")
        GridImportDialog.resize(760, 480)
        GridImportDialog.setMinimumSize(QSize(560, 320))
        self.dialogLayout = QVBoxLayout(GridImportDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fileLabel = QLabel(GridImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setText(u"")
        self.fileLabel.setWordWrap(True)
        self.fileLabel.setStyleSheet(u"font-weight: 600;")
        self.fileLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.fileLabel)

        self.summaryLabel = QLabel(GridImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.changesView = QTableView(GridImportDialog)
        self.changesView.setObjectName(u"changesView")
        self.changesView.setAlternatingRowColors(True)
        self.changesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesView.setTabKeyNavigation(False)
        self.changesView.setWordWrap(False)
        self.changesView.horizontalHeader().setStretchLastSection(True)
        self.changesView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.changesView)

        self.problemsView = QTableView(GridImportDialog)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.problemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.setTabKeyNavigation(False)
        self.problemsView.setWordWrap(True)
        self.problemsView.horizontalHeader().setVisible(False)
        self.problemsView.horizontalHeader().setStretchLastSection(True)
        self.problemsView.verticalHeader().setVisible(False)

        self.dialogLayout.addWidget(self.problemsView)

        self.noteLabel = QLabel(GridImportDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setText(u"")
        self.noteLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.noteLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.copyButton = QPushButton(GridImportDialog)
        self.copyButton.setObjectName(u"copyButton")
        self.copyButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.copyButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.applyButton = QPushButton(GridImportDialog)
        self.applyButton.setObjectName(u"applyButton")

        self.buttonsLayout.addWidget(self.applyButton)

        self.closeButton = QPushButton(GridImportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.changesView, self.problemsView)
        QWidget.setTabOrder(self.problemsView, self.copyButton)
        QWidget.setTabOrder(self.copyButton, self.applyButton)
        QWidget.setTabOrder(self.applyButton, self.closeButton)

        self.retranslateUi(GridImportDialog)
        self.closeButton.clicked.connect(GridImportDialog.reject)

        self.applyButton.setDefault(True)


        QMetaObject.connectSlotsByName(GridImportDialog)
    # setupUi

    def retranslateUi(self, GridImportDialog):
        GridImportDialog.setWindowTitle(QCoreApplication.translate("GridImportDialog", u"Import a review grid", None))
        self.copyButton.setText(QCoreApplication.translate("GridImportDialog", u"Cop&y the list", None))
#if QT_CONFIG(tooltip)
        self.copyButton.setToolTip(QCoreApplication.translate("GridImportDialog", u"Copy these lines, to paste them in an e-mail to the reviewer", None))
#endif // QT_CONFIG(tooltip)
        self.applyButton.setText(QCoreApplication.translate("GridImportDialog", u"&Apply the changes", None))
        self.closeButton.setText(QCoreApplication.translate("GridImportDialog", u"Cancel", None))
    # retranslateUi

