# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'count_page.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_CountPage(object):
    def setupUi(self, CountPage):
        if not CountPage.objectName():
            CountPage.setObjectName(u"CountPage")
        CountPage.resize(840, 650)
        self.pageLayout = QVBoxLayout(CountPage)
        self.pageLayout.setSpacing(8)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(16, 12, 16, 12)
        self.titleLabel = QLabel(CountPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 18pt; font-weight: 600;")

        self.pageLayout.addWidget(self.titleLabel)

        self.stationLayout = QHBoxLayout()
        self.stationLayout.setObjectName(u"stationLayout")
        self.stationLabel = QLabel(CountPage)
        self.stationLabel.setObjectName(u"stationLabel")

        self.stationLayout.addWidget(self.stationLabel)

        self.stationCombo = QComboBox(CountPage)
        self.stationCombo.setObjectName(u"stationCombo")
        self.stationCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.stationLayout.addWidget(self.stationCombo)

        self.methodLabel = QLabel(CountPage)
        self.methodLabel.setObjectName(u"methodLabel")
        self.methodLabel.setText(u"")
        self.methodLabel.setWordWrap(True)

        self.stationLayout.addWidget(self.methodLabel)

        self.stationLayout.setStretch(2, 1)

        self.pageLayout.addLayout(self.stationLayout)

        self.stacksGroup = QGroupBox(CountPage)
        self.stacksGroup.setObjectName(u"stacksGroup")
        self.stacksLayout = QVBoxLayout(self.stacksGroup)
        self.stacksLayout.setObjectName(u"stacksLayout")
        self.stacksView = QTableView(self.stacksGroup)
        self.stacksView.setObjectName(u"stacksView")
        self.stacksView.setMaximumSize(QSize(16777215, 120))
        self.stacksView.setAlternatingRowColors(True)
        self.stacksView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stacksView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.stacksView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stacksView.setTabKeyNavigation(False)
        self.stacksView.setWordWrap(False)
        self.stacksView.horizontalHeader().setStretchLastSection(True)
        self.stacksView.verticalHeader().setVisible(False)

        self.stacksLayout.addWidget(self.stacksView)


        self.pageLayout.addWidget(self.stacksGroup)

        self.differencesGroup = QGroupBox(CountPage)
        self.differencesGroup.setObjectName(u"differencesGroup")
        self.differencesLayout = QVBoxLayout(self.differencesGroup)
        self.differencesLayout.setObjectName(u"differencesLayout")
        self.hintLabel = QLabel(self.differencesGroup)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setText(u"")
        self.hintLabel.setWordWrap(True)

        self.differencesLayout.addWidget(self.hintLabel)

        self.differencesView = QTableView(self.differencesGroup)
        self.differencesView.setObjectName(u"differencesView")
        self.differencesView.setAlternatingRowColors(True)
        self.differencesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.differencesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.differencesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.differencesView.setTabKeyNavigation(False)
        self.differencesView.setWordWrap(False)
        self.differencesView.verticalHeader().setVisible(False)

        self.differencesLayout.addWidget(self.differencesView)

        self.differenceButtonsLayout = QHBoxLayout()
        self.differenceButtonsLayout.setObjectName(u"differenceButtonsLayout")
        self.keepAButton = QPushButton(self.differencesGroup)
        self.keepAButton.setObjectName(u"keepAButton")

        self.differenceButtonsLayout.addWidget(self.keepAButton)

        self.keepBButton = QPushButton(self.differencesGroup)
        self.keepBButton.setObjectName(u"keepBButton")

        self.differenceButtonsLayout.addWidget(self.keepBButton)

        self.correctButton = QPushButton(self.differencesGroup)
        self.correctButton.setObjectName(u"correctButton")

        self.differenceButtonsLayout.addWidget(self.correctButton)

        self.repairButton = QPushButton(self.differencesGroup)
        self.repairButton.setObjectName(u"repairButton")

        self.differenceButtonsLayout.addWidget(self.repairButton)

        self.discardButton = QPushButton(self.differencesGroup)
        self.discardButton.setObjectName(u"discardButton")

        self.differenceButtonsLayout.addWidget(self.discardButton)

        self.differenceButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.differenceButtonsLayout.addItem(self.differenceButtonsSpacer)


        self.differencesLayout.addLayout(self.differenceButtonsLayout)


        self.pageLayout.addWidget(self.differencesGroup)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.reconcileGroup = QGroupBox(CountPage)
        self.reconcileGroup.setObjectName(u"reconcileGroup")
        self.reconcileForm = QFormLayout(self.reconcileGroup)
        self.reconcileForm.setObjectName(u"reconcileForm")
        self.figuresLabel = QLabel(self.reconcileGroup)
        self.figuresLabel.setObjectName(u"figuresLabel")
        self.figuresLabel.setText(u"")
        self.figuresLabel.setWordWrap(True)

        self.reconcileForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.figuresLabel)

        self.boxLabel = QLabel(self.reconcileGroup)
        self.boxLabel.setObjectName(u"boxLabel")

        self.reconcileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.boxLabel)

        self.boxEdit = QLineEdit(self.reconcileGroup)
        self.boxEdit.setObjectName(u"boxEdit")
        self.boxEdit.setMaxLength(7)

        self.reconcileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.boxEdit)

        self.remarkLabel = QLabel(self.reconcileGroup)
        self.remarkLabel.setObjectName(u"remarkLabel")

        self.reconcileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.remarkLabel)

        self.remarkEdit = QLineEdit(self.reconcileGroup)
        self.remarkEdit.setObjectName(u"remarkEdit")
        self.remarkEdit.setMaxLength(500)

        self.reconcileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.remarkEdit)

        self.reconcileButton = QPushButton(self.reconcileGroup)
        self.reconcileButton.setObjectName(u"reconcileButton")

        self.reconcileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reconcileButton)

        self.reconcileStateLabel = QLabel(self.reconcileGroup)
        self.reconcileStateLabel.setObjectName(u"reconcileStateLabel")
        self.reconcileStateLabel.setText(u"")
        self.reconcileStateLabel.setWordWrap(True)

        self.reconcileForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.reconcileStateLabel)


        self.bottomLayout.addWidget(self.reconcileGroup)

        self.handGroup = QGroupBox(CountPage)
        self.handGroup.setObjectName(u"handGroup")
        self.handLayout = QVBoxLayout(self.handGroup)
        self.handLayout.setObjectName(u"handLayout")
        self.handLabel = QLabel(self.handGroup)
        self.handLabel.setObjectName(u"handLabel")
        self.handLabel.setText(u"")
        self.handLabel.setWordWrap(True)

        self.handLayout.addWidget(self.handLabel)

        self.handButton = QPushButton(self.handGroup)
        self.handButton.setObjectName(u"handButton")

        self.handLayout.addWidget(self.handButton)

        self.removeHandButton = QPushButton(self.handGroup)
        self.removeHandButton.setObjectName(u"removeHandButton")

        self.handLayout.addWidget(self.removeHandButton)

        self.handSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.handLayout.addItem(self.handSpacer)


        self.bottomLayout.addWidget(self.handGroup)

        self.bottomLayout.setStretch(0, 3)
        self.bottomLayout.setStretch(1, 2)

        self.pageLayout.addLayout(self.bottomLayout)

