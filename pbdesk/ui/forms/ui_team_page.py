# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'team_page.ui'
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

class Ui_TeamPage(object):
    def setupUi(self, TeamPage):
        if not TeamPage.objectName():
            TeamPage.setObjectName(u"TeamPage")
        TeamPage.resize(840, 650)
        self.pageLayout = QVBoxLayout(TeamPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(TeamPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.explanationLabel = QLabel(TeamPage)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.explanationLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchLabel = QLabel(TeamPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(TeamPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.roleFilterLabel = QLabel(TeamPage)
        self.roleFilterLabel.setObjectName(u"roleFilterLabel")

        self.filterLayout.addWidget(self.roleFilterLabel)

        self.roleFilterCombo = QComboBox(TeamPage)
        self.roleFilterCombo.setObjectName(u"roleFilterCombo")
        self.roleFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.roleFilterCombo)


        self.pageLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(TeamPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setTabKeyNavigation(False)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.countsLabel = QLabel(TeamPage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setText(u"")

        self.pageLayout.addWidget(self.countsLabel)

        self.statusLabel = QLabel(TeamPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setStyleSheet(u"color: #1b5e20;")

        self.pageLayout.addWidget(self.statusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(TeamPage)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(TeamPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(TeamPage)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsLayout.addWidget(self.removeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.eraseButton = QPushButton(TeamPage)
        self.eraseButton.setObjectName(u"eraseButton")

        self.buttonsLayout.addWidget(self.eraseButton)


        self.pageLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.roleFilterLabel.setBuddy(self.roleFilterCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.roleFilterCombo)
        QWidget.setTabOrder(self.roleFilterCombo, self.tableView)
        QWidget.setTabOrder(self.tableView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.eraseButton)

        self.retranslateUi(TeamPage)

        QMetaObject.connectSlotsByName(TeamPage)
    # setupUi

    def retranslateUi(self, TeamPage):
        self.titleLabel.setText(QCoreApplication.translate("TeamPage", u"Team and core group", None))
        self.explanationLabel.setText(QCoreApplication.translate("TeamPage", u"The project team brings together elected representatives, public services, local actors and the trusted third party; the core group gathers the residents who carry the process. Residents' contact details are kept only with their consent (GDPR).", None))
        self.searchLabel.setText(QCoreApplication.translate("TeamPage", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("TeamPage", u"Name or organisation", None))
        self.roleFilterLabel.setText(QCoreApplication.translate("TeamPage", u"R&ole:", None))
        self.addButton.setText(QCoreApplication.translate("TeamPage", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("TeamPage", u"Add a person (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("TeamPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("TeamPage", u"Edit the selected person (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("TeamPage", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("TeamPage", u"Remove the selected person (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.eraseButton.setText(QCoreApplication.translate("TeamPage", u"Erase residents' &personal data\u2026", None))
#if QT_CONFIG(tooltip)
        self.eraseButton.setToolTip(QCoreApplication.translate("TeamPage", u"Replace the names and contact details of every resident by a placeholder; the number of residents is kept.", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

