# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ballot_codes_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

from pbdesk.ui.fields import ErrorLabel

class Ui_BallotCodesPage(object):
    def setupUi(self, BallotCodesPage):
        if not BallotCodesPage.objectName():
            BallotCodesPage.setObjectName(u"BallotCodesPage")
        BallotCodesPage.resize(840, 650)
        self.pageLayout = QVBoxLayout(BallotCodesPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(BallotCodesPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.explanationLabel = QLabel(BallotCodesPage)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.explanationLabel)

        self.frozenLabel = QLabel(BallotCodesPage)
        self.frozenLabel.setObjectName(u"frozenLabel")
        self.frozenLabel.setWordWrap(True)
        self.frozenLabel.setStyleSheet(u"QLabel { background: #fff4e5; border: 1px solid #e0b070; border-radius: 4px; padding: 6px; }")

        self.pageLayout.addWidget(self.frozenLabel)

        self.emptyLabel = QLabel(BallotCodesPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setText(u"")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setStyleSheet(u"QLabel { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 4px; padding: 10px; }")

        self.pageLayout.addWidget(self.emptyLabel)

        self.tableLabel = QLabel(BallotCodesPage)
        self.tableLabel.setObjectName(u"tableLabel")
        self.tableLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.tableLabel)

        self.tableView = QTableView(BallotCodesPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tableView.setTabKeyNavigation(False)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(False)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.codeError = ErrorLabel(BallotCodesPage)
        self.codeError.setObjectName(u"codeError")

        self.pageLayout.addWidget(self.codeError)

        self.statusLabel = QLabel(BallotCodesPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setStyleSheet(u"color: #1b5e20;")

        self.pageLayout.addWidget(self.statusLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.assignButton = QPushButton(BallotCodesPage)
        self.assignButton.setObjectName(u"assignButton")

        self.buttonsLayout.addWidget(self.assignButton)

        self.editCodeButton = QPushButton(BallotCodesPage)
        self.editCodeButton.setObjectName(u"editCodeButton")

        self.buttonsLayout.addWidget(self.editCodeButton)

        self.moveUpButton = QPushButton(BallotCodesPage)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.buttonsLayout.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(BallotCodesPage)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.buttonsLayout.addWidget(self.moveDownButton)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.totalLabel = QLabel(BallotCodesPage)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")

        self.buttonsLayout.addWidget(self.totalLabel)


        self.pageLayout.addLayout(self.buttonsLayout)

        self.emptySpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.emptySpacer)

        self.pageLayout.setStretch(5, 100)
        self.pageLayout.setStretch(9, 1)
#if QT_CONFIG(shortcut)
        self.tableLabel.setBuddy(self.tableView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tableView, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.editCodeButton)
        QWidget.setTabOrder(self.editCodeButton, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)

        self.retranslateUi(BallotCodesPage)

        QMetaObject.connectSlotsByName(BallotCodesPage)
    # setupUi

    def retranslateUi(self, BallotCodesPage):
        self.titleLabel.setText(QCoreApplication.translate("BallotCodesPage", u"Project codes", None))
        self.explanationLabel.setText(QCoreApplication.translate("BallotCodesPage", u"Each project on the ballot gets a short code, printed next to its title: at the count, operators type the codes ticked on each ballot. The table's order is the ballot's printed order.", None))
        self.frozenLabel.setText(QCoreApplication.translate("BallotCodesPage", u"Ballots have been entered: the codes and their order are frozen with the vote rules, since the ballots stored are written in codes.", None))
        self.tableLabel.setText(QCoreApplication.translate("BallotCodesPage", u"&Projects on the ballot (F2 changes the selected code, Alt+Up and Alt+Down move a project):", None))
        self.assignButton.setText(QCoreApplication.translate("BallotCodesPage", u"A&ssign codes", None))
#if QT_CONFIG(tooltip)
        self.assignButton.setToolTip(QCoreApplication.translate("BallotCodesPage", u"Give a code to every project retained for the vote that has none, and take codes back from projects no longer retained.", None))
#endif // QT_CONFIG(tooltip)
        self.editCodeButton.setText(QCoreApplication.translate("BallotCodesPage", u"&Edit the code", None))
#if QT_CONFIG(tooltip)
        self.editCodeButton.setToolTip(QCoreApplication.translate("BallotCodesPage", u"Type another code for the selected project (F2 in the table).", None))
#endif // QT_CONFIG(tooltip)
        self.moveUpButton.setText(QCoreApplication.translate("BallotCodesPage", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("BallotCodesPage", u"Move the selected project up on the ballot (Alt+Up in the table).", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("BallotCodesPage", u"Move do&wn", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("BallotCodesPage", u"Move the selected project down on the ballot (Alt+Down in the table).", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

