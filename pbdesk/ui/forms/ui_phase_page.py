# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'phase_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_PhasePage(object):
    def setupUi(self, PhasePage):
        if not PhasePage.objectName():
            PhasePage.setObjectName(u"PhasePage")
        PhasePage.resize(840, 650)
        self.outerLayout = QVBoxLayout(PhasePage)
        self.outerLayout.setSpacing(8)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(PhasePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"1. Phase")
        self.titleLabel.setStyleSheet(u"font-size: 17pt; font-weight: 600;")
        self.titleLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.titleLabel)

        self.summaryLabel = QLabel(PhasePage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setText(u"")
        self.summaryLabel.setWordWrap(True)

        self.outerLayout.addWidget(self.summaryLabel)

        self.progressLayout = QHBoxLayout()
        self.progressLayout.setSpacing(10)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressLabel = QLabel(PhasePage)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setText(u"")

        self.progressLayout.addWidget(self.progressLabel)

        self.progressBar = QProgressBar(PhasePage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMaximumSize(QSize(260, 16777215))
        self.progressBar.setMaximum(1)
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(False)

        self.progressLayout.addWidget(self.progressBar)

        self.progressSpacer = QSpacerItem(24, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.progressLayout.addItem(self.progressSpacer)

        self.statusLabel = QLabel(PhasePage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.progressLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(PhasePage)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setMinimumSize(QSize(140, 0))

        self.progressLayout.addWidget(self.statusCombo)


        self.outerLayout.addLayout(self.progressLayout)

        self.checklistGroup = QGroupBox(PhasePage)
        self.checklistGroup.setObjectName(u"checklistGroup")
        self.checklistLayout = QVBoxLayout(self.checklistGroup)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.checklistView = QTableView(self.checklistGroup)
        self.checklistView.setObjectName(u"checklistView")
        self.checklistView.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.checklistView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.checklistView.setTabKeyNavigation(False)
        self.checklistView.setAlternatingRowColors(True)
        self.checklistView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checklistView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checklistView.setWordWrap(True)
        self.checklistView.horizontalHeader().setHighlightSections(False)
        self.checklistView.verticalHeader().setVisible(False)

        self.checklistLayout.addWidget(self.checklistView)

        self.checklistButtonsLayout = QHBoxLayout()
        self.checklistButtonsLayout.setObjectName(u"checklistButtonsLayout")
        self.addButton = QPushButton(self.checklistGroup)
        self.addButton.setObjectName(u"addButton")

        self.checklistButtonsLayout.addWidget(self.addButton)

        self.removeButton = QPushButton(self.checklistGroup)
        self.removeButton.setObjectName(u"removeButton")

        self.checklistButtonsLayout.addWidget(self.removeButton)

        self.moveUpButton = QPushButton(self.checklistGroup)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.checklistButtonsLayout.addWidget(self.moveUpButton)

        self.moveDownButton = QPushButton(self.checklistGroup)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.checklistButtonsLayout.addWidget(self.moveDownButton)

        self.checklistButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.checklistButtonsLayout.addItem(self.checklistButtonsSpacer)


        self.checklistLayout.addLayout(self.checklistButtonsLayout)


        self.outerLayout.addWidget(self.checklistGroup)

        self.coevaluationGroup = QGroupBox(PhasePage)
        self.coevaluationGroup.setObjectName(u"coevaluationGroup")
        self.coevaluationLayout = QGridLayout(self.coevaluationGroup)
        self.coevaluationLayout.setObjectName(u"coevaluationLayout")
        self.wentWellLabel = QLabel(self.coevaluationGroup)
        self.wentWellLabel.setObjectName(u"wentWellLabel")

        self.coevaluationLayout.addWidget(self.wentWellLabel, 0, 0, 1, 1)

        self.toAdjustLabel = QLabel(self.coevaluationGroup)
        self.toAdjustLabel.setObjectName(u"toAdjustLabel")

        self.coevaluationLayout.addWidget(self.toAdjustLabel, 0, 1, 1, 1)

        self.wentWellEdit = QPlainTextEdit(self.coevaluationGroup)
        self.wentWellEdit.setObjectName(u"wentWellEdit")
        self.wentWellEdit.setTabChangesFocus(True)

        self.coevaluationLayout.addWidget(self.wentWellEdit, 1, 0, 1, 1)

        self.toAdjustEdit = QPlainTextEdit(self.coevaluationGroup)
        self.toAdjustEdit.setObjectName(u"toAdjustEdit")
        self.toAdjustEdit.setTabChangesFocus(True)

        self.coevaluationLayout.addWidget(self.toAdjustEdit, 1, 1, 1, 1)

        self.noteButtonsLayout = QHBoxLayout()
        self.noteButtonsLayout.setObjectName(u"noteButtonsLayout")
        self.noteStateLabel = QLabel(self.coevaluationGroup)
        self.noteStateLabel.setObjectName(u"noteStateLabel")
        self.noteStateLabel.setText(u"")
        self.noteStateLabel.setStyleSheet(u"font-style: italic;")

        self.noteButtonsLayout.addWidget(self.noteStateLabel)

        self.noteButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noteButtonsLayout.addItem(self.noteButtonsSpacer)

        self.saveNoteButton = QPushButton(self.coevaluationGroup)
        self.saveNoteButton.setObjectName(u"saveNoteButton")

        self.noteButtonsLayout.addWidget(self.saveNoteButton)


        self.coevaluationLayout.addLayout(self.noteButtonsLayout, 2, 0, 1, 2)


        self.outerLayout.addWidget(self.coevaluationGroup)

        self.outerLayout.setStretch(3, 3)
        self.outerLayout.setStretch(4, 2)
#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.wentWellLabel.setBuddy(self.wentWellEdit)
        self.toAdjustLabel.setBuddy(self.toAdjustEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.checklistView)
        QWidget.setTabOrder(self.checklistView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.wentWellEdit)
        QWidget.setTabOrder(self.wentWellEdit, self.toAdjustEdit)
        QWidget.setTabOrder(self.toAdjustEdit, self.saveNoteButton)

        self.retranslateUi(PhasePage)

        QMetaObject.connectSlotsByName(PhasePage)
    # setupUi

    def retranslateUi(self, PhasePage):
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("PhasePage", u"Checklist progress", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("PhasePage", u"&Status:", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("PhasePage", u"The phase's status; a change is saved at once and written in the journal.", None))
#endif // QT_CONFIG(tooltip)
        self.checklistGroup.setTitle(QCoreApplication.translate("PhasePage", u"Check&list", None))
#if QT_CONFIG(accessibility)
        self.checklistView.setAccessibleName(QCoreApplication.translate("PhasePage", u"Checklist", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("PhasePage", u"&Add item", None))
        self.removeButton.setText(QCoreApplication.translate("PhasePage", u"&Remove\u2026", None))
        self.moveUpButton.setText(QCoreApplication.translate("PhasePage", u"Move &up", None))
        self.moveDownButton.setText(QCoreApplication.translate("PhasePage", u"Move do&wn", None))
        self.coevaluationGroup.setTitle(QCoreApplication.translate("PhasePage", u"Co-evaluation", None))
        self.wentWellLabel.setText(QCoreApplication.translate("PhasePage", u"What went w&ell", None))
        self.toAdjustLabel.setText(QCoreApplication.translate("PhasePage", u"What to ad&just", None))
        self.saveNoteButton.setText(QCoreApplication.translate("PhasePage", u"Save &note", None))
        pass
    # retranslateUi

