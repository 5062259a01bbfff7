# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signin_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_SignInPage(object):
    def setupUi(self, SignInPage):
        if not SignInPage.objectName():
            SignInPage.setObjectName(u"SignInPage")
        SignInPage.resize(840, 650)
        self.pageLayout = QVBoxLayout(SignInPage)
        self.pageLayout.setSpacing(10)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(SignInPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.explanationLabel = QLabel(SignInPage)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.explanationLabel)

        self.closedLabel = QLabel(SignInPage)
        self.closedLabel.setObjectName(u"closedLabel")
        self.closedLabel.setText(u"")
        self.closedLabel.setWordWrap(True)
        self.closedLabel.setStyleSheet(u"font-size: 12pt; font-weight: 600; color: #4e2600; background: #ffcc80; padding: 6px 10px; border-radius: 4px;")
        self.closedLabel.setVisible(False)

        self.pageLayout.addWidget(self.closedLabel)

        self.stationLayout = QHBoxLayout()
        self.stationLayout.setObjectName(u"stationLayout")
        self.stationLabel = QLabel(SignInPage)
        self.stationLabel.setObjectName(u"stationLabel")

        self.stationLayout.addWidget(self.stationLabel)

        self.stationCombo = QComboBox(SignInPage)
        self.stationCombo.setObjectName(u"stationCombo")
        self.stationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.stationLayout.addWidget(self.stationCombo)

        self.stationSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stationLayout.addItem(self.stationSpacer)

        self.countsLabel = QLabel(SignInPage)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setText(u"")
        self.countsLabel.setStyleSheet(u"font-size: 12pt;")

        self.stationLayout.addWidget(self.countsLabel)


        self.pageLayout.addLayout(self.stationLayout)

        self.identityLayout = QHBoxLayout()
        self.identityLayout.setObjectName(u"identityLayout")
        self.voterGroup = QGroupBox(SignInPage)
        self.voterGroup.setObjectName(u"voterGroup")
        self.voterForm = QFormLayout(self.voterGroup)
        self.voterForm.setObjectName(u"voterForm")
        self.lastNameLabel = QLabel(self.voterGroup)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.voterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameEdit = QLineEdit(self.voterGroup)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(200)

        self.voterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.lastNameEdit)

        self.firstNameLabel = QLabel(self.voterGroup)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.voterForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameEdit = QLineEdit(self.voterGroup)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(200)

        self.voterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstNameEdit)

        self.birthLabel = QLabel(self.voterGroup)
        self.birthLabel.setObjectName(u"birthLabel")

        self.voterForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birthLabel)

        self.birthEdit = QLineEdit(self.voterGroup)
        self.birthEdit.setObjectName(u"birthEdit")
        self.birthEdit.setMaxLength(10)

        self.voterForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birthEdit)

        self.proofCheck = QCheckBox(self.voterGroup)
        self.proofCheck.setObjectName(u"proofCheck")

        self.voterForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.proofCheck)

        self.proxyCheck = QCheckBox(self.voterGroup)
        self.proxyCheck.setObjectName(u"proxyCheck")

        self.voterForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.proxyCheck)


        self.identityLayout.addWidget(self.voterGroup)

        self.proxyGroup = QGroupBox(SignInPage)
        self.proxyGroup.setObjectName(u"proxyGroup")
        self.proxyForm = QFormLayout(self.proxyGroup)
        self.proxyForm.setObjectName(u"proxyForm")
        self.giverLastNameLabel = QLabel(self.proxyGroup)
        self.giverLastNameLabel.setObjectName(u"giverLastNameLabel")

        self.proxyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.giverLastNameLabel)

        self.giverLastNameEdit = QLineEdit(self.proxyGroup)
        self.giverLastNameEdit.setObjectName(u"giverLastNameEdit")
        self.giverLastNameEdit.setMaxLength(200)

        self.proxyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.giverLastNameEdit)

        self.giverFirstNameLabel = QLabel(self.proxyGroup)
        self.giverFirstNameLabel.setObjectName(u"giverFirstNameLabel")

        self.proxyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.giverFirstNameLabel)

        self.giverFirstNameEdit = QLineEdit(self.proxyGroup)
        self.giverFirstNameEdit.setObjectName(u"giverFirstNameEdit")
        self.giverFirstNameEdit.setMaxLength(200)

        self.proxyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.giverFirstNameEdit)

        self.giverBirthLabel = QLabel(self.proxyGroup)
        self.giverBirthLabel.setObjectName(u"giverBirthLabel")

        self.proxyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.giverBirthLabel)

        self.giverBirthEdit = QLineEdit(self.proxyGroup)
        self.giverBirthEdit.setObjectName(u"giverBirthEdit")
        self.giverBirthEdit.setMaxLength(10)

        self.proxyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.giverBirthEdit)


        self.identityLayout.addWidget(self.proxyGroup)

        self.identityLayout.setStretch(0, 1)
        self.identityLayout.setStretch(1, 1)

        self.pageLayout.addLayout(self.identityLayout)

        self.signLayout = QHBoxLayout()
        self.signLayout.setObjectName(u"signLayout")
        self.signButton = QPushButton(SignInPage)
        self.signButton.setObjectName(u"signButton")

        self.signLayout.addWidget(self.signButton)

        self.signSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signLayout.addItem(self.signSpacer)


        self.pageLayout.addLayout(self.signLayout)

        self.statusLabel = QLabel(SignInPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setMinimumSize(QSize(0, 48))

        self.pageLayout.addWidget(self.statusLabel)

        self.registerGroup = QGroupBox(SignInPage)
        self.registerGroup.setObjectName(u"registerGroup")
        self.registerLayout = QVBoxLayout(self.registerGroup)
        self.registerLayout.setObjectName(u"registerLayout")
        self.summaryView = QTableView(self.registerGroup)
        self.summaryView.setObjectName(u"summaryView")
        self.summaryView.setAlternatingRowColors(True)
        self.summaryView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.summaryView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.summaryView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summaryView.setTabKeyNavigation(False)
        self.summaryView.setWordWrap(False)
        self.summaryView.horizontalHeader().setStretchLastSection(True)
        self.summaryView.verticalHeader().setVisible(False)

        self.registerLayout.addWidget(self.summaryView)

        self.summaryLabel = QLabel(self.registerGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.registerLayout.addWidget(self.summaryLabel)

        self.purgeLayout = QHBoxLayout()
        self.purgeLayout.setObjectName(u"purgeLayout")
        self.purgeLabel = QLabel(self.registerGroup)
        self.purgeLabel.setObjectName(u"purgeLabel")
        self.purgeLabel.setText(u"")
        self.purgeLabel.setWordWrap(True)

        self.purgeLayout.addWidget(self.purgeLabel)

        self.purgeButton = QPushButton(self.registerGroup)
        self.purgeButton.setObjectName(u"purgeButton")

        self.purgeLayout.addWidget(self.purgeButton)

        self.purgeLayout.setStretch(0, 1)

        self.registerLayout.addLayout(self.purgeLayout)


        self.pageLayout.addWidget(self.registerGroup)

#if QT_CONFIG(shortcut)
        self.stationLabel.setBuddy(self.stationCombo)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.birthLabel.setBuddy(self.birthEdit)
        self.giverLastNameLabel.setBuddy(self.giverLastNameEdit)
        self.giverFirstNameLabel.setBuddy(self.giverFirstNameEdit)
        self.giverBirthLabel.setBuddy(self.giverBirthEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stationCombo, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.firstNameEdit)
        QWidget.setTabOrder(self.firstNameEdit, self.birthEdit)
        QWidget.setTabOrder(self.birthEdit, self.proofCheck)
        QWidget.setTabOrder(self.proofCheck, self.proxyCheck)
        QWidget.setTabOrder(self.proxyCheck, self.giverLastNameEdit)
        QWidget.setTabOrder(self.giverLastNameEdit, self.giverFirstNameEdit)
        QWidget.setTabOrder(self.giverFirstNameEdit, self.giverBirthEdit)
        QWidget.setTabOrder(self.giverBirthEdit, self.signButton)
        QWidget.setTabOrder(self.signButton, self.summaryView)
        QWidget.setTabOrder(self.summaryView, self.purgeButton)

        self.retranslateUi(SignInPage)

        QMetaObject.connectSlotsByName(SignInPage)
    # setupUi

    def retranslateUi(self, SignInPage):
        self.titleLabel.setText(QCoreApplication.translate("SignInPage", u"Sign-in register", None))
        self.explanationLabel.setText(QCoreApplication.translate("SignInPage", u"Type the voter's identity and press Enter: pbdesk says at once whether they may vote. Only a keyed fingerprint of the identity is kept, never the names (unless the campaign chose to keep them), and nothing links it to a ballot.", None))
        self.stationLabel.setText(QCoreApplication.translate("SignInPage", u"&Station:", None))
        self.voterGroup.setTitle(QCoreApplication.translate("SignInPage", u"Voter present", None))
        self.lastNameLabel.setText(QCoreApplication.translate("SignInPage", u"&Last name:", None))
        self.firstNameLabel.setText(QCoreApplication.translate("SignInPage", u"F&irst name:", None))
        self.firstNameEdit.setPlaceholderText(QCoreApplication.translate("SignInPage", u"All first names, in order", None))
        self.birthLabel.setText(QCoreApplication.translate("SignInPage", u"&Birth date:", None))
        self.birthEdit.setPlaceholderText(QCoreApplication.translate("SignInPage", u"dd/mm/yyyy", None))
        self.proofCheck.setText(QCoreApplication.translate("SignInPage", u"Pr&oof of address seen", None))
        self.proxyCheck.setText(QCoreApplication.translate("SignInPage", u"Vote by &proxy", None))
#if QT_CONFIG(tooltip)
        self.proxyCheck.setToolTip(QCoreApplication.translate("SignInPage", u"The voter present votes for someone else, who gave them a proxy", None))
#endif // QT_CONFIG(tooltip)
        self.proxyGroup.setTitle(QCoreApplication.translate("SignInPage", u"Person giving the proxy", None))
        self.giverLastNameLabel.setText(QCoreApplication.translate("SignInPage", u"Last &name:", None))
        self.giverFirstNameLabel.setText(QCoreApplication.translate("SignInPage", u"Firs&t name:", None))
        self.giverBirthLabel.setText(QCoreApplication.translate("SignInPage", u"Birth dat&e:", None))
        self.giverBirthEdit.setPlaceholderText(QCoreApplication.translate("SignInPage", u"dd/mm/yyyy", None))
        self.signButton.setText(QCoreApplication.translate("SignInPage", u"Si&gn (Enter)", None))
#if QT_CONFIG(tooltip)
        self.signButton.setToolTip(QCoreApplication.translate("SignInPage", u"Check the voter and sign them in; the fields are cleared for the next one", None))
#endif // QT_CONFIG(tooltip)
        self.registerGroup.setTitle(QCoreApplication.translate("SignInPage", u"The register", None))
        self.purgeButton.setText(QCoreApplication.translate("SignInPage", u"P&urge the register\u2026", None))
#if QT_CONFIG(tooltip)
        self.purgeButton.setToolTip(QCoreApplication.translate("SignInPage", u"Delete the register's entries, keeping only counts per station, day and age band", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

