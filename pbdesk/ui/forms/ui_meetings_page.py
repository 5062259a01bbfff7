# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meetings_page.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_MeetingsPage(object):
    def setupUi(self, MeetingsPage):
        if not MeetingsPage.objectName():
            MeetingsPage.setObjectName(u"MeetingsPage")
        MeetingsPage.resize(840, 650)
        self.pageLayout = QVBoxLayout(MeetingsPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(MeetingsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.explanationLabel = QLabel(MeetingsPage)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.explanationLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.phaseFilterLabel = QLabel(MeetingsPage)
        self.phaseFilterLabel.setObjectName(u"phaseFilterLabel")

        self.filterLayout.addWidget(self.phaseFilterLabel)

        self.phaseFilterCombo = QComboBox(MeetingsPage)
        self.phaseFilterCombo.setObjectName(u"phaseFilterCombo")
        self.phaseFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.phaseFilterCombo)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterLayout.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterLayout)

        self.tableView = QTableView(MeetingsPage)
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

        self.totalsLabel = QLabel(MeetingsPage)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setText(u"")

        self.pageLayout.addWidget(self.totalsLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(MeetingsPage)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(MeetingsPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(MeetingsPage)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsLayout.addWidget(self.removeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.pageLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.phaseFilterLabel.setBuddy(self.phaseFilterCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.phaseFilterCombo, self.tableView)
        QWidget.setTabOrder(self.tableView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.removeButton)

        self.retranslateUi(MeetingsPage)

        QMetaObject.connectSlotsByName(MeetingsPage)
    # setupUi

    def retranslateUi(self, MeetingsPage):
        self.titleLabel.setText(QCoreApplication.translate("MeetingsPage", u"Meetings", None))
        self.explanationLabel.setText(QCoreApplication.translate("MeetingsPage", u"Going out to meet residents is real work, and it deserves to be documented: record each door-to-door round, stand, workshop or meeting, with the number of people met and, if you wish, an anonymous breakdown.", None))
        self.phaseFilterLabel.setText(QCoreApplication.translate("MeetingsPage", u"Pha&se:", None))
        self.addButton.setText(QCoreApplication.translate("MeetingsPage", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Record a meeting (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("MeetingsPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Edit the selected meeting (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("MeetingsPage", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("MeetingsPage", u"Remove the selected meeting (Delete)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

