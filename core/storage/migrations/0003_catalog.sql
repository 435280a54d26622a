-- The service catalog (Administrative Licensing Law art. 30: every matter, its conditions,
-- materials, time limits and fees are published) and the workflow template of each matter.
--
-- Matters, materials, fees, stages and steps keep their ids when edited, so that later
-- tables may refer to them. A table that refers to a matter (cases) does so with a plain
-- REFERENCES matters (id), without ON DELETE: the catalog then deactivates such a matter
-- instead of deleting it (see CatalogRepository::removeMatter).

CREATE TABLE matters (
    id              TEXT PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name_zh         TEXT NOT NULL,
    name_en         TEXT NOT NULL,
    department_id   TEXT NOT NULL REFERENCES departments (id),
    kind            TEXT NOT NULL,               -- licence | public_service | other
    statutory_days  INTEGER NOT NULL,            -- working days; 0: decided on the spot
    promised_days   INTEGER NOT NULL,            -- working days, never above statutory_days
    joint_handling  INTEGER NOT NULL DEFAULT 0,  -- art. 26: several departments, one window
    legal_basis     TEXT NOT NULL DEFAULT '',
    conditions      TEXT NOT NULL DEFAULT '',
    no_materials    INTEGER NOT NULL DEFAULT 0,  -- 1: the matter needs no material at all
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX matters_department ON matters (department_id, code);

CREATE TABLE matter_materials (
    id          TEXT PRIMARY KEY,
    matter_id   TEXT NOT NULL REFERENCES matters (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name_zh     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    form        TEXT NOT NULL,                   -- original | copy | electronic
    copies      INTEGER NOT NULL DEFAULT 1,
    may_follow  INTEGER NOT NULL DEFAULT 0,      -- 容缺: may be handed in after acceptance
    standard    TEXT NOT NULL DEFAULT ''         -- what the clerk checks on acceptance
);
CREATE INDEX matter_materials_matter ON matter_materials (matter_id, position);

-- Art. 58-59: no fee without a legal basis. Amounts in fen.
CREATE TABLE matter_fees (
    id           TEXT PRIMARY KEY,
    matter_id    TEXT NOT NULL REFERENCES matters (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    name_zh      TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    amount_fen   BIGINT NOT NULL CHECK (amount_fen > 0),
    legal_basis  TEXT NOT NULL
);
CREATE INDEX matter_fees_matter ON matter_fees (matter_id, position);

-- One template per matter. version grows with every change of its stages, so that a case can
-- record which version it was accepted under.
CREATE TABLE workflow_templates (
    id          TEXT PRIMARY KEY,
    matter_id   TEXT NOT NULL UNIQUE REFERENCES matters (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Stages run one after another; the steps of one stage run side by side (joint approval,
-- art. 26), led by lead_department_id.
CREATE TABLE workflow_stages (
    id                  TEXT PRIMARY KEY,
    template_id         TEXT NOT NULL REFERENCES workflow_templates (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    kind                TEXT NOT NULL,           -- acceptance | review | decision | certificate | handover | other
    name_zh             TEXT NOT NULL,
    name_en             TEXT NOT NULL,
    lead_department_id  TEXT REFERENCES departments (id)
);
CREATE INDEX workflow_stages_template ON workflow_stages (template_id, position);

CREATE TABLE workflow_steps (
    id               TEXT PRIMARY KEY,
    stage_id         TEXT NOT NULL REFERENCES workflow_stages (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    name_zh          TEXT NOT NULL,
    name_en          TEXT NOT NULL,
    department_id    TEXT NOT NULL REFERENCES departments (id),
    time_limit_days  INTEGER                     -- working days; NULL: no limit of its own
);
CREATE INDEX workflow_steps_stage ON workflow_steps (stage_id, position);
