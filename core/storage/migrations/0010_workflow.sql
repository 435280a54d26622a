-- Workflow: the record of every round of every approval step, the public list of approvals
-- (art. 40), and the indexes electronic supervision reads open cases through.

-- One row each time an approval step is closed: approved, returned, denied, or set back
-- because the case was sent back, denied elsewhere or withdrawn. A step that is sent back and
-- opened again has one row per round; the round still open is the step itself (case_steps).
-- What supervision shows as "time used in each step".
CREATE TABLE case_step_history (
    id            TEXT PRIMARY KEY,
    branch_code   TEXT NOT NULL,
    case_id       TEXT NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    step_id       TEXT NOT NULL REFERENCES case_steps (id) ON DELETE CASCADE,
    opened_at     TEXT NOT NULL,
    due_on        TEXT,
    closed_at     TEXT NOT NULL,
    outcome       TEXT NOT NULL,                  -- approved | returned | denied | reset
    staff_id      TEXT REFERENCES staff (id),
    reason        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_step_history_case ON case_step_history (case_id, closed_at);

-- Art. 40: decisions granting a licence are public. No personal data: a person holding the
-- licence appears with the family name only (张*), an organisation with its name.
CREATE TABLE published_decisions (
    case_id             TEXT PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    branch_code         TEXT NOT NULL,
    case_number         TEXT NOT NULL,
    matter_code         TEXT NOT NULL,
    matter_name_zh      TEXT NOT NULL,
    matter_name_en      TEXT NOT NULL,
    department_id       TEXT NOT NULL REFERENCES departments (id),
    holder              TEXT NOT NULL,
    content             TEXT NOT NULL,
    certificate_name    TEXT NOT NULL DEFAULT '',
    certificate_number  TEXT NOT NULL DEFAULT '',
    valid_from          TEXT,
    valid_until         TEXT,
    decided_on          TEXT NOT NULL,
    published_at        TEXT NOT NULL
);
CREATE INDEX published_decisions_decided ON published_decisions (decided_on);

-- Supervision reads only what is open: open steps, open suspensions and extension requests
-- waiting for a supervisor, each through its own index however many closed rows there are.
-- (Open cases are found through cases_status_due of 0008.)
CREATE INDEX case_steps_open ON case_steps (state, case_id);
CREATE INDEX case_suspensions_open ON case_suspensions (ended_on, case_id);
CREATE INDEX case_extensions_state ON case_extensions (state, case_id);
