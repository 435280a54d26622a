-- Foundation: schema bookkeeping, facts about this database, gap-free counters, center-wide
-- settings and the departments every later table refers to.

-- @sqlite
PRAGMA application_id = 1128549169;
-- @end

CREATE TABLE schema_version (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL
);

-- database_id, branch_code, created_at, demo ("1" for a demonstration database)
CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- Named sequences (case numbers per branch and day, tickets per category and day). Each
-- increment commits or rolls back with the row that uses it, so numbers have no gaps.
CREATE TABLE counters (
    name   TEXT PRIMARY KEY,
    value  BIGINT NOT NULL
);

-- Settings that hold for the whole center (thresholds, opening hours, notice texts).
CREATE TABLE center_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE TABLE departments (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name_zh     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1,
    sort_order  INTEGER NOT NULL DEFAULT 0
);
