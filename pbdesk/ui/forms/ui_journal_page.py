# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'journal_page.ui'
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
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_JournalPage(object):
    def setupUi(self, JournalPage):
        if not JournalPage.objectName():
            JournalPage.setObjectName(u"JournalPage")
        JournalPage.resize(840, 650)
        self.outerLayout = QVBoxLayout(JournalPage)
        self.outerLayout.setSpacing(10)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(JournalPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.outerLayout.addWidget(self.titleLabel)

        self.explanationLabel = QLabel(JournalPage)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.explanationLabel)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setSpacing(8)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(JournalPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(JournalPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMaximumSize(QSize(360, 16777215))

        self.searchLayout.addWidget(self.searchEdit)

        self.searchSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.searchLayout.addItem(self.searchSpacer)

        self.countLabel = QLabel(JournalPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.searchLayout.addWidget(self.countLabel)


        self.outerLayout.addLayout(self.searchLayout)

        self.journalView = QTableView(JournalPage)
        self.journalView.setObjectName(u"journalView")
        self.journalView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.journalView.setTabKeyNavigation(False)
        self.journalView.setAlternatingRowColors(True)
        self.journalView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.journalView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.journalView.setShowGrid(False)
        self.journalView.setSortingEnabled(True)
        self.journalView.setWordWrap(False)
        self.journalView.horizontalHeader().setHighlightSections(False)
        self.journalView.horizontalHeader().setStretchLastSection(True)
        self.journalView.verticalHeader().setVisible(False)

        self.outerLayout.addWidget(self.journalView)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.journalView)

        self.retranslateUi(JournalPage)

        QMetaObject.connectSlotsByName(JournalPage)
    # setupUi

    def retranslateUi(self, JournalPage):
        self.titleLabel.setText(QCoreApplication.translate("JournalPage", u"Journal", None))
        self.explanationLabel.setText(QCoreApplication.translate("JournalPage", u"Every decision is recorded here with its date and author: the campaign's memory.", None))
        self.searchLabel.setText(QCoreApplication.translate("JournalPage", u"&Search:", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("JournalPage", u"An author or words of the summary", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("JournalPage", u"Shows only the lines whose author or summary contain these words (Ctrl+F).", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

