# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_pack_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from pbdesk.ui.fields import ErrorLabel

class Ui_PrintPackDialog(object):
    def setupUi(self, PrintPackDialog):
        if not PrintPackDialog.objectName():
            PrintPackDialog.setObjectName(u"PrintPackDialog")
        PrintPackDialog.resize(780, 640)
        PrintPackDialog.setMinimumSize(QSize(640, 520))
        self.dialogLayout = QVBoxLayout(PrintPackDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PrintPackDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.topLayout = QHBoxLayout()
        self.topLayout.setSpacing(10)
        self.topLayout.setObjectName(u"topLayout")
        self.piecesGroup = QGroupBox(PrintPackDialog)
        self.piecesGroup.setObjectName(u"piecesGroup")
        self.piecesLayout = QVBoxLayout(self.piecesGroup)
        self.piecesLayout.setObjectName(u"piecesLayout")
        self.ballotsCheck = QCheckBox(self.piecesGroup)
        self.ballotsCheck.setObjectName(u"ballotsCheck")

        self.piecesLayout.addWidget(self.ballotsCheck)

        self.postersCheck = QCheckBox(self.piecesGroup)
        self.postersCheck.setObjectName(u"postersCheck")

        self.piecesLayout.addWidget(self.postersCheck)

        self.bookletCheck = QCheckBox(self.piecesGroup)
        self.bookletCheck.setObjectName(u"bookletCheck")

        self.piecesLayout.addWidget(self.bookletCheck)

        self.signinCheck = QCheckBox(self.piecesGroup)
        self.signinCheck.setObjectName(u"signinCheck")

        self.piecesLayout.addWidget(self.signinCheck)

        self.pvCheck = QCheckBox(self.piecesGroup)
        self.pvCheck.setObjectName(u"pvCheck")

        self.piecesLayout.addWidget(self.pvCheck)

        self.resultsCheck = QCheckBox(self.piecesGroup)
        self.resultsCheck.setObjectName(u"resultsCheck")

        self.piecesLayout.addWidget(self.resultsCheck)

        self.piecesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.piecesLayout.addItem(self.piecesSpacer)


        self.topLayout.addWidget(self.piecesGroup)

        self.optionsGroup = QGroupBox(PrintPackDialog)
        self.optionsGroup.setObjectName(u"optionsGroup")
        self.optionsLayout = QFormLayout(self.optionsGroup)
        self.optionsLayout.setObjectName(u"optionsLayout")
        self.stationLabel = QLabel(self.optionsGroup)
        self.stationLabel.setObjectName(u"stationLabel")

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.stationLabel)

        self.stationCombo = QComboBox(self.optionsGroup)
        self.stationCombo.setObjectName(u"stationCombo")

        self.optionsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.stationCombo)

        self.copiesLabel = QLabel(self.optionsGroup)
        self.copiesLabel.setObjectName(u"copiesLabel")

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.copiesLabel)

        self.copiesSpin = QSpinBox(self.optionsGroup)
        self.copiesSpin.setObjectName(u"copiesSpin")
        self.copiesSpin.setMinimum(1)
        self.copiesSpin.setMaximum(100000)
        self.copiesSpin.setValue(200)

        self.optionsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.copiesSpin)

        self.perSheetLabel = QLabel(self.optionsGroup)
        self.perSheetLabel.setObjectName(u"perSheetLabel")

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.perSheetLabel)

        self.perSheetCombo = QComboBox(self.optionsGroup)
        self.perSheetCombo.setObjectName(u"perSheetCombo")

        self.optionsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.perSheetCombo)

        self.paperLabel = QLabel(self.optionsGroup)
        self.paperLabel.setObjectName(u"paperLabel")

        self.optionsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(self.optionsGroup)
        self.paperCombo.setObjectName(u"paperCombo")

        self.optionsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.largePrintCheck = QCheckBox(self.optionsGroup)
        self.largePrintCheck.setObjectName(u"largePrintCheck")

        self.optionsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.largePrintCheck)

        self.serialsCheck = QCheckBox(self.optionsGroup)
        self.serialsCheck.setObjectName(u"serialsCheck")

        self.optionsLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.serialsCheck)

        self.serialsNote = QLabel(self.optionsGroup)
        self.serialsNote.setObjectName(u"serialsNote")
        self.serialsNote.setWordWrap(True)
        self.serialsNote.setStyleSheet(u"color: #555555;")

        self.optionsLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.serialsNote)


        self.topLayout.addWidget(self.optionsGroup)


        self.dialogLayout.addLayout(self.topLayout)

        self.settingsGroup = QGroupBox(PrintPackDialog)
        self.settingsGroup.setObjectName(u"settingsGroup")
        self.settingsLayout = QFormLayout(self.settingsGroup)
        self.settingsLayout.setObjectName(u"settingsLayout")
        self.accentLabel = QLabel(self.settingsGroup)
        self.accentLabel.setObjectName(u"accentLabel")

        self.settingsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.accentLabel)

        self.accentLayout = QHBoxLayout()
        self.accentLayout.setObjectName(u"accentLayout")
        self.accentButton = QPushButton(self.settingsGroup)
        self.accentButton.setObjectName(u"accentButton")
        self.accentButton.setAutoDefault(False)
        self.accentButton.setText(u"#1F5F8B")

        self.accentLayout.addWidget(self.accentButton)

        self.accentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.accentLayout.addItem(self.accentSpacer)


        self.settingsLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.accentLayout)

        self.logoLabel = QLabel(self.settingsGroup)
        self.logoLabel.setObjectName(u"logoLabel")

        self.settingsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoNameLabel = QLabel(self.settingsGroup)
        self.logoNameLabel.setObjectName(u"logoNameLabel")
        self.logoNameLabel.setText(u"")

        self.logoLayout.addWidget(self.logoNameLabel)

        self.logoButton = QPushButton(self.settingsGroup)
        self.logoButton.setObjectName(u"logoButton")
        self.logoButton.setAutoDefault(False)

        self.logoLayout.addWidget(self.logoButton)

        self.removeLogoButton = QPushButton(self.settingsGroup)
        self.removeLogoButton.setObjectName(u"removeLogoButton")
        self.removeLogoButton.setAutoDefault(False)

        self.logoLayout.addWidget(self.removeLogoButton)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoLayout.addItem(self.logoSpacer)


        self.settingsLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.logoLayout)

        self.orderLabel = QLabel(self.settingsGroup)
        self.orderLabel.setObjectName(u"orderLabel")

        self.settingsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.orderLabel)

        self.orderCombo = QComboBox(self.settingsGroup)
        self.orderCombo.setObjectName(u"orderCombo")

        self.settingsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.orderCombo)

        self.contactLabel = QLabel(self.settingsGroup)
        self.contactLabel.setObjectName(u"contactLabel")

        self.settingsLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(self.settingsGroup)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMaxLength(300)

        self.settingsLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.settingsError = ErrorLabel(self.settingsGroup)
        self.settingsError.setObjectName(u"settingsError")

        self.settingsLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.settingsError)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.saveSettingsButton = QPushButton(self.settingsGroup)
        self.saveSettingsButton.setObjectName(u"saveSettingsButton")
        self.saveSettingsButton.setAutoDefault(False)

        self.saveLayout.addWidget(self.saveSettingsButton)

        self.settingsStatusLabel = QLabel(self.settingsGroup)
        self.settingsStatusLabel.setObjectName(u"settingsStatusLabel")
        self.settingsStatusLabel.setText(u"")

        self.saveLayout.addWidget(self.settingsStatusLabel)

        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveLayout.addItem(self.saveSpacer)


        self.settingsLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.saveLayout)


        self.dialogLayout.addWidget(self.settingsGroup)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderLabel = QLabel(PrintPackDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.folderLayout.addWidget(self.folderLabel)

        self.folderEdit = QLineEdit(PrintPackDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.folderButton = QPushButton(PrintPackDialog)
        self.folderButton.setObjectName(u"folderButton")
        self.folderButton.setAutoDefault(False)

        self.folderLayout.addWidget(self.folderButton)

        self.generateButton = QPushButton(PrintPackDialog)
        self.generateButton.setObjectName(u"generateButton")

        self.folderLayout.addWidget(self.generateButton)


        self.dialogLayout.addLayout(self.folderLayout)

        self.generalError = ErrorLabel(PrintPackDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.filesLabel = QLabel(PrintPackDialog)
        self.filesLabel.setObjectName(u"filesLabel")

        self.dialogLayout.addWidget(self.filesLabel)

        self.filesList = QListWidget(PrintPackDialog)
        self.filesList.setObjectName(u"filesList")
        self.filesList.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.filesList)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.openButton = QPushButton(PrintPackDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.openButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(PrintPackDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.stationLabel.setBuddy(self.stationCombo)
        self.copiesLabel.setBuddy(self.copiesSpin)
        self.perSheetLabel.setBuddy(self.perSheetCombo)
        self.paperLabel.setBuddy(self.paperCombo)
        self.accentLabel.setBuddy(self.accentButton)
        self.logoLabel.setBuddy(self.logoButton)
        self.orderLabel.setBuddy(self.orderCombo)
        self.contactLabel.setBuddy(self.contactEdit)
        self.folderLabel.setBuddy(self.folderEdit)
        self.filesLabel.setBuddy(self.filesList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.ballotsCheck, self.postersCheck)
        QWidget.setTabOrder(self.postersCheck, self.bookletCheck)
        QWidget.setTabOrder(self.bookletCheck, self.signinCheck)
        QWidget.setTabOrder(self.signinCheck, self.pvCheck)
        QWidget.setTabOrder(self.pvCheck, self.resultsCheck)
        QWidget.setTabOrder(self.resultsCheck, self.stationCombo)
        QWidget.setTabOrder(self.stationCombo, self.copiesSpin)
        QWidget.setTabOrder(self.copiesSpin, self.perSheetCombo)
        QWidget.setTabOrder(self.perSheetCombo, self.paperCombo)
        QWidget.setTabOrder(self.paperCombo, self.largePrintCheck)
        QWidget.setTabOrder(self.largePrintCheck, self.serialsCheck)
        QWidget.setTabOrder(self.serialsCheck, self.accentButton)
        QWidget.setTabOrder(self.accentButton, self.logoButton)
        QWidget.setTabOrder(self.logoButton, self.removeLogoButton)
        QWidget.setTabOrder(self.removeLogoButton, self.orderCombo)
        QWidget.setTabOrder(self.orderCombo, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.saveSettingsButton)
        QWidget.setTabOrder(self.saveSettingsButton, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.folderButton)
        QWidget.setTabOrder(self.folderButton, self.generateButton)
        QWidget.setTabOrder(self.generateButton, self.filesList)
        QWidget.setTabOrder(self.filesList, self.openButton)
        QWidget.setTabOrder(self.openButton, self.closeButton)

        self.retranslateUi(PrintPackDialog)
        self.closeButton.clicked.connect(PrintPackDialog.reject)

        self.generateButton.setDefault(True)


        QMetaObject.connectSlotsByName(PrintPackDialog)
    # setupUi

    def retranslateUi(self, PrintPackDialog):
        PrintPackDialog.setWindowTitle(QCoreApplication.translate("PrintPackDialog", u"Prepare the vote material", None))
        self.introLabel.setText(QCoreApplication.translate("PrintPackDialog", u"Tick the pieces to print. Each piece becomes one PDF file in the folder you choose; look at it, then print it.", None))
        self.piecesGroup.setTitle(QCoreApplication.translate("PrintPackDialog", u"Pieces", None))
        self.ballotsCheck.setText(QCoreApplication.translate("PrintPackDialog", u"&Ballots", None))
        self.postersCheck.setText(QCoreApplication.translate("PrintPackDialog", u"&Posters of the projects and of the vote day", None))
        self.bookletCheck.setText(QCoreApplication.translate("PrintPackDialog", u"Boo&klet of the projects", None))
        self.signinCheck.setText(QCoreApplication.translate("PrintPackDialog", u"&Sign-in sheets", None))
        self.pvCheck.setText(QCoreApplication.translate("PrintPackDialog", u"Record of the cou&nt (PV)", None))
        self.resultsCheck.setText(QCoreApplication.translate("PrintPackDialog", u"&Results (poster and report)", None))
        self.optionsGroup.setTitle(QCoreApplication.translate("PrintPackDialog", u"Quantities and options", None))
        self.stationLabel.setText(QCoreApplication.translate("PrintPackDialog", u"Polling s&tation:", None))
        self.copiesLabel.setText(QCoreApplication.translate("PrintPackDialog", u"Cop&ies per station:", None))
#if QT_CONFIG(tooltip)
        self.copiesSpin.setToolTip(QCoreApplication.translate("PrintPackDialog", u"Ballots printed for each polling station, and lines of its sign-in sheets", None))
#endif // QT_CONFIG(tooltip)
        self.perSheetLabel.setText(QCoreApplication.translate("PrintPackDialog", u"Ballots per sh&eet:", None))
        self.paperLabel.setText(QCoreApplication.translate("PrintPackDialog", u"Paper si&ze of the posters:", None))
#if QT_CONFIG(tooltip)
        self.largePrintCheck.setToolTip(QCoreApplication.translate("PrintPackDialog", u"Ballots, posters and sheets in large type, for residents with low vision", None))
#endif // QT_CONFIG(tooltip)
        self.largePrintCheck.setText(QCoreApplication.translate("PrintPackDialog", u"Large t&ype (16 pt at least)", None))
#if QT_CONFIG(tooltip)
        self.serialsCheck.setToolTip(QCoreApplication.translate("PrintPackDialog", u"A number and a QR code on each ballot, never linked to a voter", None))
#endif // QT_CONFIG(tooltip)
        self.serialsCheck.setText(QCoreApplication.translate("PrintPackDialog", u"Serial numbers and &QR codes", None))
        self.serialsNote.setText(QCoreApplication.translate("PrintPackDialog", u"Shuffle the ballots before the vote: handed out in printed order, a serial number could be linked to a line of the sign-in sheet.", None))
        self.settingsGroup.setTitle(QCoreApplication.translate("PrintPackDialog", u"Print settings of the campaign", None))
        self.accentLabel.setText(QCoreApplication.translate("PrintPackDialog", u"Accent colo&ur:", None))
#if QT_CONFIG(tooltip)
        self.accentButton.setToolTip(QCoreApplication.translate("PrintPackDialog", u"Choose the colour of titles and bands", None))
#endif // QT_CONFIG(tooltip)
        self.logoLabel.setText(QCoreApplication.translate("PrintPackDialog", u"&Logo:", None))
        self.logoButton.setText(QCoreApplication.translate("PrintPackDialog", u"Choose a picture\u2026", None))
        self.removeLogoButton.setText(QCoreApplication.translate("PrintPackDialog", u"Re&move the logo", None))
        self.orderLabel.setText(QCoreApplication.translate("PrintPackDialog", u"Pro&ject order:", None))
        self.contactLabel.setText(QCoreApplication.translate("PrintPackDialog", u"Personal data &contact:", None))
#if QT_CONFIG(tooltip)
        self.contactEdit.setToolTip(QCoreApplication.translate("PrintPackDialog", u"Printed on the sign-in sheets: who residents write to about their personal data. Empty: the first team member of a public service who can be reached.", None))
#endif // QT_CONFIG(tooltip)
        self.contactEdit.setPlaceholderText(QCoreApplication.translate("PrintPackDialog", u"Data protection officer of the city, for example: dpo@ville.fr", None))
        self.saveSettingsButton.setText(QCoreApplication.translate("PrintPackDialog", u"S&ave these settings for the campaign", None))
#if QT_CONFIG(tooltip)
        self.saveSettingsButton.setToolTip(QCoreApplication.translate("PrintPackDialog", u"Keep the colour, logo, order, contact and quantities for the next prints (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.folderLabel.setText(QCoreApplication.translate("PrintPackDialog", u"Save in fol&der:", None))
        self.folderButton.setText(QCoreApplication.translate("PrintPackDialog", u"Bro&wse\u2026", None))
        self.generateButton.setText(QCoreApplication.translate("PrintPackDialog", u"&Generate", None))
        self.filesLabel.setText(QCoreApplication.translate("PrintPackDialog", u"Generated files:", None))
        self.openButton.setText(QCoreApplication.translate("PrintPackDialog", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("PrintPackDialog", u"Open the PDF in the computer's PDF viewer, to look at it and print it (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("PrintPackDialog", u"Close", None))
    # retranslateUi

