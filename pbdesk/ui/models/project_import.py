"""The tables of the import dialog: what happens per kind of record, and the conflicts side by
side (one line per differing field, the version kept chosen per record)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from pbdesk.domain.money import format_euros
from pbdesk.exchange.gui_support import KindCounts
from pbdesk.exchange.plan import Conflict, label_of
from pbdesk.i18n import QT_TRANSLATE_NOOP, translate
from pbdesk.ui.models import ModelIndex, RowsModel

#: Kinds of records, by table, as the user names them (plural).
_KINDS = {
    "campaign": QT_TRANSLATE_NOOP("RecordKind", "campaign"),
    "holder": QT_TRANSLATE_NOOP("RecordKind", "project holders"),
    "call": QT_TRANSLATE_NOOP("RecordKind", "call"),
    "checklist_item": QT_TRANSLATE_NOOP("RecordKind", "checklist items"),
    "journal_entry": QT_TRANSLATE_NOOP("RecordKind", "journal lines"),
    "meeting": QT_TRANSLATE_NOOP("RecordKind", "meetings"),
    "person": QT_TRANSLATE_NOOP("RecordKind", "people (team, core group)"),
    "phase_state": QT_TRANSLATE_NOOP("RecordKind", "phases"),
    "territory": QT_TRANSLATE_NOOP("RecordKind", "territories"),
    "tie_draw": QT_TRANSLATE_NOOP("RecordKind", "tie draws"),
    "vote": QT_TRANSLATE_NOOP("RecordKind", "vote settings"),
    "application": QT_TRANSLATE_NOOP("RecordKind", "applications"),
    "polling_station": QT_TRANSLATE_NOOP("RecordKind", "polling stations"),
    "reviewer": QT_TRANSLATE_NOOP("RecordKind", "reviewers"),
    "stake": QT_TRANSLATE_NOOP("RecordKind", "stakes"),
    "territory_envelope": QT_TRANSLATE_NOOP("RecordKind", "envelopes by territory"),
    "vote_result": QT_TRANSLATE_NOOP("RecordKind", "vote results"),
    "application_stake": QT_TRANSLATE_NOOP("RecordKind", "stakes of applications"),
    "attachment": QT_TRANSLATE_NOOP("RecordKind", "attachments"),
    "ballot_code": QT_TRANSLATE_NOOP("RecordKind", "ballot codes"),
    "ballot_stack": QT_TRANSLATE_NOOP("RecordKind", "ballot stacks"),
    "budget_line": QT_TRANSLATE_NOOP("RecordKind", "budget lines"),
    "criterion": QT_TRANSLATE_NOOP("RecordKind", "review criteria"),
    "designation": QT_TRANSLATE_NOOP("RecordKind", "designations"),
    "direct_count": QT_TRANSLATE_NOOP("RecordKind", "direct counts"),
    "direct_count_line": QT_TRANSLATE_NOOP("RecordKind", "direct count lines"),
    "review": QT_TRANSLATE_NOOP("RecordKind", "reviews"),
    "review_assignment": QT_TRANSLATE_NOOP("RecordKind", "review assignments"),
    "review_value": QT_TRANSLATE_NOOP("RecordKind", "review values"),
    "sign_in": QT_TRANSLATE_NOOP("RecordKind", "sign-in register entries"),
    "sign_in_count": QT_TRANSLATE_NOOP("RecordKind", "sign-in counts"),
    "station_reconciliation": QT_TRANSLATE_NOOP("RecordKind", "polling station reconciliations"),
    "status_change": QT_TRANSLATE_NOOP("RecordKind", "status changes"),
    "entry_session": QT_TRANSLATE_NOOP("RecordKind", "ballot entry sessions"),
    # One line per typing: with double entry, every ballot is typed twice (entries A and B).
    "ballot": QT_TRANSLATE_NOOP("RecordKind", "typed ballots (entries A and B)"),
    "project_followup": QT_TRANSLATE_NOOP("RecordKind", "project follow-ups"),
    "followup_instalment": QT_TRANSLATE_NOOP("RecordKind", "subsidy instalments"),
    "followup_milestone": QT_TRANSLATE_NOOP("RecordKind", "milestones"),
    "followup_update": QT_TRANSLATE_NOOP("RecordKind", "project updates"),
    "followup_photo": QT_TRANSLATE_NOOP("RecordKind", "photos of updates"),
    "followup_expense": QT_TRANSLATE_NOOP("RecordKind", "expenses"),
    "one_year_review": QT_TRANSLATE_NOOP("RecordKind", "one-year reviews"),
    "resident_feedback": QT_TRANSLATE_NOOP("RecordKind", "residents' feedback"),
    "print_settings": QT_TRANSLATE_NOOP("RecordKind", "settings for printing"),
    "exchange_state": QT_TRANSLATE_NOOP("RecordKind", "states of exchanged records"),
}

#: Every column of the schema as the user names it (a column that means something else in
#: one table is in ``_TABLE_FIELDS``); a column missing here gets a label from its suffix.
_FIELDS = {
    # Common to every record.
    "id": QT_TRANSLATE_NOOP("RecordField", "internal number"),
    "uuid": QT_TRANSLATE_NOOP("RecordField", "identifier"),
    "created_at": QT_TRANSLATE_NOOP("RecordField", "created on"),
    "updated_at": QT_TRANSLATE_NOOP("RecordField", "changed on"),
    "version": QT_TRANSLATE_NOOP("RecordField", "version number"),
    # References to other records.
    "campaign_id": QT_TRANSLATE_NOOP("RecordField", "campaign"),
    "application_id": QT_TRANSLATE_NOOP("RecordField", "application"),
    "holder_id": QT_TRANSLATE_NOOP("RecordField", "project holder"),
    "territory_id": QT_TRANSLATE_NOOP("RecordField", "territory"),
    "station_id": QT_TRANSLATE_NOOP("RecordField", "polling station"),
    "stack_id": QT_TRANSLATE_NOOP("RecordField", "ballot stack"),
    "session_id": QT_TRANSLATE_NOOP("RecordField", "entry session"),
    "stake_id": QT_TRANSLATE_NOOP("RecordField", "stake"),
    "person_id": QT_TRANSLATE_NOOP("RecordField", "person"),
    "reviewer_id": QT_TRANSLATE_NOOP("RecordField", "reviewer"),
    "review_id": QT_TRANSLATE_NOOP("RecordField", "review"),
    "criterion_id": QT_TRANSLATE_NOOP("RecordField", "criterion"),
    "direct_count_id": QT_TRANSLATE_NOOP("RecordField", "direct count"),
    "draw_id": QT_TRANSLATE_NOOP("RecordField", "tie draw"),
    "followup_id": QT_TRANSLATE_NOOP("RecordField", "project follow-up"),
    "update_id": QT_TRANSLATE_NOOP("RecordField", "project update"),
    # Names and texts.
    "name": QT_TRANSLATE_NOOP("RecordField", "name"),
    "title": QT_TRANSLATE_NOOP("RecordField", "title"),
    "slug": QT_TRANSLATE_NOOP("RecordField", "short name"),
    "full_name": QT_TRANSLATE_NOOP("RecordField", "first and last name"),
    "first_name": QT_TRANSLATE_NOOP("RecordField", "given name"),
    "last_name": QT_TRANSLATE_NOOP("RecordField", "surname"),
    "label": QT_TRANSLATE_NOOP("RecordField", "label"),
    "summary": QT_TRANSLATE_NOOP("RecordField", "summary"),
    "description": QT_TRANSLATE_NOOP("RecordField", "full description"),
    "notes": QT_TRANSLATE_NOOP("RecordField", "free notes"),
    "note": QT_TRANSLATE_NOOP("RecordField", "free note"),
    "text": QT_TRANSLATE_NOOP("RecordField", "text"),
    "comment": QT_TRANSLATE_NOOP("RecordField", "comment"),
    "remark": QT_TRANSLATE_NOOP("RecordField", "remarks"),
    "details": QT_TRANSLATE_NOOP("RecordField", "further details"),
    "caption": QT_TRANSLATE_NOOP("RecordField", "photo caption"),
    "theme": QT_TRANSLATE_NOOP("RecordField", "theme"),
    "aims": QT_TRANSLATE_NOOP("RecordField", "aims of the campaign"),
    "rules": QT_TRANSLATE_NOOP("RecordField", "rules of the call"),
    "target_public": QT_TRANSLATE_NOOP("RecordField", "people aimed at"),
    "reason": QT_TRANSLATE_NOOP("RecordField", "reason given"),
    "reasons": QT_TRANSLATE_NOOP("RecordField", "reasons for the decision"),
    "status_reason": QT_TRANSLATE_NOOP("RecordField", "reason for the status"),
    "went_well": QT_TRANSLATE_NOOP("RecordField", "what went well"),
    "to_adjust": QT_TRANSLATE_NOOP("RecordField", "what to adjust"),
    "minutes": QT_TRANSLATE_NOOP("RecordField", "minutes of the meeting"),
    "decisions": QT_TRANSLATE_NOOP("RecordField", "decisions taken"),
    "activities": QT_TRANSLATE_NOOP("RecordField", "activities carried out"),
    "witnesses": QT_TRANSLATE_NOOP("RecordField", "witnesses of the draw"),
    "recommendation": QT_TRANSLATE_NOOP("RecordField", "reviewer's recommendation"),
    # Kinds, statuses, rules.
    "kind": QT_TRANSLATE_NOOP("RecordField", "type"),
    "status": QT_TRANSLATE_NOOP("RecordField", "status"),
    "state": QT_TRANSLATE_NOOP("RecordField", "current state"),
    "phase": QT_TRANSLATE_NOOP("RecordField", "phase of the campaign"),
    "source": QT_TRANSLATE_NOOP("RecordField", "origin"),
    "origin": QT_TRANSLATE_NOOP("RecordField", "laptop of origin"),
    "action": QT_TRANSLATE_NOOP("RecordField", "kind of action"),
    "before": QT_TRANSLATE_NOOP("RecordField", "status before"),
    "after": QT_TRANSLATE_NOOP("RecordField", "status after"),
    "call_kind": QT_TRANSLATE_NOOP("RecordField", "kind of call"),
    "core_group_kind": QT_TRANSLATE_NOOP("RecordField", "kind of core group"),
    "decision_mode": QT_TRANSLATE_NOOP("RecordField", "how the decision is made"),
    "ballot_kind": QT_TRANSLATE_NOOP("RecordField", "kind of ballot"),
    "residence_rule": QT_TRANSLATE_NOOP("RecordField", "proof of residence"),
    "rule": QT_TRANSLATE_NOOP("RecordField", "allocation rule"),
    "tie_break": QT_TRANSLATE_NOOP("RecordField", "tie-break rule"),
    "criteria_version": QT_TRANSLATE_NOOP("RecordField", "version of the criteria"),
    "catalogue_key": QT_TRANSLATE_NOOP("RecordField", "catalogue item"),
    "is_sample": QT_TRANSLATE_NOOP("RecordField", "sample record"),
    "table_name": QT_TRANSLATE_NOOP("RecordField", "kind of record"),
    "record_uuid": QT_TRANSLATE_NOOP("RecordField", "identifier of the record"),
    "states": QT_TRANSLATE_NOOP("RecordField", "exchange states"),
    # People and organisations.
    "role": QT_TRANSLATE_NOOP("RecordField", "role"),
    "organisation": QT_TRANSLATE_NOOP("RecordField", "organisation or body"),
    "email": QT_TRANSLATE_NOOP("RecordField", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("RecordField", "phone"),
    "address": QT_TRANSLATE_NOOP("RecordField", "postal address"),
    "rna": QT_TRANSLATE_NOOP("RecordField", "RNA number"),
    "siret": QT_TRANSLATE_NOOP("RecordField", "SIRET number"),
    "is_resident": QT_TRANSLATE_NOOP("RecordField", "lives in the area"),
    "consent": QT_TRANSLATE_NOOP("RecordField", "consent given"),
    "consent_on": QT_TRANSLATE_NOOP("RecordField", "consent given on"),
    "erased_at": QT_TRANSLATE_NOOP("RecordField", "erased on"),
    "earlier_edition": QT_TRANSLATE_NOOP("RecordField", "holder of an earlier edition"),
    "owner": QT_TRANSLATE_NOOP("RecordField", "person in charge"),
    "author": QT_TRANSLATE_NOOP("RecordField", "entered by"),
    "operator": QT_TRANSLATE_NOOP("RecordField", "entry operator"),
    "decided_by": QT_TRANSLATE_NOOP("RecordField", "decision made by"),
    "published_by": QT_TRANSLATE_NOOP("RecordField", "publisher"),
    "all_applications": QT_TRANSLATE_NOOP("RecordField", "reviews every application"),
    "participants": QT_TRANSLATE_NOOP("RecordField", "number of participants"),
    "women": QT_TRANSLATE_NOOP("RecordField", "number of women"),
    "men": QT_TRANSLATE_NOOP("RecordField", "number of men"),
    "age_under_18": QT_TRANSLATE_NOOP("RecordField", "under 18"),
    "age_18_29": QT_TRANSLATE_NOOP("RecordField", "aged 18 to 29"),
    "age_30_59": QT_TRANSLATE_NOOP("RecordField", "aged 30 to 59"),
    "age_60_plus": QT_TRANSLATE_NOOP("RecordField", "aged 60 and over"),
    "residents_count": QT_TRANSLATE_NOOP("RecordField", "residents present"),
    "beneficiaries": QT_TRANSLATE_NOOP("RecordField", "beneficiaries reached"),
    "activities_count": QT_TRANSLATE_NOOP("RecordField", "number of activities"),
    # Places.
    "place": QT_TRANSLATE_NOOP("RecordField", "venue"),
    "opening": QT_TRANSLATE_NOOP("RecordField", "opening hours"),
    "postcode": QT_TRANSLATE_NOOP("RecordField", "postal code"),
    "commune": QT_TRANSLATE_NOOP("RecordField", "town (commune)"),
    "qpv_code": QT_TRANSLATE_NOOP("RecordField", "code of the priority area (QPV)"),
    # Numbers and order.
    "year": QT_TRANSLATE_NOOP("RecordField", "year"),
    "number": QT_TRANSLATE_NOOP("RecordField", "number"),
    "position": QT_TRANSLATE_NOOP("RecordField", "order in the list"),
    "sequence": QT_TRANSLATE_NOOP("RecordField", "number in the stack"),
    "progress": QT_TRANSLATE_NOOP("RecordField", "progress (%)"),
    "score": QT_TRANSLATE_NOOP("RecordField", "score"),
    "weight": QT_TRANSLATE_NOOP("RecordField", "weight of the criterion"),
    "scale_min": QT_TRANSLATE_NOOP("RecordField", "lowest mark"),
    "scale_max": QT_TRANSLATE_NOOP("RecordField", "highest mark"),
    "threshold_percent": QT_TRANSLATE_NOOP("RecordField", "threshold (%)"),
    "recourse_months": QT_TRANSLATE_NOOP("RecordField", "time for an appeal (months)"),
    "eligible": QT_TRANSLATE_NOOP("RecordField", "eligibility"),
    "funded": QT_TRANSLATE_NOOP("RecordField", "funding granted"),
    "off_vote": QT_TRANSLATE_NOOP("RecordField", "funded outside the vote"),
    "done": QT_TRANSLATE_NOOP("RecordField", "done"),
    "public": QT_TRANSLATE_NOOP("RecordField", "shown to the public"),
    # Money.
    "envelope_cents": QT_TRANSLATE_NOOP("RecordField", "envelope"),
    "requested_cents": QT_TRANSLATE_NOOP("RecordField", "amount requested"),
    "amount_cents": QT_TRANSLATE_NOOP("RecordField", "amount"),
    "ceiling_cents": QT_TRANSLATE_NOOP("RecordField", "ceiling per project"),
    "awarded_cents": QT_TRANSLATE_NOOP("RecordField", "amount awarded"),
    "planned_cents": QT_TRANSLATE_NOOP("RecordField", "planned amount"),
    "paid_cents": QT_TRANSLATE_NOOP("RecordField", "amount paid"),
    "total_cost_cents": QT_TRANSLATE_NOOP("RecordField", "total cost of the winners"),
    "other_funders": QT_TRANSLATE_NOOP("RecordField", "co-funders"),
    "payee": QT_TRANSLATE_NOOP("RecordField", "paid to"),
    "reference": QT_TRANSLATE_NOOP("RecordField", "reference of the invoice"),
    "convention_reference": QT_TRANSLATE_NOOP("RecordField", "reference of the agreement"),
    "financial_year_end": QT_TRANSLATE_NOOP("RecordField", "end of the financial year"),
    # Dates.
    "starts_on": QT_TRANSLATE_NOOP("RecordField", "start"),
    "ends_on": QT_TRANSLATE_NOOP("RecordField", "end"),
    "vote_on": QT_TRANSLATE_NOOP("RecordField", "vote day"),
    "held_on": QT_TRANSLATE_NOOP("RecordField", "date"),
    "received_on": QT_TRANSLATE_NOOP("RecordField", "received on"),
    "opens_on": QT_TRANSLATE_NOOP("RecordField", "opening date"),
    "closes_on": QT_TRANSLATE_NOOP("RecordField", "closing date"),
    "started_on": QT_TRANSLATE_NOOP("RecordField", "start date"),
    "finished_on": QT_TRANSLATE_NOOP("RecordField", "end date"),
    "done_on": QT_TRANSLATE_NOOP("RecordField", "date done"),
    "due_on": QT_TRANSLATE_NOOP("RecordField", "due date"),
    "scheduled_on": QT_TRANSLATE_NOOP("RecordField", "planned date"),
    "planned_on": QT_TRANSLATE_NOOP("RecordField", "planned for"),
    "paid_on": QT_TRANSLATE_NOOP("RecordField", "date paid"),
    "spent_on": QT_TRANSLATE_NOOP("RecordField", "date of the expense"),
    "dated_on": QT_TRANSLATE_NOOP("RecordField", "date of the update"),
    "decided_on": QT_TRANSLATE_NOOP("RecordField", "date of the decision"),
    "convention_on": QT_TRANSLATE_NOOP("RecordField", "agreement signed on"),
    "financial_report_received_on": QT_TRANSLATE_NOOP(
        "RecordField", "date the financial report came in"
    ),
    "day": QT_TRANSLATE_NOOP("RecordField", "day of signing"),
    "at": QT_TRANSLATE_NOOP("RecordField", "date and time"),
    "frozen_at": QT_TRANSLATE_NOOP("RecordField", "settings frozen at"),
    "grids_sent_at": QT_TRANSLATE_NOOP("RecordField", "grids sent on"),
    "grid_made_at": QT_TRANSLATE_NOOP("RecordField", "grid filled in on"),
    "opened_at": QT_TRANSLATE_NOOP("RecordField", "opened on"),
    "closed_at": QT_TRANSLATE_NOOP("RecordField", "closed on"),
    "signed_at": QT_TRANSLATE_NOOP("RecordField", "signed on"),
    "drawn_at": QT_TRANSLATE_NOOP("RecordField", "drawn on"),
    "counted_at": QT_TRANSLATE_NOOP("RecordField", "counted on"),
    "published_at": QT_TRANSLATE_NOOP("RecordField", "published on"),
    "register_purged_at": QT_TRANSLATE_NOOP("RecordField", "register purged on"),
    # The vote.
    "min_choices": QT_TRANSLATE_NOOP("RecordField", "fewest choices"),
    "max_choices": QT_TRANSLATE_NOOP("RecordField", "most choices"),
    "points_total": QT_TRANSLATE_NOOP("RecordField", "points to share"),
    "points_per_project": QT_TRANSLATE_NOOP("RecordField", "most points per project"),
    "min_age": QT_TRANSLATE_NOOP("RecordField", "minimum age"),
    "proxies_allowed": QT_TRANSLATE_NOOP("RecordField", "proxy voting allowed"),
    "max_proxies": QT_TRANSLATE_NOOP("RecordField", "most proxies per voter"),
    "envelopes_per_territory": QT_TRANSLATE_NOOP("RecordField", "one envelope per territory"),
    "at_least_one_per_territory": QT_TRANSLATE_NOOP(
        "RecordField", "at least one project per territory"
    ),
    "double_entry": QT_TRANSLATE_NOOP("RecordField", "ballots typed twice (double entry)"),
    "register_secret": QT_TRANSLATE_NOOP("RecordField", "secret key of the register"),
    "register_keeps_names": QT_TRANSLATE_NOOP("RecordField", "register keeps the names"),
    "frozen": QT_TRANSLATE_NOOP("RecordField", "settings frozen"),
    "code": QT_TRANSLATE_NOOP("RecordField", "code on the ballot"),
    "pass_label": QT_TRANSLATE_NOOP("RecordField", "entry (A or B)"),
    "typed": QT_TRANSLATE_NOOP("RecordField", "what was typed"),
    "choices": QT_TRANSLATE_NOOP("RecordField", "choices on the ballot"),
    "identity_key": QT_TRANSLATE_NOOP("RecordField", "resident's identity key"),
    "key_id": QT_TRANSLATE_NOOP("RecordField", "key of the register"),
    "proxy": QT_TRANSLATE_NOOP("RecordField", "by proxy"),
    "proxy_holder_key": QT_TRANSLATE_NOOP("RecordField", "proxy holder's key"),
    "age_band": QT_TRANSLATE_NOOP("RecordField", "age group"),
    "signatures": QT_TRANSLATE_NOOP("RecordField", "number of signatures"),
    "proxies": QT_TRANSLATE_NOOP("RecordField", "proxy votes"),
    "box_count": QT_TRANSLATE_NOOP("RecordField", "ballots in the box"),
    "ballots": QT_TRANSLATE_NOOP("RecordField", "ballots counted"),
    "gap": QT_TRANSLATE_NOOP("RecordField", "difference"),
    "valid": QT_TRANSLATE_NOOP("RecordField", "valid ballots"),
    "blank": QT_TRANSLATE_NOOP("RecordField", "blank ballots"),
    "nul": QT_TRANSLATE_NOOP("RecordField", "spoilt ballots"),
    "votes": QT_TRANSLATE_NOOP("RecordField", "votes received"),
    "points": QT_TRANSLATE_NOOP("RecordField", "points received"),
    "seed": QT_TRANSLATE_NOOP("RecordField", "seed of the draw"),
    "outcome": QT_TRANSLATE_NOOP("RecordField", "result of the count"),
    "trace": QT_TRANSLATE_NOOP("RecordField", "details of the count"),
    # Files and printing.
    "filename": QT_TRANSLATE_NOOP("RecordField", "file name"),
    "media_type": QT_TRANSLATE_NOOP("RecordField", "file type"),
    "size": QT_TRANSLATE_NOOP("RecordField", "file size"),
    "sha256": QT_TRANSLATE_NOOP("RecordField", "fingerprint of the file"),
    "content": QT_TRANSLATE_NOOP("RecordField", "content of the file"),
    "accent": QT_TRANSLATE_NOOP("RecordField", "accent colour"),
    "logo": QT_TRANSLATE_NOOP("RecordField", "logo image"),
    "logo_filename": QT_TRANSLATE_NOOP("RecordField", "file name of the logo"),
    "project_order": QT_TRANSLATE_NOOP("RecordField", "order of the projects"),
    "random_seed": QT_TRANSLATE_NOOP("RecordField", "seed of the random order"),
    "serials": QT_TRANSLATE_NOOP("RecordField", "numbers on the ballots"),
    "ballots_per_station": QT_TRANSLATE_NOOP("RecordField", "ballots per polling station"),
    "ballots_per_sheet": QT_TRANSLATE_NOOP("RecordField", "ballots on each sheet"),
    "large_print": QT_TRANSLATE_NOOP("RecordField", "large print version"),
    "data_contact": QT_TRANSLATE_NOOP("RecordField", "contact for personal data"),
    "discarded_at": QT_TRANSLATE_NOOP("RecordField", "set aside on"),
    "discard_reason": QT_TRANSLATE_NOOP("RecordField", "why it was set aside"),
}

#: Columns that mean something of their own in one table.
_TABLE_FIELDS = {
    ("holder", "kind"): QT_TRANSLATE_NOOP("RecordField", "kind of holder"),
    ("meeting", "kind"): QT_TRANSLATE_NOOP("RecordField", "kind of meeting"),
    ("reviewer", "kind"): QT_TRANSLATE_NOOP("RecordField", "kind of reviewer"),
    ("criterion", "kind"): QT_TRANSLATE_NOOP("RecordField", "kind of criterion"),
    ("polling_station", "place"): QT_TRANSLATE_NOOP("RecordField", "address"),
    ("checklist_item", "label"): QT_TRANSLATE_NOOP("RecordField", "task"),
    ("ballot_stack", "label"): QT_TRANSLATE_NOOP("RecordField", "name of the stack"),
    ("budget_line", "label"): QT_TRANSLATE_NOOP("RecordField", "item of expenditure"),
    ("followup_expense", "label"): QT_TRANSLATE_NOOP("RecordField", "what was paid for"),
    ("followup_instalment", "label"): QT_TRANSLATE_NOOP("RecordField", "instalment"),
    ("ballot_code", "position"): QT_TRANSLATE_NOOP("RecordField", "order on the ballot"),
    ("stake", "source"): QT_TRANSLATE_NOOP("RecordField", "where the stake comes from"),
    ("direct_count", "source"): QT_TRANSLATE_NOOP("RecordField", "kind of count"),
    ("vote_result", "source"): QT_TRANSLATE_NOOP("RecordField", "counted from"),
    ("review", "source"): QT_TRANSLATE_NOOP("RecordField", "entered from"),
    ("resident_feedback", "source"): QT_TRANSLATE_NOOP("RecordField", "received through"),
    ("resident_feedback", "score"): QT_TRANSLATE_NOOP("RecordField", "rating"),
    ("vote_result", "author"): QT_TRANSLATE_NOOP("RecordField", "counted by"),
    ("followup_update", "author"): QT_TRANSLATE_NOOP("RecordField", "written by"),
    ("followup_expense", "state"): QT_TRANSLATE_NOOP("RecordField", "state of the expense"),
    ("ballot", "status"): QT_TRANSLATE_NOOP("RecordField", "ballot valid, blank or spoilt"),
    ("station_reconciliation", "gap"): QT_TRANSLATE_NOOP(
        "RecordField", "difference between signatures and ballots"
    ),
    ("one_year_review", "held_on"): QT_TRANSLATE_NOOP("RecordField", "date held"),
    ("phase_state", "status"): QT_TRANSLATE_NOOP("RecordField", "state of the phase"),
    ("followup_update", "text"): QT_TRANSLATE_NOOP("RecordField", "text of the update"),
}

#: A column of none of the tables above (a newer schema): named after its suffix or prefix.
_SUFFIXES = (
    ("_cents", QT_TRANSLATE_NOOP("RecordField", "amount")),
    ("_on", QT_TRANSLATE_NOOP("RecordField", "date")),
    ("_at", QT_TRANSLATE_NOOP("RecordField", "date and time")),
    ("_id", QT_TRANSLATE_NOOP("RecordField", "linked record")),
    ("_count", QT_TRANSLATE_NOOP("RecordField", "number")),
    ("_percent", QT_TRANSLATE_NOOP("RecordField", "percentage")),
    ("_by", QT_TRANSLATE_NOOP("RecordField", "entered by")),
    ("_kind", QT_TRANSLATE_NOOP("RecordField", "type")),
    ("_reason", QT_TRANSLATE_NOOP("RecordField", "reason given")),
    ("_key", QT_TRANSLATE_NOOP("RecordField", "key")),
    ("_name", QT_TRANSLATE_NOOP("RecordField", "name")),
    ("_filename", QT_TRANSLATE_NOOP("RecordField", "file name")),
)
_PREFIXES = (
    ("is_", QT_TRANSLATE_NOOP("RecordField", "yes or no")),
    ("max_", QT_TRANSLATE_NOOP("RecordField", "maximum")),
    ("min_", QT_TRANSLATE_NOOP("RecordField", "minimum")),
)
_OTHER_FIELD = QT_TRANSLATE_NOOP("RecordField", "other information")
_OTHER_KIND = QT_TRANSLATE_NOOP("RecordKind", "other records")

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: Longer values are cut in the table (the whole value is in the tooltip).
_SHOWN = 120


def kind_label(table: str) -> str:
    """A kind of record (a table) as the user names it."""
    return translate("RecordKind", _KINDS.get(table, _OTHER_KIND))


def field_source(column: str, table: str = "") -> str:
    """The English source of a column's label (``table``: where the column is, if known)."""
    text = _TABLE_FIELDS.get((table, column)) or _FIELDS.get(column)
    if text:
        return text
    for suffix, noun in _SUFFIXES:
        if column.endswith(suffix):
            return noun
    for prefix, noun in _PREFIXES:
        if column.startswith(prefix):
            return noun
    return _OTHER_FIELD


