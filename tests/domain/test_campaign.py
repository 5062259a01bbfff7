"""The campaign frame: every field is checked, and every wrong field is named."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from pbdesk.domain.campaign import (
    CallKind,
    CoreGroupKind,
    DecisionMode,
    FrameInput,
    TerritoryInput,
    slugify,
    validate_frame,
)
from pbdesk.domain.errors import DomainError, ValidationError


def frame(**changes: object) -> FrameInput:
    base = FrameInput(
        name="Air Bel 2021",
        year=2021,
        slug="air-bel-2021",
        envelope="95 000",
        territories=[
            TerritoryInput(name="Air Bel", postcode="13011", commune="Marseille"),
        ],
        theme="Solidarité et transition écologique",
        aims="Renforcer le pouvoir d'agir des habitants.",
        call_kind=CallKind.AAP,
        core_group_kind=CoreGroupKind.VOLUNTEERS,
        decision_mode=DecisionMode.VOTE,
        starts_on=date(2021, 1, 11),
        ends_on=date(2021, 12, 17),
        vote_on=date(2021, 10, 16),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def errors_of(data: FrameInput) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        validate_frame(data)
    assert isinstance(caught.value, DomainError)
    assert caught.value.message == " ".join(caught.value.errors.values())
    return caught.value.errors


def test_a_valid_frame_is_cleaned_and_converted() -> None:
    result = validate_frame(
        frame(
            name="  Air Bel 2021 ",
            slug=" air-bel-2021 ",
            envelope="95 000,50",
            theme="  Écologie ",
            aims="\nFinalités\n",
            territories=[
                TerritoryInput(
                    name=" Air Bel ", postcode=" 13011 ", commune=" Marseille ", qpv_code="qn01301m"
                )
            ],
        )
    )
    assert result.name == "Air Bel 2021"
    assert result.slug == "air-bel-2021"
    assert result.envelope_cents == 9_500_050
    assert result.theme == "Écologie"
    assert result.aims == "Finalités"
    assert result.territories == [
        TerritoryInput(name="Air Bel", postcode="13011", commune="Marseille", qpv_code="QN01301M")
    ]
    assert result.call_kind is CallKind.AAP
    assert result.decision_mode is DecisionMode.VOTE
    assert (result.starts_on, result.ends_on, result.vote_on) == (
        date(2021, 1, 11),
        date(2021, 12, 17),
        date(2021, 10, 16),
    )


def test_territory_uuid_is_kept_through_validation() -> None:
    result = validate_frame(frame(territories=[TerritoryInput(name="Air Bel", uuid="abc")]))
    assert result.territories[0].uuid == "abc"


@pytest.mark.parametrize("name", ["", "   ", "x" * 201])
def test_name_is_required_and_bounded(name: str) -> None:
    assert set(errors_of(frame(name=name))) == {"name"}


def test_name_of_200_characters_is_accepted() -> None:
    assert validate_frame(frame(name="x" * 200)).name == "x" * 200


@pytest.mark.parametrize("year", [1999, 2101, 0, -2021])
def test_year_out_of_range_is_refused(year: int) -> None:
    assert set(errors_of(frame(year=year))) == {"year"}


@pytest.mark.parametrize("year", [2000, 2100])
def test_year_bounds_are_accepted(year: int) -> None:
    assert validate_frame(frame(year=year, starts_on=None, ends_on=None, vote_on=None)).year == year


@pytest.mark.parametrize(
    "slug",
    ["", "Air-Bel", "air bel", "air_bel", "-air-bel", "air-bel-", "air--bel", "é", "a" * 61],
)
def test_bad_slugs_are_refused(slug: str) -> None:
    errors = errors_of(frame(slug=slug))
    assert set(errors) == {"slug"}
    assert slug in errors["slug"]


@pytest.mark.parametrize("slug", ["a", "air-bel-2021", "2021", "a" * 60])
def test_good_slugs_are_accepted(slug: str) -> None:
    assert validate_frame(frame(slug=slug)).slug == slug


@pytest.mark.parametrize("envelope", ["", "beaucoup", "-95 000", "0", "0,00", "1,234"])
def test_envelope_must_be_a_positive_amount(envelope: str) -> None:
    assert set(errors_of(frame(envelope=envelope))) == {"envelope"}


@pytest.mark.parametrize(
    ("envelope", "cents"),
    [("32 500", 3_250_000), ("95000,50", 9_500_050), ("95.000", 9_500_000), ("0,01", 1)],
)
def test_envelope_is_stored_in_cents(envelope: str, cents: int) -> None:
    assert validate_frame(frame(envelope=envelope)).envelope_cents == cents


def test_at_least_one_territory() -> None:
    assert set(errors_of(frame(territories=[]))) == {"territories"}


def test_two_territories_are_allowed() -> None:
    result = validate_frame(
        frame(
            territories=[
                TerritoryInput(name="Les Flamands", postcode="13014", qpv_code="QP013046"),
                TerritoryInput(name="Le Mail", postcode="13014", qpv_code="QN01304X"),
            ]
        )
    )
    assert [t.name for t in result.territories] == ["Les Flamands", "Le Mail"]


def test_territory_needs_a_name() -> None:
    errors = errors_of(frame(territories=[TerritoryInput(name="A"), TerritoryInput(name="  ")]))
    assert set(errors) == {"territory.2.name"}


@pytest.mark.parametrize("second", ["Air Bel", "air bel", " AIR BEL "])
def test_duplicate_territory_names_are_refused_whatever_the_case(second: str) -> None:
    errors = errors_of(
        frame(territories=[TerritoryInput(name="Air Bel"), TerritoryInput(name=second)])
    )
    assert set(errors) == {"territory.2.name"}
    assert second.strip() in errors["territory.2.name"]


@pytest.mark.parametrize("postcode", ["1301", "130111", "13O11", "2A004", "13 011"])
def test_postcode_must_have_five_digits(postcode: str) -> None:
    errors = errors_of(frame(territories=[TerritoryInput(name="X", postcode=postcode)]))
    assert set(errors) == {"territory.1.postcode"}


@pytest.mark.parametrize("postcode", ["", "13011", "84120", "20000"])
def test_postcode_is_optional_and_accepted_when_well_formed(postcode: str) -> None:
    result = validate_frame(frame(territories=[TerritoryInput(name="X", postcode=postcode)]))
    assert result.territories[0].postcode == postcode


@pytest.mark.parametrize(
    "code",
    [
        "QP013019",  # 2015 list, Bouches-du-Rhône
        "QN01301M",  # 2024 list
        "QN02A01X",  # 2024 list, Corse-du-Sud
        "QP084004",
        "qn01301m",  # typed in lower case: upper-cased
        " QP013019 ",
        "",  # optional
    ],
)
def test_qpv_codes_accepted(code: str) -> None:
    result = validate_frame(frame(territories=[TerritoryInput(name="X", qpv_code=code)]))
    assert result.territories[0].qpv_code == code.strip().upper()


@pytest.mark.parametrize(
    "code", ["QX013019", "QP01301", "QP0130199", "Q013019", "13019", "QP0C3019", "QN01301-"]
)
def test_bad_qpv_codes_are_refused(code: str) -> None:
    errors = errors_of(frame(territories=[TerritoryInput(name="X", qpv_code=code)]))
    assert set(errors) == {"territory.1.qpv_code"}
    assert code in errors["territory.1.qpv_code"]


def test_every_wrong_field_is_reported_at_once() -> None:
    errors = errors_of(
        frame(
            name="",
            year=1900,
            slug="Pas Bon",
            envelope="beaucoup",
            territories=[
                TerritoryInput(name="A", postcode="1", qpv_code="nope"),
                TerritoryInput(name="a"),
            ],
            starts_on=date(2021, 6, 1),
            ends_on=date(2021, 1, 1),
        )
    )
    assert set(errors) == {
        "name",
        "year",
        "slug",
        "envelope",
        "territory.1.postcode",
        "territory.1.qpv_code",
        "territory.2.name",
        "dates",
        "vote_on",  # 16 October falls outside 1 June .. 1 January
    }


def test_campaign_cannot_end_before_it_starts() -> None:
    errors = errors_of(frame(starts_on=date(2021, 6, 1), ends_on=date(2021, 5, 31), vote_on=None))
    assert set(errors) == {"dates"}


def test_one_day_campaign_and_open_ended_dates_are_fine() -> None:
    day = date(2021, 6, 1)
    assert validate_frame(frame(starts_on=day, ends_on=day, vote_on=day)).vote_on == day
    assert validate_frame(frame(starts_on=None, ends_on=None, vote_on=None)).starts_on is None
    assert validate_frame(frame(starts_on=day, ends_on=None, vote_on=date(2030, 1, 1)))


@pytest.mark.parametrize(
    "vote_on", [date(2021, 1, 10), date(2021, 12, 18), date(2020, 10, 16), date(2022, 1, 1)]
)
def test_vote_date_falls_within_the_campaign(vote_on: date) -> None:
    assert set(errors_of(frame(vote_on=vote_on))) == {"vote_on"}


def test_vote_before_start_is_refused_when_there_is_no_end() -> None:
    data = frame(starts_on=date(2021, 1, 11), ends_on=None, vote_on=date(2021, 1, 1))
    assert set(errors_of(data)) == {"vote_on"}


def test_designation_has_no_vote_date() -> None:
    """Pertuis 2020: the core group designated the operator, there was no vote."""
    errors = errors_of(frame(decision_mode=DecisionMode.DESIGNATION))
    assert set(errors) == {"vote_on"}
    result = validate_frame(frame(decision_mode=DecisionMode.DESIGNATION, vote_on=None))
    assert result.decision_mode is DecisionMode.DESIGNATION
    assert result.vote_on is None


def test_a_vote_campaign_may_not_have_fixed_its_vote_date_yet() -> None:
    assert validate_frame(frame(vote_on=None)).vote_on is None


def test_enumerations_are_stored_as_stable_codes_and_have_labels() -> None:
    assert [kind.value for kind in CallKind] == ["aap", "ami", "aas"]
    assert [kind.value for kind in DecisionMode] == ["vote", "designation"]
    assert [kind.value for kind in CoreGroupKind] == [
        "parents",
        "conseil_citoyen",
        "volunteers",
        "other",
    ]
    for enum in (CallKind, CoreGroupKind, DecisionMode):
        labels = [member.label for member in enum]
        assert all(labels) and len(set(labels)) == len(labels)
    assert CallKind.AAS.label.startswith("AAS")


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Les Flamands / Le Mail 2022", "les-flamands-le-mail-2022"),
        ("Belle de Mai 2019", "belle-de-mai-2019"),
        ("Élan à l'École — Été", "elan-a-l-ecole-ete"),
        ("  --Air   Bel--  ", "air-bel"),
        ("ŒUVRE", "uvre"),  # ligatures without an ASCII decomposition are dropped
        ("", ""),
        ("!!!", ""),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_slugify_output_is_always_a_valid_short_name() -> None:
    long_name = "Quartier " * 20 + "2022"
    result = slugify(long_name)
    assert len(result) <= 60
    assert not result.endswith("-")
    assert validate_frame(frame(slug=result)).slug == result
