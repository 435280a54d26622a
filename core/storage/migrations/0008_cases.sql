-- Cases: one application from intake to handover, its materials, the approval steps copied
-- from the matter's workflow template, suspensions and extensions.
--
-- A case copies what it was accepted under (matter name, time limits, materials, the
-- template's stages) so that a later change to the catalog does not rewrite its history.
-- Dates are "yyyy-MM-dd", timestamps "yyyy-MM-dd HH:mm:ss.zzz" (local time).

CREATE TABLE cases (
    id                   TEXT PRIMARY KEY,
    branch_code          TEXT NOT NULL,
    number               TEXT NOT NULL UNIQUE,       -- {branch}{yyyyMMdd}{5-digit sequence}
    matter_id            TEXT NOT NULL REFERENCES matters (id),
    matter_code          TEXT NOT NULL,
    matter_name_zh       TEXT NOT NULL,
    matter_name_en       TEXT NOT NULL,
    department_id        TEXT NOT NULL REFERENCES departments (id), -- the matter's department
    template_version     INTEGER NOT NULL DEFAULT 0,
    applicant_kind       TEXT NOT NULL,              -- person | organisation
    applicant_id         TEXT NOT NULL,
    applicant_name       TEXT NOT NULL,
    applicant_document   TEXT NOT NULL,              -- ID number or credit code, normalised
    applicant_phone_key  TEXT NOT NULL DEFAULT '',   -- the phone's digits
    status               TEXT NOT NULL,
    received_at          TEXT NOT NULL,              -- when the application was handed in
    accepted_on          TEXT,                       -- the day the clock starts
    statutory_days       INTEGER NOT NULL,
    promised_days        INTEGER NOT NULL,
    extension_days       INTEGER NOT NULL DEFAULT 0,
    statutory_due        TEXT,
    promised_due         TEXT,
    due_estimated        INTEGER NOT NULL DEFAULT 0, -- the calendar lacked a year: dates estimated
    correction_due       TEXT,                       -- awaiting correction: the applicant's deadline
    deficiency_due       TEXT,                       -- 容缺: the promised date of what is owed
    refusal_reason       TEXT NOT NULL DEFAULT '',
    competent_authority  TEXT NOT NULL DEFAULT '',
    decision             TEXT,                       -- approved | denied
    decided_on           TEXT,
    decision_reasons     TEXT NOT NULL DEFAULT '',
    certificate_due      TEXT,                       -- art. 44: 10 working days after the decision
    certificate_on       TEXT,
    closed_at            TEXT,
    handover             TEXT NOT NULL DEFAULT '',   -- JSON: collected by (masked) or tracking number
    intake_staff_id      TEXT REFERENCES staff (id),
    window_id            TEXT,
    ticket_id            TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX cases_received ON cases (received_at);
CREATE INDEX cases_status_due ON cases (status, promised_due);
CREATE INDEX cases_document ON cases (applicant_document);
CREATE INDEX cases_phone ON cases (applicant_phone_key);
CREATE INDEX cases_applicant ON cases (applicant_id);
CREATE INDEX cases_department ON cases (department_id, status);
CREATE INDEX cases_matter ON cases (matter_id, received_at);

CREATE TABLE case_materials (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    material_id      TEXT,                           -- the catalog material it was copied from
    name_zh          TEXT NOT NULL,
    name_en          TEXT NOT NULL,
    form             TEXT NOT NULL,                  -- original | copy | electronic
    copies           INTEGER NOT NULL,
    may_follow       INTEGER NOT NULL DEFAULT 0,
    state            TEXT NOT NULL,                  -- received | missing | defective | deferred | supplied
    note             TEXT NOT NULL DEFAULT '',       -- what is wrong or wanted
    supplied_at      TEXT
);
CREATE INDEX case_materials_case ON case_materials (case_id, position);

-- The approval steps of one case, copied from the template at acceptance. Stages run one after
-- another; the steps of a stage side by side.
CREATE TABLE case_steps (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    stage_position   INTEGER NOT NULL,
    stage_kind       TEXT NOT NULL,                  -- acceptance | review | decision | certificate | handover | other
    stage_name_zh    TEXT NOT NULL,
    stage_name_en    TEXT NOT NULL,
    step_position    INTEGER NOT NULL,
    step_name_zh     TEXT NOT NULL,
    step_name_en     TEXT NOT NULL,
    department_id    TEXT NOT NULL REFERENCES departments (id),
    is_lead          INTEGER NOT NULL DEFAULT 0,
    time_limit_days  INTEGER,
    state            TEXT NOT NULL,                  -- pending | open | approved | returned | denied
    opened_at        TEXT,
    due_on           TEXT,
    decided_at       TEXT,
    decided_by       TEXT REFERENCES staff (id),
    reason           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_steps_case ON case_steps (case_id, stage_position, step_position);
CREATE INDEX case_steps_inbox ON case_steps (department_id, state, due_on);

-- Art. 45: the clock stops while a hearing, testing, inspection, expert review or tender runs.
CREATE TABLE case_suspensions (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL,                  -- hearing | testing | inspection | expert_review | tender
    reason           TEXT NOT NULL,
    started_on       TEXT NOT NULL,
    expected_days    INTEGER NOT NULL,
    ended_on         TEXT,
    started_by       TEXT REFERENCES staff (id),
    ended_by         TEXT REFERENCES staff (id)
);
CREATE INDEX case_suspensions_case ON case_suspensions (case_id, started_on);

-- Art. 42: +10 working days (+15 for joint handling), requested with a reason, approved by a
-- supervisor.
CREATE TABLE case_extensions (
    id               TEXT PRIMARY KEY,
    case_id          TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    days             INTEGER NOT NULL,
    reason           TEXT NOT NULL,
    state            TEXT NOT NULL,                  -- requested | approved | rejected
    requested_by     TEXT REFERENCES staff (id),
    requested_at     TEXT NOT NULL,
    decided_by       TEXT REFERENCES staff (id),
    decided_at       TEXT,
    decision_note    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_extensions_case ON case_extensions (case_id, requested_at);