def field_label(column: str, table: str = "") -> str:
    """A column as the user names it, never its name in the database."""
    return translate("RecordField", field_source(column, table))


def format_value(column: str, value: Any, labels: dict[str, str] | None = None) -> str:
    """A value of the file's JSON form as the user reads it."""
    if value is None or value == "":
        return translate("RecordField", "(empty)")
    if isinstance(value, bool):
        return translate("RecordField", "yes") if value else translate("RecordField", "no")
    if isinstance(value, int) and column.endswith("_cents"):
        return format_euros(value)
    if isinstance(value, str):
        if _UUID.match(value) and labels is not None:
            return labels.get(value, value[:8])
        if _MOMENT.match(value):
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                return value
            return moment.astimezone().strftime("%d/%m/%Y %H:%M")
        if _DATE.match(value):
            try:
                return date.fromisoformat(value).strftime("%d/%m/%Y")
            except ValueError:
                return value
        return " ".join(value.split())
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _cut(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


class KindColumn(IntEnum):
    KIND = 0
    ADDED = 1
    UPDATED = 2
    KEPT = 3
    CONFLICTS = 4


class KindsModel(RowsModel[KindCounts]):
    """What the import does, one row per kind of record where something happens."""

    columns = KindColumn

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Kind of record"),
            self.tr("Added"),
            self.tr("Taken from the file"),
            self.tr("Kept as here"),
            self.tr("Conflicts"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        kind = self.row_at_index(index)
        if kind is None:
            return None
        column = KindColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is KindColumn.KIND:
                return kind_label(kind.table)
            number = {
                KindColumn.ADDED: kind.added,
                KindColumn.UPDATED: kind.updated,
                KindColumn.KEPT: kind.kept,
                KindColumn.CONFLICTS: kind.conflicts,
            }[column]
            return str(number) if number else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not KindColumn.KIND:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column is KindColumn.CONFLICTS and kind.conflicts:
            font = QFont()
            font.setBold(True)
            return font
        return None


@dataclass(frozen=True)
class ConflictLine:
    """One differing field of a conflict (``first``: the record's first line)."""

    conflict: Conflict
    column: str
    first: bool


class ConflictColumn(IntEnum):
    RECORD = 0
    FIELD = 1
    HERE = 2
    INCOMING = 3
    KEPT = 4


#: The two states of the "Keep" column, radio-button-like.
_CHOSEN, _NOT_CHOSEN = "◉", "○"


class ConflictsModel(RowsModel[ConflictLine]):
    """The conflicts side by side: the value here and in the file, field by field; the last
    column says, like a pair of radio buttons, which version of the record the import keeps
    ("◉ here ○ the file"); the dialog switches it (Space, double-click, a button). Settling
    a record (``set_take_file``) settles the conflict of the plan itself."""

    columns = ConflictColumn

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[str, str] = {}

    def set_conflicts(self, conflicts: Iterable[Conflict], labels: dict[str, str]) -> None:
        """``labels``: uuid → what the record is called, for references shown as values."""
        self._labels = labels
        lines = []
        for conflict in conflicts:
            columns = conflict.columns or ("",)
            lines += [
                ConflictLine(conflict, column, number == 0) for number, column in enumerate(columns)
            ]
        self.set_rows(lines)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Here"),
            self.tr("In the file"),
            self.tr("Keep"),
        )

    def conflicts(self) -> list[Conflict]:
        seen: list[Conflict] = []
        for line in self._rows:
            if line.first:
                seen.append(line.conflict)
        return seen

    def _value(self, line: ConflictLine, incoming: bool) -> str:
        if not line.column:
            return ""
        values = line.conflict.incoming if incoming else line.conflict.here
        return format_value(line.column, values.get(line.column), self._labels)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.row_at_index(index)
        if line is None:
            return None
        column = ConflictColumn(index.column())
        take_file = line.conflict.take_file
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            full = role == Qt.ItemDataRole.ToolTipRole
            if column is ConflictColumn.RECORD:
                if not line.first and not full:
                    return ""
                return self.tr("{kind} «{label}»").format(
                    kind=kind_label(line.conflict.table), label=line.conflict.label
                )
            if column is ConflictColumn.FIELD:
                return field_label(line.column, line.conflict.table) if line.column else ""
            if column in (ConflictColumn.HERE, ConflictColumn.INCOMING):
                text = self._value(line, column is ConflictColumn.INCOMING)
                return text if full else _cut(text)
            if not line.first and not full:
                return ""
            if full:
                return self.tr("Space or double-click: keep the other version")
            return "{here_mark} {here}   {file_mark} {file}".format(
                here_mark=_NOT_CHOSEN if take_file else _CHOSEN,
                here=self.tr("here"),
                file_mark=_CHOSEN if take_file else _NOT_CHOSEN,
                file=self.tr("the file"),
            )
        if role == Qt.ItemDataRole.FontRole and column in (
            ConflictColumn.HERE,
            ConflictColumn.INCOMING,
        ):
            chosen = (column is ConflictColumn.INCOMING) == take_file
            font = QFont()
            font.setBold(chosen)
            font.setStrikeOut(not chosen)
            return font
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def keeps_file(self, row: int) -> bool:
        """Whether the import keeps the file's version of the record of ``row``."""
        line = self.row_at(row)
        return bool(line and line.conflict.take_file)

    def set_take_file(self, conflicts: Iterable[Conflict], take_file: bool) -> None:
        """Settle ``conflicts`` for the file's version (True) or this database's."""
        chosen = {id(conflict) for conflict in conflicts}
        for conflict in self.conflicts():
            if id(conflict) in chosen:
                conflict.settle(take_file)
        self._refresh(chosen)

    def switch(self, rows: Iterable[int]) -> None:
        """Take the other version for the records of ``rows``."""
        conflicts = {id(line.conflict): line.conflict for row in rows if (line := self.row_at(row))}
        for conflict in conflicts.values():
            conflict.settle(not conflict.take_file)
        self._refresh(set(conflicts))

    def _refresh(self, chosen: set[int]) -> None:
        rows = [row for row, line in enumerate(self._rows) if id(line.conflict) in chosen]
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), 0), self.index(max(rows), len(ConflictColumn) - 1)
            )


def reference_labels(
    values: Iterable[dict[str, Any]], tables: dict[str, dict[str, Any]]
) -> dict[str, str]:
    """uuid → label of the records of the file that conflict values refer to."""
    wanted = {
        value
        for row in values
        for value in row.values()
        if isinstance(value, str) and _UUID.match(value)
    }
    labels: dict[str, str] = {}
    if not wanted:
        return labels
    for rows in tables.values():
        for uuid in wanted & rows.keys():
            labels[uuid] = label_of(rows[uuid])
    return labels


__all__ = [
    "ConflictColumn",
    "ConflictLine",
    "ConflictsModel",
    "KindColumn",
    "KindsModel",
    "field_label",
    "field_source",
    "format_value",
    "kind_label",
    "reference_labels",
]
