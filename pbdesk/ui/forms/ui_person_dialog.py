# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

from pbdesk.ui.fields import (ErrorLabel, OptionalDateEdit)

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(540, 300)
        PersonDialog.setMinimumSize(QSize(500, 0))
        self.dialogLayout = QVBoxLayout(PersonDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.identityGroup = QGroupBox(PersonDialog)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.nameLabel = QLabel(self.identityGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.identityGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = ErrorLabel(self.identityGroup)
        self.nameError.setObjectName(u"nameError")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.roleLabel = QLabel(self.identityGroup)
        self.roleLabel.setObjectName(u"roleLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.identityGroup)
        self.roleCombo.setObjectName(u"roleCombo")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.organisationLabel = QLabel(self.identityGroup)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(self.identityGroup)
        self.organisationEdit.setObjectName(u"organisationEdit")
        self.organisationEdit.setMaxLength(200)

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.residentCheck = QCheckBox(self.identityGroup)
        self.residentCheck.setObjectName(u"residentCheck")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.residentCheck)


        self.dialogLayout.addWidget(self.identityGroup)

        self.contactGroup = QGroupBox(PersonDialog)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactForm = QFormLayout(self.contactGroup)
        self.contactForm.setObjectName(u"contactForm")
        self.emailLabel = QLabel(self.contactGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.contactGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailError = ErrorLabel(self.contactGroup)
        self.emailError.setObjectName(u"emailError")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.phoneLabel = QLabel(self.contactGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.contactGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.phoneError = ErrorLabel(self.contactGroup)
        self.phoneError.setObjectName(u"phoneError")

        self.contactForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.addressLabel = QLabel(self.contactGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.contactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.contactGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMinimumSize(QSize(0, 52))
        self.addressEdit.setMaximumSize(QSize(16777215, 60))
        self.addressEdit.setTabChangesFocus(True)

        self.contactForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.consentLabel = QLabel(self.contactGroup)
        self.consentLabel.setObjectName(u"consentLabel")

        self.contactForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.consentLabel)

        self.consentCheck = QCheckBox(self.contactGroup)
        self.consentCheck.setObjectName(u"consentCheck")

        self.contactForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.consentCheck)

        self.consentDateLabel = QLabel(self.contactGroup)
        self.consentDateLabel.setObjectName(u"consentDateLabel")

        self.contactForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.consentDateLabel)

        self.consentDateEdit = OptionalDateEdit(self.contactGroup)
        self.consentDateEdit.setObjectName(u"consentDateEdit")

        self.contactForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.consentDateEdit)

        self.consentHelpLabel = QLabel(self.contactGroup)
        self.consentHelpLabel.setObjectName(u"consentHelpLabel")
        self.consentHelpLabel.setWordWrap(True)

        self.contactForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.consentHelpLabel)

        self.consentError = ErrorLabel(self.contactGroup)
        self.consentError.setObjectName(u"consentError")

        self.contactForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.consentError)


        self.dialogLayout.addWidget(self.contactGroup)

        self.notesForm = QFormLayout()
        self.notesForm.setObjectName(u"notesForm")
        self.notesLabel = QLabel(PersonDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(PersonDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 60))
        self.notesEdit.setMaximumSize(QSize(16777215, 80))
        self.notesEdit.setTabChangesFocus(True)

        self.notesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.notesForm)

        self.generalError = ErrorLabel(PersonDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.consentLabel.setBuddy(self.consentCheck)
        self.consentDateLabel.setBuddy(self.consentDateEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.organisationEdit)
        QWidget.setTabOrder(self.organisationEdit, self.residentCheck)
        QWidget.setTabOrder(self.residentCheck, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.consentCheck)
        QWidget.setTabOrder(self.consentCheck, self.consentDateEdit)
        QWidget.setTabOrder(self.consentDateEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(PersonDialog)
        self.buttonBox.rejected.connect(PersonDialog.reject)

        QMetaObject.connectSlotsByName(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.identityGroup.setTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Name:", None))
        self.roleLabel.setText(QCoreApplication.translate("PersonDialog", u"&Role:", None))
        self.organisationLabel.setText(QCoreApplication.translate("PersonDialog", u"&Organisation:", None))
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Service, association, collective\u2026", None))
        self.residentCheck.setText(QCoreApplication.translate("PersonDialog", u"Re&sident of the neighbourhood", None))
        self.contactGroup.setTitle(QCoreApplication.translate("PersonDialog", u"Contact details", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"&E-mail:", None))
        self.phoneLabel.setText(QCoreApplication.translate("PersonDialog", u"&Phone:", None))
        self.addressLabel.setText(QCoreApplication.translate("PersonDialog", u"&Address:", None))
        self.consentLabel.setText(QCoreApplication.translate("PersonDialog", u"Consent:", None))
        self.consentCheck.setText(QCoreApplication.translate("PersonDialog", u"The person &consents to their contact details being kept", None))
        self.consentDateLabel.setText(QCoreApplication.translate("PersonDialog", u"Consent &date:", None))
        self.consentHelpLabel.setText(QCoreApplication.translate("PersonDialog", u"Contact details of residents are kept only with their consent and can be erased at any time.", None))
        self.notesLabel.setText(QCoreApplication.translate("PersonDialog", u"No&tes:", None))
    # retranslateUi

