-- The register of issued documents: every receipt, notice, decision and ticket gets its
-- number here, in the transaction that decides it, before anything is printed. Each copy
-- that leaves the program (on paper or as a PDF) is a row of document_copies; every copy
-- after the first is a duplicate (副本) and is audited as a reprint.

CREATE TABLE issued_documents (
    id            TEXT PRIMARY KEY,
    branch_code   TEXT NOT NULL,
    kind          TEXT NOT NULL,
    -- kind prefix, branch, year and a gap-free sequence: "SL-ZX01-2026-000017"
    number        TEXT NOT NULL UNIQUE,
    subject_type  TEXT NOT NULL,
    subject_id    TEXT NOT NULL,
    language      TEXT NOT NULL,
    -- The data the document was filled from, as issued (JSON), so that a reprint years
    -- later shows exactly what the applicant was given.
    content       TEXT NOT NULL,
    issued_at     TEXT NOT NULL,
    staff_id      TEXT,
    staff_login   TEXT NOT NULL,
    staff_name    TEXT NOT NULL
);
CREATE INDEX issued_documents_subject ON issued_documents (subject_type, subject_id, issued_at);
CREATE INDEX issued_documents_issued_at ON issued_documents (issued_at);

-- copy_no 1 is the original. state: 'printing' while it is being painted (a copy whose
-- outcome is unknown counts as made), 'made' once the printer or the file took it, 'failed'
-- when it did not (the next copy then takes its place).
CREATE TABLE document_copies (
    id            TEXT PRIMARY KEY,
    branch_code   TEXT NOT NULL,
    document_id   TEXT NOT NULL REFERENCES issued_documents (id),
    copy_no       INTEGER NOT NULL,
    duplicate     INTEGER NOT NULL,
    paper         TEXT NOT NULL,
    output        TEXT NOT NULL,
    destination   TEXT NOT NULL,
    state         TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    staff_id      TEXT,
    staff_login   TEXT NOT NULL,
    problem       TEXT,
    UNIQUE (document_id, copy_no)
);
