# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'synthesis_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_SynthesisPage(object):
    def setupUi(self, SynthesisPage):
        if not SynthesisPage.objectName():
            SynthesisPage.setObjectName(u"SynthesisPage")
        SynthesisPage.resize(840, 650)
        self.pageLayout = QVBoxLayout(SynthesisPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(SynthesisPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.explanationLabel = QLabel(SynthesisPage)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.explanationLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.searchLabel = QLabel(SynthesisPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.filterLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(SynthesisPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.disagreementsCheck = QCheckBox(SynthesisPage)
        self.disagreementsCheck.setObjectName(u"disagreementsCheck")

        self.filterLayout.addWidget(self.disagreementsCheck)


        self.pageLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(SynthesisPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.tableView = QTableView(self.splitter)
        self.tableView.setObjectName(u"tableView")
        self.tableView.setMinimumSize(QSize(0, 150))
        self.tableView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tableView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tableView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tableView.setTabKeyNavigation(False)
        self.tableView.setSortingEnabled(True)
        self.tableView.setWordWrap(False)
        self.splitter.addWidget(self.tableView)
        self.tableView.horizontalHeader().setStretchLastSection(True)
        self.tableView.verticalHeader().setVisible(False)
        self.detailGroup = QGroupBox(self.splitter)
        self.detailGroup.setObjectName(u"detailGroup")
        self.detailLayout = QVBoxLayout(self.detailGroup)
        self.detailLayout.setSpacing(6)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLabel = QLabel(self.detailGroup)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setText(u"")
        self.detailLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.detailLabel)

        self.reviewsView = QTableView(self.detailGroup)
        self.reviewsView.setObjectName(u"reviewsView")
        self.reviewsView.setMinimumSize(QSize(0, 90))
        self.reviewsView.setAlternatingRowColors(True)
        self.reviewsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reviewsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reviewsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reviewsView.setTabKeyNavigation(False)
        self.reviewsView.setWordWrap(False)
        self.reviewsView.horizontalHeader().setStretchLastSection(True)
        self.reviewsView.verticalHeader().setVisible(False)

        self.detailLayout.addWidget(self.reviewsView)

        self.concernsLabel = QLabel(self.detailGroup)
        self.concernsLabel.setObjectName(u"concernsLabel")
        self.concernsLabel.setText(u"")
        self.concernsLabel.setWordWrap(True)
        self.concernsLabel.setStyleSheet(u"color: #8e1b1b;")

        self.detailLayout.addWidget(self.concernsLabel)

        self.splitter.addWidget(self.detailGroup)

        self.pageLayout.addWidget(self.splitter)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.decideButton = QPushButton(SynthesisPage)
        self.decideButton.setObjectName(u"decideButton")

        self.buttonsLayout.addWidget(self.decideButton)

        self.countsLabel = QLabel(SynthesisPage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setText(u"")

        self.buttonsLayout.addWidget(self.countsLabel)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.exportButton = QPushButton(SynthesisPage)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonsLayout.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.buttonsLayout)

        self.statusLabel = QLabel(SynthesisPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setStyleSheet(u"color: #1b5e20;")
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.pageLayout.addWidget(self.statusLabel)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.disagreementsCheck)
        QWidget.setTabOrder(self.disagreementsCheck, self.tableView)
        QWidget.setTabOrder(self.tableView, self.reviewsView)
        QWidget.setTabOrder(self.reviewsView, self.decideButton)
        QWidget.setTabOrder(self.decideButton, self.exportButton)

        self.retranslateUi(SynthesisPage)

        QMetaObject.connectSlotsByName(SynthesisPage)
    # setupUi

    def retranslateUi(self, SynthesisPage):
        self.titleLabel.setText(QCoreApplication.translate("SynthesisPage", u"Review synthesis", None))
        self.searchLabel.setText(QCoreApplication.translate("SynthesisPage", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("SynthesisPage", u"Title or number", None))
        self.disagreementsCheck.setText(QCoreApplication.translate("SynthesisPage", u"Only strong &disagreements", None))
        self.detailGroup.setTitle(QCoreApplication.translate("SynthesisPage", u"Reviews of the selected application", None))
        self.decideButton.setText(QCoreApplication.translate("SynthesisPage", u"D&ecide\u2026", None))
#if QT_CONFIG(tooltip)
        self.decideButton.setToolTip(QCoreApplication.translate("SynthesisPage", u"Record the team's decision on the selected applications, with its reason (Ctrl+T)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("SynthesisPage", u"E&xport the synthesis workbook\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("SynthesisPage", u"An Excel workbook for the steering committee: every reviewer's totals, the disagreements and the decisions", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

