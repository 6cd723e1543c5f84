"""The blind held-out sets (every file in tests/anonymize/heldout/) are well-formed.

Only the file's shape is checked here: it is a reported figure, never a tuning target, so no recall
threshold is set. Messages name record ids and offsets, never a span's text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpora import load_marked_cases

BLIND_SETS = sorted((Path(__file__).resolve().parent / "heldout").glob("*.txt"))
CASES = Path(__file__).resolve().parent / "cases"
MIN_SPANS = 200


def _problems(path: Path) -> list[str]:
    """Every way the marked file fails to parse cleanly, by record id and offset."""
    frame, gold = load_marked_cases(path)
    texts = dict(zip(frame["record_id"], frame["text"], strict=True))
    known = {g["entity_type"] for p in CASES.glob("*.txt") for g in load_marked_cases(p)[1]}
    problems = [f"{rid}: an unclosed or malformed [[TYPE|value]] mark" for rid, t in texts.items()
                if "[[" in t or "]]" in t]
    for g in gold:
        where = f"{g['record_id']} [{g['start']}:{g['end']}]"
        if texts[g["record_id"]][g["start"] : g["end"]] != g["value"]:
            problems.append(f"{where}: the span's text is not at its offset")
        if g["value"] != g["value"].strip():
            problems.append(f"{where}: the span starts or ends with a space")
        if g["entity_type"] not in known:
            problems.append(f"{where}: type {g['entity_type']} is not one the tuning cases use")
    return problems


def test_when_the_folder_is_listed_then_every_blind_set_is_there():
    assert [p.name for p in BLIND_SETS] == [
        "apps_documents_lists_blind.txt", "chats_handovers_histories_blind.txt", "clinical_people_blind.txt",
        "community_primary_care_blind.txt", "crisis_prison_migrant_apps_blind.txt",
        "discharge_elders_youth_telehealth_blind.txt", "dispatch_intl_chat_reports_blind.txt",
        "eating_perinatal_gender_veterans_global_blind.txt",
        "exports_schools_holds_blind.txt", "home_visits_telepsych_coordination_blind.txt",
        "hospital_aging_recovery_global_blind.txt",
        "intake_records_posts_blind.txt",
        "judgments_family_admin_blind.txt",
        "letters_casework_forums_blind.txt", "mixed_agencies_wards_posts_blind.txt",
        "notes_posts_records_blind.txt",
        "nursing_ed_blind.txt", "nursing_notes_blind.txt", "organisations_places_blind.txt",
        "outreach_interfaces_families_blind.txt",
        "placements_payers_posts_blind.txt", "psych_mixed_blind.txt",
        "records_reports_posts_blind.txt", "referrals_voice_groups_blind.txt",
        "shelters_courts_pharmacy_chats_blind.txt", "speech_forms_work_blind.txt", "therapy_threads_ledgers_blind.txt",
        "transfers_services_regional_blind.txt",
        "uk_posts_forms_blind.txt", "ward_rounds_services_messages_blind.txt",
    ]


@pytest.mark.parametrize("blind", BLIND_SETS, ids=lambda p: p.stem)
def test_when_blind_set_is_read_then_every_span_is_at_its_offset_with_a_known_type(blind):
    assert _problems(blind) == []


@pytest.mark.parametrize("blind", BLIND_SETS, ids=lambda p: p.stem)
def test_when_blind_set_is_read_then_it_has_enough_spans_to_report(blind):
    frame, gold = load_marked_cases(blind)
    assert len(frame) >= 60
    assert len(gold) >= MIN_SPANS


def test_when_a_mark_is_broken_then_the_check_names_its_record(tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_text("PT SEEN BY DR [[PERSON|QUILLON] TODAY.\n\nWIFE [[PERSON| ODA]] CALLED.\n", encoding="utf-8")
    problems = _problems(broken)
    assert any(p.startswith("broken-000") and "mark" in p for p in problems)
    assert any(p.startswith("broken-001") and "space" in p for p in problems)
