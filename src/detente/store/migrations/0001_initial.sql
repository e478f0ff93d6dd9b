-- 0001_initial: the first schema of the détente store.
-- One row per input in either documents or rejections (articles in = stored + rejected);
-- mentions, events and quotes point back to documents by article_id.

CREATE TABLE documents (
    article_id   VARCHAR PRIMARY KEY,   -- content hash of the raw bytes
    uri          VARCHAR NOT NULL,      -- input path or URL
    title        VARCHAR,
    outlet       VARCHAR,
    published    VARCHAR,               -- ISO 8601 as extracted, offset kept (e.g. +09:00)
    published_at TIMESTAMPTZ,           -- the same instant, when it had an offset
    updated      VARCHAR,
    authors      VARCHAR[],
    section      VARCHAR,
    dateline     VARCHAR,
    url          VARCHAR,
    language     VARCHAR,
    text         VARCHAR NOT NULL,
    notes        VARCHAR[],
    text_hash    VARCHAR,               -- sha256 of the normalised text; folds exact duplicates
    ingested_at  TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

CREATE INDEX documents_text_hash ON documents (text_hash);

CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    seq        INTEGER NOT NULL,        -- position in the coded document's list
    mention    VARCHAR NOT NULL,
    "start"    INTEGER NOT NULL,        -- character offsets into documents.text
    "end"      INTEGER NOT NULL,
    country    VARCHAR,
    role       VARCHAR,
    name       VARCHAR,
    code       VARCHAR,
    kind       VARCHAR,
    rule       VARCHAR,
    person     BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE events (
    event_id       VARCHAR PRIMARY KEY, -- "<article_id>-<seq>", stable across re-runs
    article_id     VARCHAR NOT NULL,
    seq            INTEGER NOT NULL,
    sentence       VARCHAR NOT NULL,
    sent_start     INTEGER NOT NULL,    -- sentence span in documents.text
    sent_end       INTEGER NOT NULL,
    source_country VARCHAR,
    source_role    VARCHAR,
    source_name    VARCHAR,
    source_code    VARCHAR,
    target_country VARCHAR,
    target_role    VARCHAR,
    target_name    VARCHAR,
    target_code    VARCHAR,
    cameo          VARCHAR NOT NULL,
    root           VARCHAR NOT NULL,
    quad           INTEGER NOT NULL,    -- 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
    goldstein      DOUBLE NOT NULL,
    negated        BOOLEAN NOT NULL DEFAULT false,
    hypothetical   BOOLEAN NOT NULL DEFAULT false,
    speaker        VARCHAR,
    trigger        VARCHAR,
    coder          VARCHAR NOT NULL,    -- versioned coder name, e.g. rules.v1
    event_date     DATE                 -- the article's published date (its own offset), or NULL
);

CREATE TABLE quotes (
    article_id      VARCHAR NOT NULL,
    seq             INTEGER NOT NULL,
    speaker         VARCHAR,
    speaker_country VARCHAR,
    text            VARCHAR NOT NULL,
    "start"         INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    PRIMARY KEY (article_id, seq)
);

CREATE TABLE rejections (
    article_id  VARCHAR PRIMARY KEY,
    uri         VARCHAR NOT NULL,
    stage       VARCHAR NOT NULL,       -- ingest, extract, nlp, actors, events, store
    reason      VARCHAR NOT NULL,       -- records.REJECTION_REASONS, or "duplicate" from the store
    detail      VARCHAR NOT NULL DEFAULT '',
    rejected_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);
