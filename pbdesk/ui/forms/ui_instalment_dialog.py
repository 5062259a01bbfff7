# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'instalment_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from pbdesk.ui.fields import (DateEdit, ErrorLabel, MoneyEdit, OptionalDateEdit)

class Ui_InstalmentDialog(object):
    def setupUi(self, InstalmentDialog):
        if not InstalmentDialog.objectName():
            InstalmentDialog.setObjectName(u"InstalmentDialog")
        InstalmentDialog.resize(460, 280)
        self.dialogLayout = QVBoxLayout(InstalmentDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(InstalmentDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.instalmentForm = QFormLayout()
        self.instalmentForm.setObjectName(u"instalmentForm")
        self.plannedOnLabel = QLabel(InstalmentDialog)
        self.plannedOnLabel.setObjectName(u"plannedOnLabel")

        self.instalmentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.plannedOnLabel)

        self.plannedOnEditLayout = QHBoxLayout()
        self.plannedOnEditLayout.setObjectName(u"plannedOnEditLayout")
        self.plannedOnEdit = DateEdit(InstalmentDialog)
        self.plannedOnEdit.setObjectName(u"plannedOnEdit")
        self.plannedOnEdit.setCalendarPopup(True)
        self.plannedOnEdit.setMinimumSize(QSize(130, 0))

        self.plannedOnEditLayout.addWidget(self.plannedOnEdit)

        self.plannedOnEditSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.plannedOnEditLayout.addItem(self.plannedOnEditSpacer)


        self.instalmentForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.plannedOnEditLayout)

        self.plannedOnError = ErrorLabel(InstalmentDialog)
        self.plannedOnError.setObjectName(u"plannedOnError")

        self.instalmentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.plannedOnError)

        self.plannedLabel = QLabel(InstalmentDialog)
        self.plannedLabel.setObjectName(u"plannedLabel")

        self.instalmentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.plannedLabel)

        self.plannedEditLayout = QHBoxLayout()
        self.plannedEditLayout.setObjectName(u"plannedEditLayout")
        self.plannedEdit = MoneyEdit(InstalmentDialog)
        self.plannedEdit.setObjectName(u"plannedEdit")
        self.plannedEdit.setMinimumSize(QSize(160, 0))

        self.plannedEditLayout.addWidget(self.plannedEdit)

        self.plannedEditSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.plannedEditLayout.addItem(self.plannedEditSpacer)


        self.instalmentForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.plannedEditLayout)

        self.plannedError = ErrorLabel(InstalmentDialog)
        self.plannedError.setObjectName(u"plannedError")

        self.instalmentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.plannedError)

        self.paidOnLabel = QLabel(InstalmentDialog)
        self.paidOnLabel.setObjectName(u"paidOnLabel")

        self.instalmentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.paidOnLabel)

        self.paidOnEditLayout = QHBoxLayout()
        self.paidOnEditLayout.setObjectName(u"paidOnEditLayout")
        self.paidOnEdit = OptionalDateEdit(InstalmentDialog)
        self.paidOnEdit.setObjectName(u"paidOnEdit")
        self.paidOnEdit.setMinimumSize(QSize(170, 0))

        self.paidOnEditLayout.addWidget(self.paidOnEdit)

        self.paidOnEditSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paidOnEditLayout.addItem(self.paidOnEditSpacer)


        self.instalmentForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.paidOnEditLayout)

        self.paidOnError = ErrorLabel(InstalmentDialog)
        self.paidOnError.setObjectName(u"paidOnError")

        self.instalmentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.paidOnError)

        self.paidLabel = QLabel(InstalmentDialog)
        self.paidLabel.setObjectName(u"paidLabel")

        self.instalmentForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.paidLabel)

        self.paidEditLayout = QHBoxLayout()
        self.paidEditLayout.setObjectName(u"paidEditLayout")
        self.paidEdit = MoneyEdit(InstalmentDialog)
        self.paidEdit.setObjectName(u"paidEdit")
        self.paidEdit.setMinimumSize(QSize(160, 0))

        self.paidEditLayout.addWidget(self.paidEdit)

        self.paidEditSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paidEditLayout.addItem(self.paidEditSpacer)


        self.instalmentForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.paidEditLayout)

        self.paidError = ErrorLabel(InstalmentDialog)
        self.paidError.setObjectName(u"paidError")

        self.instalmentForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.paidError)

        self.labelLabel = QLabel(InstalmentDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.instalmentForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(InstalmentDialog)
        self.labelEdit.setObjectName(u"labelEdit")
        self.labelEdit.setMaxLength(200)

        self.instalmentForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.labelError = ErrorLabel(InstalmentDialog)
        self.labelError.setObjectName(u"labelError")

        self.instalmentForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.labelError)


        self.dialogLayout.addLayout(self.instalmentForm)

        self.generalError = ErrorLabel(InstalmentDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(InstalmentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.plannedOnLabel.setBuddy(self.plannedOnEdit)
        self.plannedLabel.setBuddy(self.plannedEdit)
        self.paidOnLabel.setBuddy(self.paidOnEdit)
        self.paidLabel.setBuddy(self.paidEdit)
        self.labelLabel.setBuddy(self.labelEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.plannedOnEdit, self.plannedEdit)
        QWidget.setTabOrder(self.plannedEdit, self.paidOnEdit)
        QWidget.setTabOrder(self.paidOnEdit, self.paidEdit)
        QWidget.setTabOrder(self.paidEdit, self.labelEdit)
        QWidget.setTabOrder(self.labelEdit, self.buttonBox)

        self.retranslateUi(InstalmentDialog)
        self.buttonBox.rejected.connect(InstalmentDialog.reject)

        QMetaObject.connectSlotsByName(InstalmentDialog)
    # setupUi

    def retranslateUi(self, InstalmentDialog):
        InstalmentDialog.setWindowTitle(QCoreApplication.translate("InstalmentDialog", u"Payment", None))
        self.introLabel.setText(QCoreApplication.translate("InstalmentDialog", u"A payment of the subsidy to the holder: when it is planned and, once made, when it was paid.", None))
        self.plannedOnLabel.setText(QCoreApplication.translate("InstalmentDialog", u"&Planned on:", None))
        self.plannedLabel.setText(QCoreApplication.translate("InstalmentDialog", u"Planned a&mount:", None))
        self.paidOnLabel.setText(QCoreApplication.translate("InstalmentDialog", u"Pa&id on:", None))
#if QT_CONFIG(tooltip)
        self.paidOnEdit.setToolTip(QCoreApplication.translate("InstalmentDialog", u"Tick when the payment was made; leave unticked while it is only planned.", None))
#endif // QT_CONFIG(tooltip)
        self.paidLabel.setText(QCoreApplication.translate("InstalmentDialog", u"Paid amo&unt:", None))
        self.labelLabel.setText(QCoreApplication.translate("InstalmentDialog", u"La&bel:", None))
        self.labelEdit.setPlaceholderText(QCoreApplication.translate("InstalmentDialog", u"For example: first payment (50 %)", None))
    # retranslateUi

