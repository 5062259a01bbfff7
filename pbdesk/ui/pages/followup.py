"""Phase 9, "Suivi des projets": the funded projects with their money, and for the selected
one its subsidy and payments, milestones, updates with photos and expenses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QListWidgetItem,
    QMessageBox,
    QTableView,
    QWidget,
)

from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.followup import (
    FollowUpInput,
    FollowUpStatus,
    InstalmentInput,
    MilestoneInput,
    MilestoneStatus,
    allowed_statuses,
    total_figures,
)
from pbdesk.domain.money import format_euros, format_euros_plain
from pbdesk.ui.context import AppContext
from pbdesk.ui.dialogs import RecordDialog
from pbdesk.ui.dialogs.expense import ExpenseDialog
from pbdesk.ui.dialogs.instalment import InstalmentDialog
from pbdesk.ui.dialogs.milestone import MilestoneDialog
from pbdesk.ui.dialogs.project_update import (
    ProjectUpdateDialog,
    cached_thumbnail,
    forget_thumbnails,
    load_thumbnails,
)
from pbdesk.ui.fields import format_date, show_errors
from pbdesk.ui.forms.ui_followup_page import Ui_FollowUpPage
from pbdesk.ui.models.followup import (
    SORT_ROLE,
    ExpensesModel,
    InstalmentsModel,
    MilestonesModel,
    ProjectColumn,
    ProjectsModel,
    UpdatesModel,
)
from pbdesk.ui.money_bar import MoneyBarDelegate
from pbdesk.ui.pages import CampaignPage
from pbdesk.ui.tasks import Task
from pbdesk.workspace.followup.projects import (
    ProjectDetail,
    add_off_vote_project,
    change_followup_status,
    list_projects,
    off_vote_candidates,
    project_detail,
    save_followup,
)
from pbdesk.workspace.followup.records import (
    PhotoView,
    delete_expense,
    delete_instalment,
    delete_milestone,
    delete_update,
    save_instalment,
    save_milestone,
)

#: Kept on photo list items: the photo's id.
PHOTO_ROLE = Qt.ItemDataRole.UserRole + 1
#: The size of the photos' thumbnails under the updates.
PAGE_THUMBNAIL = QSize(64, 40)


def _prepare(view: QTableView) -> None:
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setHighlightSections(False)


class FollowUpPage(CampaignPage):
    """Suivi des projets (phase 9).

    Signals: ``changed(int)`` after any change of the follow-up data.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_FollowUpPage()
        self.ui.setupUi(self)
        ui = self.ui
        #: The day late milestones and due dates are judged on (tests set it).
        self.today: date | None = None
        self.detail: ProjectDetail | None = None
        self._dirty = False
        self._filling = False
        #: The payment, milestone, update or expense dialog while it is open (window-modal,
        #: not blocking).
        self.dialog: RecordDialog | None = None  # type: ignore[type-arg]

        self.model = ProjectsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        table = ui.projectsView
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(ProjectColumn.NUMBER, Qt.SortOrder.AscendingOrder)
        _prepare(table)
        table.setItemDelegateForColumn(ProjectColumn.BAR, MoneyBarDelegate(table))
        header = table.horizontalHeader()
        for column in ProjectColumn:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProjectColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ProjectColumn.BAR, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(ProjectColumn.BAR, 130)
        table.selectionModel().currentRowChanged.connect(self._project_changed)

        self.instalments = InstalmentsModel(self)
        self.milestones = MilestonesModel(self)
        self.updates = UpdatesModel(self)
        self.expenses = ExpensesModel(self)
        for view, model in (
            (ui.instalmentsView, self.instalments),
            (ui.milestonesView, self.milestones),
            (ui.updatesView, self.updates),
            (ui.expensesView, self.expenses),
        ):
            view.setModel(model)
            _prepare(view)
            view.horizontalHeader().setStretchLastSection(False)
            for column in range(model.columnCount()):
                view.horizontalHeader().setSectionResizeMode(
                    column, QHeaderView.ResizeMode.ResizeToContents
                )
        ui.instalmentsView.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        ui.milestonesView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.updatesView.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ui.expensesView.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.updatesView.selectionModel().selectionChanged.connect(lambda *_: self._show_photos())
        ui.photosList.setIconSize(PAGE_THUMBNAIL)
        #: The photos listed under the updates, by id.
        self._shown_photos: dict[int, PhotoView] = {}
        #: Making the thumbnails of the selected update's photos, while it runs.
        self._thumbnail_task: Task | None = None

        # The project's detail gets most of the height (its subsidy tab fits without
        # scrolling from ~1000×700); the list above shows a few rows and can be dragged taller.
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 4)
        ui.splitter.setSizes([120, 480])
        ui.instalmentsView.setMinimumHeight(80)

        ui.statusButton.clicked.connect(self.apply_status)
        ui.saveButton.clicked.connect(self.save)
        ui.offVoteButton.clicked.connect(self.add_off_vote)
        ui.payInstalmentButton.clicked.connect(self.pay_instalment)
        ui.reachMilestoneButton.clicked.connect(self.reach_milestone)
        self._shortcut(QKeySequence.StandardKey.Save, self, self.save, children=True)
        # Each table: Insert adds through the dialog, Enter/double-click or F2 edits the
        # selected row in it, Delete removes it after asking.
        for view, add_button, edit_button, remove_button, add, edit, remove in (
            (
                ui.instalmentsView,
                ui.addInstalmentButton,
                ui.editInstalmentButton,
                ui.removeInstalmentButton,
                self.add_instalment,
                self.edit_instalment,
                self.remove_instalment,
            ),
            (
                ui.milestonesView,
                ui.addMilestoneButton,
                ui.editMilestoneButton,
                ui.removeMilestoneButton,
                self.add_milestone,
                self.edit_milestone,
                self.remove_milestone,
            ),
            (
                ui.updatesView,
                ui.addUpdateButton,
                ui.editUpdateButton,
                ui.removeUpdateButton,
                self.add_update,
                self.edit_update,
                self.remove_update,
            ),
            (
                ui.expensesView,
                ui.addExpenseButton,
                ui.editExpenseButton,
                ui.removeExpenseButton,
                self.add_expense,
                self.edit_expense,
                self.remove_expense,
            ),
        ):
            add_button.clicked.connect(add)
            edit_button.clicked.connect(edit)
            remove_button.clicked.connect(remove)
            view.activated.connect(edit)
            self._shortcut(Qt.Key.Key_F2, view, edit)
            self._shortcut(QKeySequence.StandardKey.Delete, view, remove)
        self._shortcut(Qt.Key.Key_Insert, ui.instalmentsView, self.add_instalment)
        for tab, add in (
            (ui.milestonesTab, self.add_milestone),
            (ui.updatesTab, self.add_update),
            (ui.expensesTab, self.add_expense),
        ):
            self._shortcut(Qt.Key.Key_Insert, tab, add, children=True)
        self._shortcut(Qt.Key.Key_F2, ui.photosList, self.edit_update)

        for edit in (ui.awardedEdit, ui.conventionEdit):
            edit.textEdited.connect(self._mark_dirty)
        for optional in (ui.conventionDateEdit, ui.yearEndEdit, ui.reportEdit):
            optional.changed.connect(self._mark_dirty)
        ui.progressSpin.valueChanged.connect(self._mark_dirty)
        ui.beneficiariesSpin.valueChanged.connect(self._mark_dirty)
        ui.activitiesEdit.textChanged.connect(self._mark_dirty)

        self.subsidy_errors = {
            "awarded": ui.awardedError,
            "convention_reference": ui.conventionReferenceError,
            "financial_report_received_on": ui.reportError,
            "progress": ui.progressError,
        }
        self.setFocusProxy(table)
        self._show_detail(None)

    def _shortcut(
        self,
        key: QKeySequence.StandardKey | Qt.Key,
        widget: QWidget,
        slot: Callable[[], object],
        *,
        children: bool = False,
    ) -> None:
        shortcut = QShortcut(QKeySequence(key), widget)
        shortcut.setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
            if children
            else Qt.ShortcutContext.WidgetShortcut
        )
        shortcut.activated.connect(slot)

    # -- reading ---------------------------------------------------------------------------
    def _today(self) -> date:
        return self.today or date.today()

    def load(self) -> None:
        if self.campaign_id is None:
            return
        selected = self.current_application_id()
        try:
            rows = list_projects(self.context.database, self.campaign_id, self._today())
        except DomainError as error:
            self.report(error)
            return
        self.model.set_rows(rows)
        totals = total_figures(row.money for row in rows)
        ui = self.ui
        ui.totalsBar.set_figures(totals.allocated, totals.committed, totals.paid)
        text = self.tr(
            "Allocated {allocated} · committed {committed} · paid {paid} · remaining {remaining}"
        ).format(
            allocated=format_euros(totals.allocated),
            committed=format_euros(totals.committed),
            paid=format_euros(totals.paid),
            remaining=format_euros(totals.remaining),
        )
        if totals.overspend:
            text += " · " + self.tr("overspent {amount}").format(
                amount=format_euros(totals.overspend)
            )
        ui.totalsLabel.setText(text)
        ui.projectsView.setVisible(bool(rows))
        ui.emptyLabel.setVisible(not rows)
        if rows:
            self.select_project(selected if selected is not None else rows[0].application_id)
        else:
            self._show_detail(None)

    def current_application_id(self) -> int | None:
        index = self.ui.projectsView.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        return row.application_id if row is not None else None

    def select_project(self, application_id: int) -> None:
        """Select the project in the list and show it."""
        filling, self._filling = self._filling, True
        try:
            found = self._select_row(application_id)
        finally:
            self._filling = filling
        self._show_detail(application_id if found else None)

    def _select_row(self, application_id: int) -> bool:
        for number, row in enumerate(self.model.rows()):
            if row.application_id == application_id:
                index = self.proxy.mapFromSource(self.model.index(number, 0))
                self.ui.projectsView.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return False

    def _project_changed(self) -> None:
        if self._filling:
            return
        if self._dirty and self.detail is not None:
            # The subsidy being edited belongs to the project just left: save it or not.
            left = self.detail.row.application_id
            answer = QMessageBox.question(
                self,
                self.tr("Follow-up"),
                self.tr("The subsidy of this project was changed. Save the changes?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                target = self.current_application_id()
                self._filling = True
                try:
                    self._select_row(left)
                finally:
                    self._filling = False
                if self.save() and target is not None:
                    self.select_project(target)
                return
        self._show_detail(self.current_application_id())

    def _show_detail(self, application_id: int | None) -> None:
        ui = self.ui
        detail = None
        if application_id is not None:
            try:
                detail = project_detail(self.context.database, application_id, self._today())
            except DomainError as error:
                self.report(error)
        self.detail = detail
        ui.detailGroup.setEnabled(detail is not None)
        self._filling = True
        try:
            self._fill(detail)
        finally:
            self._filling = False
        self._dirty = False

    def _fill(self, detail: ProjectDetail | None) -> None:
        ui = self.ui
        show_errors(self.subsidy_errors, {})
        for label in (
            ui.statusError,
            ui.subsidyGeneralError,
            ui.instalmentError,
            ui.milestoneError,
            ui.updateError,
        ):
            label.say("")
        if detail is None:
            ui.detailGroup.setTitle(self.tr("Project"))
            ui.projectMoneyLabel.setText("")
            ui.projectBar.set_figures(0, 0, 0)
            ui.subsidyBar.set_figures(0, 0, 0)
            ui.instalmentTotalLabel.setText("")
            for model in (self.instalments, self.milestones, self.updates, self.expenses):
                model.set_rows([])
            ui.photosList.clear()
            ui.statusCombo.clear()
            return
        row = detail.row
        ui.detailGroup.setTitle(
            self.tr("{number}. {title}").format(number=row.number, title=row.title)
        )
        money = row.money
        text = self.tr(
            "Allocated {allocated} · committed {committed} · paid {paid} · remaining {remaining}"
        ).format(
            allocated=format_euros(money.allocated),
            committed=format_euros(money.committed),
            paid=format_euros(money.paid),
            remaining=format_euros(money.remaining),
        )
        if money.overspent:
            text += " · " + self.tr("overspent {amount}").format(
                amount=format_euros(money.overspend)
            )
        ui.projectMoneyLabel.setText(text)
        ui.projectBar.set_figures(money.allocated, money.committed, money.paid)
        ui.statusCombo.clear()
        ui.statusCombo.addItem(row.status.label, row.status.value)
        for status in allowed_statuses(row.status, off_vote=row.off_vote):
            ui.statusCombo.addItem(status.label, status.value)
        ui.reasonEdit.setText(row.status_reason)

        ui.awardedEdit.setText(format_euros_plain(detail.awarded_cents))
        ui.conventionEdit.setText(detail.convention_reference)
        ui.conventionDateEdit.setValue(detail.convention_on)
        ui.yearEndEdit.setValue(detail.financial_year_end)
        ui.reportEdit.setValue(detail.financial_report_received_on)
        due = row.financial_report_due
        if due is None:
            ui.reportDueValue.setText("—")
        elif row.financial_report_overdue(self._today()):
            ui.reportDueValue.setText(self.tr("{date} — overdue").format(date=format_date(due)))
        else:
            ui.reportDueValue.setText(format_date(due))
        ui.progressSpin.setValue(row.progress)
        ui.beneficiariesSpin.setValue(-1 if detail.beneficiaries is None else detail.beneficiaries)
        ui.activitiesEdit.setPlainText(detail.activities)

        self.instalments.set_rows(detail.instalments)
        self._show_subsidy_payments(detail)
        self.milestones.set_rows(detail.milestones)
        self.updates.set_rows(detail.updates)
        self.expenses.set_rows(detail.expenses)
        count = len(detail.expenses)
        if count == 0:
            expenses = self.tr("No expense yet")
        elif count == 1:
            expenses = self.tr("1 expense, {amount}")
        else:
            expenses = self.tr("{count} expenses, {amount}")
        ui.expenseTotalLabel.setText(
            expenses.format(count=count, amount=format_euros(money.committed))
        )
        self._show_photos()

    def _show_subsidy_payments(self, detail: ProjectDetail) -> None:
        """The payments' totals against the subsidy awarded, in words and as a bar."""
        planned = sum(i.planned_cents for i in detail.instalments)
        paid = sum(i.paid_cents for i in detail.instalments if i.paid)
        self.ui.instalmentTotalLabel.setText(
            self.tr("paid {paid} of {awarded} · planned {planned}").format(
                paid=format_euros(paid),
                awarded=format_euros(detail.awarded_cents),
                planned=format_euros(planned),
            )
        )
        self.ui.subsidyBar.set_figures(detail.awarded_cents, max(planned, paid), paid)

    def _show_photos(self) -> None:
        """The selected update's photos; their thumbnails come from the cache, those not
        made yet are made off the GUI thread and shown when ready."""
        ui = self.ui
        ui.photosList.clear()
        self._shown_photos = {}
        if self._thumbnail_task is not None:
            # Another update was selected: stop after the photo being read.
            self._thumbnail_task.cancel()
            self._thumbnail_task = None
        update = self._current(ui.updatesView, self.updates)
        if update is None:
            return
        for photo in update.photos:
            item = QListWidgetItem(photo.caption or photo.filename)
            item.setData(PHOTO_ROLE, photo.id)
            item.setToolTip(photo.filename)
            self._shown_photos[photo.id] = photo
            ui.photosList.addItem(item)
        self._show_thumbnails()
        self._load_thumbnails()

    def _load_thumbnails(self) -> None:
        """Make the thumbnails missing from the photos shown, off the GUI thread."""
        task = load_thumbnails(
            self.context.database, list(self._shown_photos.values()), PAGE_THUMBNAIL, self
        )
        if task is not None:
            task.succeeded.connect(lambda _made: self._thumbnails_made(task))
            task.failed.connect(lambda _error: self._thumbnails_made(task, again=False))
            self._thumbnail_task = task

    def _thumbnails_made(self, task: Task, *, again: bool = True) -> None:
        if task is self._thumbnail_task:
            self._thumbnail_task = None
        self._show_thumbnails()
        if again and self._thumbnail_task is None:
            # Photos left by a task stopped for another update, if they are shown again.
            self._load_thumbnails()

    def _show_thumbnails(self) -> None:
        """Put on the photos shown the thumbnails made so far."""
        photos_list = self.ui.photosList
        for row in range(photos_list.count()):
            item = photos_list.item(row)
            photo = self._shown_photos.get(item.data(PHOTO_ROLE))
            if photo is None or not item.icon().isNull():
                continue
            picture = cached_thumbnail(self.context.database, photo, PAGE_THUMBNAIL)
            if picture is not None and not picture.isNull():
                item.setIcon(QIcon(picture))

    @staticmethod
    def _current(view: QTableView, model):  # type: ignore[no-untyped-def]
        index = view.currentIndex()
        if not index.isValid() or not view.selectionModel().hasSelection():
            return None
        return model.row_at(index.row())

    # -- writing ---------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        if not self._filling:
            self._dirty = True

    def _done(self) -> None:
        """After a change: show the list and the project again, tell the window."""
        assert self.campaign_id is not None
        self._dirty = False
        self.load()
        self.changed.emit(self.campaign_id)

    def _run(self, action: Callable[[], object], error_label=None) -> bool:  # type: ignore[no-untyped-def]
        try:
            action()
        except ValidationError as error:
            if error_label is not None:
                error_label.say(error.message)
            else:
                self.report(error)
            return False
        except DomainError as error:
            self.report(error)
            return False
        self._done()
        return True

    def subsidy_input(self) -> FollowUpInput:
        ui = self.ui
        beneficiaries = ui.beneficiariesSpin.value()
        return FollowUpInput(
            awarded=ui.awardedEdit.text(),
            convention_reference=ui.conventionEdit.text(),
            convention_on=ui.conventionDateEdit.value(),
            financial_year_end=ui.yearEndEdit.value(),
            financial_report_received_on=ui.reportEdit.value(),
            progress=ui.progressSpin.value(),
            beneficiaries=None if beneficiaries < 0 else beneficiaries,
            activities_count=self.detail.activities_count if self.detail else None,
            activities=ui.activitiesEdit.toPlainText(),
            notes=self.detail.notes if self.detail else "",
        )

    def save(self) -> bool:
        """Save the subsidy tab (Ctrl+S); errors are said next to the fields."""
        if self.detail is None:
            return True
        application_id = self.detail.row.application_id
        try:
            save_followup(
                self.context.database, application_id, self.subsidy_input(), self.context.author()
            )
        except ValidationError as error:
            unplaced = show_errors(self.subsidy_errors, error.errors)
            self.ui.subsidyGeneralError.say(" ".join(unplaced))
            return False
        except DomainError as error:
            self.report(error)
            return False
        self._done()
        return True

    def maybe_leave(self) -> bool:
        if not self._dirty or self.detail is None:
            return True
        return self.save_or_discard(
            self.tr("Follow-up"),
            self.tr("The subsidy of this project was changed. Save the changes?"),
            self.save,
            lambda: self._show_detail(self.current_application_id()),
        )

    def apply_status(self) -> None:
        if self.detail is None:
            return
        status = FollowUpStatus(self.ui.statusCombo.currentData())
        application_id = self.detail.row.application_id
        self._run(
            lambda: change_followup_status(
                self.context.database,
                application_id,
                status,
                self.ui.reasonEdit.text(),
                self.context.author(),
            ),
            self.ui.statusError,
        )

    def add_off_vote(self) -> None:
        if self.campaign_id is None:
            return
        candidates = off_vote_candidates(self.context.database, self.campaign_id)
        if not candidates:
            self.report(DomainError(self.tr("Every application is already followed.")))
            return
        labels = [f"{number}. {title}" for _, number, title in candidates]
        choice, ok = QInputDialog.getItem(
            self,
            self.tr("Carried out outside the vote"),
            self.tr("Project not chosen by the vote but carried out:"),
            labels,
            0,
            False,
        )
        if not ok:
            return
        application_id = candidates[labels.index(choice)][0]
        if self._run(
            lambda: add_off_vote_project(
                self.context.database, application_id, self.context.author()
            )
        ):
            self.select_project(application_id)

    def add_instalment(self) -> None:
        """Plan a payment of the subsidy (Insert)."""
        self._open(
            self._project_dialog(InstalmentDialog, None), self.ui.instalmentsView, self.instalments
        )

    def edit_instalment(self) -> None:
        """Correct the selected payment (Enter, F2)."""
        instalment = self._current(self.ui.instalmentsView, self.instalments)
        if instalment is not None:
            self._open(
                self._project_dialog(InstalmentDialog, instalment),
                self.ui.instalmentsView,
                self.instalments,
            )

    def pay_instalment(self) -> None:
        instalment = self._current(self.ui.instalmentsView, self.instalments)
        if self.detail is None or instalment is None or instalment.paid:
            return
        data = InstalmentInput(
            planned_on=instalment.planned_on,
            planned=format_euros_plain(instalment.planned_cents),
            paid_on=self._today(),
            label=instalment.label,
        )
        application_id = self.detail.row.application_id
        self._run(
            lambda: save_instalment(
                self.context.database, application_id, data, self.context.author(), instalment.id
            ),
            self.ui.instalmentError,
        )

    def remove_instalment(self) -> None:
        instalment = self._current(self.ui.instalmentsView, self.instalments)
        if instalment is None:
            return
        if self.confirm(
            self.tr("Remove a payment"),
            self.tr("Remove the payment of {amount}?").format(
                amount=format_euros(instalment.planned_cents or instalment.paid_cents)
            ),
        ):
            self._run(
                lambda: delete_instalment(
                    self.context.database, instalment.id, self.context.author()
                )
            )

    def add_milestone(self) -> None:
        """Add a milestone (Insert)."""
        self._open(
            self._project_dialog(MilestoneDialog, None), self.ui.milestonesView, self.milestones
        )

    def edit_milestone(self) -> None:
        """Correct the selected milestone (Enter, F2)."""
        milestone = self._current(self.ui.milestonesView, self.milestones)
        if milestone is not None:
            self._open(
                self._project_dialog(MilestoneDialog, milestone),
                self.ui.milestonesView,
                self.milestones,
            )

    def reach_milestone(self) -> None:
        milestone = self._current(self.ui.milestonesView, self.milestones)
        if self.detail is None or milestone is None:
            return
        data = MilestoneInput(
            milestone.title, milestone.planned_on, self._today(), MilestoneStatus.DONE
        )
        application_id = self.detail.row.application_id
        self._run(
            lambda: save_milestone(
                self.context.database, application_id, data, self.context.author(), milestone.id
            ),
            self.ui.milestoneError,
        )

    def remove_milestone(self) -> None:
        milestone = self._current(self.ui.milestonesView, self.milestones)
        if milestone is None:
            return
        if self.confirm(
            self.tr("Remove a milestone"),
            self.tr("Remove the milestone «{title}»?").format(title=milestone.title),
        ):
            self._run(
                lambda: delete_milestone(self.context.database, milestone.id, self.context.author())
            )

    def add_update(self) -> None:
        """Write an update, with photos (Insert)."""
        self._open(
            self._project_dialog(ProjectUpdateDialog, None), self.ui.updatesView, self.updates
        )

    def edit_update(self) -> None:
        """Correct the selected update, its photos and their captions (Enter, F2)."""
        update = self._current(self.ui.updatesView, self.updates)
        if update is not None:
            self._open(
                self._project_dialog(ProjectUpdateDialog, update), self.ui.updatesView, self.updates
            )

    def remove_update(self) -> None:
        update = self._current(self.ui.updatesView, self.updates)
        if update is None:
            return
        if not self.confirm(
            self.tr("Remove an update"),
            self.tr("Remove the update of {date} and its photos?").format(
                date=format_date(update.dated_on)
            ),
        ):
            return
        if self._run(
            lambda: delete_update(self.context.database, update.id, self.context.author())
        ):
            forget_thumbnails(self.context.database, (photo.id for photo in update.photos))

    def add_expense(self) -> None:
        """Record an expense (Insert)."""
        self._open(self._project_dialog(ExpenseDialog, None), self.ui.expensesView, self.expenses)

    def edit_expense(self) -> None:
        """Correct the selected expense (Enter, F2)."""
        expense = self._current(self.ui.expensesView, self.expenses)
        if expense is not None:
            self._open(
                self._project_dialog(ExpenseDialog, expense), self.ui.expensesView, self.expenses
            )

    def _project_dialog(self, kind: type[RecordDialog], record: object) -> RecordDialog | None:  # type: ignore[type-arg]
        """The dialog adding (``record`` None) or correcting a record of the selected project:
        instalment, milestone, update or expense dialogs share this signature."""
        if self.detail is None or self.campaign_id is None:
            return None
        return kind(  # type: ignore[call-arg]
            self.context.database,
            self.campaign_id,
            self.detail.row.application_id,
            self.context.author(),
            record,
            self,
            self.today,
        )

    def _open(
        self,
        dialog: RecordDialog | None,  # type: ignore[type-arg]
        view: QTableView,
        model,  # type: ignore[no-untyped-def]
    ) -> None:
        """Show a record dialog (one at a time); once it saved, show the project again with
        the saved row selected in ``view``."""
        if dialog is None:
            return
        if self.dialog is not None:
            dialog.deleteLater()
            return
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_finished(view, model))
        dialog.open()

    def _dialog_finished(self, view: QTableView, model) -> None:  # type: ignore[no-untyped-def]
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if dialog.saved is not None:
            self._done()
            for number, row in enumerate(model.rows()):
                if row.id == dialog.saved.id:
                    view.selectRow(number)
                    break
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_expense(self) -> None:
        expense = self._current(self.ui.expensesView, self.expenses)
        if expense is None:
            return
        if self.confirm(
            self.tr("Remove an expense"),
            self.tr("Remove the expense «{label}» of {amount}?").format(
                label=expense.label, amount=format_euros(expense.amount_cents)
            ),
        ):
            self._run(
                lambda: delete_expense(self.context.database, expense.id, self.context.author())
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.refresh()
        super().changeEvent(event)
