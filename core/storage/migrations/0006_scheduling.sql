-- Window scheduling: ticket categories, windows (counters), the staff roster, queue tickets,
-- ratings (好差评) and the rectification items that bad ratings open.

-- A ticket category: the letter on the ticket ("A" household registration, "B" business …).
CREATE TABLE ticket_categories (
    id          TEXT PRIMARY KEY,
    prefix      TEXT NOT NULL UNIQUE,
    name_zh     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1,
    sort_order  INTEGER NOT NULL DEFAULT 0
);

-- The matters (catalog codes, kept as text) a category covers.
CREATE TABLE ticket_category_matters (
    category_id  TEXT NOT NULL REFERENCES ticket_categories (id) ON DELETE CASCADE,
    matter_code  TEXT NOT NULL,
    PRIMARY KEY (category_id, matter_code)
);

-- A service window. A comprehensive window (综合窗口) serves every category; a dedicated one
-- only those in window_categories. calls_since_priority drives the interleaving of priority
-- and normal tickets at this window.
CREATE TABLE windows (
    id                    TEXT PRIMARY KEY,
    number                INTEGER NOT NULL UNIQUE,
    name                  TEXT NOT NULL,
    zone                  TEXT NOT NULL DEFAULT '',
    comprehensive         INTEGER NOT NULL DEFAULT 0,
    is_open               INTEGER NOT NULL DEFAULT 1,
    calls_since_priority  INTEGER NOT NULL DEFAULT 1000,
    updated_at            TEXT NOT NULL
);

-- The categories a dedicated window serves; a lower rank is served first (the window's main
-- business before the categories it helps out with).
CREATE TABLE window_categories (
    window_id    TEXT NOT NULL REFERENCES windows (id) ON DELETE CASCADE,
    category_id  TEXT NOT NULL REFERENCES ticket_categories (id) ON DELETE CASCADE,
    rank         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (window_id, category_id)
);

-- Who sits at which window, per date and shift ("morning" / "afternoon").
CREATE TABLE roster (
    id           TEXT PRIMARY KEY,
    branch_code  TEXT NOT NULL,
    work_date    TEXT NOT NULL,
    shift        TEXT NOT NULL,
    window_id    TEXT NOT NULL REFERENCES windows (id) ON DELETE CASCADE,
    staff_id     TEXT NOT NULL REFERENCES staff (id),
    updated_at   TEXT NOT NULL,
    UNIQUE (work_date, shift, window_id),
    UNIQUE (work_date, shift, staff_id)
);
CREATE INDEX roster_staff ON roster (staff_id, work_date);

-- One visit in the queue. A transfer closes the row as "transferred" and opens a new one with
-- the same number, linked to the first (original_id) and keeping its issue time, so that the
-- waiting time counts from the first ticket. queue_at orders the queue (a postponed ticket
-- goes to the back); version grows with every change, so that a display board polls cheaply.
CREATE TABLE tickets (
    id                  TEXT PRIMARY KEY,
    branch_code         TEXT NOT NULL,
    service_date        TEXT NOT NULL,
    number              TEXT NOT NULL,
    category_id         TEXT NOT NULL REFERENCES ticket_categories (id),
    priority_class      TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    id_number           TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL,
    issued_at           TEXT NOT NULL,
    original_issued_at  TEXT NOT NULL,
    queue_at            TEXT NOT NULL,
    original_id         TEXT REFERENCES tickets (id),
    transferred_from_id TEXT REFERENCES tickets (id),
    target_window_id    TEXT REFERENCES windows (id),
    target_staff_id     TEXT REFERENCES staff (id),
    window_id           TEXT REFERENCES windows (id),
    staff_id            TEXT REFERENCES staff (id),
    call_count          INTEGER NOT NULL DEFAULT 0,
    first_called_at     TEXT,
    last_called_at      TEXT,
    service_started_at  TEXT,
    finished_at         TEXT,
    outcome             TEXT NOT NULL DEFAULT '',
    case_numbers        TEXT NOT NULL DEFAULT '',
    note                TEXT NOT NULL DEFAULT '',
    version             INTEGER NOT NULL DEFAULT 1,
    updated_at          TEXT NOT NULL
);
CREATE INDEX tickets_waiting ON tickets (status, category_id, queue_at);
CREATE INDEX tickets_day ON tickets (service_date, status);
CREATE INDEX tickets_issued ON tickets (issued_at);
-- A window holds at most one called or served ticket at a time.
CREATE UNIQUE INDEX tickets_one_per_window ON tickets (window_id)
    WHERE status IN ('called', 'serving');

-- An applicant's rating of one visit (好差评): 1 very dissatisfied … 5 very satisfied.
CREATE TABLE ratings (
    id           TEXT PRIMARY KEY,
    branch_code  TEXT NOT NULL,
    ticket_id    TEXT NOT NULL UNIQUE REFERENCES tickets (id),
    score        INTEGER NOT NULL,
    source       TEXT NOT NULL,
    comment      TEXT NOT NULL DEFAULT '',
    window_id    TEXT REFERENCES windows (id),
    staff_id     TEXT REFERENCES staff (id),
    rated_at     TEXT NOT NULL
);
CREATE INDEX ratings_at ON ratings (rated_at);

-- A bad rating (1 or 2) opens an item the supervisor must rectify (整改) by due_date.
CREATE TABLE rectifications (
    id           TEXT PRIMARY KEY,
    branch_code  TEXT NOT NULL,
    rating_id    TEXT NOT NULL UNIQUE REFERENCES ratings (id),
    ticket_id    TEXT NOT NULL REFERENCES tickets (id),
    window_id    TEXT REFERENCES windows (id),
    staff_id     TEXT REFERENCES staff (id),
    status       TEXT NOT NULL,
    opened_at    TEXT NOT NULL,
    due_date     TEXT NOT NULL,
    closed_at    TEXT,
    resolution   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rectifications_open ON rectifications (status, due_date);
