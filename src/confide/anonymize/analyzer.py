"""Batch detection of identifiers.

spaCy NER in batches + Presidio recognizers + record-aware
author mentions, then allow-list filtering and overlap merging; then a second look at the NER
entities no detector kept (``second_look``).
"""

from __future__ import annotations

import functools
import multiprocessing
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from confide.anonymize.address_tails import localities_after_streets, unit_tails_after_streets
from confide.anonymize.casing import restore_case
from confide.anonymize.chat_speakers import chat_people
from confide.anonymize.config import recognizer_specs
from confide.anonymize.kin_names import genogram_names, kin_first_names
from confide.anonymize.lexicon import load_lexicon, place_tokens
from confide.anonymize.lower_sites import lower_sites_in_towns, site_tails
from confide.anonymize.name_completion import complete_names, names_before_credentials
from confide.anonymize.ner_guard import is_ordinary_words, without_trailing_title
from confide.anonymize.nlp import create_nlp_engine, may_hold_names
from confide.anonymize.postprocess import (
    COUNTRY_SHORT_FORMS,
    ages_after_names,
    aliases_before_names,
    brands_before_places,
    collar_numbers,
    compass_before_places,
    date_time_tails,
    hospital_tails,
    house_names_before_streets,
    initials_after_inverted_names,
    is_clock_time_run,
    is_date_element,
    is_plausible_url,
    name_joins,
    numbers_before_streets,
    numbers_in_bleep_lists,
    phone_extensions,
    phones_after_names,
    places_after_sites,
    possessive_places,
    postcodes_after_places,
    postcodes_before_places,
    propagate_person_names,
    regions_after_places,
    roads_off_streets,
    sites_before_places,
    state_codes_after_places,
    streets_after_sites,
    tagalog_personal_names,
    town_codes_after_streets,
    towns_before_state_codes,
    towns_off_roads,
    towns_paired_with_towns,
    units_before_addresses,
    url_word_end,
    year_range_ends,
    years_after_sites,
)
from confide.anonymize.recognizers import build_recognizers
from confide.anonymize.recognizers.allow_list import DEFAULT_ALLOW_LIST, AllowList
from confide.anonymize.recognizers.author_username import ENTITY_TYPE as USERNAME_TYPE
from confide.anonymize.recognizers.author_username import AuthorMentionFinder
from confide.anonymize.recognizers.facility import _KIND_WORDS
from confide.anonymize.recognizers.facility_cued import cued_site_name
from confide.anonymize.script_names import script_names_after_names
from confide.anonymize.second_look import load_second_look, site_kind_vocabulary
from confide.anonymize.site_extent import articles_before_sites, grow_sites
from confide.anonymize.site_mentions import site_mentions
from confide.anonymize.span_bridges import bridge_gaps
from confide.anonymize.spans import Span, merge_overlapping
from confide.anonymize.staff_names import (
    initials_of_named_people,
    names_before_grades,
    signers_initials,
    staff_signatures,
)
from confide.anonymize.thread_handles import thread_handles

# Sources of names found after other mentions were looked for (rules that read kin, honorifics, genograms): their
# mentions are looked for once more.
_LATE_NAME_SOURCES = frozenset({"KinFirstName", "NameCompletion", "GenogramName"})


