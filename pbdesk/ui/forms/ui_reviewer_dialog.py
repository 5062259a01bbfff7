# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reviewer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QListView, QRadioButton,
    QSizePolicy, QVBoxLayout, QWidget)

from pbdesk.ui.fields import ErrorLabel

class Ui_ReviewerDialog(object):
    def setupUi(self, ReviewerDialog):
        if not ReviewerDialog.objectName():
            ReviewerDialog.setObjectName(u"ReviewerDialog")
        ReviewerDialog.resize(560, 560)
        ReviewerDialog.setMinimumSize(QSize(500, 0))
        self.dialogLayout = QVBoxLayout(ReviewerDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.identityGroup = QGroupBox(ReviewerDialog)
        self.identityGroup.setObjectName(u"identityGroup")
        self.identityForm = QFormLayout(self.identityGroup)
        self.identityForm.setObjectName(u"identityForm")
        self.personLabel = QLabel(self.identityGroup)
        self.personLabel.setObjectName(u"personLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(self.identityGroup)
        self.personCombo.setObjectName(u"personCombo")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.personError = ErrorLabel(self.identityGroup)
        self.personError.setObjectName(u"personError")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personError)

        self.nameLabel = QLabel(self.identityGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.identityGroup)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = ErrorLabel(self.identityGroup)
        self.nameError.setObjectName(u"nameError")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.kindLabel = QLabel(self.identityGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.identityGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.organisationLabel = QLabel(self.identityGroup)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.identityForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisationEdit = QLineEdit(self.identityGroup)
        self.organisationEdit.setObjectName(u"organisationEdit")
        self.organisationEdit.setMaxLength(200)

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.organisationEdit)

        self.emailLabel = QLabel(self.identityGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.identityGroup)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.identityForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.dialogLayout.addWidget(self.identityGroup)

        self.assignmentGroup = QGroupBox(ReviewerDialog)
        self.assignmentGroup.setObjectName(u"assignmentGroup")
        self.assignmentLayout = QVBoxLayout(self.assignmentGroup)
        self.assignmentLayout.setSpacing(6)
        self.assignmentLayout.setObjectName(u"assignmentLayout")
        self.allRadio = QRadioButton(self.assignmentGroup)
        self.allRadio.setObjectName(u"allRadio")
        self.allRadio.setChecked(True)

        self.assignmentLayout.addWidget(self.allRadio)

        self.someRadio = QRadioButton(self.assignmentGroup)
        self.someRadio.setObjectName(u"someRadio")

        self.assignmentLayout.addWidget(self.someRadio)

        self.applicationsView = QListView(self.assignmentGroup)
        self.applicationsView.setObjectName(u"applicationsView")
        self.applicationsView.setMinimumSize(QSize(0, 140))
        self.applicationsView.setAlternatingRowColors(True)
        self.applicationsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.assignmentLayout.addWidget(self.applicationsView)

        self.checkedLabel = QLabel(self.assignmentGroup)
        self.checkedLabel.setObjectName(u"checkedLabel")
        self.checkedLabel.setText(u"")

        self.assignmentLayout.addWidget(self.checkedLabel)

        self.applicationsError = ErrorLabel(self.assignmentGroup)
        self.applicationsError.setObjectName(u"applicationsError")

        self.assignmentLayout.addWidget(self.applicationsError)


        self.dialogLayout.addWidget(self.assignmentGroup)

        self.generalError = ErrorLabel(ReviewerDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ReviewerDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.organisationLabel.setBuddy(self.organisationEdit)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.organisationEdit)
        QWidget.setTabOrder(self.organisationEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.allRadio)
        QWidget.setTabOrder(self.allRadio, self.someRadio)
        QWidget.setTabOrder(self.someRadio, self.applicationsView)
        QWidget.setTabOrder(self.applicationsView, self.buttonBox)

        self.retranslateUi(ReviewerDialog)
        self.buttonBox.rejected.connect(ReviewerDialog.reject)

        QMetaObject.connectSlotsByName(ReviewerDialog)
    # setupUi

    def retranslateUi(self, ReviewerDialog):
        ReviewerDialog.setWindowTitle(QCoreApplication.translate("ReviewerDialog", u"Reviewer", None))
        self.identityGroup.setTitle(QCoreApplication.translate("ReviewerDialog", u"Reviewer", None))
        self.personLabel.setText(QCoreApplication.translate("ReviewerDialog", u"Team &member:", None))
#if QT_CONFIG(tooltip)
        self.personCombo.setToolTip(QCoreApplication.translate("ReviewerDialog", u"When the reviewer belongs to the project team or the core group, choose them: their name and details are filled in", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("ReviewerDialog", u"&Name:", None))
        self.kindLabel.setText(QCoreApplication.translate("ReviewerDialog", u"&Kind:", None))
        self.organisationLabel.setText(QCoreApplication.translate("ReviewerDialog", u"&Organisation:", None))
        self.organisationEdit.setPlaceholderText(QCoreApplication.translate("ReviewerDialog", u"Service, council, collective\u2026", None))
        self.emailLabel.setText(QCoreApplication.translate("ReviewerDialog", u"&E-mail:", None))
        self.assignmentGroup.setTitle(QCoreApplication.translate("ReviewerDialog", u"Applications reviewed", None))
        self.allRadio.setText(QCoreApplication.translate("ReviewerDialog", u"Reviews &all the applications of the campaign", None))
        self.someRadio.setText(QCoreApplication.translate("ReviewerDialog", u"Reviews only the applications &ticked below:", None))
#if QT_CONFIG(tooltip)
        self.applicationsView.setToolTip(QCoreApplication.translate("ReviewerDialog", u"Space ticks or unticks the current application", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

