# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'milestone_dialog.ui'
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
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from pbdesk.ui.fields import (DateEdit, ErrorLabel, OptionalDateEdit)

class Ui_MilestoneDialog(object):
    def setupUi(self, MilestoneDialog):
        if not MilestoneDialog.objectName():
            MilestoneDialog.setObjectName(u"MilestoneDialog")
        MilestoneDialog.resize(480, 240)
        self.dialogLayout = QVBoxLayout(MilestoneDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.milestoneForm = QFormLayout()
        self.milestoneForm.setObjectName(u"milestoneForm")
        self.titleLabel = QLabel(MilestoneDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.milestoneForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(MilestoneDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.milestoneForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleError = ErrorLabel(MilestoneDialog)
        self.titleError.setObjectName(u"titleError")

        self.milestoneForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleError)

        self.plannedOnLabel = QLabel(MilestoneDialog)
        self.plannedOnLabel.setObjectName(u"plannedOnLabel")

        self.milestoneForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.plannedOnLabel)

        self.plannedOnLayout = QHBoxLayout()
        self.plannedOnLayout.setObjectName(u"plannedOnLayout")
        self.plannedOnEdit = DateEdit(MilestoneDialog)
        self.plannedOnEdit.setObjectName(u"plannedOnEdit")
        self.plannedOnEdit.setCalendarPopup(True)
        self.plannedOnEdit.setMinimumSize(QSize(130, 0))

        self.plannedOnLayout.addWidget(self.plannedOnEdit)

        self.plannedOnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.plannedOnLayout.addItem(self.plannedOnSpacer)


        self.milestoneForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.plannedOnLayout)

        self.plannedOnError = ErrorLabel(MilestoneDialog)
        self.plannedOnError.setObjectName(u"plannedOnError")

        self.milestoneForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.plannedOnError)

        self.doneOnLabel = QLabel(MilestoneDialog)
        self.doneOnLabel.setObjectName(u"doneOnLabel")

        self.milestoneForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.doneOnLabel)

        self.doneOnLayout = QHBoxLayout()
        self.doneOnLayout.setObjectName(u"doneOnLayout")
        self.doneOnEdit = OptionalDateEdit(MilestoneDialog)
        self.doneOnEdit.setObjectName(u"doneOnEdit")
        self.doneOnEdit.setMinimumSize(QSize(170, 0))

        self.doneOnLayout.addWidget(self.doneOnEdit)

        self.doneOnSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doneOnLayout.addItem(self.doneOnSpacer)


        self.milestoneForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.doneOnLayout)

        self.doneOnError = ErrorLabel(MilestoneDialog)
        self.doneOnError.setObjectName(u"doneOnError")

        self.milestoneForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.doneOnError)

        self.statusLabel = QLabel(MilestoneDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.milestoneForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusLayout = QHBoxLayout()
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusCombo = QComboBox(MilestoneDialog)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setMinimumSize(QSize(170, 0))

        self.statusLayout.addWidget(self.statusCombo)

        self.statusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusLayout.addItem(self.statusSpacer)


        self.milestoneForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.statusLayout)

        self.statusError = ErrorLabel(MilestoneDialog)
        self.statusError.setObjectName(u"statusError")

        self.milestoneForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.statusError)


        self.dialogLayout.addLayout(self.milestoneForm)

        self.generalError = ErrorLabel(MilestoneDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MilestoneDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.plannedOnLabel.setBuddy(self.plannedOnEdit)
        self.doneOnLabel.setBuddy(self.doneOnEdit)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.plannedOnEdit)
        QWidget.setTabOrder(self.plannedOnEdit, self.doneOnEdit)
        QWidget.setTabOrder(self.doneOnEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.buttonBox)

        self.retranslateUi(MilestoneDialog)
        self.buttonBox.rejected.connect(MilestoneDialog.reject)

        QMetaObject.connectSlotsByName(MilestoneDialog)
    # setupUi

    def retranslateUi(self, MilestoneDialog):
        MilestoneDialog.setWindowTitle(QCoreApplication.translate("MilestoneDialog", u"Milestone", None))
        self.titleLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("MilestoneDialog", u"For example: planters delivered", None))
        self.plannedOnLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Planned on:", None))
        self.doneOnLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Reached on:", None))
#if QT_CONFIG(tooltip)
        self.doneOnEdit.setToolTip(QCoreApplication.translate("MilestoneDialog", u"Tick when the milestone was reached; it then counts as reached.", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Status:", None))
    # retranslateUi