class TextAnalyzer:
    """Finds identifier spans in texts. Build once (loads the model), then call :meth:`analyze`.

    Args:
        config: a resolved ``anonymize`` config (see :func:`resolve_config`).
        authors: every ``group_id`` of the corpus, for mentions of other authors.
    """

    def __init__(self, config: Mapping[str, Any], *, authors: Iterable[object] = ()) -> None:
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry

        self.config = config
        nlp_cfg = config["nlp"]
        self.nlp_engine = create_nlp_engine(model=nlp_cfg["model"], exclude=nlp_cfg["exclude"])
        self.nlp = self.nlp_engine.get_nlp("en")
        extras = build_recognizers(config["extra_recognizers"], key="anonymize.extra_recognizers")
        recognizers = [*build_recognizers(recognizer_specs(config), key="anonymize.recognizers"), *extras]
        self.lexicon = load_lexicon()
        for recognizer in recognizers:
            recognizer.analyze = self._filtered(recognizer.analyze, recognizer.name)  # type: ignore[method-assign]
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=["en"])
        # Presidio returns the recognizers as a set (object-id order) and keeps the first of two
        # equal results; in name order, the recognizer named in the audit for a tie is always the
        # same one (it changed between runs, and between the sharded and the unsharded stage).
        unordered = registry.get_recognizers
        registry.get_recognizers = lambda *a, **k: sorted(unordered(*a, **k), key=lambda r: r.name)  # type: ignore[method-assign]
        self.engine = AnalyzerEngine(
            registry=registry,
            nlp_engine=self.nlp_engine,
            supported_languages=["en"],
            default_score_threshold=float(config["score_threshold"]),
        )
        supported = set(self.engine.get_supported_entities("en"))
        wanted = {*config["entities"], *(e for r in extras for e in r.supported_entities)}
        self.entities = sorted(supported & wanted)
        mentions = config["author_mentions"]
        self.mentions = (
            AuthorMentionFinder.from_authors(
                authors, spec={k: v for k, v in mentions.items() if k != "enabled"}
            )
            if mentions.get("enabled", True)
            else None
        )
        allow = config["allow_list"]
        words = [
            *(DEFAULT_ALLOW_LIST if allow.get("use_default", True) else []),
            *allow.get("extra_words", []),
        ]
        self.allow_list = AllowList(words, entity_types=allow["entity_types"])
        self.priority = dict(config["priority"])
        # an age right after a detected name, under the age recognizer's own min_age (off without it)
        ages = [s for s in recognizer_specs(config) if s.get("type") == "age" and s.get("enabled", True) is not False]
        self.min_age = int(ages[0].get("min_age", 90)) if ages and "AGE" in self.entities else None
        self.stats = {"texts": 0, "ner_skipped": 0}

    def _not_allowed(self, text: str, spans: Iterable[Span]) -> list[Span]:
        """The spans whose value the allow list does not allow for their type."""
        return [s for s in spans if not self.allow_list.allows(text[s.start : s.end], s.entity_type)]

    @functools.cached_property
    def _region_names(self) -> frozenset[str]:
        """Lower-cased subdivisions of every country but the US (which stay regions) and countries' short forms."""
        from confide.anonymize.recognizers.town_list import subdivision_names

        return frozenset(n.lower() for n in subdivision_names()) | COUNTRY_SHORT_FORMS

    def _is_region(self, name: str) -> bool:
        # one everyday word is a generic's after a place ("NEW YORK, COUNTY OF KINGS"), not the region so named
        return name in self._region_names and not (" " not in name and self.lexicon.is_everyday(name))

    def _is_town(self, name: str) -> bool:
        return self.lexicon.is_place(place_tokens(name))

    def _is_clinical(self, word: str) -> bool:
        return word in self.lexicon.clinical_words

    def _is_everyday_or_clinical(self, word: str) -> bool:
        low = word.lower()
        return self.lexicon.is_everyday(low) or low in self.lexicon.clinical_words

    def _names_site(self, word: str) -> bool:
        """A lower-case word that may name a site: no everyday or clinical word, no site's kind ("loeb", "skyline")."""
        return not self._is_everyday_or_clinical(word) and word not in site_kind_vocabulary()

    def _is_word(self, word: str) -> bool:
        """An English, clinical or title word: no alias ("Patient", "Dr", "Ward")."""
        low = word.lower().strip("'’.")
        return len(low) < 3 or self.lexicon.is_english(low) or low in self.lexicon.clinical_words

    def _propagated(self, text: str, spans: Sequence[Span], seed_sources: frozenset[str] | None = None) -> list[Span]:
        """Other mentions of the names found (of ``seed_sources`` only, when given)."""
        return propagate_person_names(
            text,
            spans,
            allowed=lambda v: self.allow_list.allows(v, "PERSON")
            or self.lexicon.is_everyday(v.lower())
            or "'" in v
            or "’" in v,
            is_word=self.lexicon.word_names.__contains__,
            seed_sources=seed_sources,
        )

    def _docs(self, texts: Sequence[str]) -> list:
        nlp_cfg = self.config["nlp"]
        max_chars = int(nlp_cfg["max_chars"])
        gate = bool(nlp_cfg["skip_ner_without_capitals"])
        wanted = [
            i for i, t in enumerate(texts) if t and (not gate or may_hold_names(t) or t.islower())
        ]
        docs: list = [None] * len(texts)
        recase = bool(nlp_cfg["restore_case"])
        piped = self.nlp.pipe(
            (
                restore_case(texts[i][:max_chars], self.lexicon) if recase else texts[i][:max_chars]
                for i in wanted
            ),
            batch_size=int(nlp_cfg["batch_size"]),
        )
        for i, doc in zip(wanted, piped, strict=False):
            docs[i] = doc
        for i, doc in enumerate(docs):
            if doc is None:
                docs[i] = self.nlp.make_doc(texts[i][:max_chars])
        self.stats["ner_skipped"] += len(texts) - len(wanted)
        return docs

    def _filtered(self, analyze: Callable[..., list], name: str) -> Callable[..., list]:
        """A recognizer's results without those the guards reject, dropped *before* Presidio merges.

        Filtering after the merge would let a rejected span ("Client Ruth" from NER, a "date" over
        a phone number) first absorb an overlapping detection of the same type and then vanish.
        """
        guard, dates_only = bool(self.config["ner_guard"]), bool(self.config["drop_non_dates"])

        def run(text: str, entities: list[str], nlp_artifacts: Any = None, *args: Any, **kwargs: Any) -> list:
            kept = []
            for r in analyze(text, entities, nlp_artifacts, *args, **kwargs):
                span = Span(r.start, r.end, r.entity_type, float(r.score), name)
                if guard:
                    span = without_trailing_title(text, span)  # "ZORVATH PETERS DR" before "KHOURY"
                    r.end = span.end
                value = text[r.start : r.end]
                if guard and is_ordinary_words(text, span, self.lexicon):
                    continue
                ner_date = name == "SpacyRecognizer" and r.entity_type == "DATE_TIME"
                if dates_only and ner_date and not is_date_element(value):
                    continue
                if r.entity_type == "URL":
                    if not is_plausible_url(value):
                        continue
                    r.end = url_word_end(text, r.end)  # checked again: "overnight.Day" may run on to "overnight.Day3"
                    value = text[r.start : r.end]
                    if not is_plausible_url(value):
                        continue
                if r.entity_type == "CREDIT_CARD" and is_clock_time_run(value):
                    continue
                kept.append(r)
            return kept

        return run

    def analyze(
        self, texts: Sequence[str], authors: Sequence[object] | None = None
    ) -> list[list[Span]]:
        """Return, per text, its non-overlapping identifier spans (sorted by start)."""
        second_look = self.config["second_look"]
        # the recognizers' floor holds for the second look too
        threshold = max(float(second_look["threshold"]), float(self.config["score_threshold"]))
        out = []
        for text, (doc, spans) in zip(texts, self.rule_detections(texts, authors), strict=True):
            if second_look["enabled"] and spans is not None:
                extra = [
                    s
                    for s in load_second_look().spans(
                        text, doc, spans, self.lexicon, threshold=threshold
                    )
                    if not self.allow_list.allows(text[s.start : s.end], s.entity_type)
                ]
                spans = merge_overlapping([*spans, *extra], priority=self.priority) if extra else spans
            if spans and (articles := articles_before_sites(text, spans)):
                spans = merge_overlapping([*spans, *articles], priority=self.priority)  # "The" + "Warehouse"
            out.append(spans or [])
        return out

    def rule_detections(
        self, texts: Sequence[str], authors: Sequence[object] | None = None
    ) -> list[tuple[Any, list[Span] | None]]:
        """Per text, its parsed spaCy doc and the merged spans of every detector but the second look.

        The spans are None for a blank text.
        """
        authors = list(authors) if authors is not None else [None] * len(texts)
        if len(authors) != len(texts):
            raise ValueError(f"{len(authors)} authors for {len(texts)} texts: give one per text (or none)")
        threshold = float(self.config["score_threshold"])
        out: list[tuple[Any, list[Span] | None]] = []
        for text, doc, author in zip(texts, self._docs(texts), authors, strict=False):
            self.stats["texts"] += 1
            if not text.strip():
                out.append((doc, None))
                continue
            results = self.engine.analyze(
                text,
                "en",
                entities=self.entities,
                score_threshold=threshold,
                nlp_artifacts=self.nlp_engine.artifacts_for(doc),
            )
            spans = [
                Span(
                    r.start,
                    r.end,
                    r.entity_type,
                    float(r.score),
                    str((r.recognition_metadata or {}).get("recognizer_name", "")),
                )
                for r in results
                if not self.allow_list.allows(text[r.start : r.end], r.entity_type)
            ]
            if self.config.get("propagate_person_names", True):
                spans.extend(self._propagated(text, spans))
            aliases = aliases_before_names(text, spans, is_word=self._is_word, first_names=self.lexicon.first_names)
            spans.extend(self._not_allowed(text, aliases))
            spans.extend(self._not_allowed(text, year_range_ends(text, spans)))
            spans.extend(self._not_allowed(text, date_time_tails(text, spans)))
            spans.extend(self._not_allowed(text, phone_extensions(text, spans)))
            if "PHONE_NUMBER" in self.entities:
                spans.extend(self._not_allowed(text, numbers_in_bleep_lists(text)))
                spans.extend(self._not_allowed(text, phones_after_names(text, spans)))  # "Chua Boon Hock (9123 4567)"
            spans.extend(self._not_allowed(text, initials_after_inverted_names(text, spans)))
            spans.extend(script_names_after_names(text, spans))  # "WANG Lihua (王丽华)"
            spans.extend(name_joins(text, spans, is_word=self._is_everyday_or_clinical))
            spans.extend(self._not_allowed(text, complete_names(text, spans, self.lexicon)))
            spans.extend(self._not_allowed(text, names_before_credentials(text, self.lexicon)))
            spans.extend(self._not_allowed(text, chat_people(text, spans, self.lexicon)))
            spans.extend(self._not_allowed(text, thread_handles(text, spans, self.lexicon)))
            spans.extend(self._not_allowed(text, kin_first_names(text, self.lexicon)))
            spans.extend(self._not_allowed(text, genogram_names(text, self.lexicon, min_age=self.min_age)))
            if self.config.get("propagate_person_names", True):  # "wife may stayed ... may has her own appt"
                spans.extend(self._propagated(text, spans, seed_sources=_LATE_NAME_SOURCES))
            spans.extend(self._not_allowed(text, signers_initials(text, self.lexicon)))
            spans.extend(self._not_allowed(text, staff_signatures(text, self.lexicon)))
            spans.extend(self._not_allowed(text, names_before_grades(text, self.lexicon)))
            spans.extend(self._not_allowed(text, initials_of_named_people(text, spans, self.lexicon)))
            spans.extend(self._not_allowed(text, tagalog_personal_names(text)))
            spans.extend(self._not_allowed(text, regions_after_places(text, spans, is_region=self._is_region)))
            spans.extend(
                self._not_allowed(
                    text, towns_before_state_codes(text, spans, is_town=self._is_town, is_name=self.lexicon.is_name)
                )
            )
            spans.extend(self._not_allowed(text, compass_before_places(text, spans, is_place=self._is_town)))
            spans.extend(self._not_allowed(text, towns_paired_with_towns(text, spans, is_place=self._is_town)))
            spans.extend(self._not_allowed(text, site_tails(text, spans)))  # "the tyson plant" (before its town)
            spans.extend(self._not_allowed(text, streets_after_sites(text, spans, is_clinical=self._is_clinical)))
            spans.extend(
                self._not_allowed(
                    text, places_after_sites(text, spans, is_place=self._is_town, is_everyday=self.lexicon.is_everyday)
                )
            )
            lower_sites = lower_sites_in_towns(
                text,
                is_town=self._is_town,
                is_everyday=self.lexicon.is_everyday,
                names_site=self._names_site,
                is_name=self.lexicon.is_name,
            )  # "at the loeb in vanier"
            spans.extend(self._not_allowed(text, lower_sites))
            spans.extend(self._not_allowed(text, years_after_sites(text, spans)))  # "admission to tiaho mai 2024"
            # (after the towns found after sites: "Northland Steel Fabricators, Hamilton ON")
            spans.extend(self._not_allowed(text, state_codes_after_places(text, spans, is_place=self._is_town)))
            spans.extend(self._not_allowed(text, towns_off_roads(text, spans)))
            spans.extend(self._not_allowed(text, sites_before_places(text, spans, is_site_name=_cued_site)))
            spans.extend(unit_tails_after_streets(text, spans))  # ", apto 62" after "Rua Augusta, nº 1508"; ", UNIT 2"
            localities = localities_after_streets(
                text, spans, is_town=self._is_town, is_word=self._is_everyday_or_clinical
            )  # ", 00-514 Warszawa"
            spans.extend(self._not_allowed(text, [s for s in localities if s.entity_type in self.entities]))
            if "ZIP_CODE" in self.entities:
                spans.extend(self._not_allowed(text, postcodes_after_places(text, spans, is_place=self._is_town)))
                spans.extend(self._not_allowed(text, postcodes_before_places(text, spans)))
                spans.extend(self._not_allowed(text, town_codes_after_streets(text, spans)))
            if self.min_age is not None:
                spans.extend(self._not_allowed(text, ages_after_names(text, spans, min_age=self.min_age)))
            if self.mentions is not None:
                spans.extend(
                    Span(s, e, USERNAME_TYPE, self.mentions.score, "AuthorMention")
                    for s, e in self.mentions.find(text, author)
                )
            spans.extend(units_before_addresses(text, spans))  # "Flat 2, " before "9 Quarry Hill"
            spans.extend(numbers_before_streets(text, spans))  # "14/3 Enmore Rd", "5012 50 Ave"
            spans.extend(house_names_before_streets(text, spans))  # "Lives at Hollybank, " before "Station Rd"
            spans.extend(roads_off_streets(text, spans))  # ", off Ijede Road" after "No. 7 Olorunfemi Close"
            spans.extend(grow_sites(text, spans, self.lexicon))  # "Boston" -> "Boston Detox"
            spans.extend(possessive_places(text, spans))  # "at Wendy's" -> "at <FACILITY>"
            spans.extend(hospital_tails(text, spans))  # "Thika" -> "Thika Level 5 Hospital"
            spans.extend(  # "SAPS Rondebosch", "Cygnet Bury"
                brands_before_places(
                    text,
                    spans,
                    is_place=self._is_town,
                    is_word=self.lexicon.is_common,
                    is_everyday=self.lexicon.is_everyday,
                )
            )
            spans.extend(collar_numbers(text, spans))  # "PC Hollis 4182"
            spans.extend(self._not_allowed(text, site_mentions(text, spans, self.lexicon)))  # "GADRS", "Cygnet"
            merged = merge_overlapping(spans, priority=self.priority)
            bridges = bridge_gaps(text, merged)  # "dJk3R7xPQv2:APA91b...", "Concentra Urgent Care - Braintree"
            out.append((doc, merge_overlapping([*merged, *bridges], priority=self.priority) if bridges else merged))
        return out


