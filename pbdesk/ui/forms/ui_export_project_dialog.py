# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_project_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from pbdesk.ui.fields import ErrorLabel

class Ui_ExportProjectDialog(object):
    def setupUi(self, ExportProjectDialog):
        if not ExportProjectDialog.objectName():
            ExportProjectDialog.setObjectName(u"ExportProjectDialog")
        ExportProjectDialog.resize(600, 300)
        ExportProjectDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(ExportProjectDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ExportProjectDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.campaignLabel = QLabel(ExportProjectDialog)
        self.campaignLabel.setObjectName(u"campaignLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.campaignLabel)

        self.campaignCombo = QComboBox(ExportProjectDialog)
        self.campaignCombo.setObjectName(u"campaignCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.campaignCombo)

        self.fileLabel = QLabel(ExportProjectDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(ExportProjectDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(ExportProjectDialog)
        self.browseButton.setObjectName(u"browseButton")
        self.browseButton.setAutoDefault(False)

        self.fileLayout.addWidget(self.browseButton)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.fileError = ErrorLabel(ExportProjectDialog)
        self.fileError.setObjectName(u"fileError")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fileError)


        self.dialogLayout.addLayout(self.formLayout)

        self.personalCheck = QCheckBox(ExportProjectDialog)
        self.personalCheck.setObjectName(u"personalCheck")

        self.dialogLayout.addWidget(self.personalCheck)

        self.personalNote = QLabel(ExportProjectDialog)
        self.personalNote.setObjectName(u"personalNote")
        self.personalNote.setWordWrap(True)
        self.personalNote.setStyleSheet(u"color: palette(mid);")

        self.dialogLayout.addWidget(self.personalNote)

        self.personalWarning = QLabel(ExportProjectDialog)
        self.personalWarning.setObjectName(u"personalWarning")
        self.personalWarning.setWordWrap(True)
        self.personalWarning.setStyleSheet(u"color: #8a4b00; background: #fff4e0; border: 1px solid #e0b060; border-radius: 4px; padding: 6px;")

        self.dialogLayout.addWidget(self.personalWarning)

        self.generalError = ErrorLabel(ExportProjectDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.spacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.spacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.exportButton = QPushButton(ExportProjectDialog)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonsLayout.addWidget(self.exportButton)

        self.cancelButton = QPushButton(ExportProjectDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.campaignLabel.setBuddy(self.campaignCombo)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.campaignCombo, self.fileEdit)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.personalCheck)
        QWidget.setTabOrder(self.personalCheck, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.cancelButton)

        self.retranslateUi(ExportProjectDialog)
        self.cancelButton.clicked.connect(ExportProjectDialog.reject)

        self.exportButton.setDefault(True)


        QMetaObject.connectSlotsByName(ExportProjectDialog)
    # setupUi

    def retranslateUi(self, ExportProjectDialog):
        ExportProjectDialog.setWindowTitle(QCoreApplication.translate("ExportProjectDialog", u"Export the campaign", None))
        self.introLabel.setText(QCoreApplication.translate("ExportProjectDialog", u"The campaign is written to one project file (.pbdesk) that another team, another laptop or next year's team can import.", None))
        self.campaignLabel.setText(QCoreApplication.translate("ExportProjectDialog", u"Ca&mpaign:", None))
        self.fileLabel.setText(QCoreApplication.translate("ExportProjectDialog", u"Fi&le:", None))
        self.browseButton.setText(QCoreApplication.translate("ExportProjectDialog", u"&Browse\u2026", None))
        self.personalCheck.setText(QCoreApplication.translate("ExportProjectDialog", u"Include &personal data", None))
        self.personalNote.setText(QCoreApplication.translate("ExportProjectDialog", u"By default residents' personal data stays on this computer: their contact details and the sign-in register's keys and secret are left out of the file.", None))
        self.personalWarning.setText(QCoreApplication.translate("ExportProjectDialog", u"Warning: the file will hold residents' personal data (contact details of residents, keys and secret of the sign-in register). Give it only to people entitled to see them, for example the laptops of the same vote day, and delete it once imported.", None))
        self.exportButton.setText(QCoreApplication.translate("ExportProjectDialog", u"&Export", None))
        self.cancelButton.setText(QCoreApplication.translate("ExportProjectDialog", u"Cancel", None))
    # retranslateUi

