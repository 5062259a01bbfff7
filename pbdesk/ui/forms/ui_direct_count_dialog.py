# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'direct_count_dialog.ui'
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
    QFormLayout, QFrame, QGridLayout, QGroupBox,
    QLabel, QLineEdit, QScrollArea, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

from pbdesk.ui.fields import ErrorLabel

class Ui_DirectCountDialog(object):
    def setupUi(self, DirectCountDialog):
        if not DirectCountDialog.objectName():
            DirectCountDialog.setObjectName(u"DirectCountDialog")
        DirectCountDialog.resize(560, 520)
        DirectCountDialog.setMinimumSize(QSize(500, 0))
        self.dialogLayout = QVBoxLayout(DirectCountDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.explanationLabel = QLabel(DirectCountDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setText(u"")
        self.explanationLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.explanationLabel)

        self.totalsForm = QFormLayout()
        self.totalsForm.setObjectName(u"totalsForm")
        self.totalsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.validLabel = QLabel(DirectCountDialog)
        self.validLabel.setObjectName(u"validLabel")

        self.totalsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.validLabel)

        self.validSpin = QSpinBox(DirectCountDialog)
        self.validSpin.setObjectName(u"validSpin")
        self.validSpin.setMinimumSize(QSize(110, 0))
        self.validSpin.setMaximum(1000000)

        self.totalsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.validSpin)

        self.blankLabel = QLabel(DirectCountDialog)
        self.blankLabel.setObjectName(u"blankLabel")

        self.totalsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.blankLabel)

        self.blankSpin = QSpinBox(DirectCountDialog)
        self.blankSpin.setObjectName(u"blankSpin")
        self.blankSpin.setMinimumSize(QSize(110, 0))
        self.blankSpin.setMaximum(1000000)

        self.totalsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.blankSpin)

        self.nulLabel = QLabel(DirectCountDialog)
        self.nulLabel.setObjectName(u"nulLabel")

        self.totalsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nulLabel)

        self.nulSpin = QSpinBox(DirectCountDialog)
        self.nulSpin.setObjectName(u"nulSpin")
        self.nulSpin.setMinimumSize(QSize(110, 0))
        self.nulSpin.setMaximum(1000000)

        self.totalsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nulSpin)


        self.dialogLayout.addLayout(self.totalsForm)

        self.projectsGroup = QGroupBox(DirectCountDialog)
        self.projectsGroup.setObjectName(u"projectsGroup")
        self.projectsLayout = QVBoxLayout(self.projectsGroup)
        self.projectsLayout.setObjectName(u"projectsLayout")
        self.projectsArea = QScrollArea(self.projectsGroup)
        self.projectsArea.setObjectName(u"projectsArea")
        self.projectsArea.setWidgetResizable(True)
        self.projectsArea.setFrameShape(QFrame.Shape.NoFrame)
        self.projectsWidget = QWidget()
        self.projectsWidget.setObjectName(u"projectsWidget")
        self.projectsGrid = QGridLayout(self.projectsWidget)
        self.projectsGrid.setObjectName(u"projectsGrid")
        self.projectsArea.setWidget(self.projectsWidget)

        self.projectsLayout.addWidget(self.projectsArea)


        self.dialogLayout.addWidget(self.projectsGroup)

        self.remarkForm = QFormLayout()
        self.remarkForm.setObjectName(u"remarkForm")
        self.remarkLabel = QLabel(DirectCountDialog)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.remarkForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remarkEdit = QLineEdit(DirectCountDialog)
        self.remarkEdit.setObjectName(u"remarkEdit")
        self.remarkEdit.setMaxLength(500)

        self.remarkForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.remarkEdit)


        self.dialogLayout.addLayout(self.remarkForm)

        self.generalError = ErrorLabel(DirectCountDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(DirectCountDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.validLabel.setBuddy(self.validSpin)
        self.blankLabel.setBuddy(self.blankSpin)
        self.nulLabel.setBuddy(self.nulSpin)
        self.remarkLabel.setBuddy(self.remarkEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.validSpin, self.blankSpin)
        QWidget.setTabOrder(self.blankSpin, self.nulSpin)
        QWidget.setTabOrder(self.nulSpin, self.projectsArea)
        QWidget.setTabOrder(self.projectsArea, self.remarkEdit)
        QWidget.setTabOrder(self.remarkEdit, self.buttonBox)

        self.retranslateUi(DirectCountDialog)

        QMetaObject.connectSlotsByName(DirectCountDialog)
    # setupUi

    def retranslateUi(self, DirectCountDialog):
        DirectCountDialog.setWindowTitle(QCoreApplication.translate("DirectCountDialog", u"Hand count", None))
        self.validLabel.setText(QCoreApplication.translate("DirectCountDialog", u"Valid &ballots:", None))
        self.blankLabel.setText(QCoreApplication.translate("DirectCountDialog", u"B&lank ballots:", None))
        self.nulLabel.setText(QCoreApplication.translate("DirectCountDialog", u"&Spoilt ballots:", None))
        self.projectsGroup.setTitle(QCoreApplication.translate("DirectCountDialog", u"Votes per project", None))
        self.remarkLabel.setText(QCoreApplication.translate("DirectCountDialog", u"&Remark:", None))
        self.remarkEdit.setPlaceholderText(QCoreApplication.translate("DirectCountDialog", u"Who counted, anything to note", None))
    # retranslateUi

