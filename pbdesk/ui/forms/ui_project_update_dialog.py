# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'project_update_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from pbdesk.ui.fields import (DateEdit, ErrorLabel)

class Ui_ProjectUpdateDialog(object):
    def setupUi(self, ProjectUpdateDialog):
        if not ProjectUpdateDialog.objectName():
            ProjectUpdateDialog.setObjectName(u"ProjectUpdateDialog")
        ProjectUpdateDialog.resize(600, 500)
        self.dialogLayout = QVBoxLayout(ProjectUpdateDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.updateForm = QFormLayout()
        self.updateForm.setObjectName(u"updateForm")
        self.dateLabel = QLabel(ProjectUpdateDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.updateForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setSpacing(16)
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateEdit = DateEdit(ProjectUpdateDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setMinimumSize(QSize(130, 0))

        self.dateLayout.addWidget(self.dateEdit)

        self.publicCheck = QCheckBox(ProjectUpdateDialog)
        self.publicCheck.setObjectName(u"publicCheck")

        self.dateLayout.addWidget(self.publicCheck)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.updateForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.datedOnError = ErrorLabel(ProjectUpdateDialog)
        self.datedOnError.setObjectName(u"datedOnError")

        self.updateForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.datedOnError)

        self.textLabel = QLabel(ProjectUpdateDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.updateForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.textEdit = QPlainTextEdit(ProjectUpdateDialog)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)
        self.textEdit.setMinimumSize(QSize(0, 90))

        self.updateForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.textEdit)

        self.textError = ErrorLabel(ProjectUpdateDialog)
        self.textError.setObjectName(u"textError")

        self.updateForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.textError)

        self.photosLabel = QLabel(ProjectUpdateDialog)
        self.photosLabel.setObjectName(u"photosLabel")

        self.updateForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.photosLabel)

        self.photosLayout = QHBoxLayout()
        self.photosLayout.setObjectName(u"photosLayout")
        self.photosList = QListWidget(ProjectUpdateDialog)
        self.photosList.setObjectName(u"photosList")
        self.photosList.setMinimumSize(QSize(0, 130))

        self.photosLayout.addWidget(self.photosList)

        self.photoButtons = QVBoxLayout()
        self.photoButtons.setObjectName(u"photoButtons")
        self.addPhotoButton = QPushButton(ProjectUpdateDialog)
        self.addPhotoButton.setObjectName(u"addPhotoButton")

        self.photoButtons.addWidget(self.addPhotoButton)

        self.removePhotoButton = QPushButton(ProjectUpdateDialog)
        self.removePhotoButton.setObjectName(u"removePhotoButton")

        self.photoButtons.addWidget(self.removePhotoButton)

        self.photoButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.photoButtons.addItem(self.photoButtonsSpacer)


        self.photosLayout.addLayout(self.photoButtons)


        self.updateForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.photosLayout)

        self.captionLabel = QLabel(ProjectUpdateDialog)
        self.captionLabel.setObjectName(u"captionLabel")

        self.updateForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.captionLabel)

        self.captionEdit = QLineEdit(ProjectUpdateDialog)
        self.captionEdit.setObjectName(u"captionEdit")
        self.captionEdit.setMaxLength(300)

        self.updateForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.captionEdit)


        self.dialogLayout.addLayout(self.updateForm)

        self.generalError = ErrorLabel(ProjectUpdateDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(ProjectUpdateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.textLabel.setBuddy(self.textEdit)
        self.photosLabel.setBuddy(self.photosList)
        self.captionLabel.setBuddy(self.captionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.publicCheck)
        QWidget.setTabOrder(self.publicCheck, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.photosList)
        QWidget.setTabOrder(self.photosList, self.addPhotoButton)
        QWidget.setTabOrder(self.addPhotoButton, self.removePhotoButton)
        QWidget.setTabOrder(self.removePhotoButton, self.captionEdit)
        QWidget.setTabOrder(self.captionEdit, self.buttonBox)

        self.retranslateUi(ProjectUpdateDialog)
        self.buttonBox.rejected.connect(ProjectUpdateDialog.reject)

        QMetaObject.connectSlotsByName(ProjectUpdateDialog)
    # setupUi

    def retranslateUi(self, ProjectUpdateDialog):
        ProjectUpdateDialog.setWindowTitle(QCoreApplication.translate("ProjectUpdateDialog", u"Update", None))
        self.dateLabel.setText(QCoreApplication.translate("ProjectUpdateDialog", u"Dat&e:", None))
        self.publicCheck.setText(QCoreApplication.translate("ProjectUpdateDialog", u"Shown to &residents", None))
#if QT_CONFIG(tooltip)
        self.publicCheck.setToolTip(QCoreApplication.translate("ProjectUpdateDialog", u"Public updates appear in the report back to residents; the others stay within the team.", None))
#endif // QT_CONFIG(tooltip)
        self.textLabel.setText(QCoreApplication.translate("ProjectUpdateDialog", u"&Text:", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("ProjectUpdateDialog", u"What happened, in plain words the residents understand\u2026", None))
        self.photosLabel.setText(QCoreApplication.translate("ProjectUpdateDialog", u"&Photos:", None))
#if QT_CONFIG(tooltip)
        self.photosList.setToolTip(QCoreApplication.translate("ProjectUpdateDialog", u"The first photo of the latest public update is printed in the report back to residents.", None))
#endif // QT_CONFIG(tooltip)
        self.addPhotoButton.setText(QCoreApplication.translate("ProjectUpdateDialog", u"&Add photos\u2026", None))
#if QT_CONFIG(tooltip)
        self.addPhotoButton.setToolTip(QCoreApplication.translate("ProjectUpdateDialog", u"Choose one or more photos (Insert in the list).", None))
#endif // QT_CONFIG(tooltip)
        self.removePhotoButton.setText(QCoreApplication.translate("ProjectUpdateDialog", u"Re&move photo", None))
#if QT_CONFIG(tooltip)
        self.removePhotoButton.setToolTip(QCoreApplication.translate("ProjectUpdateDialog", u"Remove the selected photo (Delete in the list).", None))
#endif // QT_CONFIG(tooltip)
        self.captionLabel.setText(QCoreApplication.translate("ProjectUpdateDialog", u"Capt&ion:", None))
        self.captionEdit.setPlaceholderText(QCoreApplication.translate("ProjectUpdateDialog", u"What the selected photo shows", None))
    # retranslateUi

