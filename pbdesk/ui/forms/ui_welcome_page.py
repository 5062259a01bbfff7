# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_page.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(640, 480)
        self.outerLayout = QVBoxLayout(WelcomePage)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.titleLabel = QLabel(WelcomePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.titleLabel.setStyleSheet(u"font-size: 22pt; font-weight: 600;")

        self.outerLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(WelcomePage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.leftSpacer)

        self.newCampaignButton = QPushButton(WelcomePage)
        self.newCampaignButton.setObjectName(u"newCampaignButton")
        self.newCampaignButton.setMinimumSize(QSize(200, 48))

        self.buttonsLayout.addWidget(self.newCampaignButton)

        self.openDemoButton = QPushButton(WelcomePage)
        self.openDemoButton.setObjectName(u"openDemoButton")
        self.openDemoButton.setMinimumSize(QSize(200, 48))

        self.buttonsLayout.addWidget(self.openDemoButton)

        self.importButton = QPushButton(WelcomePage)
        self.importButton.setObjectName(u"importButton")
        self.importButton.setMinimumSize(QSize(200, 48))

        self.buttonsLayout.addWidget(self.importButton)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.rightSpacer)


        self.outerLayout.addLayout(self.buttonsLayout)

        self.hintLabel = QLabel(WelcomePage)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: palette(mid);")

        self.outerLayout.addWidget(self.hintLabel)

        self.bottomSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)


        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
        self.titleLabel.setText(QCoreApplication.translate("WelcomePage", u"Welcome to pbdesk", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomePage", u"pbdesk takes your team through the nine phases of a participatory budget: from the frame to the vote, and the years of follow-up after it. Everything stays on this computer.", None))
        self.newCampaignButton.setText(QCoreApplication.translate("WelcomePage", u"&New campaign", None))
        self.openDemoButton.setText(QCoreApplication.translate("WelcomePage", u"Open the &demo", None))
        self.importButton.setText(QCoreApplication.translate("WelcomePage", u"&Import a project file", None))
        self.hintLabel.setText(QCoreApplication.translate("WelcomePage", u"The demo opens a throw-away copy of the four editions of the M\u00e9tropole Aix-Marseille-Provence (2019\u20132022): nothing you change there touches your own campaigns.", None))
        pass
    # retranslateUi

