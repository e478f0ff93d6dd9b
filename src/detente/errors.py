"""détente's exception family.

    DetenteError
    ├── InputError    a file or argument the user gave cannot be read
    ├── ConfigError   a setting is invalid
    └── StoreError    the DuckDB store cannot be opened or written

Per-article failures are not exceptions: stages return a ``Rejection`` record
(see ``records.py``) which the store keeps in its ``rejections`` table.
"""


class DetenteError(Exception):
    """Base class of every error détente raises on purpose."""


class InputError(DetenteError):
    """An input path, file or argument cannot be used."""


class ConfigError(DetenteError):
    """A setting has an invalid value."""


class StoreError(DetenteError):
    """The store cannot be opened, migrated or written."""
