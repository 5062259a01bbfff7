# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'one_year_review_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

from pbdesk.ui.fields import (ErrorLabel, OptionalDateEdit)

class Ui_OneYearReviewPage(object):
    def setupUi(self, OneYearReviewPage):
        if not OneYearReviewPage.objectName():
            OneYearReviewPage.setObjectName(u"OneYearReviewPage")
        OneYearReviewPage.resize(840, 650)
        self.pageLayout = QVBoxLayout(OneYearReviewPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(OneYearReviewPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.reminderBanner = QLabel(OneYearReviewPage)
        self.reminderBanner.setObjectName(u"reminderBanner")
        self.reminderBanner.setWordWrap(True)

        self.pageLayout.addWidget(self.reminderBanner)

        self.meetingGroup = QGroupBox(OneYearReviewPage)
        self.meetingGroup.setObjectName(u"meetingGroup")
        self.meetingLayout = QVBoxLayout(self.meetingGroup)
        self.meetingLayout.setObjectName(u"meetingLayout")
        self.meetingColumns = QHBoxLayout()
        self.meetingColumns.setSpacing(20)
        self.meetingColumns.setObjectName(u"meetingColumns")
        self.meetingForm = QFormLayout()
        self.meetingForm.setObjectName(u"meetingForm")
        self.scheduledLabel = QLabel(self.meetingGroup)
        self.scheduledLabel.setObjectName(u"scheduledLabel")

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scheduledLabel)

        self.scheduledEdit = OptionalDateEdit(self.meetingGroup)
        self.scheduledEdit.setObjectName(u"scheduledEdit")
        self.scheduledEdit.setMinimumSize(QSize(170, 0))

        self.meetingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scheduledEdit)

        self.scheduledNote = QLabel(self.meetingGroup)
        self.scheduledNote.setObjectName(u"scheduledNote")
        self.scheduledNote.setWordWrap(True)
        self.scheduledNote.setStyleSheet(u"color: #555555;")

        self.meetingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.scheduledNote)

        self.heldLabel = QLabel(self.meetingGroup)
        self.heldLabel.setObjectName(u"heldLabel")

        self.meetingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldEdit = OptionalDateEdit(self.meetingGroup)
        self.heldEdit.setObjectName(u"heldEdit")
        self.heldEdit.setMinimumSize(QSize(170, 0))

        self.meetingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.heldEdit)

        self.heldError = ErrorLabel(self.meetingGroup)
        self.heldError.setObjectName(u"heldError")

        self.meetingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.heldError)

        self.placeLabel = QLabel(self.meetingGroup)
        self.placeLabel.setObjectName(u"placeLabel")

        self.meetingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.meetingGroup)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(300)

        self.meetingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.residentsLabel = QLabel(self.meetingGroup)
        self.residentsLabel.setObjectName(u"residentsLabel")

        self.meetingForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.residentsLabel)

        self.residentsSpin = QSpinBox(self.meetingGroup)
        self.residentsSpin.setObjectName(u"residentsSpin")
        self.residentsSpin.setMinimum(-1)
        self.residentsSpin.setMaximum(100000)
        self.residentsSpin.setValue(-1)
        self.residentsSpin.setSpecialValueText(u"\u2014")
        self.residentsSpin.setMinimumSize(QSize(90, 0))

        self.meetingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.residentsSpin)

        self.residentsError = ErrorLabel(self.meetingGroup)
        self.residentsError.setObjectName(u"residentsError")

        self.meetingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.residentsError)


        self.meetingColumns.addLayout(self.meetingForm)

        self.textsForm = QFormLayout()
        self.textsForm.setObjectName(u"textsForm")
        self.minutesLabel = QLabel(self.meetingGroup)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.textsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutesEdit = QPlainTextEdit(self.meetingGroup)
        self.minutesEdit.setObjectName(u"minutesEdit")
        self.minutesEdit.setTabChangesFocus(True)
        self.minutesEdit.setMaximumSize(QSize(16777215, 90))

        self.textsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.minutesEdit)

        self.decisionsLabel = QLabel(self.meetingGroup)
        self.decisionsLabel.setObjectName(u"decisionsLabel")

        self.textsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisionsLabel)

        self.decisionsEdit = QPlainTextEdit(self.meetingGroup)
        self.decisionsEdit.setObjectName(u"decisionsEdit")
        self.decisionsEdit.setTabChangesFocus(True)
        self.decisionsEdit.setMaximumSize(QSize(16777215, 70))

        self.textsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionsEdit)


        self.meetingColumns.addLayout(self.textsForm)


        self.meetingLayout.addLayout(self.meetingColumns)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.generalError = ErrorLabel(self.meetingGroup)
        self.generalError.setObjectName(u"generalError")

        self.saveLayout.addWidget(self.generalError)

        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveLayout.addItem(self.saveSpacer)

        self.saveButton = QPushButton(self.meetingGroup)
        self.saveButton.setObjectName(u"saveButton")

        self.saveLayout.addWidget(self.saveButton)


        self.meetingLayout.addLayout(self.saveLayout)


        self.pageLayout.addWidget(self.meetingGroup)

        self.feedbackGroup = QGroupBox(OneYearReviewPage)
        self.feedbackGroup.setObjectName(u"feedbackGroup")
        self.feedbackLayout = QVBoxLayout(self.feedbackGroup)
        self.feedbackLayout.setObjectName(u"feedbackLayout")
        self.entryLayout = QGridLayout()
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryLayout.setHorizontalSpacing(8)
        self.projectLabel = QLabel(self.feedbackGroup)
        self.projectLabel.setObjectName(u"projectLabel")

        self.entryLayout.addWidget(self.projectLabel, 0, 0, 1, 1)

        self.projectCombo = QComboBox(self.feedbackGroup)
        self.projectCombo.setObjectName(u"projectCombo")

        self.entryLayout.addWidget(self.projectCombo, 0, 1, 1, 3)

        self.sourceLabel = QLabel(self.feedbackGroup)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.entryLayout.addWidget(self.sourceLabel, 0, 4, 1, 1)

        self.sourceCombo = QComboBox(self.feedbackGroup)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.entryLayout.addWidget(self.sourceCombo, 0, 5, 1, 1)

        self.scoreLabel = QLabel(self.feedbackGroup)
        self.scoreLabel.setObjectName(u"scoreLabel")

        self.entryLayout.addWidget(self.scoreLabel, 1, 0, 1, 1)

        self.scoreSpin = QSpinBox(self.feedbackGroup)
        self.scoreSpin.setObjectName(u"scoreSpin")
        self.scoreSpin.setMinimum(0)
        self.scoreSpin.setMaximum(5)
        self.scoreSpin.setSpecialValueText(u"\u2014")
        self.scoreSpin.setMinimumSize(QSize(60, 0))

        self.entryLayout.addWidget(self.scoreSpin, 1, 1, 1, 1)

        self.commentLabel = QLabel(self.feedbackGroup)
        self.commentLabel.setObjectName(u"commentLabel")

        self.entryLayout.addWidget(self.commentLabel, 1, 2, 1, 1)

        self.commentEdit = QLineEdit(self.feedbackGroup)
        self.commentEdit.setObjectName(u"commentEdit")

        self.entryLayout.addWidget(self.commentEdit, 1, 3, 1, 2)

        self.addButton = QPushButton(self.feedbackGroup)
        self.addButton.setObjectName(u"addButton")

        self.entryLayout.addWidget(self.addButton, 1, 5, 1, 1)

        self.entryLayout.setColumnStretch(3, 1)

        self.feedbackLayout.addLayout(self.entryLayout)

        self.feedbackError = ErrorLabel(self.feedbackGroup)
        self.feedbackError.setObjectName(u"feedbackError")

        self.feedbackLayout.addWidget(self.feedbackError)

        self.feedbackView = QTableView(self.feedbackGroup)
        self.feedbackView.setObjectName(u"feedbackView")
        self.feedbackView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.feedbackView.setTabKeyNavigation(False)
        self.feedbackView.setAlternatingRowColors(True)
        self.feedbackView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.feedbackView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.feedbackView.setWordWrap(False)
        self.feedbackView.verticalHeader().setVisible(False)

        self.feedbackLayout.addWidget(self.feedbackView)

        self.summaryLayout = QHBoxLayout()
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLabel = QLabel(self.feedbackGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.summaryLayout.addWidget(self.summaryLabel)

        self.summarySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.summaryLayout.addItem(self.summarySpacer)

        self.removeButton = QPushButton(self.feedbackGroup)
        self.removeButton.setObjectName(u"removeButton")

        self.summaryLayout.addWidget(self.removeButton)


        self.feedbackLayout.addLayout(self.summaryLayout)


        self.pageLayout.addWidget(self.feedbackGroup)

#if QT_CONFIG(shortcut)
        self.scheduledLabel.setBuddy(self.scheduledEdit)
        self.heldLabel.setBuddy(self.heldEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.residentsLabel.setBuddy(self.residentsSpin)
        self.minutesLabel.setBuddy(self.minutesEdit)
        self.decisionsLabel.setBuddy(self.decisionsEdit)
        self.projectLabel.setBuddy(self.projectCombo)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.scoreLabel.setBuddy(self.scoreSpin)
        self.commentLabel.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scheduledEdit, self.heldEdit)
        QWidget.setTabOrder(self.heldEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.residentsSpin)
        QWidget.setTabOrder(self.residentsSpin, self.minutesEdit)
        QWidget.setTabOrder(self.minutesEdit, self.decisionsEdit)
        QWidget.setTabOrder(self.decisionsEdit, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.projectCombo)
        QWidget.setTabOrder(self.projectCombo, self.scoreSpin)
        QWidget.setTabOrder(self.scoreSpin, self.commentEdit)
        QWidget.setTabOrder(self.commentEdit, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.addButton)
        QWidget.setTabOrder(self.addButton, self.feedbackView)
        QWidget.setTabOrder(self.feedbackView, self.removeButton)

        self.retranslateUi(OneYearReviewPage)

        QMetaObject.connectSlotsByName(OneYearReviewPage)
    # setupUi

    def retranslateUi(self, OneYearReviewPage):
        self.titleLabel.setText(QCoreApplication.translate("OneYearReviewPage", u"One-year review", None))
        self.meetingGroup.setTitle(QCoreApplication.translate("OneYearReviewPage", u"The meeting", None))
        self.scheduledLabel.setText(QCoreApplication.translate("OneYearReviewPage", u"&Scheduled on:", None))
        self.heldLabel.setText(QCoreApplication.translate("OneYearReviewPage", u"Held &on:", None))
        self.placeLabel.setText(QCoreApplication.translate("OneYearReviewPage", u"&Place:", None))
        self.residentsLabel.setText(QCoreApplication.translate("OneYearReviewPage", u"&Residents present:", None))
        self.minutesLabel.setText(QCoreApplication.translate("OneYearReviewPage", u"&What was said:", None))
        self.decisionsLabel.setText(QCoreApplication.translate("OneYearReviewPage", u"Decisio&ns:", None))
        self.saveButton.setText(QCoreApplication.translate("OneYearReviewPage", u"Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("OneYearReviewPage", u"Save the review's record (Ctrl+S).", None))
#endif // QT_CONFIG(tooltip)
        self.feedbackGroup.setTitle(QCoreApplication.translate("OneYearReviewPage", u"Residents' feedback (anonymous)", None))
        self.projectLabel.setText(QCoreApplication.translate("OneYearReviewPage", u"Pro&ject:", None))
        self.sourceLabel.setText(QCoreApplication.translate("OneYearReviewPage", u"So&urce:", None))
        self.scoreLabel.setText(QCoreApplication.translate("OneYearReviewPage", u"S&atisfaction:", None))
#if QT_CONFIG(tooltip)
        self.scoreSpin.setToolTip(QCoreApplication.translate("OneYearReviewPage", u"1 (not at all satisfied) to 5 (very satisfied); \u2014 for none.", None))
#endif // QT_CONFIG(tooltip)
        self.commentLabel.setText(QCoreApplication.translate("OneYearReviewPage", u"Co&mment:", None))
        self.commentEdit.setPlaceholderText(QCoreApplication.translate("OneYearReviewPage", u"Enter adds the feedback", None))
        self.addButton.setText(QCoreApplication.translate("OneYearReviewPage", u"A&dd", None))
#if QT_CONFIG(tooltip)
        self.feedbackView.setToolTip(QCoreApplication.translate("OneYearReviewPage", u"Delete removes the selected feedback.", None))
#endif // QT_CONFIG(tooltip)
        self.removeButton.setText(QCoreApplication.translate("OneYearReviewPage", u"Remove", None))
        pass
    # retranslateUi

