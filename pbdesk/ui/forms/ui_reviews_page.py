# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reviews_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_ReviewsPage(object):
    def setupUi(self, ReviewsPage):
        if not ReviewsPage.objectName():
            ReviewsPage.setObjectName(u"ReviewsPage")
        ReviewsPage.resize(840, 650)
        self.pageLayout = QVBoxLayout(ReviewsPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(ReviewsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.explanationLabel = QLabel(ReviewsPage)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.explanationLabel)

        self.splitter = QSplitter(ReviewsPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.reviewersGroup = QGroupBox(self.splitter)
        self.reviewersGroup.setObjectName(u"reviewersGroup")
        self.reviewersLayout = QVBoxLayout(self.reviewersGroup)
        self.reviewersLayout.setSpacing(6)
        self.reviewersLayout.setObjectName(u"reviewersLayout")
        self.tableView = QTableView(self.reviewersGroup)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setMinimumSize(QSize(0, 110))
        self.tableView.setAlternatingRowColors(True)
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setTabKeyNavigation(False)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)

        self.reviewersLayout.addWidget(self.tableView)

        self.reviewerButtonsLayout = QHBoxLayout()
        self.reviewerButtonsLayout.setObjectName(u"reviewerButtonsLayout")
        self.addButton = QPushButton(self.reviewersGroup)
        self.addButton.setObjectName(u"addButton")

        self.reviewerButtonsLayout.addWidget(self.addButton)

        self.editButton = QPushButton(self.reviewersGroup)
        self.editButton.setObjectName(u"editButton")

        self.reviewerButtonsLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(self.reviewersGroup)
        self.removeButton.setObjectName(u"removeButton")

        self.reviewerButtonsLayout.addWidget(self.removeButton)

        self.reviewerButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reviewerButtonsLayout.addItem(self.reviewerButtonsSpacer)

        self.countsLabel = QLabel(self.reviewersGroup)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setText(u"")

        self.reviewerButtonsLayout.addWidget(self.countsLabel)


        self.reviewersLayout.addLayout(self.reviewerButtonsLayout)

        self.splitter.addWidget(self.reviewersGroup)
        self.applicationsGroup = QGroupBox(self.splitter)
        self.applicationsGroup.setObjectName(u"applicationsGroup")
        self.applicationsLayout = QVBoxLayout(self.applicationsGroup)
        self.applicationsLayout.setSpacing(6)
        self.applicationsLayout.setObjectName(u"applicationsLayout")
        self.applicationsView = QTableView(self.applicationsGroup)
        self.applicationsView.setObjectName(u"applicationsView")
        self.applicationsView.setMinimumSize(QSize(0, 110))
        self.applicationsView.setAlternatingRowColors(True)
        self.applicationsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.applicationsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.applicationsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.applicationsView.setTabKeyNavigation(False)
        self.applicationsView.setSortingEnabled(True)
        self.applicationsView.setWordWrap(False)
        self.applicationsView.horizontalHeader().setStretchLastSection(False)
        self.applicationsView.verticalHeader().setVisible(False)

        self.applicationsLayout.addWidget(self.applicationsView)

        self.applicationButtonsLayout = QHBoxLayout()
        self.applicationButtonsLayout.setObjectName(u"applicationButtonsLayout")
        self.reviewButton = QPushButton(self.applicationsGroup)
        self.reviewButton.setObjectName(u"reviewButton")

        self.applicationButtonsLayout.addWidget(self.reviewButton)

        self.applicationButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.applicationButtonsLayout.addItem(self.applicationButtonsSpacer)

        self.progressLabel = QLabel(self.applicationsGroup)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")

        self.applicationButtonsLayout.addWidget(self.progressLabel)


        self.applicationsLayout.addLayout(self.applicationButtonsLayout)

        self.splitter.addWidget(self.applicationsGroup)

        self.pageLayout.addWidget(self.splitter)

        self.gridsGroup = QGroupBox(ReviewsPage)
        self.gridsGroup.setObjectName(u"gridsGroup")
        self.gridsLayout = QHBoxLayout(self.gridsGroup)
        self.gridsLayout.setSpacing(8)
        self.gridsLayout.setObjectName(u"gridsLayout")
        self.scopeLabel = QLabel(self.gridsGroup)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.gridsLayout.addWidget(self.scopeLabel)

        self.scopeCombo = QComboBox(self.gridsGroup)
        self.scopeCombo.setObjectName(u"scopeCombo")
        self.scopeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.gridsLayout.addWidget(self.scopeCombo)

        self.exportButton = QPushButton(self.gridsGroup)
        self.exportButton.setObjectName(u"exportButton")

        self.gridsLayout.addWidget(self.exportButton)

        self.gridsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gridsLayout.addItem(self.gridsSpacer)

        self.importButton = QPushButton(self.gridsGroup)
        self.importButton.setObjectName(u"importButton")

        self.gridsLayout.addWidget(self.importButton)


        self.pageLayout.addWidget(self.gridsGroup)

        self.statusLabel = QLabel(ReviewsPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setStyleSheet(u"color: #1b5e20;")
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.statusLabel)

#if QT_CONFIG(shortcut)
        self.scopeLabel.setBuddy(self.scopeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tableView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.applicationsView)
        QWidget.setTabOrder(self.applicationsView, self.reviewButton)
        QWidget.setTabOrder(self.reviewButton, self.scopeCombo)
        QWidget.setTabOrder(self.scopeCombo, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.importButton)

        self.retranslateUi(ReviewsPage)

        QMetaObject.connectSlotsByName(ReviewsPage)
    # setupUi

    def retranslateUi(self, ReviewsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReviewsPage", u"Reviewers and reviews", None))
        self.explanationLabel.setText(QCoreApplication.translate("ReviewsPage", u"Who reviews which applications, and how far each has got. Reviews are typed here or come back in Excel grids: drop a returned grid (.xlsx) on this page to import it.", None))
        self.reviewersGroup.setTitle(QCoreApplication.translate("ReviewsPage", u"Reviewers", None))
        self.addButton.setText(QCoreApplication.translate("ReviewsPage", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("ReviewsPage", u"Add a reviewer (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ReviewsPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ReviewsPage", u"Edit the selected reviewer and what they review", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("ReviewsPage", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeButton.setToolTip(QCoreApplication.translate("ReviewsPage", u"Remove the selected reviewer and their reviews (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.applicationsGroup.setTitle(QCoreApplication.translate("ReviewsPage", u"Applications to review", None))
#if QT_CONFIG(tooltip)
        self.applicationsView.setToolTip(QCoreApplication.translate("ReviewsPage", u"Enter opens the review of the selected application", None))
#endif // QT_CONFIG(tooltip)
        self.reviewButton.setText(QCoreApplication.translate("ReviewsPage", u"&Open the review\u2026", None))
#if QT_CONFIG(tooltip)
        self.reviewButton.setToolTip(QCoreApplication.translate("ReviewsPage", u"Type the selected reviewer's review of the selected application (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.gridsGroup.setTitle(QCoreApplication.translate("ReviewsPage", u"Excel review grids", None))
        self.scopeLabel.setText(QCoreApplication.translate("ReviewsPage", u"Grids &to export:", None))
        self.exportButton.setText(QCoreApplication.translate("ReviewsPage", u"E&xport review grids\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("ReviewsPage", u"Write the workbooks to send to the reviewers, to fill in Excel or LibreOffice", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("ReviewsPage", u"&Import a returned grid\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("ReviewsPage", u"Check a grid a reviewer sent back, see what it changes, then apply it (you can also drop the file on this page)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

