# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stakes_page.ui'
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

class Ui_StakesPage(object):
    def setupUi(self, StakesPage):
        if not StakesPage.objectName():
            StakesPage.setObjectName(u"StakesPage")
        StakesPage.resize(840, 650)
        self.pageLayout = QVBoxLayout(StakesPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(StakesPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.explanationLabel = QLabel(StakesPage)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.explanationLabel)

        self.tableView = QTableView(StakesPage)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setTabKeyNavigation(False)
        self.tableView.setSortingEnabled(False)
        self.tableView.setWordWrap(False)
        self.tableView.setDragEnabled(True)
        self.tableView.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tableView.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tableView.setDragDropOverwriteMode(False)
        self.tableView.setProperty(u"showDropIndicator", True)
        self.tableView.horizontalHeader().setStretchLastSection(False)
        self.tableView.verticalHeader().setVisible(False)

        self.pageLayout.addWidget(self.tableView)

        self.countLabel = QLabel(StakesPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")

        self.pageLayout.addWidget(self.countLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.addButton = QPushButton(StakesPage)
        self.addButton.setObjectName(u"addButton")

        self.buttonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(StakesPage)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(StakesPage)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonsLayout.addWidget(self.removeButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.moveUpButton = QPushButton(StakesPage)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.buttonsLayout.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(StakesPage)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.buttonsLayout.addWidget(self.moveDownButton)


        self.pageLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.tableView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)

        self.retranslateUi(StakesPage)

        QMetaObject.connectSlotsByName(StakesPage)
    # setupUi

    def retranslateUi(self, StakesPage):
        self.titleLabel.setText(QCoreApplication.translate("StakesPage", u"Priority stakes", None))
        self.explanationLabel.setText(QCoreApplication.translate("StakesPage", u"Name the stakes of the neighbourhood with the core group, from the shared diagnosis, and put them in priority order: the first one matters most. Applications and scored review criteria can then refer to them.", None))
#if QT_CONFIG(tooltip)
        self.tableView.setToolTip(QCoreApplication.translate("StakesPage", u"Drag a row, or use Alt+Up and Alt+Down, to change the priority order.", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("StakesPage", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("StakesPage", u"Add a stake at the end of the list (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("StakesPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("StakesPage", u"Edit the selected stake (Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("StakesPage", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("StakesPage", u"Remove the selected stake (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.moveUpButton.setText(QCoreApplication.translate("StakesPage", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.moveUpButton.setToolTip(QCoreApplication.translate("StakesPage", u"Give the selected stake a higher priority (Alt+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.moveDownButton.setText(QCoreApplication.translate("StakesPage", u"Move &down", None))
#if QT_CONFIG(tooltip)
        self.moveDownButton.setToolTip(QCoreApplication.translate("StakesPage", u"Give the selected stake a lower priority (Alt+Down)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

