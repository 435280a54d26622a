-- Staff accounts, roles, work sessions, and the append-only audit chain.

CREATE TABLE staff (
    id                    TEXT PRIMARY KEY,
    branch_code           TEXT NOT NULL,
    login                 TEXT NOT NULL UNIQUE,
    display_name          TEXT NOT NULL,
    department_id         TEXT REFERENCES departments (id),
    active                INTEGER NOT NULL DEFAULT 1,
    password_hash         TEXT NOT NULL,
    must_change_password  INTEGER NOT NULL DEFAULT 1,
    failed_attempts       INTEGER NOT NULL DEFAULT 0,
    locked_until          TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);

CREATE TABLE staff_roles (
    staff_id  TEXT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    role      TEXT NOT NULL,
    PRIMARY KEY (staff_id, role)
);

-- One row per login: who, at which PC and window, from when to when.
CREATE TABLE work_sessions (
    id           TEXT PRIMARY KEY,
    branch_code  TEXT NOT NULL,
    staff_id     TEXT NOT NULL REFERENCES staff (id),
    workstation  TEXT NOT NULL,
    window_id    TEXT,
    started_at   TEXT NOT NULL,
    ended_at     TEXT
);
CREATE INDEX work_sessions_staff ON work_sessions (staff_id, started_at);

-- Append-only. Each database (branch) writes its own chain: seq counts 1, 2, 3 … without
-- gaps, and hash = SHA-256(hash of the row before + canonical form of this row).
CREATE TABLE audit_log (
    id            TEXT PRIMARY KEY,
    branch_code   TEXT NOT NULL,
    seq           BIGINT NOT NULL,
    at            TEXT NOT NULL,
    staff_id      TEXT,
    staff_login   TEXT NOT NULL,
    action        TEXT NOT NULL,
    subject_type  TEXT NOT NULL,
    subject_id    TEXT NOT NULL,
    details       TEXT NOT NULL,
    hash          TEXT NOT NULL,
    UNIQUE (branch_code, seq)
);
CREATE INDEX audit_log_subject ON audit_log (subject_type, subject_id, seq);
CREATE INDEX audit_log_staff ON audit_log (staff_id, at);
CREATE INDEX audit_log_at ON audit_log (at);

-- The end of each chain: the last seq and hash written. A row deleted from the end, or one
-- added behind CivicDesk's back, no longer matches it.
CREATE TABLE audit_head (
    branch_code  TEXT PRIMARY KEY,
    seq          BIGINT NOT NULL,
    hash         TEXT NOT NULL
);
