# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'applications_page.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ApplicationsPage(object):
    def setupUi(self, ApplicationsPage):
        if not ApplicationsPage.objectName():
            ApplicationsPage.setObjectName(u"ApplicationsPage")
        ApplicationsPage.resize(840, 650)
        self.pageLayout = QVBoxLayout(ApplicationsPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(ApplicationsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.explanationLabel = QLabel(ApplicationsPage)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.explanationLabel)

        self.filterLayout = QGridLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterLayout.setHorizontalSpacing(8)
        self.filterLayout.setVerticalSpacing(6)
        self.searchLabel = QLabel(ApplicationsPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel, 0, 0, 1, 1)

        self.searchEdit = QLineEdit(ApplicationsPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit, 0, 1, 1, 3)

        self.statusFilterLabel = QLabel(ApplicationsPage)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterLayout.addWidget(self.statusFilterLabel, 0, 4, 1, 1)

        self.statusFilterCombo = QComboBox(ApplicationsPage)
        self.statusFilterCombo.setObjectName(u"statusFilterCombo")
        self.statusFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusFilterCombo.setMinimumContentsLength(14)

        self.filterLayout.addWidget(self.statusFilterCombo, 0, 5, 1, 1)

        self.territoryFilterLabel = QLabel(ApplicationsPage)
        self.territoryFilterLabel.setObjectName(u"territoryFilterLabel")

        self.filterLayout.addWidget(self.territoryFilterLabel, 1, 0, 1, 1)

        self.territoryFilterCombo = QComboBox(ApplicationsPage)
        self.territoryFilterCombo.setObjectName(u"territoryFilterCombo")
        self.territoryFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.territoryFilterCombo.setMinimumContentsLength(12)

        self.filterLayout.addWidget(self.territoryFilterCombo, 1, 1, 1, 1)

        self.stakeFilterLabel = QLabel(ApplicationsPage)
        self.stakeFilterLabel.setObjectName(u"stakeFilterLabel")

        self.filterLayout.addWidget(self.stakeFilterLabel, 1, 2, 1, 1)

        self.stakeFilterCombo = QComboBox(ApplicationsPage)
        self.stakeFilterCombo.setObjectName(u"stakeFilterCombo")
        self.stakeFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stakeFilterCombo.setMinimumContentsLength(12)

        self.filterLayout.addWidget(self.stakeFilterCombo, 1, 3, 1, 1)

        self.holderFilterLabel = QLabel(ApplicationsPage)
        self.holderFilterLabel.setObjectName(u"holderFilterLabel")

        self.filterLayout.addWidget(self.holderFilterLabel, 1, 4, 1, 1)

        self.holderFilterCombo = QComboBox(ApplicationsPage)
        self.holderFilterCombo.setObjectName(u"holderFilterCombo")
        self.holderFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.holderFilterCombo.setMinimumContentsLength(14)

        self.filterLayout.addWidget(self.holderFilterCombo, 1, 5, 1, 1)


        self.pageLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(ApplicationsPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setTabKeyNavigation(False)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(False)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.totalsLabel = QLabel(ApplicationsPage)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")

        self.pageLayout.addWidget(self.totalsLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(ApplicationsPage)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(ApplicationsPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(ApplicationsPage)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsLayout.addWidget(self.removeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.statusButton = QPushButton(ApplicationsPage)
        self.statusButton.setObjectName(u"statusButton")

        self.buttonsLayout.addWidget(self.statusButton)


        self.pageLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
        self.statusFilterLabel.setBuddy(self.statusFilterCombo)
        self.territoryFilterLabel.setBuddy(self.territoryFilterCombo)
        self.stakeFilterLabel.setBuddy(self.stakeFilterCombo)
        self.holderFilterLabel.setBuddy(self.holderFilterCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.statusFilterCombo)
        QWidget.setTabOrder(self.statusFilterCombo, self.territoryFilterCombo)
        QWidget.setTabOrder(self.territoryFilterCombo, self.stakeFilterCombo)
        QWidget.setTabOrder(self.stakeFilterCombo, self.holderFilterCombo)
        QWidget.setTabOrder(self.holderFilterCombo, self.tableView)
        QWidget.setTabOrder(self.tableView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.statusButton)

        self.retranslateUi(ApplicationsPage)

        QMetaObject.connectSlotsByName(ApplicationsPage)
    # setupUi

    def retranslateUi(self, ApplicationsPage):
        self.titleLabel.setText(QCoreApplication.translate("ApplicationsPage", u"Applications", None))
        self.explanationLabel.setText(QCoreApplication.translate("ApplicationsPage", u"The projects received for the call, with their holder and where they stand. Select several rows (Shift or Ctrl) to change their status together; every change is written in the journal with its reason.", None))
        self.searchLabel.setText(QCoreApplication.translate("ApplicationsPage", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ApplicationsPage", u"Title or holder", None))
        self.statusFilterLabel.setText(QCoreApplication.translate("ApplicationsPage", u"S&tatus:", None))
        self.territoryFilterLabel.setText(QCoreApplication.translate("ApplicationsPage", u"Te&rritory:", None))
        self.stakeFilterLabel.setText(QCoreApplication.translate("ApplicationsPage", u"Sta&ke:", None))
        self.holderFilterLabel.setText(QCoreApplication.translate("ApplicationsPage", u"Ho&lder:", None))
        self.addButton.setText(QCoreApplication.translate("ApplicationsPage", u"&New\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ApplicationsPage", u"Record an application received (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ApplicationsPage", u"&Open\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ApplicationsPage", u"Open the selected application (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("ApplicationsPage", u"&Delete", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("ApplicationsPage", u"Delete the selected applications (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.statusButton.setText(QCoreApplication.translate("ApplicationsPage", u"Chan&ge status\u2026", None))
#if QT_CONFIG(tooltip)
        self.statusButton.setToolTip(QCoreApplication.translate("ApplicationsPage", u"Change the status of every selected application at once (Ctrl+T)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

