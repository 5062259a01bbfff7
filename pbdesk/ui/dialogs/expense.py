"""Recording or changing one expense (dépense) of a followed project."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from pbdesk.domain.followup import ExpenseInput, ExpenseState
from pbdesk.domain.money import format_euros_plain
from pbdesk.store.database import Database
from pbdesk.ui.dialogs import RecordDialog
from pbdesk.ui.fields import fit_height, from_qdate, to_qdate
from pbdesk.ui.forms.ui_expense_dialog import Ui_ExpenseDialog
from pbdesk.workspace.followup.projects import project_detail
from pbdesk.workspace.followup.records import ExpenseView, save_expense


class ExpenseDialog(RecordDialog[ExpenseView]):
    """Adds (``expense`` None) or edits an expense of the project ``application_id`` and
    saves it on OK; refusals are said next to the fields and the dialog stays open.

    After ``accepted``, ``saved`` holds the stored expense.
    """

    ui: Ui_ExpenseDialog

    def __init__(
        self,
        database: Database,
        campaign_id: int,
        application_id: int,
        author: str,
        expense: ExpenseView | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(Ui_ExpenseDialog(), database, campaign_id, expense, parent)
        self.application_id = application_id
        self.author = author
        ui = self.ui
        self.error_labels = {
            "spent_on": ui.spentOnError,
            "amount": ui.amountError,
            "label": ui.labelError,
            "payee": ui.payeeError,
            "reference": ui.referenceError,
        }
        self.fields = {
            "spent_on": ui.dateEdit,
            "amount": ui.amountEdit,
            "label": ui.labelEdit,
            "payee": ui.payeeEdit,
            "reference": ui.referenceEdit,
        }
        if expense is None:
            self.setWindowTitle(self.tr("New expense"))
            ui.dateEdit.setDate(to_qdate(today) if today else QDate.currentDate())
        else:
            self.setWindowTitle(self.tr("Edit an expense"))
            ui.dateEdit.setDate(to_qdate(expense.spent_on))
            ui.amountEdit.setText(format_euros_plain(expense.amount_cents))
            ui.labelEdit.setText(expense.label)
            ui.payeeEdit.setText(expense.payee)
            ui.referenceEdit.setText(expense.reference)
            ui.paidRadio.setChecked(expense.state is ExpenseState.PAID)
        ui.amountEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_height(self)

    def expense_input(self) -> ExpenseInput:
        ui = self.ui
        return ExpenseInput(
            spent_on=from_qdate(ui.dateEdit.date()),
            amount=ui.amountEdit.text(),
            label=ui.labelEdit.text(),
            payee=ui.payeeEdit.text(),
            reference=ui.referenceEdit.text(),
            state=ExpenseState.PAID if ui.paidRadio.isChecked() else ExpenseState.COMMITTED,
        )

    def store(self) -> ExpenseView:
        expense_id = save_expense(
            self.database, self.application_id, self.expense_input(), self.author, self.record_id
        )
        detail = project_detail(self.database, self.application_id)
        return next(e for e in detail.expenses if e.id == expense_id)
