-- frontwatch schema, version 1: reports, near-duplicate bands, place mentions, claims,
-- analysis bookkeeping and the ingest log.
--
-- Conventions: timestamps are ISO 8601 text as written by Python's isoformat() (with the offset
-- when the value has one); `*_utc` columns hold the same instant normalised to UTC for sorting and
-- range filters. Nested values that are never filtered on are JSON text.
-- Later issues add their tables (events, control, ...) in new numbered files; never edit this one.

CREATE TABLE reports (
    rowid_seq         INTEGER PRIMARY KEY AUTOINCREMENT,  -- insertion order: "first stored"
    id                TEXT NOT NULL UNIQUE,
    source            TEXT NOT NULL,
    title             TEXT,
    published         TEXT,
    published_utc     TEXT,
    url               TEXT,
    lang              TEXT,
    format            TEXT NOT NULL,
    origin            TEXT NOT NULL,
    raw_text          TEXT NOT NULL,
    clean_text        TEXT NOT NULL,
    removed           TEXT NOT NULL DEFAULT '[]',        -- JSON list of RemovedSpan
    media_lat         REAL,
    media_lon         REAL,
    media_url         TEXT,
    media_taken       TEXT,
    media_description TEXT,
    has_media         INTEGER NOT NULL DEFAULT 0,
    duplicate_of      TEXT REFERENCES reports(id) DEFERRABLE INITIALLY DEFERRED,
    ingested_at       TEXT,
    meta              TEXT NOT NULL DEFAULT '{}',
    minhash           BLOB                                -- near-duplicate signature, see ingest/neardup.py
);
CREATE INDEX reports_source ON reports(source);
CREATE INDEX reports_published ON reports(published_utc);
CREATE INDEX reports_lang ON reports(lang);
CREATE INDEX reports_duplicate_of ON reports(duplicate_of);

CREATE TABLE report_bands (
    band_key  TEXT NOT NULL,
    report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, report_id)
) WITHOUT ROWID;
CREATE INDEX report_bands_report ON report_bands(report_id);

CREATE TABLE place_mentions (
    report_id       TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,                    -- order of the mention as the stage returned it
    start           INTEGER NOT NULL,
    "end"           INTEGER NOT NULL,
    text            TEXT NOT NULL,
    place_id        TEXT,
    name_en         TEXT,
    lat             REAL,
    lon             REAL,
    admin1          TEXT,
    admin2          TEXT,
    precision       TEXT,
    score           REAL NOT NULL DEFAULT 0,
    alternatives    TEXT NOT NULL DEFAULT '[]',          -- JSON list of [place_id, score]
    reason          TEXT NOT NULL DEFAULT '',
    region_conflict TEXT,
    PRIMARY KEY (report_id, seq)
);
CREATE INDEX place_mentions_place ON place_mentions(place_id);

CREATE TABLE claims (
    report_id      TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    claim_id       TEXT NOT NULL,
    event_type     TEXT NOT NULL,
    actor_side     TEXT,
    place_id       TEXT,
    place          TEXT,                                 -- JSON ClaimPlace or NULL
    places_to      TEXT NOT NULL DEFAULT '[]',           -- JSON list of ClaimPlace
    when_start     TEXT,
    when_end       TEXT,
    when_precision TEXT,
    source_name    TEXT NOT NULL,
    source_kind    TEXT NOT NULL,
    source_side    TEXT,
    modality       TEXT NOT NULL,
    evidence_kind  TEXT NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence_text  TEXT NOT NULL,
    language       TEXT,
    quantities     TEXT NOT NULL DEFAULT '{}',           -- JSON {name: Quantity}
    direction      TEXT NOT NULL DEFAULT '[]',           -- JSON list of compass words
    extractor      TEXT NOT NULL,
    meta           TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (report_id, seq),
    UNIQUE (report_id, claim_id)
);
CREATE INDEX claims_claim_id ON claims(claim_id);
CREATE INDEX claims_event_type ON claims(event_type);
CREATE INDEX claims_place ON claims(place_id);
CREATE INDEX claims_when ON claims(when_start, when_end);

-- Which analysis stage ran on which report with which version; a stage re-runs only on reports
-- without a row for its current version.
CREATE TABLE analysis_state (
    report_id   TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    stage       TEXT NOT NULL,
    version     TEXT NOT NULL,
    analysed_at TEXT NOT NULL,
    PRIMARY KEY (report_id, stage)
) WITHOUT ROWID;

CREATE TABLE ingest_log (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    path      TEXT NOT NULL,
    ok        INTEGER NOT NULL,
    reason    TEXT,
    reports   INTEGER NOT NULL DEFAULT 0,
    logged_at TEXT NOT NULL
);
CREATE INDEX ingest_log_path ON ingest_log(path);
