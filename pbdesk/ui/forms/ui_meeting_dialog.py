# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from pbdesk.ui.fields import ErrorLabel

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(560, 300)
        MeetingDialog.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(MeetingDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.mainForm = QFormLayout()
        self.mainForm.setObjectName(u"mainForm")
        self.dateLabel = QLabel(MeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(MeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setMinimumSize(QSize(140, 0))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.dateEdit.sizePolicy().hasHeightForWidth())
        self.dateEdit.setSizePolicy(sizePolicy)
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.mainForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.kindLabel = QLabel(MeetingDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(MeetingDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.mainForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.phaseLabel = QLabel(MeetingDialog)
        self.phaseLabel.setObjectName(u"phaseLabel")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phaseLabel)

        self.phaseCombo = QComboBox(MeetingDialog)
        self.phaseCombo.setObjectName(u"phaseCombo")

        self.mainForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phaseCombo)

        self.placeLabel = QLabel(MeetingDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.mainForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(MeetingDialog)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(200)

        self.mainForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.participantsLabel = QLabel(MeetingDialog)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.mainForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsSpin = QSpinBox(MeetingDialog)
        self.participantsSpin.setObjectName(u"participantsSpin")
        self.participantsSpin.setMinimumSize(QSize(140, 0))
        sizePolicy.setHeightForWidth(self.participantsSpin.sizePolicy().hasHeightForWidth())
        self.participantsSpin.setSizePolicy(sizePolicy)
        self.participantsSpin.setMinimum(0)
        self.participantsSpin.setMaximum(100000)

        self.mainForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.participantsSpin)

        self.participantsError = ErrorLabel(MeetingDialog)
        self.participantsError.setObjectName(u"participantsError")

        self.mainForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.participantsError)


        self.dialogLayout.addLayout(self.mainForm)

        self.breakdownGroup = QGroupBox(MeetingDialog)
        self.breakdownGroup.setObjectName(u"breakdownGroup")
        self.breakdownLayout = QVBoxLayout(self.breakdownGroup)
        self.breakdownLayout.setObjectName(u"breakdownLayout")
        self.breakdownHintLabel = QLabel(self.breakdownGroup)
        self.breakdownHintLabel.setObjectName(u"breakdownHintLabel")
        self.breakdownHintLabel.setWordWrap(True)

        self.breakdownLayout.addWidget(self.breakdownHintLabel)

        self.breakdownGrid = QGridLayout()
        self.breakdownGrid.setObjectName(u"breakdownGrid")
        self.breakdownGrid.setHorizontalSpacing(12)
        self.womenLabel = QLabel(self.breakdownGroup)
        self.womenLabel.setObjectName(u"womenLabel")

        self.breakdownGrid.addWidget(self.womenLabel, 0, 0, 1, 1)

        self.womenSpin = QSpinBox(self.breakdownGroup)
        self.womenSpin.setObjectName(u"womenSpin")
        self.womenSpin.setMinimum(-1)
        self.womenSpin.setMaximum(100000)
        self.womenSpin.setValue(-1)
        self.womenSpin.setSpecialValueText(u"\u2014")

        self.breakdownGrid.addWidget(self.womenSpin, 0, 1, 1, 1)

        self.menLabel = QLabel(self.breakdownGroup)
        self.menLabel.setObjectName(u"menLabel")

        self.breakdownGrid.addWidget(self.menLabel, 0, 2, 1, 1)

        self.menSpin = QSpinBox(self.breakdownGroup)
        self.menSpin.setObjectName(u"menSpin")
        self.menSpin.setMinimum(-1)
        self.menSpin.setMaximum(100000)
        self.menSpin.setValue(-1)
        self.menSpin.setSpecialValueText(u"\u2014")

        self.breakdownGrid.addWidget(self.menSpin, 0, 3, 1, 1)

        self.womenError = ErrorLabel(self.breakdownGroup)
        self.womenError.setObjectName(u"womenError")

        self.breakdownGrid.addWidget(self.womenError, 1, 0, 1, 4)

        self.menError = ErrorLabel(self.breakdownGroup)
        self.menError.setObjectName(u"menError")

        self.breakdownGrid.addWidget(self.menError, 2, 0, 1, 4)

        self.ageUnder18Label = QLabel(self.breakdownGroup)
        self.ageUnder18Label.setObjectName(u"ageUnder18Label")

        self.breakdownGrid.addWidget(self.ageUnder18Label, 3, 0, 1, 1)

        self.ageUnder18Spin = QSpinBox(self.breakdownGroup)
        self.ageUnder18Spin.setObjectName(u"ageUnder18Spin")
        self.ageUnder18Spin.setMinimum(-1)
        self.ageUnder18Spin.setMaximum(100000)
        self.ageUnder18Spin.setValue(-1)
        self.ageUnder18Spin.setSpecialValueText(u"\u2014")

        self.breakdownGrid.addWidget(self.ageUnder18Spin, 3, 1, 1, 1)

        self.age18To29Label = QLabel(self.breakdownGroup)
        self.age18To29Label.setObjectName(u"age18To29Label")

        self.breakdownGrid.addWidget(self.age18To29Label, 3, 2, 1, 1)

        self.age18To29Spin = QSpinBox(self.breakdownGroup)
        self.age18To29Spin.setObjectName(u"age18To29Spin")
        self.age18To29Spin.setMinimum(-1)
        self.age18To29Spin.setMaximum(100000)
        self.age18To29Spin.setValue(-1)
        self.age18To29Spin.setSpecialValueText(u"\u2014")

        self.breakdownGrid.addWidget(self.age18To29Spin, 3, 3, 1, 1)

        self.age30To59Label = QLabel(self.breakdownGroup)
        self.age30To59Label.setObjectName(u"age30To59Label")

        self.breakdownGrid.addWidget(self.age30To59Label, 4, 0, 1, 1)

        self.age30To59Spin = QSpinBox(self.breakdownGroup)
        self.age30To59Spin.setObjectName(u"age30To59Spin")
        self.age30To59Spin.setMinimum(-1)
        self.age30To59Spin.setMaximum(100000)
        self.age30To59Spin.setValue(-1)
        self.age30To59Spin.setSpecialValueText(u"\u2014")

        self.breakdownGrid.addWidget(self.age30To59Spin, 4, 1, 1, 1)

        self.age60PlusLabel = QLabel(self.breakdownGroup)
        self.age60PlusLabel.setObjectName(u"age60PlusLabel")

        self.breakdownGrid.addWidget(self.age60PlusLabel, 4, 2, 1, 1)

        self.age60PlusSpin = QSpinBox(self.breakdownGroup)
        self.age60PlusSpin.setObjectName(u"age60PlusSpin")
        self.age60PlusSpin.setMinimum(-1)
        self.age60PlusSpin.setMaximum(100000)
        self.age60PlusSpin.setValue(-1)
        self.age60PlusSpin.setSpecialValueText(u"\u2014")

        self.breakdownGrid.addWidget(self.age60PlusSpin, 4, 3, 1, 1)

        self.ageUnder18Error = ErrorLabel(self.breakdownGroup)
        self.ageUnder18Error.setObjectName(u"ageUnder18Error")

        self.breakdownGrid.addWidget(self.ageUnder18Error, 5, 0, 1, 4)

        self.age18To29Error = ErrorLabel(self.breakdownGroup)
        self.age18To29Error.setObjectName(u"age18To29Error")

        self.breakdownGrid.addWidget(self.age18To29Error, 6, 0, 1, 4)

        self.age30To59Error = ErrorLabel(self.breakdownGroup)
        self.age30To59Error.setObjectName(u"age30To59Error")

        self.breakdownGrid.addWidget(self.age30To59Error, 7, 0, 1, 4)

        self.age60PlusError = ErrorLabel(self.breakdownGroup)
        self.age60PlusError.setObjectName(u"age60PlusError")

        self.breakdownGrid.addWidget(self.age60PlusError, 8, 0, 1, 4)

        self.breakdownGrid.setColumnStretch(1, 1)
        self.breakdownGrid.setColumnStretch(3, 1)

        self.breakdownLayout.addLayout(self.breakdownGrid)


        self.dialogLayout.addWidget(self.breakdownGroup)

        self.notesForm = QFormLayout()
        self.notesForm.setObjectName(u"notesForm")
        self.notesLabel = QLabel(MeetingDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(MeetingDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 60))
        self.notesEdit.setMaximumSize(QSize(16777215, 90))
        self.notesEdit.setTabChangesFocus(True)

        self.notesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.dialogLayout.addLayout(self.notesForm)

        self.generalError = ErrorLabel(MeetingDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.phaseLabel.setBuddy(self.phaseCombo)
        self.placeLabel.setBuddy(self.placeEdit)
        self.participantsLabel.setBuddy(self.participantsSpin)
        self.womenLabel.setBuddy(self.womenSpin)
        self.menLabel.setBuddy(self.menSpin)
        self.ageUnder18Label.setBuddy(self.ageUnder18Spin)
        self.age18To29Label.setBuddy(self.age18To29Spin)
        self.age30To59Label.setBuddy(self.age30To59Spin)
        self.age60PlusLabel.setBuddy(self.age60PlusSpin)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.phaseCombo)
        QWidget.setTabOrder(self.phaseCombo, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.participantsSpin)
        QWidget.setTabOrder(self.participantsSpin, self.womenSpin)
        QWidget.setTabOrder(self.womenSpin, self.menSpin)
        QWidget.setTabOrder(self.menSpin, self.ageUnder18Spin)
        QWidget.setTabOrder(self.ageUnder18Spin, self.age18To29Spin)
        QWidget.setTabOrder(self.age18To29Spin, self.age30To59Spin)
        QWidget.setTabOrder(self.age30To59Spin, self.age60PlusSpin)
        QWidget.setTabOrder(self.age60PlusSpin, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.buttonBox)

        self.retranslateUi(MeetingDialog)
        self.buttonBox.rejected.connect(MeetingDialog.reject)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Meeting", None))
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Date:", None))
        self.kindLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Kind:", None))
        self.phaseLabel.setText(QCoreApplication.translate("MeetingDialog", u"Pha&se:", None))
        self.placeLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Place:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"Square, school, community centre\u2026", None))
        self.participantsLabel.setText(QCoreApplication.translate("MeetingDialog", u"Pa&rticipants:", None))
        self.breakdownGroup.setTitle(QCoreApplication.translate("MeetingDialog", u"Breakdown (optional, anonymous)", None))
        self.breakdownHintLabel.setText(QCoreApplication.translate("MeetingDialog", u"Head counts only, never names. Leave \u201c\u2014\u201d where you did not count.", None))
        self.womenLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Women:", None))
        self.menLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Men:", None))
        self.ageUnder18Label.setText(QCoreApplication.translate("MeetingDialog", u"&Under 18:", None))
        self.age18To29Label.setText(QCoreApplication.translate("MeetingDialog", u"&18\u201329:", None))
        self.age30To59Label.setText(QCoreApplication.translate("MeetingDialog", u"&30\u201359:", None))
        self.age60PlusLabel.setText(QCoreApplication.translate("MeetingDialog", u"&60 and over:", None))
        self.notesLabel.setText(QCoreApplication.translate("MeetingDialog", u"No&tes:", None))
    # retranslateUi