#if QT_CONFIG(shortcut)
        self.stationLabel.setBuddy(self.stationCombo)
        self.boxLabel.setBuddy(self.boxEdit)
        self.remarkLabel.setBuddy(self.remarkEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stationCombo, self.stacksView)
        QWidget.setTabOrder(self.stacksView, self.differencesView)
        QWidget.setTabOrder(self.differencesView, self.keepAButton)
        QWidget.setTabOrder(self.keepAButton, self.keepBButton)
        QWidget.setTabOrder(self.keepBButton, self.correctButton)
        QWidget.setTabOrder(self.correctButton, self.repairButton)
        QWidget.setTabOrder(self.repairButton, self.discardButton)
        QWidget.setTabOrder(self.discardButton, self.boxEdit)
        QWidget.setTabOrder(self.boxEdit, self.remarkEdit)
        QWidget.setTabOrder(self.remarkEdit, self.reconcileButton)
        QWidget.setTabOrder(self.reconcileButton, self.handButton)
        QWidget.setTabOrder(self.handButton, self.removeHandButton)

        self.retranslateUi(CountPage)

        QMetaObject.connectSlotsByName(CountPage)
    # setupUi

    def retranslateUi(self, CountPage):
        self.titleLabel.setText(QCoreApplication.translate("CountPage", u"Count \u2014 check", None))
        self.stationLabel.setText(QCoreApplication.translate("CountPage", u"&Station:", None))
        self.stacksGroup.setTitle(QCoreApplication.translate("CountPage", u"Stacks and double entry", None))
        self.differencesGroup.setTitle(QCoreApplication.translate("CountPage", u"Ballots where entries A and B differ", None))
        self.keepAButton.setText(QCoreApplication.translate("CountPage", u"Keep &A", None))
