# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'criterion_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

from pbdesk.ui.fields import ErrorLabel

class Ui_CriterionDialog(object):
    def setupUi(self, CriterionDialog):
        if not CriterionDialog.objectName():
            CriterionDialog.setObjectName(u"CriterionDialog")
        CriterionDialog.resize(540, 320)
        CriterionDialog.setMinimumSize(QSize(500, 0))
        self.dialogLayout = QVBoxLayout(CriterionDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.criterionForm = QFormLayout()
        self.criterionForm.setObjectName(u"criterionForm")
        self.criterionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(CriterionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.criterionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindValue = QLabel(CriterionDialog)
        self.kindValue.setObjectName(u"kindValue")
        self.kindValue.setText(u"")
        self.kindValue.setStyleSheet(u"font-weight: 600;")

        self.criterionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindValue)

        self.nameLabel = QLabel(CriterionDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.criterionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CriterionDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(300)

        self.criterionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = ErrorLabel(CriterionDialog)
        self.nameError.setObjectName(u"nameError")

        self.criterionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.descriptionLabel = QLabel(CriterionDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.criterionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(CriterionDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMinimumSize(QSize(0, 70))
        self.descriptionEdit.setMaximumSize(QSize(16777215, 110))
        self.descriptionEdit.setTabChangesFocus(True)

        self.criterionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.weightLabel = QLabel(CriterionDialog)
        self.weightLabel.setObjectName(u"weightLabel")

        self.criterionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.weightLabel)

        self.weightLayout = QHBoxLayout()
        self.weightLayout.setObjectName(u"weightLayout")
        self.weightSpin = QSpinBox(CriterionDialog)
        self.weightSpin.setObjectName(u"weightSpin")
        self.weightSpin.setMinimum(1)
        self.weightSpin.setMaximum(10)
        self.weightSpin.setValue(1)

        self.weightLayout.addWidget(self.weightSpin)

        self.weightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weightLayout.addItem(self.weightSpacer)


        self.criterionForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.weightLayout)

        self.weightError = ErrorLabel(CriterionDialog)
        self.weightError.setObjectName(u"weightError")

        self.criterionForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.weightError)

        self.scaleLabel = QLabel(CriterionDialog)
        self.scaleLabel.setObjectName(u"scaleLabel")

        self.criterionForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.scaleLabel)

        self.scaleLayout = QHBoxLayout()
        self.scaleLayout.setObjectName(u"scaleLayout")
        self.scaleMinSpin = QSpinBox(CriterionDialog)
        self.scaleMinSpin.setObjectName(u"scaleMinSpin")
        self.scaleMinSpin.setMinimum(0)
        self.scaleMinSpin.setMaximum(20)
        self.scaleMinSpin.setValue(0)

        self.scaleLayout.addWidget(self.scaleMinSpin)

        self.scaleToLabel = QLabel(CriterionDialog)
        self.scaleToLabel.setObjectName(u"scaleToLabel")

        self.scaleLayout.addWidget(self.scaleToLabel)

        self.scaleMaxSpin = QSpinBox(CriterionDialog)
        self.scaleMaxSpin.setObjectName(u"scaleMaxSpin")
        self.scaleMaxSpin.setMinimum(0)
        self.scaleMaxSpin.setMaximum(20)
        self.scaleMaxSpin.setValue(3)

        self.scaleLayout.addWidget(self.scaleMaxSpin)

        self.scaleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scaleLayout.addItem(self.scaleSpacer)


        self.criterionForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.scaleLayout)

        self.scaleError = ErrorLabel(CriterionDialog)
        self.scaleError.setObjectName(u"scaleError")

        self.criterionForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.scaleError)

        self.stakeLabel = QLabel(CriterionDialog)
        self.stakeLabel.setObjectName(u"stakeLabel")

        self.criterionForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.stakeLabel)

        self.stakeCombo = QComboBox(CriterionDialog)
        self.stakeCombo.setObjectName(u"stakeCombo")

        self.criterionForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.stakeCombo)


        self.dialogLayout.addLayout(self.criterionForm)

        self.generalError = ErrorLabel(CriterionDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(CriterionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.weightLabel.setBuddy(self.weightSpin)
        self.scaleLabel.setBuddy(self.scaleMinSpin)
        self.scaleToLabel.setBuddy(self.scaleMaxSpin)
        self.stakeLabel.setBuddy(self.stakeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.weightSpin)
        QWidget.setTabOrder(self.weightSpin, self.scaleMinSpin)
        QWidget.setTabOrder(self.scaleMinSpin, self.scaleMaxSpin)
        QWidget.setTabOrder(self.scaleMaxSpin, self.stakeCombo)
        QWidget.setTabOrder(self.stakeCombo, self.buttonBox)

        self.retranslateUi(CriterionDialog)
        self.buttonBox.rejected.connect(CriterionDialog.reject)

        QMetaObject.connectSlotsByName(CriterionDialog)
    # setupUi

    def retranslateUi(self, CriterionDialog):
        CriterionDialog.setWindowTitle(QCoreApplication.translate("CriterionDialog", u"Criterion", None))
        self.kindLabel.setText(QCoreApplication.translate("CriterionDialog", u"Kind:", None))
        self.nameLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Name:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Description:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("CriterionDialog", u"What reviewers check", None))
        self.weightLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Weight:", None))
#if QT_CONFIG(tooltip)
        self.weightSpin.setToolTip(QCoreApplication.translate("CriterionDialog", u"How much the criterion counts in the total: its score is multiplied by the weight.", None))
#endif // QT_CONFIG(tooltip)
        self.scaleLabel.setText(QCoreApplication.translate("CriterionDialog", u"&Scale from:", None))
#if QT_CONFIG(tooltip)
        self.scaleMinSpin.setToolTip(QCoreApplication.translate("CriterionDialog", u"The lowest score a reviewer can give.", None))
#endif // QT_CONFIG(tooltip)
        self.scaleToLabel.setText(QCoreApplication.translate("CriterionDialog", u"t&o", None))
#if QT_CONFIG(tooltip)
        self.scaleMaxSpin.setToolTip(QCoreApplication.translate("CriterionDialog", u"The highest score a reviewer can give.", None))
#endif // QT_CONFIG(tooltip)
        self.stakeLabel.setText(QCoreApplication.translate("CriterionDialog", u"Linked sta&ke:", None))
#if QT_CONFIG(tooltip)
        self.stakeCombo.setToolTip(QCoreApplication.translate("CriterionDialog", u"Optional: the priority stake this criterion checks.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

