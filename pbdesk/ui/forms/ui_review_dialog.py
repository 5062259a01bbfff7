# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'review_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from pbdesk.ui.fields import ErrorLabel

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(720, 640)
        ReviewDialog.setMinimumSize(QSize(620, 480))
        self.dialogLayout = QVBoxLayout(ReviewDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.factsGroup = QGroupBox(ReviewDialog)
        self.factsGroup.setObjectName(u"factsGroup")
        self.factsForm = QFormLayout(self.factsGroup)
        self.factsForm.setObjectName(u"factsForm")
        self.factsForm.setVerticalSpacing(3)
        self.applicationLabel = QLabel(self.factsGroup)
        self.applicationLabel.setObjectName(u"applicationLabel")
        self.applicationLabel.setText(u"")
        self.applicationLabel.setWordWrap(True)
        self.applicationLabel.setStyleSheet(u"font-weight: 600;")
        self.applicationLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.applicationLabel)

        self.holderCaption = QLabel(self.factsGroup)
        self.holderCaption.setObjectName(u"holderCaption")

        self.factsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.holderCaption)

        self.holderLabel = QLabel(self.factsGroup)
        self.holderLabel.setObjectName(u"holderLabel")
        self.holderLabel.setText(u"")
        self.holderLabel.setWordWrap(True)
        self.holderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.holderLabel)

        self.requestedCaption = QLabel(self.factsGroup)
        self.requestedCaption.setObjectName(u"requestedCaption")

        self.factsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requestedCaption)

        self.requestedLabel = QLabel(self.factsGroup)
        self.requestedLabel.setObjectName(u"requestedLabel")
        self.requestedLabel.setText(u"")
        self.requestedLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requestedLabel)

        self.summaryCaption = QLabel(self.factsGroup)
        self.summaryCaption.setObjectName(u"summaryCaption")

        self.factsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.summaryCaption)

        self.summaryLabel = QLabel(self.factsGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.factsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summaryLabel)


        self.dialogLayout.addWidget(self.factsGroup)

        self.criteriaArea = QScrollArea(ReviewDialog)
        self.criteriaArea.setObjectName(u"criteriaArea")
        self.criteriaArea.setFrameShape(QFrame.Shape.NoFrame)
        self.criteriaArea.setWidgetResizable(True)
        self.criteriaArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.criteriaWidget = QWidget()
        self.criteriaWidget.setObjectName(u"criteriaWidget")
        self.criteriaLayout = QVBoxLayout(self.criteriaWidget)
        self.criteriaLayout.setSpacing(8)
        self.criteriaLayout.setObjectName(u"criteriaLayout")
        self.criteriaLayout.setContentsMargins(0, 0, 4, 0)
        self.eligibilityGroup = QGroupBox(self.criteriaWidget)
        self.eligibilityGroup.setObjectName(u"eligibilityGroup")
        self.eligibilityGrid = QGridLayout(self.eligibilityGroup)
        self.eligibilityGrid.setObjectName(u"eligibilityGrid")
        self.eligibilityGrid.setHorizontalSpacing(8)
        self.eligibilityGrid.setVerticalSpacing(4)

        self.criteriaLayout.addWidget(self.eligibilityGroup)

        self.scoresGroup = QGroupBox(self.criteriaWidget)
        self.scoresGroup.setObjectName(u"scoresGroup")
        self.scoresGrid = QGridLayout(self.scoresGroup)
        self.scoresGrid.setObjectName(u"scoresGrid")
        self.scoresGrid.setHorizontalSpacing(8)
        self.scoresGrid.setVerticalSpacing(4)

        self.criteriaLayout.addWidget(self.scoresGroup)

        self.noCriteriaLabel = QLabel(self.criteriaWidget)
        self.noCriteriaLabel.setObjectName(u"noCriteriaLabel")
        self.noCriteriaLabel.setWordWrap(True)

        self.criteriaLayout.addWidget(self.noCriteriaLabel)

        self.criteriaSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.criteriaLayout.addItem(self.criteriaSpacer)

        self.criteriaArea.setWidget(self.criteriaWidget)

        self.dialogLayout.addWidget(self.criteriaArea)

        self.opinionForm = QFormLayout()
        self.opinionForm.setObjectName(u"opinionForm")
        self.commentLabel = QLabel(ReviewDialog)
        self.commentLabel.setObjectName(u"commentLabel")

        self.opinionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.commentLabel)

        self.commentEdit = QPlainTextEdit(ReviewDialog)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setMinimumSize(QSize(0, 50))
        self.commentEdit.setMaximumSize(QSize(16777215, 70))
        self.commentEdit.setTabChangesFocus(True)

        self.opinionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.commentEdit)

        self.recommendationLabel = QLabel(ReviewDialog)
        self.recommendationLabel.setObjectName(u"recommendationLabel")

        self.opinionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recommendationLabel)

        self.recommendationCombo = QComboBox(ReviewDialog)
        self.recommendationCombo.setObjectName(u"recommendationCombo")
        self.recommendationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.opinionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recommendationCombo)

        self.totalCaption = QLabel(ReviewDialog)
        self.totalCaption.setObjectName(u"totalCaption")

        self.opinionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.totalCaption)

        self.totalLabel = QLabel(ReviewDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setText(u"")
        self.totalLabel.setStyleSheet(u"font-weight: 600;")

        self.opinionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.totalLabel)


        self.dialogLayout.addLayout(self.opinionForm)

        self.generalError = ErrorLabel(ReviewDialog)
        self.generalError.setObjectName(u"generalError")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.positionLabel = QLabel(ReviewDialog)
        self.positionLabel.setObjectName(u"positionLabel")
        self.positionLabel.setText(u"")

        self.buttonsLayout.addWidget(self.positionLabel)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveNextButton = QPushButton(ReviewDialog)
        self.saveNextButton.setObjectName(u"saveNextButton")
        self.saveNextButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveNextButton)

        self.saveButton = QPushButton(ReviewDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.saveButton)

        self.cancelButton = QPushButton(ReviewDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)


        self.dialogLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.commentLabel.setBuddy(self.commentEdit)
        self.recommendationLabel.setBuddy(self.recommendationCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.commentEdit, self.recommendationCombo)
        QWidget.setTabOrder(self.recommendationCombo, self.saveNextButton)
        QWidget.setTabOrder(self.saveNextButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.cancelButton)

        self.retranslateUi(ReviewDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"Review", None))
        self.factsGroup.setTitle(QCoreApplication.translate("ReviewDialog", u"Application", None))
        self.holderCaption.setText(QCoreApplication.translate("ReviewDialog", u"Holder:", None))
        self.requestedCaption.setText(QCoreApplication.translate("ReviewDialog", u"Requested:", None))
        self.summaryCaption.setText(QCoreApplication.translate("ReviewDialog", u"Summary:", None))
        self.eligibilityGroup.setTitle(QCoreApplication.translate("ReviewDialog", u"Eligibility", None))
        self.scoresGroup.setTitle(QCoreApplication.translate("ReviewDialog", u"Scores", None))
        self.noCriteriaLabel.setText(QCoreApplication.translate("ReviewDialog", u"This campaign has no review criteria yet: define them on the page of the call.", None))
        self.commentLabel.setText(QCoreApplication.translate("ReviewDialog", u"Co&mment:", None))
        self.recommendationLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Recommendation:", None))
        self.totalCaption.setText(QCoreApplication.translate("ReviewDialog", u"Weighted total:", None))
        self.saveNextButton.setText(QCoreApplication.translate("ReviewDialog", u"Save and &next", None))
#if QT_CONFIG(tooltip)
        self.saveNextButton.setToolTip(QCoreApplication.translate("ReviewDialog", u"Save this review and open the next application (Ctrl+Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("ReviewDialog", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("ReviewDialog", u"Save this review and close (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("ReviewDialog", u"Cancel", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("ReviewDialog", u"Close without saving (Esc)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

