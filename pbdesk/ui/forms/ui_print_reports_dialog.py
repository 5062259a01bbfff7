# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'print_reports_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from pbdesk.ui.fields import ErrorLabel

class Ui_PrintReportsDialog(object):
    def setupUi(self, PrintReportsDialog):
        if not PrintReportsDialog.objectName():
            PrintReportsDialog.setObjectName(u"PrintReportsDialog")
        PrintReportsDialog.resize(680, 500)
        PrintReportsDialog.setMinimumSize(QSize(560, 420))
        self.dialogLayout = QVBoxLayout(PrintReportsDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(PrintReportsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.piecesGroup = QGroupBox(PrintReportsDialog)
        self.piecesGroup.setObjectName(u"piecesGroup")
        self.piecesLayout = QVBoxLayout(self.piecesGroup)
        self.piecesLayout.setObjectName(u"piecesLayout")
        self.residentsReportCheck = QCheckBox(self.piecesGroup)
        self.residentsReportCheck.setObjectName(u"residentsReportCheck")

        self.piecesLayout.addWidget(self.residentsReportCheck)

        self.residentsPosterCheck = QCheckBox(self.piecesGroup)
        self.residentsPosterCheck.setObjectName(u"residentsPosterCheck")

        self.piecesLayout.addWidget(self.residentsPosterCheck)

        self.editionReportCheck = QCheckBox(self.piecesGroup)
        self.editionReportCheck.setObjectName(u"editionReportCheck")

        self.piecesLayout.addWidget(self.editionReportCheck)

        self.largePrintCheck = QCheckBox(self.piecesGroup)
        self.largePrintCheck.setObjectName(u"largePrintCheck")

        self.piecesLayout.addWidget(self.largePrintCheck)


        self.dialogLayout.addWidget(self.piecesGroup)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderLabel = QLabel(PrintReportsDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.folderLayout.addWidget(self.folderLabel)

        self.folderEdit = QLineEdit(PrintReportsDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.folderButton = QPushButton(PrintReportsDialog)
        self.folderButton.setObjectName(u"folderButton")
        self.folderButton.setAutoDefault(False)

        self.folderLayout.addWidget(self.folderButton)

        self.generateButton = QPushButton(PrintReportsDialog)
        self.generateButton.setObjectName(u"generateButton")

        self.folderLayout.addWidget(self.generateButton)


        self.dialogLayout.addLayout(self.folderLayout)

        self.generalError = ErrorLabel(PrintReportsDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.filesLabel = QLabel(PrintReportsDialog)
        self.filesLabel.setObjectName(u"filesLabel")

        self.dialogLayout.addWidget(self.filesLabel)

        self.filesList = QListWidget(PrintReportsDialog)
        self.filesList.setObjectName(u"filesList")
        self.filesList.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.filesList)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.openButton = QPushButton(PrintReportsDialog)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.openButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(PrintReportsDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderEdit)
        self.filesLabel.setBuddy(self.filesList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.residentsReportCheck, self.residentsPosterCheck)
        QWidget.setTabOrder(self.residentsPosterCheck, self.editionReportCheck)
        QWidget.setTabOrder(self.editionReportCheck, self.largePrintCheck)
        QWidget.setTabOrder(self.largePrintCheck, self.folderEdit)
        QWidget.setTabOrder(self.folderEdit, self.folderButton)
        QWidget.setTabOrder(self.folderButton, self.generateButton)
        QWidget.setTabOrder(self.generateButton, self.filesList)
        QWidget.setTabOrder(self.filesList, self.openButton)
        QWidget.setTabOrder(self.openButton, self.closeButton)

        self.retranslateUi(PrintReportsDialog)
        self.closeButton.clicked.connect(PrintReportsDialog.reject)

        self.generateButton.setDefault(True)


        QMetaObject.connectSlotsByName(PrintReportsDialog)
    # setupUi

    def retranslateUi(self, PrintReportsDialog):
        PrintReportsDialog.setWindowTitle(QCoreApplication.translate("PrintReportsDialog", u"Print the reports", None))
        self.introLabel.setText(QCoreApplication.translate("PrintReportsDialog", u"Tell the residents where the money went, and keep the record of the edition. Each document ticked becomes one PDF file in the folder you choose; look at it, then print it.", None))
        self.piecesGroup.setTitle(QCoreApplication.translate("PrintReportsDialog", u"Documents", None))
#if QT_CONFIG(tooltip)
        self.residentsReportCheck.setToolTip(QCoreApplication.translate("PrintReportsDialog", u"One card per funded project: amounts voted and spent, what has been done, the next step (public updates only)", None))
#endif // QT_CONFIG(tooltip)
        self.residentsReportCheck.setText(QCoreApplication.translate("PrintReportsDialog", u"&Residents' report, A4: \u201cWhere did the money go?\u201d", None))
#if QT_CONFIG(tooltip)
        self.residentsPosterCheck.setToolTip(QCoreApplication.translate("PrintReportsDialog", u"The same news as a poster for the neighbourhood: the totals, then eight projects per sheet", None))
#endif // QT_CONFIG(tooltip)
        self.residentsPosterCheck.setText(QCoreApplication.translate("PrintReportsDialog", u"Residents' &poster, A3", None))
#if QT_CONFIG(tooltip)
        self.editionReportCheck.setToolTip(QCoreApplication.translate("PrintReportsDialog", u"The whole edition for the record: frame, phases, applications, vote, follow-up, indicators and lessons", None))
#endif // QT_CONFIG(tooltip)
        self.editionReportCheck.setText(QCoreApplication.translate("PrintReportsDialog", u"&End-of-edition report, A4", None))
#if QT_CONFIG(tooltip)
        self.largePrintCheck.setToolTip(QCoreApplication.translate("PrintReportsDialog", u"Bigger text in the three documents, for residents with low vision", None))
#endif // QT_CONFIG(tooltip)
        self.largePrintCheck.setText(QCoreApplication.translate("PrintReportsDialog", u"Large t&ype, for residents with low vision", None))
        self.folderLabel.setText(QCoreApplication.translate("PrintReportsDialog", u"&Where to save:", None))
        self.folderButton.setText(QCoreApplication.translate("PrintReportsDialog", u"&Browse\u2026", None))
        self.generateButton.setText(QCoreApplication.translate("PrintReportsDialog", u"&Generate", None))
        self.filesLabel.setText(QCoreApplication.translate("PrintReportsDialog", u"Generated files:", None))
        self.openButton.setText(QCoreApplication.translate("PrintReportsDialog", u"&Open", None))
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("PrintReportsDialog", u"Open the PDF in the computer's PDF viewer, to look at it and print it (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("PrintReportsDialog", u"Close", None))
    # retranslateUi

