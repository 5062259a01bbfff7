# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'editions_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_EditionsPage(object):
    def setupUi(self, EditionsPage):
        if not EditionsPage.objectName():
            EditionsPage.setObjectName(u"EditionsPage")
        EditionsPage.resize(840, 650)
        self.outerLayout = QVBoxLayout(EditionsPage)
        self.outerLayout.setSpacing(10)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(EditionsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.outerLayout.addWidget(self.titleLabel)

        self.explanationLabel = QLabel(EditionsPage)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.explanationLabel)

        self.editionsView = QTableView(EditionsPage)
        self.editionsView.setObjectName(u"editionsView")
        self.editionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.editionsView.setTabKeyNavigation(False)
        self.editionsView.setAlternatingRowColors(True)
        self.editionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.editionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.editionsView.setShowGrid(False)
        self.editionsView.setSortingEnabled(True)
        self.editionsView.setWordWrap(False)
        self.editionsView.horizontalHeader().setHighlightSections(False)
        self.editionsView.verticalHeader().setVisible(False)

        self.outerLayout.addWidget(self.editionsView)

        self.totalsLabel = QLabel(EditionsPage)
        self.totalsLabel.setObjectName(u"totalsLabel")
        self.totalsLabel.setWordWrap(True)
        self.totalsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.totalsLabel)

        self.chartBox = QGroupBox(EditionsPage)
        self.chartBox.setObjectName(u"chartBox")
        self.chartLayout = QVBoxLayout(self.chartBox)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(8, 8, 8, 8)

        self.outerLayout.addWidget(self.chartBox)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setSpacing(8)
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.exportButton = QPushButton(EditionsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonsLayout.addWidget(self.exportButton)


        self.outerLayout.addLayout(self.buttonsLayout)

        QWidget.setTabOrder(self.editionsView, self.exportButton)

        self.retranslateUi(EditionsPage)

        QMetaObject.connectSlotsByName(EditionsPage)
    # setupUi

    def retranslateUi(self, EditionsPage):
        self.titleLabel.setText(QCoreApplication.translate("EditionsPage", u"Compare the editions", None))
        self.explanationLabel.setText(QCoreApplication.translate("EditionsPage", u"Every campaign of this workspace side by side: what was at stake, who took part, what was funded, carried out and paid. A dash means the figure is not known yet.", None))
#if QT_CONFIG(tooltip)
        self.editionsView.setToolTip(QCoreApplication.translate("EditionsPage", u"Press Enter to open the edition's dashboard.", None))
#endif // QT_CONFIG(tooltip)
        self.chartBox.setTitle(QCoreApplication.translate("EditionsPage", u"Envelope and money paid, per edition", None))
        self.exportButton.setText(QCoreApplication.translate("EditionsPage", u"&Export to Excel\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("EditionsPage", u"Save the table as an Excel workbook, with the totals (Ctrl+E).", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

