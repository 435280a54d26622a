-- Applicants: the people and organisations applications are made for. One row per document:
-- the same person coming back with the same ID card is the same row.
--
-- Name search must find 1- and 2-character fragments of Chinese names, which word tokenizers
-- and trigrams cannot: a tokenizer takes a run of Chinese characters as one word, a trigram
-- index has nothing to look up for fewer than 3 characters. So the program also stores each
-- name as its characters separated by spaces (name_chars, "张 三 丰"); every character is a
-- token, and a fragment is searched as a phrase of consecutive tokens ("三 丰"). SQLite indexes
-- name_chars with FTS5, PostgreSQL with a GIN index over its tsvector; names are also indexed
-- whole, for exact matches and prefixes (a family name).
--
-- phone_key: the phone's digits without separators and extension, for lookups by phone.

CREATE TABLE persons (
    id               TEXT PRIMARY KEY,
    branch_code      TEXT NOT NULL,
    name             TEXT NOT NULL,
    name_chars       TEXT NOT NULL,
    document_type    TEXT NOT NULL,
    document_number  TEXT NOT NULL,
    phone            TEXT NOT NULL DEFAULT '',
    phone_key        TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (document_type, document_number)
);
CREATE INDEX persons_phone ON persons (phone_key);

CREATE TABLE organisations (
    id                    TEXT PRIMARY KEY,
    branch_code           TEXT NOT NULL,
    name                  TEXT NOT NULL,
    name_chars            TEXT NOT NULL,
    credit_code           TEXT NOT NULL UNIQUE,
    legal_representative  TEXT NOT NULL,
    contact_name          TEXT NOT NULL,
    contact_phone         TEXT NOT NULL DEFAULT '',
    phone_key             TEXT NOT NULL DEFAULT '',
    address               TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX organisations_phone ON organisations (phone_key);

-- @sqlite
CREATE INDEX persons_name ON persons (name);
CREATE INDEX organisations_name ON organisations (name);

-- External-content FTS5 tables: they hold only the index, keyed by the applicant row's rowid,
-- and the triggers keep them in step. (VACUUM keeps the rowids of these tables; should they
-- ever change, INSERT INTO persons_fts(persons_fts) VALUES ('rebuild') rebuilds the index.)
CREATE VIRTUAL TABLE persons_fts USING fts5 (
    name_chars, content = 'persons', columnsize = 0, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE organisations_fts USING fts5 (
    name_chars, content = 'organisations', columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER persons_fts_insert AFTER INSERT ON persons BEGIN
    INSERT INTO persons_fts (rowid, name_chars) VALUES (new.rowid, new.name_chars);
END;
CREATE TRIGGER persons_fts_delete AFTER DELETE ON persons BEGIN
    INSERT INTO persons_fts (persons_fts, rowid, name_chars) VALUES ('delete', old.rowid, old.name_chars);
END;
CREATE TRIGGER persons_fts_update AFTER UPDATE OF name_chars ON persons BEGIN
    INSERT INTO persons_fts (persons_fts, rowid, name_chars) VALUES ('delete', old.rowid, old.name_chars);
    INSERT INTO persons_fts (rowid, name_chars) VALUES (new.rowid, new.name_chars);
END;

CREATE TRIGGER organisations_fts_insert AFTER INSERT ON organisations BEGIN
    INSERT INTO organisations_fts (rowid, name_chars) VALUES (new.rowid, new.name_chars);
END;
CREATE TRIGGER organisations_fts_delete AFTER DELETE ON organisations BEGIN
    INSERT INTO organisations_fts (organisations_fts, rowid, name_chars) VALUES ('delete', old.rowid, old.name_chars);
END;
CREATE TRIGGER organisations_fts_update AFTER UPDATE OF name_chars ON organisations BEGIN
    INSERT INTO organisations_fts (organisations_fts, rowid, name_chars) VALUES ('delete', old.rowid, old.name_chars);
    INSERT INTO organisations_fts (rowid, name_chars) VALUES (new.rowid, new.name_chars);
END;
-- @end

-- @postgres
-- text_pattern_ops: byte-order comparison, so that a prefix is a range whatever the
-- database's collation.
CREATE INDEX persons_name ON persons (name text_pattern_ops);
CREATE INDEX organisations_name ON organisations (name text_pattern_ops);
CREATE INDEX persons_name_chars ON persons USING GIN (to_tsvector('simple', name_chars));
CREATE INDEX organisations_name_chars ON organisations USING GIN (to_tsvector('simple', name_chars));
-- @end