# --- process-parallel detection ------------------------------------------------------------------
_WORKER: TextAnalyzer | None = None


def _cued_site(name: str) -> bool:
    """Whether words before "in" a town can name a site (see ``cued_site_name``).

    Ordinary words name one only with a site's kind ("Harbor House in Tacoma"; never "went to Pride in Toronto").
    """
    kind = any(w in _KIND_WORDS for w in name.lower().split())
    return cued_site_name(name, {"cued": True, "at_site": True, "named": not kind})


def _analyze_chunk(
    chunk: tuple[list[str], list[object]],
) -> list[list[tuple[int, int, str, float, str]]]:
    assert _WORKER is not None
    return [
        [(s.start, s.end, s.entity_type, s.score, s.source) for s in spans]
        for spans in _WORKER.analyze(*chunk)
    ]


Progress = Callable[[int, int], None]


def detect_spans(
    texts: Sequence[str],
    authors: Sequence[object] | None,
    *,
    analyzer: TextAnalyzer,
    n_process: int = 1,  # a library call stays in-process; the workflow passes anonymize.n_process (2)
    chunk_size: int,
    progress: Progress | None = None,
) -> list[list[Span]]:
    """Run ``analyzer`` over all texts in chunks, in ``n_process`` forked workers when that pays off.

    Workers are forked after the analyzer is built, so the model is loaded once. Falls back to
    one process where ``fork`` is unavailable or the input is small. ``progress(done, total)`` is
    called after each chunk.
    """
    global _WORKER
    authors = list(authors) if authors is not None else [None] * len(texts)
    texts = list(texts)
    chunks = [
        (texts[i : i + chunk_size], authors[i : i + chunk_size])
        for i in range(0, len(texts), chunk_size)
    ]
    out: list[list[Span]] = []

    def collect(spans: list[list[Span]]) -> None:
        out.extend(spans)
        if progress is not None:
            progress(len(out), len(texts))

    if (
        n_process <= 1
        or len(texts) < 2 * chunk_size
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        for chunk in chunks:
            collect(analyzer.analyze(*chunk))
        return out
    _WORKER = analyzer
    try:
        with ProcessPoolExecutor(
            max_workers=n_process, mp_context=multiprocessing.get_context("fork")
        ) as pool:
            for result in pool.map(_analyze_chunk, chunks):
                collect([[Span(*t) for t in spans] for spans in result])
    finally:
        _WORKER = None
    analyzer.stats["texts"] += len(texts)
    return out
