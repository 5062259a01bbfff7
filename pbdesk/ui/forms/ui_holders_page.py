# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'holders_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_HoldersPage(object):
    def setupUi(self, HoldersPage):
        if not HoldersPage.objectName():
            HoldersPage.setObjectName(u"HoldersPage")
        HoldersPage.resize(840, 650)
        self.pageLayout = QVBoxLayout(HoldersPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(HoldersPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.explanationLabel = QLabel(HoldersPage)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.explanationLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchLabel = QLabel(HoldersPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(HoldersPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.kindFilterLabel = QLabel(HoldersPage)
        self.kindFilterLabel.setObjectName(u"kindFilterLabel")

        self.filterLayout.addWidget(self.kindFilterLabel)

        self.kindFilterCombo = QComboBox(HoldersPage)
        self.kindFilterCombo.setObjectName(u"kindFilterCombo")
        self.kindFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.kindFilterCombo)


        self.pageLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(HoldersPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setTabKeyNavigation(False)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(False)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.countsLabel = QLabel(HoldersPage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setText(u"")

        self.pageLayout.addWidget(self.countsLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(HoldersPage)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(HoldersPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(HoldersPage)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsLayout.addWidget(self.removeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.pageLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.kindFilterLabel.setBuddy(self.kindFilterCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.kindFilterCombo)
        QWidget.setTabOrder(self.kindFilterCombo, self.tableView)
        QWidget.setTabOrder(self.tableView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.removeButton)

        self.retranslateUi(HoldersPage)

        QMetaObject.connectSlotsByName(HoldersPage)
    # setupUi

    def retranslateUi(self, HoldersPage):
        self.titleLabel.setText(QCoreApplication.translate("HoldersPage", u"Holders", None))
        self.explanationLabel.setText(QCoreApplication.translate("HoldersPage", u"The associations, collectives and groups of residents who hold projects. They are shared by every campaign of this workspace. A holder is new when it never held a project in an earlier edition: a sign that the call reached beyond the usual operators.", None))
        self.searchLabel.setText(QCoreApplication.translate("HoldersPage", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("HoldersPage", u"Name, RNA or SIRET", None))
        self.kindFilterLabel.setText(QCoreApplication.translate("HoldersPage", u"&Kind:", None))
        self.addButton.setText(QCoreApplication.translate("HoldersPage", u"&New\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("HoldersPage", u"Add a holder (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("HoldersPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("HoldersPage", u"Edit the selected holder (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("HoldersPage", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("HoldersPage", u"Remove the selected holder (Delete); a holder with applications is kept", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

