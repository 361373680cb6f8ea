-- Re-import speed (issue 11): the SHA-256 of the bytes a conversation was
-- last read from (chatgpt::SourceHash: a reader version, then the record as
-- the export wrote it). A record whose bytes hash to a stored source_sha256
-- would parse to exactly the stored conversation, so a re-import recognises
-- it before it is parsed and leaves it unchanged. NULL for conversations not
-- read from an export (the API) or stored before this migration (the next
-- import that finds them unchanged sets it).
-- Re-runnable: the migration runner skips a column or key that already exists.

ALTER TABLE conversations
  ADD COLUMN source_sha256 CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NULL;

ALTER TABLE conversations ADD KEY idx_conversations_source (source_sha256);
