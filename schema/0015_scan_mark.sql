-- `whatsapp scan` speed (issue 10): a per-conversation high-water mark
-- instead of a per-message flag in an index. scanned_through_id: every
-- message of the conversation with an id up to it has been scanned
-- (processed = 1). Ids grow with every insert whatever the message's time,
-- so a message imported later (an earlier export of the same chat, a webhook)
-- is above the mark and is scanned. The scan finds conversations with an
-- unprocessed message above their mark (index idx_whatsapp_messages_conversation,
-- i.e. conversation_id then id), reads those messages, sets processed /
-- event_extracted / event_id in bulk and moves the mark. `processed` is no
-- longer in an index, so marking a message moves no index entry.
-- A writer of whatsapp_messages locks the conversation row (FOR UPDATE)
-- before it inserts into the conversation and keeps it until it commits, so
-- a scanner, which holds the row while it reads, never passes a message that
-- is not committed yet (whatsapp/store.cpp, events/scanner.h).
-- Re-runnable: the migrator treats ER_DUP_FIELDNAME, ER_DUP_KEYNAME and
-- ER_CANT_DROP_FIELD_OR_KEY as done; the UPDATE gives the same marks again.
ALTER TABLE whatsapp_conversations ADD COLUMN scanned_through_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE whatsapp_messages ADD INDEX idx_whatsapp_messages_conversation (conversation_id);

-- The marks of a database scanned before: up to the first unprocessed
-- message, else the last message.
UPDATE whatsapp_conversations c SET scanned_through_id = COALESCE(
  (SELECT MIN(m.id) - 1 FROM whatsapp_messages m WHERE m.conversation_id = c.id AND m.processed = 0),
  (SELECT MAX(m.id) FROM whatsapp_messages m WHERE m.conversation_id = c.id),
  0);

ALTER TABLE whatsapp_messages DROP INDEX idx_whatsapp_messages_processed;
