# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'station_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from pbdesk.ui.fields import ErrorLabel

class Ui_StationDialog(object):
    def setupUi(self, StationDialog):
        if not StationDialog.objectName():
            StationDialog.setObjectName(u"StationDialog")
        StationDialog.resize(520, 280)
        StationDialog.setMinimumSize(QSize(480, 0))
        self.dialogLayout = QVBoxLayout(StationDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.stationForm = QFormLayout()
        self.stationForm.setObjectName(u"stationForm")
        self.stationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(StationDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.stationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(StationDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.stationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = ErrorLabel(StationDialog)
        self.nameError.setObjectName(u"nameError")

        self.stationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.placeLabel = QLabel(StationDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.stationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(StationDialog)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(300)

        self.stationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.territoryLabel = QLabel(StationDialog)
        self.territoryLabel.setObjectName(u"territoryLabel")

        self.stationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.territoryLabel)

        self.territoryCombo = QComboBox(StationDialog)
        self.territoryCombo.setObjectName(u"territoryCombo")

        self.stationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.territoryCombo)

        self.territoryError = ErrorLabel(StationDialog)
        self.territoryError.setObjectName(u"territoryError")

        self.stationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.territoryError)

        self.openingLabel = QLabel(StationDialog)
        self.openingLabel.setObjectName(u"openingLabel")
        self.openingLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.stationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.openingLabel)

        self.openingEdit = QPlainTextEdit(StationDialog)
        self.openingEdit.setObjectName(u"openingEdit")
        self.openingEdit.setMinimumSize(QSize(0, 56))
        self.openingEdit.setMaximumSize(QSize(16777215, 72))
        self.openingEdit.setTabChangesFocus(True)

        self.stationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.openingEdit)


        self.dialogLayout.addLayout(self.stationForm)

        self.generalError = ErrorLabel(StationDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(StationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.territoryLabel.setBuddy(self.territoryCombo)
        self.openingLabel.setBuddy(self.openingEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.territoryCombo)
        QWidget.setTabOrder(self.territoryCombo, self.openingEdit)
        QWidget.setTabOrder(self.openingEdit, self.buttonBox)

        self.retranslateUi(StationDialog)
        self.buttonBox.rejected.connect(StationDialog.reject)

        QMetaObject.connectSlotsByName(StationDialog)
    # setupUi

    def retranslateUi(self, StationDialog):
        StationDialog.setWindowTitle(QCoreApplication.translate("StationDialog", u"Polling station", None))
        self.nameLabel.setText(QCoreApplication.translate("StationDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("StationDialog", u"for example Stand at the market", None))
        self.placeLabel.setText(QCoreApplication.translate("StationDialog", u"&Place:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("StationDialog", u"Address or landmark", None))
        self.territoryLabel.setText(QCoreApplication.translate("StationDialog", u"&Territory:", None))
        self.openingLabel.setText(QCoreApplication.translate("StationDialog", u"&Opening days and hours:", None))
        self.openingEdit.setPlaceholderText(QCoreApplication.translate("StationDialog", u"for example Saturday 13 June, 9 am to 5 pm", None))
    # retranslateUi

