# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vote_settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDoubleSpinBox,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QRadioButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

from pbdesk.ui.fields import ErrorLabel

class Ui_VoteSettingsPage(object):
    def setupUi(self, VoteSettingsPage):
        if not VoteSettingsPage.objectName():
            VoteSettingsPage.setObjectName(u"VoteSettingsPage")
        VoteSettingsPage.resize(840, 650)
        self.outerLayout = QVBoxLayout(VoteSettingsPage)
        self.outerLayout.setSpacing(8)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(VoteSettingsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.outerLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(VoteSettingsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.introLabel)

        self.unsavedLabel = QLabel(VoteSettingsPage)
        self.unsavedLabel.setObjectName(u"unsavedLabel")
        self.unsavedLabel.setWordWrap(True)
        self.unsavedLabel.setStyleSheet(u"color: palette(mid); font-style: italic;")

        self.outerLayout.addWidget(self.unsavedLabel)

        self.noVoteLabel = QLabel(VoteSettingsPage)
        self.noVoteLabel.setObjectName(u"noVoteLabel")
        self.noVoteLabel.setWordWrap(True)
        self.noVoteLabel.setStyleSheet(u"color: #8a4b00;")

        self.outerLayout.addWidget(self.noVoteLabel)

        self.frozenFrame = QFrame(VoteSettingsPage)
        self.frozenFrame.setObjectName(u"frozenFrame")
        self.frozenFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.frozenFrame.setStyleSheet(u"QFrame#frozenFrame { background: #fff4e5; border: 1px solid #e0b070; border-radius: 4px; }")
        self.frozenLayout = QHBoxLayout(self.frozenFrame)
        self.frozenLayout.setObjectName(u"frozenLayout")
        self.frozenLabel = QLabel(self.frozenFrame)
        self.frozenLabel.setObjectName(u"frozenLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.frozenLabel.sizePolicy().hasHeightForWidth())
        self.frozenLabel.setSizePolicy(sizePolicy)
        self.frozenLabel.setText(u"")
        self.frozenLabel.setWordWrap(True)

        self.frozenLayout.addWidget(self.frozenLabel)

        self.unfreezeButton = QPushButton(self.frozenFrame)
        self.unfreezeButton.setObjectName(u"unfreezeButton")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.unfreezeButton.sizePolicy().hasHeightForWidth())
        self.unfreezeButton.setSizePolicy(sizePolicy1)
        self.unfreezeButton.setAutoDefault(False)

        self.frozenLayout.addWidget(self.unfreezeButton)


        self.outerLayout.addWidget(self.frozenFrame)

        self.scrollArea = QScrollArea(VoteSettingsPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.contentsLayout = QVBoxLayout(self.scrollContents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.contentsLayout.setContentsMargins(0, 0, 6, 0)
        self.ballotGroup = QGroupBox(self.scrollContents)
        self.ballotGroup.setObjectName(u"ballotGroup")
        self.ballotForm = QFormLayout(self.ballotGroup)
        self.ballotForm.setObjectName(u"ballotForm")
        self.ballotForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.ballotForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.ballotForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.kindLabel = QLabel(self.ballotGroup)
        self.kindLabel.setObjectName(u"kindLabel")

        self.ballotForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.ballotGroup)
        self.kindCombo.setObjectName(u"kindCombo")

        self.ballotForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.minLabel = QLabel(self.ballotGroup)
        self.minLabel.setObjectName(u"minLabel")

        self.ballotForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.minLabel)

        self.minLayout = QHBoxLayout()
        self.minLayout.setObjectName(u"minLayout")
        self.minSpin = QSpinBox(self.ballotGroup)
        self.minSpin.setObjectName(u"minSpin")
        self.minSpin.setMinimum(0)
        self.minSpin.setMaximum(99)

        self.minLayout.addWidget(self.minSpin)

        self.minSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.minLayout.addItem(self.minSpacer)


        self.ballotForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.minLayout)

        self.minError = ErrorLabel(self.ballotGroup)
        self.minError.setObjectName(u"minError")

        self.ballotForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.minError)

        self.maxLabel = QLabel(self.ballotGroup)
        self.maxLabel.setObjectName(u"maxLabel")

        self.ballotForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.maxLabel)

        self.maxLayout = QHBoxLayout()
        self.maxLayout.setObjectName(u"maxLayout")
        self.maxSpin = QSpinBox(self.ballotGroup)
        self.maxSpin.setObjectName(u"maxSpin")
        self.maxSpin.setMinimum(0)
        self.maxSpin.setMaximum(99)

        self.maxLayout.addWidget(self.maxSpin)

        self.maxSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.maxLayout.addItem(self.maxSpacer)


        self.ballotForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.maxLayout)

        self.maxError = ErrorLabel(self.ballotGroup)
        self.maxError.setObjectName(u"maxError")

        self.ballotForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.maxError)

        self.pointsTotalLabel = QLabel(self.ballotGroup)
        self.pointsTotalLabel.setObjectName(u"pointsTotalLabel")

        self.ballotForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pointsTotalLabel)

        self.pointsTotalLayout = QHBoxLayout()
        self.pointsTotalLayout.setObjectName(u"pointsTotalLayout")
        self.pointsTotalSpin = QSpinBox(self.ballotGroup)
        self.pointsTotalSpin.setObjectName(u"pointsTotalSpin")
        self.pointsTotalSpin.setMinimum(0)
        self.pointsTotalSpin.setMaximum(1000)

        self.pointsTotalLayout.addWidget(self.pointsTotalSpin)

        self.pointsTotalSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pointsTotalLayout.addItem(self.pointsTotalSpacer)


        self.ballotForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.pointsTotalLayout)

        self.pointsTotalError = ErrorLabel(self.ballotGroup)
        self.pointsTotalError.setObjectName(u"pointsTotalError")

        self.ballotForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.pointsTotalError)

        self.pointsEachLabel = QLabel(self.ballotGroup)
        self.pointsEachLabel.setObjectName(u"pointsEachLabel")

        self.ballotForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.pointsEachLabel)

        self.pointsEachLayout = QHBoxLayout()
        self.pointsEachLayout.setObjectName(u"pointsEachLayout")
        self.pointsEachSpin = QSpinBox(self.ballotGroup)
        self.pointsEachSpin.setObjectName(u"pointsEachSpin")
        self.pointsEachSpin.setMinimum(0)
        self.pointsEachSpin.setMaximum(1000)

        self.pointsEachLayout.addWidget(self.pointsEachSpin)

        self.pointsEachSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pointsEachLayout.addItem(self.pointsEachSpacer)


        self.ballotForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.pointsEachLayout)

        self.pointsEachError = ErrorLabel(self.ballotGroup)
        self.pointsEachError.setObjectName(u"pointsEachError")

        self.ballotForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.pointsEachError)

        self.sentenceLabel = QLabel(self.ballotGroup)
        self.sentenceLabel.setObjectName(u"sentenceLabel")
        self.sentenceLabel.setText(u"")
        self.sentenceLabel.setWordWrap(True)
        self.sentenceLabel.setTextFormat(Qt.TextFormat.RichText)
        self.sentenceLabel.setStyleSheet(u"QLabel { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 4px; padding: 6px; }")

        self.ballotForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.sentenceLabel)


        self.contentsLayout.addWidget(self.ballotGroup)

        self.votersGroup = QGroupBox(self.scrollContents)
        self.votersGroup.setObjectName(u"votersGroup")
        self.votersForm = QFormLayout(self.votersGroup)
        self.votersForm.setObjectName(u"votersForm")
        self.votersForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.votersForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.votersForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.ageLabel = QLabel(self.votersGroup)
        self.ageLabel.setObjectName(u"ageLabel")

        self.votersForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ageLabel)

        self.ageLayout = QHBoxLayout()
        self.ageLayout.setObjectName(u"ageLayout")
        self.ageSpin = QSpinBox(self.votersGroup)
        self.ageSpin.setObjectName(u"ageSpin")
        self.ageSpin.setMinimum(0)
        self.ageSpin.setMaximum(120)

        self.ageLayout.addWidget(self.ageSpin)

        self.ageSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.ageLayout.addItem(self.ageSpacer)


        self.votersForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.ageLayout)

        self.ageError = ErrorLabel(self.votersGroup)
        self.ageError.setObjectName(u"ageError")

        self.votersForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ageError)

        self.residenceLabel = QLabel(self.votersGroup)
        self.residenceLabel.setObjectName(u"residenceLabel")

        self.votersForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.residenceLabel)

        self.residenceCombo = QComboBox(self.votersGroup)
        self.residenceCombo.setObjectName(u"residenceCombo")

        self.votersForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.residenceCombo)

        self.proxiesCheck = QCheckBox(self.votersGroup)
        self.proxiesCheck.setObjectName(u"proxiesCheck")

        self.votersForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.proxiesCheck)

        self.maxProxiesLabel = QLabel(self.votersGroup)
        self.maxProxiesLabel.setObjectName(u"maxProxiesLabel")

        self.votersForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.maxProxiesLabel)

        self.maxProxiesLayout = QHBoxLayout()
        self.maxProxiesLayout.setObjectName(u"maxProxiesLayout")
        self.maxProxiesSpin = QSpinBox(self.votersGroup)
        self.maxProxiesSpin.setObjectName(u"maxProxiesSpin")
        self.maxProxiesSpin.setMinimum(0)
        self.maxProxiesSpin.setMaximum(20)

        self.maxProxiesLayout.addWidget(self.maxProxiesSpin)

        self.maxProxiesSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.maxProxiesLayout.addItem(self.maxProxiesSpacer)


        self.votersForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.maxProxiesLayout)

        self.maxProxiesError = ErrorLabel(self.votersGroup)
        self.maxProxiesError.setObjectName(u"maxProxiesError")

        self.votersForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.maxProxiesError)

        self.keepNamesCheck = QCheckBox(self.votersGroup)
        self.keepNamesCheck.setObjectName(u"keepNamesCheck")

        self.votersForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.keepNamesCheck)

        self.keepNamesWarning = QLabel(self.votersGroup)
        self.keepNamesWarning.setObjectName(u"keepNamesWarning")
        self.keepNamesWarning.setWordWrap(True)
        self.keepNamesWarning.setStyleSheet(u"color: #8a4b00;")

        self.votersForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.keepNamesWarning)

        self.registerKeyLabel = QLabel(self.votersGroup)
        self.registerKeyLabel.setObjectName(u"registerKeyLabel")
        self.registerKeyLabel.setText(u"")
        self.registerKeyLabel.setWordWrap(True)
        self.registerKeyLabel.setStyleSheet(u"color: #555555;")
        self.registerKeyLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.votersForm.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.registerKeyLabel)


        self.contentsLayout.addWidget(self.votersGroup)

        self.envelopesGroup = QGroupBox(self.scrollContents)
        self.envelopesGroup.setObjectName(u"envelopesGroup")
        self.envelopesLayout = QVBoxLayout(self.envelopesGroup)
        self.envelopesLayout.setObjectName(u"envelopesLayout")
        self.singleEnvelopeRadio = QRadioButton(self.envelopesGroup)
        self.singleEnvelopeRadio.setObjectName(u"singleEnvelopeRadio")
        self.singleEnvelopeRadio.setChecked(True)

        self.envelopesLayout.addWidget(self.singleEnvelopeRadio)

        self.perTerritoryRadio = QRadioButton(self.envelopesGroup)
        self.perTerritoryRadio.setObjectName(u"perTerritoryRadio")

        self.envelopesLayout.addWidget(self.perTerritoryRadio)

        self.territoryEnvelopesWidget = QWidget(self.envelopesGroup)
        self.territoryEnvelopesWidget.setObjectName(u"territoryEnvelopesWidget")
        self.territoryEnvelopesForm = QFormLayout(self.territoryEnvelopesWidget)
        self.territoryEnvelopesForm.setObjectName(u"territoryEnvelopesForm")
        self.territoryEnvelopesForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.territoryEnvelopesForm.setContentsMargins(24, 0, 0, 0)

        self.envelopesLayout.addWidget(self.territoryEnvelopesWidget)

        self.envelopesTotalLabel = QLabel(self.envelopesGroup)
        self.envelopesTotalLabel.setObjectName(u"envelopesTotalLabel")
        self.envelopesTotalLabel.setText(u"")
        self.envelopesTotalLabel.setWordWrap(True)
        self.envelopesTotalLabel.setIndent(24)

        self.envelopesLayout.addWidget(self.envelopesTotalLabel)

        self.envelopesError = ErrorLabel(self.envelopesGroup)
        self.envelopesError.setObjectName(u"envelopesError")

        self.envelopesLayout.addWidget(self.envelopesError)

        self.atLeastOneCheck = QCheckBox(self.envelopesGroup)
        self.atLeastOneCheck.setObjectName(u"atLeastOneCheck")

        self.envelopesLayout.addWidget(self.atLeastOneCheck)

        self.atLeastOneError = ErrorLabel(self.envelopesGroup)
        self.atLeastOneError.setObjectName(u"atLeastOneError")

        self.envelopesLayout.addWidget(self.atLeastOneError)


        self.contentsLayout.addWidget(self.envelopesGroup)

        self.countGroup = QGroupBox(self.scrollContents)
        self.countGroup.setObjectName(u"countGroup")
        self.countForm = QFormLayout(self.countGroup)
        self.countForm.setObjectName(u"countForm")
        self.countForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.countForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.countForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.ruleLabel = QLabel(self.countGroup)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.countForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ruleLabel)

        self.ruleCombo = QComboBox(self.countGroup)
        self.ruleCombo.setObjectName(u"ruleCombo")

        self.countForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ruleCombo)

        self.ruleHelpLabel = QLabel(self.countGroup)
        self.ruleHelpLabel.setObjectName(u"ruleHelpLabel")
        self.ruleHelpLabel.setText(u"")
        self.ruleHelpLabel.setWordWrap(True)
        self.ruleHelpLabel.setStyleSheet(u"color: #555555;")

        self.countForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.ruleHelpLabel)

        self.thresholdLabel = QLabel(self.countGroup)
        self.thresholdLabel.setObjectName(u"thresholdLabel")

        self.countForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.thresholdLabel)

        self.thresholdLayout = QHBoxLayout()
        self.thresholdLayout.setObjectName(u"thresholdLayout")
        self.thresholdSpin = QDoubleSpinBox(self.countGroup)
        self.thresholdSpin.setObjectName(u"thresholdSpin")
        self.thresholdSpin.setDecimals(1)
        self.thresholdSpin.setMinimum(0.000000000000000)
        self.thresholdSpin.setMaximum(100.000000000000000)

        self.thresholdLayout.addWidget(self.thresholdSpin)

        self.thresholdSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.thresholdLayout.addItem(self.thresholdSpacer)


        self.countForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.thresholdLayout)

        self.thresholdError = ErrorLabel(self.countGroup)
        self.thresholdError.setObjectName(u"thresholdError")

        self.countForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.thresholdError)

        self.tieLabel = QLabel(self.countGroup)
        self.tieLabel.setObjectName(u"tieLabel")

        self.countForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tieLabel)

        self.tieCombo = QComboBox(self.countGroup)
        self.tieCombo.setObjectName(u"tieCombo")

        self.countForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tieCombo)

        self.tieError = ErrorLabel(self.countGroup)
        self.tieError.setObjectName(u"tieError")

        self.countForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tieError)

        self.doubleEntryCheck = QCheckBox(self.countGroup)
        self.doubleEntryCheck.setObjectName(u"doubleEntryCheck")

        self.countForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.doubleEntryCheck)

        self.recourseLabel = QLabel(self.countGroup)
        self.recourseLabel.setObjectName(u"recourseLabel")

        self.countForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.recourseLabel)

        self.recourseLayout = QHBoxLayout()
        self.recourseLayout.setObjectName(u"recourseLayout")
        self.recourseSpin = QSpinBox(self.countGroup)
        self.recourseSpin.setObjectName(u"recourseSpin")
        self.recourseSpin.setMinimum(0)
        self.recourseSpin.setMaximum(24)

        self.recourseLayout.addWidget(self.recourseSpin)

        self.recourseSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recourseLayout.addItem(self.recourseSpacer)


        self.countForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.recourseLayout)

        self.recourseError = ErrorLabel(self.countGroup)
        self.recourseError.setObjectName(u"recourseError")

        self.countForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.recourseError)


        self.contentsLayout.addWidget(self.countGroup)

        self.contentsSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scrollArea.setWidget(self.scrollContents)

        self.outerLayout.addWidget(self.scrollArea)

        self.formError = ErrorLabel(VoteSettingsPage)
        self.formError.setObjectName(u"formError")

        self.outerLayout.addWidget(self.formError)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.statusLabel = QLabel(VoteSettingsPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setText(u"")
        self.statusLabel.setStyleSheet(u"color: #1b5e20;")

        self.buttonsLayout.addWidget(self.statusLabel)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.revertButton = QPushButton(VoteSettingsPage)
        self.revertButton.setObjectName(u"revertButton")
        self.revertButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(VoteSettingsPage)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setMinimumSize(QSize(160, 0))

        self.buttonsLayout.addWidget(self.saveButton)


        self.outerLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.minLabel.setBuddy(self.minSpin)
        self.maxLabel.setBuddy(self.maxSpin)
        self.pointsTotalLabel.setBuddy(self.pointsTotalSpin)
        self.pointsEachLabel.setBuddy(self.pointsEachSpin)
        self.ageLabel.setBuddy(self.ageSpin)
        self.residenceLabel.setBuddy(self.residenceCombo)
        self.maxProxiesLabel.setBuddy(self.maxProxiesSpin)
        self.ruleLabel.setBuddy(self.ruleCombo)
        self.thresholdLabel.setBuddy(self.thresholdSpin)
        self.tieLabel.setBuddy(self.tieCombo)
        self.recourseLabel.setBuddy(self.recourseSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.unfreezeButton, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.minSpin)
        QWidget.setTabOrder(self.minSpin, self.maxSpin)
        QWidget.setTabOrder(self.maxSpin, self.pointsTotalSpin)
        QWidget.setTabOrder(self.pointsTotalSpin, self.pointsEachSpin)
        QWidget.setTabOrder(self.pointsEachSpin, self.ageSpin)
        QWidget.setTabOrder(self.ageSpin, self.residenceCombo)
        QWidget.setTabOrder(self.residenceCombo, self.proxiesCheck)
        QWidget.setTabOrder(self.proxiesCheck, self.maxProxiesSpin)
        QWidget.setTabOrder(self.maxProxiesSpin, self.keepNamesCheck)
        QWidget.setTabOrder(self.keepNamesCheck, self.singleEnvelopeRadio)
        QWidget.setTabOrder(self.singleEnvelopeRadio, self.perTerritoryRadio)
        QWidget.setTabOrder(self.perTerritoryRadio, self.atLeastOneCheck)
        QWidget.setTabOrder(self.atLeastOneCheck, self.ruleCombo)
        QWidget.setTabOrder(self.ruleCombo, self.thresholdSpin)
        QWidget.setTabOrder(self.thresholdSpin, self.tieCombo)
        QWidget.setTabOrder(self.tieCombo, self.doubleEntryCheck)
        QWidget.setTabOrder(self.doubleEntryCheck, self.recourseSpin)
        QWidget.setTabOrder(self.recourseSpin, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.saveButton)

        self.retranslateUi(VoteSettingsPage)

        QMetaObject.connectSlotsByName(VoteSettingsPage)
    # setupUi

    def retranslateUi(self, VoteSettingsPage):
        self.titleLabel.setText(QCoreApplication.translate("VoteSettingsPage", u"Vote rules", None))
        self.introLabel.setText(QCoreApplication.translate("VoteSettingsPage", u"The rules of the vote as residents will read them: the ballot, who may vote, the envelopes and how the money is shared out. They freeze when the first ballot is entered.", None))
        self.unsavedLabel.setText(QCoreApplication.translate("VoteSettingsPage", u"These rules have not been saved yet: the values shown are suggestions.", None))
        self.noVoteLabel.setText(QCoreApplication.translate("VoteSettingsPage", u"This campaign decides without a vote (designation by the core group, see the frame): these rules are not used.", None))
        self.unfreezeButton.setText(QCoreApplication.translate("VoteSettingsPage", u"Un&lock\u2026", None))
#if QT_CONFIG(tooltip)
        self.unfreezeButton.setToolTip(QCoreApplication.translate("VoteSettingsPage", u"Allow the rules to change again; you will be asked why, for the journal.", None))
#endif // QT_CONFIG(tooltip)
        self.ballotGroup.setTitle(QCoreApplication.translate("VoteSettingsPage", u"Ballot", None))
        self.kindLabel.setText(QCoreApplication.translate("VoteSettingsPage", u"&Ballot kind:", None))
        self.minLabel.setText(QCoreApplication.translate("VoteSettingsPage", u"Fe&west projects:", None))
#if QT_CONFIG(tooltip)
        self.minSpin.setToolTip(QCoreApplication.translate("VoteSettingsPage", u"A ballot that names fewer projects (but at least one) is spoilt.", None))
#endif // QT_CONFIG(tooltip)
        self.maxLabel.setText(QCoreApplication.translate("VoteSettingsPage", u"&Most projects:", None))
        self.maxSpin.setSpecialValueText(QCoreApplication.translate("VoteSettingsPage", u"no limit", None))
#if QT_CONFIG(tooltip)
        self.maxSpin.setToolTip(QCoreApplication.translate("VoteSettingsPage", u"A ballot that names more projects is spoilt. For a ranked ballot, the number of ranks.", None))
#endif // QT_CONFIG(tooltip)
        self.pointsTotalLabel.setText(QCoreApplication.translate("VoteSettingsPage", u"&Most points per voter:", None))
        self.pointsEachLabel.setText(QCoreApplication.translate("VoteSettingsPage", u"Most points per pro&ject:", None))
        self.votersGroup.setTitle(QCoreApplication.translate("VoteSettingsPage", u"Who may vote", None))
        self.ageLabel.setText(QCoreApplication.translate("VoteSettingsPage", u"Minimum &age:", None))
        self.ageSpin.setSpecialValueText(QCoreApplication.translate("VoteSettingsPage", u"no minimum", None))
        self.ageSpin.setSuffix(QCoreApplication.translate("VoteSettingsPage", u" years", None))
        self.residenceLabel.setText(QCoreApplication.translate("VoteSettingsPage", u"&Residence:", None))
        self.proxiesCheck.setText(QCoreApplication.translate("VoteSettingsPage", u"Pro&xies allowed", None))
        self.maxProxiesLabel.setText(QCoreApplication.translate("VoteSettingsPage", u"Proxies per hol&der:", None))
#if QT_CONFIG(tooltip)
        self.maxProxiesSpin.setToolTip(QCoreApplication.translate("VoteSettingsPage", u"The most proxies one voter may carry for others.", None))
#endif // QT_CONFIG(tooltip)
        self.keepNamesCheck.setText(QCoreApplication.translate("VoteSettingsPage", u"&Keep voters' names in clear in the sign-in register", None))
        self.keepNamesWarning.setText(QCoreApplication.translate("VoteSettingsPage", u"Personal data (GDPR): by default the register keeps only a coded key of each voter, enough to refuse a second vote. Keep names in clear only if your r\u00e8glement requires it, say so to voters, and purge the register after the recourse period.", None))
        self.envelopesGroup.setTitle(QCoreApplication.translate("VoteSettingsPage", u"Envelopes", None))
        self.singleEnvelopeRadio.setText(QCoreApplication.translate("VoteSettingsPage", u"&One envelope for the whole campaign", None))
        self.perTerritoryRadio.setText(QCoreApplication.translate("VoteSettingsPage", u"One envelope per &territory", None))
        self.atLeastOneCheck.setText(QCoreApplication.translate("VoteSettingsPage", u"At least one funded &project per territory", None))
#if QT_CONFIG(tooltip)
        self.atLeastOneCheck.setToolTip(QCoreApplication.translate("VoteSettingsPage", u"With a single envelope, the count first funds the best project of each territory, then goes on by the rule.", None))
#endif // QT_CONFIG(tooltip)
        self.countGroup.setTitle(QCoreApplication.translate("VoteSettingsPage", u"Count", None))
        self.ruleLabel.setText(QCoreApplication.translate("VoteSettingsPage", u"Allocation r&ule:", None))
        self.thresholdLabel.setText(QCoreApplication.translate("VoteSettingsPage", u"Thre&shold:", None))
        self.thresholdSpin.setSuffix(QCoreApplication.translate("VoteSettingsPage", u" % of valid ballots", None))
        self.tieLabel.setText(QCoreApplication.translate("VoteSettingsPage", u"T&ie rule:", None))
        self.doubleEntryCheck.setText(QCoreApplication.translate("VoteSettingsPage", u"Double &entry required: two operators type each stack of ballots", None))
        self.recourseLabel.setText(QCoreApplication.translate("VoteSettingsPage", u"Recourse period (mo&nths):", None))
#if QT_CONFIG(tooltip)
        self.recourseSpin.setToolTip(QCoreApplication.translate("VoteSettingsPage", u"After the results, the sign-in register is kept this long for appeals, then purged (only counts remain).", None))
#endif // QT_CONFIG(tooltip)
        self.revertButton.setText(QCoreApplication.translate("VoteSettingsPage", u"Revert changes", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("VoteSettingsPage", u"Forget the changes made since the last save.", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("VoteSettingsPage", u"Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("VoteSettingsPage", u"Save the vote rules (Ctrl+S).", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

