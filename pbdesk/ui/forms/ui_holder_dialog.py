# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'holder_dialog.ui'
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
    QSpacerItem, QVBoxLayout, QWidget)

from pbdesk.ui.fields import ErrorLabel

class Ui_HolderDialog(object):
    def setupUi(self, HolderDialog):
        if not HolderDialog.objectName():
            HolderDialog.setObjectName(u"HolderDialog")
        HolderDialog.resize(540, 420)
        HolderDialog.setMinimumSize(QSize(500, 0))
        self.dialogLayout = QVBoxLayout(HolderDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.identityGroup = QGroupBox(HolderDialog)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.nameLabel = QLabel(self.identityGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.identityGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(300)

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = ErrorLabel(self.identityGroup)
        self.nameError.setObjectName(u"nameError")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.kindLabel = QLabel(self.identityGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.identityGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.rnaLabel = QLabel(self.identityGroup)
        self.rnaLabel.setObjectName(u"rnaLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rnaLabel)

        self.rnaEdit = QLineEdit(self.identityGroup)
        self.rnaEdit.setObjectName(u"rnaEdit")
        self.rnaEdit.setMaxLength(20)

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rnaEdit)

        self.rnaError = ErrorLabel(self.identityGroup)
        self.rnaError.setObjectName(u"rnaError")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.rnaError)

        self.siretLabel = QLabel(self.identityGroup)
        self.siretLabel.setObjectName(u"siretLabel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.siretLabel)

        self.siretEdit = QLineEdit(self.identityGroup)
        self.siretEdit.setObjectName(u"siretEdit")
        self.siretEdit.setMaxLength(24)

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.siretEdit)

        self.siretError = ErrorLabel(self.identityGroup)
        self.siretError.setObjectName(u"siretError")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.siretError)

        self.earlierCheck = QCheckBox(self.identityGroup)
        self.earlierCheck.setObjectName(u"earlierCheck")

        self.identityForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.earlierCheck)


        self.dialogLayout.addWidget(self.identityGroup)

        self.contactGroup = QGroupBox(HolderDialog)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactForm = QFormLayout(self.contactGroup)
        self.contactForm.setObjectName(u"contactForm")
        self.addressLabel = QLabel(self.contactGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.contactForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.contactGroup)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMinimumSize(QSize(0, 52))
        self.addressEdit.setMaximumSize(QSize(16777215, 60))
        self.addressEdit.setTabChangesFocus(True)

        self.contactForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.emailLabel = QLabel(self.contactGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.contactGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.contactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(self.contactGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.contactGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.contactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.dialogLayout.addWidget(self.contactGroup)

        self.generalError = ErrorLabel(HolderDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(HolderDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.rnaLabel.setBuddy(self.rnaEdit)
        self.siretLabel.setBuddy(self.siretEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.rnaEdit)
        QWidget.setTabOrder(self.rnaEdit, self.siretEdit)
        QWidget.setTabOrder(self.siretEdit, self.earlierCheck)
        QWidget.setTabOrder(self.earlierCheck, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.buttonBox)

        self.retranslateUi(HolderDialog)
        self.buttonBox.rejected.connect(HolderDialog.reject)

        QMetaObject.connectSlotsByName(HolderDialog)
    # setupUi

    def retranslateUi(self, HolderDialog):
        HolderDialog.setWindowTitle(QCoreApplication.translate("HolderDialog", u"Holder", None))
        self.identityGroup.setTitle(QCoreApplication.translate("HolderDialog", u"Holder", None))
        self.nameLabel.setText(QCoreApplication.translate("HolderDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("HolderDialog", u"Association, collective or group of residents", None))
        self.kindLabel.setText(QCoreApplication.translate("HolderDialog", u"&Kind:", None))
        self.rnaLabel.setText(QCoreApplication.translate("HolderDialog", u"&RNA number:", None))
        self.rnaEdit.setPlaceholderText(QCoreApplication.translate("HolderDialog", u"W followed by 9 digits, e.g. W133012345", None))
        self.siretLabel.setText(QCoreApplication.translate("HolderDialog", u"S&IRET:", None))
        self.siretEdit.setPlaceholderText(QCoreApplication.translate("HolderDialog", u"14 digits", None))
        self.earlierCheck.setText(QCoreApplication.translate("HolderDialog", u"Held a project in an earlier edi&tion", None))
#if QT_CONFIG(tooltip)
        self.earlierCheck.setToolTip(QCoreApplication.translate("HolderDialog", u"Tick it when the holder carried a project in an edition this workspace does not know; otherwise it counts as a new holder.", None))
#endif // QT_CONFIG(tooltip)
        self.contactGroup.setTitle(QCoreApplication.translate("HolderDialog", u"Contact details", None))
        self.addressLabel.setText(QCoreApplication.translate("HolderDialog", u"A&ddress:", None))
        self.emailLabel.setText(QCoreApplication.translate("HolderDialog", u"&E-mail:", None))
        self.phoneLabel.setText(QCoreApplication.translate("HolderDialog", u"&Phone:", None))
    # retranslateUi

