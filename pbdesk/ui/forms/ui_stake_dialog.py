# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stake_dialog.ui'
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

class Ui_StakeDialog(object):
    def setupUi(self, StakeDialog):
        if not StakeDialog.objectName():
            StakeDialog.setObjectName(u"StakeDialog")
        StakeDialog.resize(540, 300)
        StakeDialog.setMinimumSize(QSize(500, 0))
        self.dialogLayout = QVBoxLayout(StakeDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.stakeForm = QFormLayout()
        self.stakeForm.setObjectName(u"stakeForm")
        self.stakeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(StakeDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.stakeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(StakeDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.stakeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = ErrorLabel(StakeDialog)
        self.titleError.setObjectName(u"titleError")

        self.stakeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.descriptionLabel = QLabel(StakeDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.stakeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(StakeDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMinimumSize(QSize(0, 80))
        self.descriptionEdit.setMaximumSize(QSize(16777215, 130))
        self.descriptionEdit.setTabChangesFocus(True)

        self.stakeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.territoryLabel = QLabel(StakeDialog)
        self.territoryLabel.setObjectName(u"territoryLabel")

        self.stakeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.territoryLabel)

        self.territoryCombo = QComboBox(StakeDialog)
        self.territoryCombo.setObjectName(u"territoryCombo")

        self.stakeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.territoryCombo)

        self.sourceLabel = QLabel(StakeDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.stakeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(StakeDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")
        self.sourceCombo.setEditable(True)
        self.sourceCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.stakeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sourceCombo)


        self.dialogLayout.addLayout(self.stakeForm)

        self.generalError = ErrorLabel(StakeDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(StakeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.territoryLabel.setBuddy(self.territoryCombo)
        self.sourceLabel.setBuddy(self.sourceCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.territoryCombo)
        QWidget.setTabOrder(self.territoryCombo, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.buttonBox)

        self.retranslateUi(StakeDialog)
        self.buttonBox.rejected.connect(StakeDialog.reject)

        QMetaObject.connectSlotsByName(StakeDialog)
    # setupUi

    def retranslateUi(self, StakeDialog):
        StakeDialog.setWindowTitle(QCoreApplication.translate("StakeDialog", u"Stake", None))
        self.titleLabel.setText(QCoreApplication.translate("StakeDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("StakeDialog", u"for example Places for young people to meet", None))
        self.descriptionLabel.setText(QCoreApplication.translate("StakeDialog", u"&Description:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("StakeDialog", u"What the diagnosis found, in the residents' words", None))
        self.territoryLabel.setText(QCoreApplication.translate("StakeDialog", u"Te&rritory:", None))
        self.sourceLabel.setText(QCoreApplication.translate("StakeDialog", u"&Source:", None))
#if QT_CONFIG(tooltip)
        self.sourceCombo.setToolTip(QCoreApplication.translate("StakeDialog", u"Which workshop or meeting the stake came from. Type freely or pick one of the workshops recorded in the meetings.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

