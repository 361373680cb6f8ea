-- Import: what lossy repairs replaced (issue 7 item 4), per conversation, so
-- that nothing of the input is lost: the bytes of invalid UTF-8 (now U+FFFD)
-- and unpaired surrogate escapes with their offset in the record, and the
-- parent the export gave each node that a repair moved (a broken cycle, a
-- re-attached orphan, a parent that does not exist). A JSON object, NULL
-- when no such repair was made (see chatgpt/conversation.h).
-- Re-runnable: the migrator treats ER_DUP_FIELDNAME as done.
ALTER TABLE conversations ADD COLUMN repair_originals LONGTEXT NULL;
