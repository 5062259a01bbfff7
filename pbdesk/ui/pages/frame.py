"""The campaign frame (Cadre): name, envelope, territories and rules; also creates campaigns."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QWidget,
)

from pbdesk.domain.campaign import (
    CallKind,
    CoreGroupKind,
    DecisionMode,
    FrameInput,
    TerritoryInput,
    slugify,
)
from pbdesk.domain.errors import DomainError, ValidationError
from pbdesk.domain.money import format_euros, format_euros_plain, parse_euros
from pbdesk.ui.context import AppContext
from pbdesk.ui.fields import ErrorLabel, show_errors
from pbdesk.ui.forms.ui_frame_page import Ui_FramePage
from pbdesk.ui.models.territories import COMMUNE, NAME, POSTCODE, QPV_CODE, TerritoriesModel
from pbdesk.ui.pages import CampaignPage
from pbdesk.ui.shortcuts import add_shortcut
from pbdesk.workspace.campaigns import create_campaign, get_frame, save_frame
from pbdesk.workspace.views import FrameView

SLUG_MAX = 60


def suggested_slug(name: str, year: int) -> str:
    """The short name a campaign gets from its name: ``Air Bel`` in 2021 → ``air-bel-2021``."""
    base = slugify(name)
    if not base or str(year) in name:
        return base
    return f"{base[: SLUG_MAX - 5].strip('-')}-{year}"


def _is_territory_key(key: str) -> bool:
    return key == "territories" or key.startswith("territory.")


class FramePage(CampaignPage):
    """Edit a campaign's frame, or fill in the frame of a new campaign (``start_new``).

    Signals: ``changed(int)`` — the frame of that campaign was saved (or it was created);
    ``created(int)`` — a new campaign was created with this id;
    ``status_message(str)`` — a short sentence for the main window's status bar.
    """

    created = Signal(int)
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_FramePage()
        self.ui.setupUi(self)
        self.territories = TerritoriesModel(self)
        self._version: int | None = None
        self._baseline: FrameInput | None = None
        self._slug_follows_name = True
        self._filling = False

        self._setup_combos()
        self._setup_table()
        self._error_labels: dict[str, ErrorLabel] = {
            "name": self.ui.nameError,
            "year": self.ui.yearError,
            "slug": self.ui.slugError,
            "envelope": self.ui.envelopeError,
            "dates": self.ui.datesError,
            "vote_on": self.ui.voteError,
        }
        self._connect()
        self._fill_new()

    # -- set-up ---------------------------------------------------------------------------

    def _setup_combos(self) -> None:
        for kind in CallKind:
            self.ui.callCombo.addItem(kind.label, kind.value)
        for group in CoreGroupKind:
            self.ui.coreGroupCombo.addItem(group.label, group.value)
        for mode in DecisionMode:
            self.ui.decisionCombo.addItem(mode.label, mode.value)

    def _setup_table(self) -> None:
        view = self.ui.territoriesView
        view.setModel(self.territories)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(POSTCODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COMMUNE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QPV_CODE, QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.add_territory),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_territory),
            (QKeySequence("Alt+Up"), self.move_territory_up),
            (QKeySequence("Alt+Down"), self.move_territory_down),
        ):
            add_shortcut(keys, view, slot)
        add_shortcut(QKeySequence.StandardKey.Save, self, self.save)

    def _connect(self) -> None:
        ui = self.ui
        ui.nameEdit.textChanged.connect(self._follow_name)
        ui.yearSpin.valueChanged.connect(self._follow_name)
        ui.slugEdit.textEdited.connect(self._slug_edited)
        ui.envelopeEdit.textChanged.connect(self._show_envelope)
        ui.decisionCombo.currentIndexChanged.connect(self._decision_changed)
        for signal, label in (
            (ui.nameEdit.textChanged, ui.nameError),
            (ui.yearSpin.valueChanged, ui.yearError),
            (ui.slugEdit.textChanged, ui.slugError),
            (ui.envelopeEdit.textChanged, ui.envelopeError),
            (ui.startEdit.changed, ui.datesError),
            (ui.endEdit.changed, ui.datesError),
            (ui.voteEdit.changed, ui.voteError),
            (ui.decisionCombo.currentIndexChanged, ui.voteError),
        ):
            signal.connect(lambda *_, label=label: label.say(""))
        for signal in (
            ui.nameEdit.textChanged,
            ui.yearSpin.valueChanged,
            ui.slugEdit.textChanged,
            ui.envelopeEdit.textChanged,
            ui.themeEdit.textChanged,
            ui.aimsEdit.textChanged,
            ui.callCombo.currentIndexChanged,
            ui.coreGroupCombo.currentIndexChanged,
            ui.decisionCombo.currentIndexChanged,
            ui.startEdit.changed,
            ui.endEdit.changed,
            ui.voteEdit.changed,
            self.territories.dataChanged,
            self.territories.rowsInserted,
            self.territories.rowsRemoved,
            self.territories.rowsMoved,
            self.territories.modelReset,
        ):
            signal.connect(self._edited)
        self.territories.rowsInserted.connect(self._update_territory_buttons)
        self.territories.rowsRemoved.connect(self._update_territory_buttons)
        self.territories.rowsMoved.connect(self._update_territory_buttons)
        self.territories.modelReset.connect(self._update_territory_buttons)
        selection = self.ui.territoriesView.selectionModel()
        selection.currentChanged.connect(self._update_territory_buttons)
        ui.addTerritoryButton.clicked.connect(self.add_territory)
        ui.removeTerritoryButton.clicked.connect(self.remove_territory)
        ui.moveUpButton.clicked.connect(self.move_territory_up)
        ui.moveDownButton.clicked.connect(self.move_territory_down)
        ui.revertButton.clicked.connect(self.revert)
        ui.saveButton.clicked.connect(self.save)

    # -- showing a frame ------------------------------------------------------------------

    def load(self) -> None:
        """Read the campaign's frame from the workspace and show it, dropping unsaved edits."""
        if self.campaign_id is None:
            self._fill_new()
            return
        try:
            frame = get_frame(self.context.database, self.campaign_id)
        except DomainError as error:
            self.report(error)
            return
        self._fill_frame(frame)

    def refresh(self) -> None:
        # Another page changed something: keep the user's unsaved edits rather than lose them.
        if not self.is_dirty():
            super().refresh()

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self._fill_new()

    def start_new(self) -> None:
        """Clear the form for a new campaign; saving then creates it."""
        self.campaign_id = None
        self._fill_new()
        self.ui.scrollArea.verticalScrollBar().setValue(0)
        self.ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_new(self) -> None:
        year = date.today().year
        self._version = None
        self._fill(
            FrameInput(
                name="",
                year=year,
                slug="",
                envelope="",
                territories=[TerritoryInput(name="")],
                call_kind=CallKind.AAP,
                core_group_kind=CoreGroupKind.VOLUNTEERS,
                decision_mode=DecisionMode.VOTE,
            ),
            sample=False,
        )
        self._slug_follows_name = True
        self.ui.titleLabel.setText(self.tr("New campaign"))
        self.ui.saveButton.setText(self.tr("Create the campaign"))
        self.ui.saveButton.setToolTip(self.tr("Create the campaign with this frame (Ctrl+S)."))
        self._mark_clean()

    def _fill_frame(self, frame: FrameView) -> None:
        self._version = frame.version
        self._fill(
            FrameInput(
                name=frame.name,
                year=frame.year,
                slug=frame.slug,
                envelope=format_euros_plain(frame.envelope_cents),
                territories=[
                    TerritoryInput(t.name, t.postcode, t.commune, t.qpv_code, t.uuid)
                    for t in frame.territories
                ],
                theme=frame.theme,
                aims=frame.aims,
                call_kind=CallKind(frame.call_kind),
                core_group_kind=CoreGroupKind(frame.core_group_kind),
                decision_mode=DecisionMode(frame.decision_mode),
                starts_on=frame.starts_on,
                ends_on=frame.ends_on,
                vote_on=frame.vote_on,
            ),
            sample=frame.is_sample,
        )
        self._slug_follows_name = frame.slug == suggested_slug(frame.name, frame.year)
        self.ui.titleLabel.setText(frame.name)
        self.ui.saveButton.setText(self.tr("Save"))
        self.ui.saveButton.setToolTip(self.tr("Save the frame (Ctrl+S)."))
        self._mark_clean()

    def _fill(self, data: FrameInput, *, sample: bool) -> None:
        ui = self.ui
        self._filling = True
        try:
            ui.nameEdit.setText(data.name)
            ui.yearSpin.setValue(data.year)
            ui.slugEdit.setText(data.slug)
            ui.envelopeEdit.setText(data.envelope)
            ui.themeEdit.setText(data.theme)
            ui.aimsEdit.setPlainText(data.aims)
            self.territories.set_territories(data.territories)
            for combo, value in (
                (ui.callCombo, data.call_kind.value),
                (ui.coreGroupCombo, data.core_group_kind.value),
                (ui.decisionCombo, data.decision_mode.value),
            ):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            ui.startEdit.setValue(data.starts_on)
            ui.endEdit.setValue(data.ends_on)
            ui.voteEdit.setValue(data.vote_on)
            self._decision_changed()
            ui.sampleLabel.setVisible(sample)
        finally:
            self._filling = False
        self._clear_errors()
        ui.statusLabel.clear()
        if self.territories.rowCount():
            ui.territoriesView.setCurrentIndex(self.territories.index(0, NAME))
        self._update_territory_buttons()

    # -- reading the form -----------------------------------------------------------------

    def frame_input(self) -> FrameInput:
        """What the form holds, as the domain's input (texts exactly as typed)."""
        ui = self.ui
        return FrameInput(
            name=ui.nameEdit.text(),
            year=ui.yearSpin.value(),
            slug=ui.slugEdit.text(),
            envelope=ui.envelopeEdit.text(),
            territories=self.territories.territories(),
            theme=ui.themeEdit.text(),
            aims=ui.aimsEdit.toPlainText(),
            call_kind=CallKind(ui.callCombo.currentData()),
            core_group_kind=CoreGroupKind(ui.coreGroupCombo.currentData()),
            decision_mode=DecisionMode(ui.decisionCombo.currentData()),
            starts_on=ui.startEdit.value(),
            ends_on=ui.endEdit.value(),
            vote_on=ui.voteEdit.value(),
        )

    def _snapshot(self) -> FrameInput:
        """The form for comparison: ``95000`` and ``95 000`` are the same envelope."""
        data = self.frame_input()
        try:
            return replace(data, envelope=str(parse_euros(data.envelope)))
        except DomainError:
            return data

    # -- unsaved changes ------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._baseline is not None and self._snapshot() != self._baseline

    def _mark_clean(self) -> None:
        self._baseline = self._snapshot()
        self._update_buttons()

    def _edited(self, *_: object) -> None:
        if self._filling:
            return
        self.ui.statusLabel.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.ui.revertButton.setEnabled(dirty)
        self.ui.saveButton.setEnabled(dirty or self.campaign_id is None)

    def maybe_leave(self) -> bool:
        """Ask what to do with unsaved edits; False means stay on the page."""
        if not self.is_dirty():
            return True
        if self.campaign_id is None:
            question = self.tr("The new campaign has not been created yet. Create it now?")
        else:
            question = self.tr("The frame has unsaved changes. Save them?")
        return self.save_or_discard(self.tr("Unsaved changes"), question, self.save, self.revert)

    def revert(self) -> None:
        """Forget the edits: show the frame as last saved (or a blank new campaign)."""
        self.load()

    # -- live behaviour -------------------------------------------------------------------

    def _follow_name(self, *_: object) -> None:
        if self._filling or not self._slug_follows_name:
            return
        self.ui.slugEdit.setText(suggested_slug(self.ui.nameEdit.text(), self.ui.yearSpin.value()))

    def _slug_edited(self, text: str) -> None:
        suggestion = suggested_slug(self.ui.nameEdit.text(), self.ui.yearSpin.value())
        self._slug_follows_name = not text.strip() or text == suggestion

    def _show_envelope(self, text: str) -> None:
        try:
            self.ui.envelopePreview.setText(format_euros(parse_euros(text, allow_zero=False)))
        except DomainError:
            self.ui.envelopePreview.clear()

    def _decision_changed(self, *_: object) -> None:
        without_vote = self.ui.decisionCombo.currentData() == DecisionMode.DESIGNATION.value
        if without_vote:
            self.ui.voteEdit.setValue(None)
        self.ui.voteEdit.setEnabled(not without_vote)
        self.ui.voteLabel.setEnabled(not without_vote)

    # -- territories ----------------------------------------------------------------------

    def _current_row(self) -> int:
        index = self.ui.territoriesView.currentIndex()
        return index.row() if index.isValid() else -1

    def _update_territory_buttons(self, *_: object) -> None:
        row, count = self._current_row(), self.territories.rowCount()
        self.ui.removeTerritoryButton.setEnabled(0 <= row < count)
        self.ui.moveUpButton.setEnabled(0 < row < count)
        self.ui.moveDownButton.setEnabled(0 <= row < count - 1)

    def _select_territory(self, row: int, column: int = NAME) -> QModelIndex:
        view = self.ui.territoriesView
        index = self.territories.index(row, column)
        view.setCurrentIndex(index)
        view.scrollTo(index)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        return index

    def add_territory(self) -> None:
        """Append an empty territory and start typing its name."""
        row = self.territories.insert_territory()
        self.ui.territoriesView.edit(self._select_territory(row))

    def remove_territory(self) -> None:
        row = self._current_row()
        if not 0 <= row < self.territories.rowCount():
            return
        if not self.territories.is_blank(row):
            name = self.territories.index(row, NAME).data() or self.tr("row {number}").format(
                number=row + 1
            )
            if not self.confirm(
                self.tr("Remove a territory"),
                self.tr(
                    "Remove «{name}» from the territories? It is gone for good once you save."
                ).format(name=name),
            ):
                return
        column = max(0, self.ui.territoriesView.currentIndex().column())
        self.territories.remove_territory(row)
        if self.territories.rowCount():
            self._select_territory(min(row, self.territories.rowCount() - 1), column)

    def move_territory_up(self) -> None:
        self._move_territory(-1)

    def move_territory_down(self) -> None:
        self._move_territory(+1)

    def _move_territory(self, step: int) -> None:
        index = self.ui.territoriesView.currentIndex()
        if index.isValid() and self.territories.move_territory(index.row(), index.row() + step):
            self._select_territory(index.row() + step, index.column())

    def _commit_table_editor(self) -> None:
        """A cell still being typed in counts: hand its text to the model before saving."""
        view = self.ui.territoriesView
        if view.state() != QAbstractItemView.State.EditingState:
            return  # no cell open (a closed editor may still hold the focus until deleted)
        editor = QApplication.focusWidget()
        if editor is not None and view.viewport().isAncestorOf(editor):
            view.itemDelegate().commitData.emit(editor)

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Validate and store the frame (or create the campaign); True when it was saved."""
        self._commit_table_editor()
        data = self.frame_input()
        author = self.context.author()
        try:
            if self.campaign_id is None:
                new_id = create_campaign(self.context.database, data, author)
            else:
                assert self._version is not None
                save_frame(
                    self.context.database, self.campaign_id, data, author, version=self._version
                )
        except ValidationError as error:
            self._show_errors(error.errors)
            return False
        except DomainError as error:
            self._clear_errors()
            self.report(error)
            return False

        if self.campaign_id is None:
            self.campaign_id = new_id
            self.load()
            self._say(self.tr("Campaign created."))
            self.created.emit(new_id)
        else:
            self.load()
            self._say(self.tr("Saved."))
        self.changed.emit(self.campaign_id)
        return True

    def _say(self, message: str) -> None:
        self.ui.statusLabel.setText(message)
        self.status_message.emit(message)

    def _clear_errors(self) -> None:
        show_errors(self._error_labels, {})
        self.ui.territoriesError.say("")
        self.ui.formError.say("")
        self.territories.set_errors({})

    def _show_errors(self, errors: dict[str, str]) -> None:
        """Each sentence under its field; the first wrong field gets the focus."""
        territory_errors = {k: m for k, m in errors.items() if _is_territory_key(k)}
        unplaced = show_errors(
            self._error_labels,
            {k: m for k, m in errors.items() if not _is_territory_key(k)},
        )
        self.ui.territoriesError.say("\n".join(territory_errors.values()))
        self.territories.set_errors(territory_errors)
        summary = self.tr("Nothing was saved: correct what is shown in red.")
        self.ui.formError.say(" ".join([summary, *unplaced]))
        self.status_message.emit(summary)
        self._focus_first_error(errors)

    def _focus_first_error(self, errors: dict[str, str]) -> None:
        ui = self.ui
        order: list[tuple[str, QWidget]] = [
            ("name", ui.nameEdit),
            ("year", ui.yearSpin),
            ("slug", ui.slugEdit),
            ("envelope", ui.envelopeEdit),
            ("territor", ui.territoriesView),
            ("dates", ui.endEdit),
            ("vote_on", ui.voteEdit),
        ]
        for prefix, widget in order:
            keys = [key for key in errors if key.startswith(prefix)]
            if not keys:
                continue
            if widget is ui.territoriesView:
                self._focus_territory_error(keys[0])
            else:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            ui.scrollArea.ensureWidgetVisible(widget)
            return

    def _focus_territory_error(self, key: str) -> None:
        parts = key.split(".")
        columns = {"name": NAME, "postcode": POSTCODE, "qpv_code": QPV_CODE}
        if len(parts) == 3 and parts[1].isdigit() and parts[2] in columns:
            row = int(parts[1]) - 1
            if 0 <= row < self.territories.rowCount():
                self._select_territory(row, columns[parts[2]])
                return
        self.ui.territoriesView.setFocus(Qt.FocusReason.OtherFocusReason)
