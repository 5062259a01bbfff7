# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'tie_draw_dialog.ui'
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
    QSpacerItem, QVBoxLayout, QWidget)

from pbdesk.ui.fields import ErrorLabel

class Ui_TieDrawDialog(object):
    def setupUi(self, TieDrawDialog):
        if not TieDrawDialog.objectName():
            TieDrawDialog.setObjectName(u"TieDrawDialog")
        TieDrawDialog.resize(520, 330)
        self.dialogLayout = QVBoxLayout(TieDrawDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tiedLabel = QLabel(TieDrawDialog)
        self.tiedLabel.setObjectName(u"tiedLabel")
        self.tiedLabel.setText(u"")
        self.tiedLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.tiedLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.seedLabel = QLabel(TieDrawDialog)
        self.seedLabel.setObjectName(u"seedLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.seedLabel)

        self.seedLayout = QVBoxLayout()
        self.seedLayout.setSpacing(2)
        self.seedLayout.setObjectName(u"seedLayout")
        self.seedEdit = QLineEdit(TieDrawDialog)
        self.seedEdit.setObjectName(u"seedEdit")
        self.seedEdit.setMaxLength(15)

        self.seedLayout.addWidget(self.seedEdit)

        self.seedError = ErrorLabel(TieDrawDialog)
        self.seedError.setObjectName(u"seedError")

        self.seedLayout.addWidget(self.seedError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.seedLayout)

        self.witnessesLabel = QLabel(TieDrawDialog)
        self.witnessesLabel.setObjectName(u"witnessesLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.witnessesLabel)

        self.witnessesLayout = QVBoxLayout()
        self.witnessesLayout.setSpacing(2)
        self.witnessesLayout.setObjectName(u"witnessesLayout")
        self.witnessesEdit = QLineEdit(TieDrawDialog)
        self.witnessesEdit.setObjectName(u"witnessesEdit")

        self.witnessesLayout.addWidget(self.witnessesEdit)

        self.witnessesError = ErrorLabel(TieDrawDialog)
        self.witnessesError.setObjectName(u"witnessesError")

        self.witnessesLayout.addWidget(self.witnessesError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.witnessesLayout)

        self.noteLabel = QLabel(TieDrawDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(TieDrawDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.timeTitleLabel = QLabel(TieDrawDialog)
        self.timeTitleLabel.setObjectName(u"timeTitleLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeTitleLabel)

        self.timeLabel = QLabel(TieDrawDialog)
        self.timeLabel.setObjectName(u"timeLabel")
        self.timeLabel.setText(u"")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.timeLabel)


        self.dialogLayout.addLayout(self.formLayout)

        self.dialogSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(TieDrawDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.seedLabel.setBuddy(self.seedEdit)
        self.witnessesLabel.setBuddy(self.witnessesEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.seedEdit, self.witnessesEdit)
        QWidget.setTabOrder(self.witnessesEdit, self.noteEdit)

        self.retranslateUi(TieDrawDialog)
        self.buttonBox.rejected.connect(TieDrawDialog.reject)

        QMetaObject.connectSlotsByName(TieDrawDialog)
    # setupUi

    def retranslateUi(self, TieDrawDialog):
        TieDrawDialog.setWindowTitle(QCoreApplication.translate("TieDrawDialog", u"Draw by lot", None))
        self.seedLabel.setText(QCoreApplication.translate("TieDrawDialog", u"&Number drawn:", None))
#if QT_CONFIG(tooltip)
        self.seedEdit.setToolTip(QCoreApplication.translate("TieDrawDialog", u"Leave empty: pbdesk draws the number when you press OK, before the witnesses. Or type the number the witnesses drew themselves (dice, paper slips).", None))
#endif // QT_CONFIG(tooltip)
        self.witnessesLabel.setText(QCoreApplication.translate("TieDrawDialog", u"&Witnesses:", None))
        self.witnessesEdit.setPlaceholderText(QCoreApplication.translate("TieDrawDialog", u"Names of the people present at the draw", None))
        self.noteLabel.setText(QCoreApplication.translate("TieDrawDialog", u"N&ote:", None))
        self.timeTitleLabel.setText(QCoreApplication.translate("TieDrawDialog", u"Time:", None))
    # retranslateUi

