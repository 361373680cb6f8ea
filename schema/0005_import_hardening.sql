-- Import hardening (issue 7).
-- A newer export that no longer has some nodes of a conversation never
-- deletes them: they stay, off the visible path, marked with the import that
-- first no longer had them (NULL while the newest stored version has them).
-- idx_messages_absent lets `stats` count them without reading the wide rows.
-- Re-runnable: the migrator treats ER_DUP_FIELDNAME / ER_DUP_KEYNAME as done.
ALTER TABLE messages ADD COLUMN absent_since_import_id BIGINT NULL;
ALTER TABLE messages ADD INDEX idx_messages_absent (absent_since_import_id);
-- Repairs the parser made to a record (invalid UTF-8, broken parent cycles,
-- re-attached orphans, wrong-typed fields, ...), counted per kind per file.
CREATE TABLE IF NOT EXISTS import_repairs (
  import_id BIGINT NOT NULL,
  kind VARCHAR(64) NOT NULL,
  count INT NOT NULL,
  first_example TEXT NULL,
  PRIMARY KEY (import_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
