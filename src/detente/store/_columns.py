"""The columns of each table, in table order (schema in ``migrations/``).

Shared by ``_write`` (INSERT column lists) and ``_read`` (SELECT lists), so that a
migration that adds a column is followed up in one place.
"""

DOCUMENT_COLUMNS = (
    "article_id", "uri", "title", "outlet", "published", "published_at", "updated",
    "authors", "section", "dateline", "url", "language", "text", "notes", "text_hash",
)
# "start" and "end" are quoted as in the schema: END is an SQL keyword.
MENTION_COLUMNS = (
    "article_id", "seq", "mention", '"start"', '"end"', "country", "role", "name", "code",
    "kind", "rule", "person", "members",
)
EVENT_COLUMNS = (
    "event_id", "article_id", "seq", "sentence", "sent_start", "sent_end",
    "source_country", "source_role", "source_name", "source_code",
    "target_country", "target_role", "target_name", "target_code",
    "cameo", "root", "quad", "goldstein", "negated", "hypothetical", "speaker", "trigger",
    "coder", "event_date",
)
QUOTE_COLUMNS = ("article_id", "seq", "speaker", "speaker_country", "text", '"start"', '"end"')
REJECTION_COLUMNS = ("article_id", "uri", "stage", "reason", "detail")
