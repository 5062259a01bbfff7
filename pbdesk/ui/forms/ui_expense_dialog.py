# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'expense_dialog.ui'
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
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from pbdesk.ui.fields import (DateEdit, ErrorLabel, MoneyEdit)

class Ui_ExpenseDialog(object):
    def setupUi(self, ExpenseDialog):
        if not ExpenseDialog.objectName():
            ExpenseDialog.setObjectName(u"ExpenseDialog")
        ExpenseDialog.resize(480, 300)
        self.dialogLayout = QVBoxLayout(ExpenseDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.expenseForm = QFormLayout()
        self.expenseForm.setObjectName(u"expenseForm")
        self.dateLabel = QLabel(ExpenseDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.expenseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(ExpenseDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setMinimumSize(QSize(120, 0))

        self.expenseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.spentOnError = ErrorLabel(ExpenseDialog)
        self.spentOnError.setObjectName(u"spentOnError")

        self.expenseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.spentOnError)

        self.amountLabel = QLabel(ExpenseDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.expenseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = MoneyEdit(ExpenseDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setMinimumSize(QSize(140, 0))

        self.expenseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.amountError = ErrorLabel(ExpenseDialog)
        self.amountError.setObjectName(u"amountError")

        self.expenseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountError)

        self.labelLabel = QLabel(ExpenseDialog)
        self.labelLabel.setObjectName(u"labelLabel")

        self.expenseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.labelLabel)

        self.labelEdit = QLineEdit(ExpenseDialog)
        self.labelEdit.setObjectName(u"labelEdit")
        self.labelEdit.setMaxLength(300)

        self.expenseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.labelEdit)

        self.labelError = ErrorLabel(ExpenseDialog)
        self.labelError.setObjectName(u"labelError")

        self.expenseForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.labelError)

        self.payeeLabel = QLabel(ExpenseDialog)
        self.payeeLabel.setObjectName(u"payeeLabel")

        self.expenseForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.payeeLabel)

        self.payeeEdit = QLineEdit(ExpenseDialog)
        self.payeeEdit.setObjectName(u"payeeEdit")
        self.payeeEdit.setMaxLength(300)

        self.expenseForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.payeeEdit)

        self.payeeError = ErrorLabel(ExpenseDialog)
        self.payeeError.setObjectName(u"payeeError")

        self.expenseForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.payeeError)

        self.referenceLabel = QLabel(ExpenseDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.expenseForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(ExpenseDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")
        self.referenceEdit.setMaxLength(100)

        self.expenseForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.referenceError = ErrorLabel(ExpenseDialog)
        self.referenceError.setObjectName(u"referenceError")

        self.expenseForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.referenceError)

        self.stateLabel = QLabel(ExpenseDialog)
        self.stateLabel.setObjectName(u"stateLabel")

        self.expenseForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.stateLabel)

        self.stateLayout = QHBoxLayout()
        self.stateLayout.setObjectName(u"stateLayout")
        self.committedRadio = QRadioButton(ExpenseDialog)
        self.committedRadio.setObjectName(u"committedRadio")
        self.committedRadio.setChecked(True)

        self.stateLayout.addWidget(self.committedRadio)

        self.paidRadio = QRadioButton(ExpenseDialog)
        self.paidRadio.setObjectName(u"paidRadio")

        self.stateLayout.addWidget(self.paidRadio)

        self.stateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.stateLayout.addItem(self.stateSpacer)


        self.expenseForm.setLayout(10, QFormLayout.ItemRole.FieldRole, self.stateLayout)


        self.dialogLayout.addLayout(self.expenseForm)

        self.generalError = ErrorLabel(ExpenseDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ExpenseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.labelLabel.setBuddy(self.labelEdit)
        self.payeeLabel.setBuddy(self.payeeEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.labelEdit)
        QWidget.setTabOrder(self.labelEdit, self.payeeEdit)
        QWidget.setTabOrder(self.payeeEdit, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.committedRadio)
        QWidget.setTabOrder(self.committedRadio, self.paidRadio)
        QWidget.setTabOrder(self.paidRadio, self.buttonBox)

        self.retranslateUi(ExpenseDialog)
        self.buttonBox.rejected.connect(ExpenseDialog.reject)

        QMetaObject.connectSlotsByName(ExpenseDialog)
    # setupUi

    def retranslateUi(self, ExpenseDialog):
        ExpenseDialog.setWindowTitle(QCoreApplication.translate("ExpenseDialog", u"Expense", None))
        self.dateLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Date:", None))
        self.amountLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Amount:", None))
        self.labelLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&What for:", None))
        self.payeeLabel.setText(QCoreApplication.translate("ExpenseDialog", u"Pa&yee:", None))
        self.referenceLabel.setText(QCoreApplication.translate("ExpenseDialog", u"&Reference:", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("ExpenseDialog", u"Invoice or order number", None))
        self.stateLabel.setText(QCoreApplication.translate("ExpenseDialog", u"State:", None))
        self.committedRadio.setText(QCoreApplication.translate("ExpenseDialog", u"Co&mmitted", None))
        self.paidRadio.setText(QCoreApplication.translate("ExpenseDialog", u"&Paid", None))
    # retranslateUi

