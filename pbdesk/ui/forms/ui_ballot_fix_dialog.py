# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'ballot_fix_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

from pbdesk.ui.fields import ErrorLabel

class Ui_BallotFixDialog(object):
    def setupUi(self, BallotFixDialog):
        if not BallotFixDialog.objectName():
            BallotFixDialog.setObjectName(u"BallotFixDialog")
        BallotFixDialog.resize(460, 180)
        BallotFixDialog.setMinimumSize(QSize(420, 0))
        self.dialogLayout = QVBoxLayout(BallotFixDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.explanationLabel = QLabel(BallotFixDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanationLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.numberLabel = QLabel(BallotFixDialog)
        self.numberLabel.setObjectName(u"numberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberSpin = QSpinBox(BallotFixDialog)
        self.numberSpin.setObjectName(u"numberSpin")
        self.numberSpin.setMinimum(1)
        self.numberSpin.setMaximum(999999)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberSpin)

        self.contentLabel = QLabel(BallotFixDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentEdit = QLineEdit(BallotFixDialog)
        self.contentEdit.setObjectName(u"contentEdit")
        self.contentEdit.setMaxLength(300)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.contentEdit)


        self.dialogLayout.addLayout(self.form)

        self.generalError = ErrorLabel(BallotFixDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(BallotFixDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numberLabel.setBuddy(self.numberSpin)
        self.contentLabel.setBuddy(self.contentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.numberSpin, self.contentEdit)
        QWidget.setTabOrder(self.contentEdit, self.buttonBox)

        self.retranslateUi(BallotFixDialog)

        QMetaObject.connectSlotsByName(BallotFixDialog)
    # setupUi

    def retranslateUi(self, BallotFixDialog):
        BallotFixDialog.setWindowTitle(QCoreApplication.translate("BallotFixDialog", u"Correct a ballot", None))
        self.numberLabel.setText(QCoreApplication.translate("BallotFixDialog", u"Ballot &number:", None))
        self.contentLabel.setText(QCoreApplication.translate("BallotFixDialog", u"&Ballot:", None))
        self.contentEdit.setPlaceholderText(QCoreApplication.translate("BallotFixDialog", u"3 7 12 \u2014 empty for blank, * for spoilt", None))
    # retranslateUi