#if QT_CONFIG(tooltip)
        self.keepAButton.setToolTip(QCoreApplication.translate("CountPage", u"The paper ballot says what entry A says: set entry B to it", None))
#endif // QT_CONFIG(tooltip)
        self.keepBButton.setText(QCoreApplication.translate("CountPage", u"Keep &B", None))
#if QT_CONFIG(tooltip)
        self.keepBButton.setToolTip(QCoreApplication.translate("CountPage", u"The paper ballot says what entry B says: set entry A to it", None))
#endif // QT_CONFIG(tooltip)
        self.correctButton.setText(QCoreApplication.translate("CountPage", u"Co&rrect\u2026", None))
#if QT_CONFIG(tooltip)
        self.correctButton.setToolTip(QCoreApplication.translate("CountPage", u"Neither is right: type what the paper ballot says, for both entries", None))
#endif // QT_CONFIG(tooltip)
        self.repairButton.setText(QCoreApplication.translate("CountPage", u"Re&pair the skip", None))
#if QT_CONFIG(tooltip)
        self.repairButton.setToolTip(QCoreApplication.translate("CountPage", u"Insert the skipped ballot in the entry that missed it", None))
#endif // QT_CONFIG(tooltip)
        self.discardButton.setText(QCoreApplication.translate("CountPage", u"D&iscard an entry\u2026", None))
#if QT_CONFIG(tooltip)
        self.discardButton.setToolTip(QCoreApplication.translate("CountPage", u"This stack was entered more than twice: remove the entry that should not count", None))
#endif // QT_CONFIG(tooltip)
        self.reconcileGroup.setTitle(QCoreApplication.translate("CountPage", u"Reconciliation with the register", None))
        self.boxLabel.setText(QCoreApplication.translate("CountPage", u"Ballots in the bo&x:", None))
        self.boxEdit.setPlaceholderText(QCoreApplication.translate("CountPage", u"Counted by hand; empty: as entered", None))
        self.remarkLabel.setText(QCoreApplication.translate("CountPage", u"Re&mark:", None))
        self.remarkEdit.setPlaceholderText(QCoreApplication.translate("CountPage", u"Why ballots and signatures differ", None))
        self.reconcileButton.setText(QCoreApplication.translate("CountPage", u"R&ecord the reconciliation", None))
        self.handGroup.setTitle(QCoreApplication.translate("CountPage", u"Hand count", None))
        self.handButton.setText(QCoreApplication.translate("CountPage", u"Hand co&unt\u2026", None))
#if QT_CONFIG(tooltip)
        self.handButton.setToolTip(QCoreApplication.translate("CountPage", u"Type a station's totals counted by hand, instead of its ballots one by one", None))
#endif // QT_CONFIG(tooltip)
        self.removeHandButton.setText(QCoreApplication.translate("CountPage", u"Remove the hand coun&t", None))
        pass
    # retranslateUi

