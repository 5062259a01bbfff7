# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from pbdesk.ui.fields import ErrorLabel

class Ui_StatusDialog(object):
    def setupUi(self, StatusDialog):
        if not StatusDialog.objectName():
            StatusDialog.setObjectName(u"StatusDialog")
        StatusDialog.resize(500, 300)
        StatusDialog.setMinimumSize(QSize(460, 0))
        self.dialogLayout = QVBoxLayout(StatusDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.selectionLabel = QLabel(StatusDialog)
        self.selectionLabel.setObjectName(u"selectionLabel")
        self.selectionLabel.setText(u"")
        self.selectionLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.selectionLabel)

        self.statusForm = QFormLayout()
        self.statusForm.setObjectName(u"statusForm")
        self.statusLabel = QLabel(StatusDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(StatusDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.reasonLabel = QLabel(StatusDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.statusForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(StatusDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMinimumSize(QSize(0, 60))
        self.reasonEdit.setMaximumSize(QSize(16777215, 90))
        self.reasonEdit.setTabChangesFocus(True)

        self.statusForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = ErrorLabel(StatusDialog)
        self.reasonError.setObjectName(u"reasonError")

        self.statusForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.dialogLayout.addLayout(self.statusForm)

        self.effectLabel = QLabel(StatusDialog)
        self.effectLabel.setObjectName(u"effectLabel")
        self.effectLabel.setText(u"")
        self.effectLabel.setWordWrap(True)
        self.effectLabel.setStyleSheet(u"font-weight: 600;")

        self.dialogLayout.addWidget(self.effectLabel)

        self.generalError = ErrorLabel(StatusDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.dialogSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(StatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.buttonBox)

        self.retranslateUi(StatusDialog)
        self.buttonBox.rejected.connect(StatusDialog.reject)

        QMetaObject.connectSlotsByName(StatusDialog)
    # setupUi

    def retranslateUi(self, StatusDialog):
        StatusDialog.setWindowTitle(QCoreApplication.translate("StatusDialog", u"Change the status", None))
        self.statusLabel.setText(QCoreApplication.translate("StatusDialog", u"&New status:", None))
        self.reasonLabel.setText(QCoreApplication.translate("StatusDialog", u"&Reason:", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("StatusDialog", u"Told to the holders; required for a refusal", None))
    # retranslateUi

