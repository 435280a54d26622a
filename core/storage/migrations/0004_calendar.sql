-- The working-day calendar (Administrative Licensing Law art. 82: time limits count working
-- days). Only the exceptions to "Monday to Friday work, Saturday and Sunday off" are kept, as
-- the State Council announces them each November: days off of the public holidays and the
-- make-up working days (调休) on a weekend. All PCs of a center compute deadlines from these
-- rows; each change also writes a new meta calendar_revision, which tells every PC to reload.

-- A year the calendar covers. A deadline that reaches a year without a row here is counted
-- with weekends only, and flagged.
CREATE TABLE calendar_years (
    year         INTEGER PRIMARY KEY,
    source       TEXT NOT NULL,   -- the notice or file it came from, or "entered by hand"
    imported_at  TEXT NOT NULL,
    imported_by  TEXT NOT NULL,   -- staff login, or system:<origin>
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL
);

-- The exceptions of a covered year.
CREATE TABLE calendar_days (
    day         TEXT PRIMARY KEY,  -- yyyy-MM-dd
    year        INTEGER NOT NULL REFERENCES calendar_years (year),
    off_day     INTEGER NOT NULL,  -- 1: a day off of a public holiday; 0: a make-up working day
    name        TEXT NOT NULL,     -- the holiday, as announced: 春节, 国庆节 …
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    CHECK (off_day IN (0, 1))
);
CREATE INDEX calendar_days_year ON calendar_days (year, day);
