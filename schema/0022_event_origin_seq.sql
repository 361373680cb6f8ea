-- Two events opened by one message ("la clase del jueves 15 se suspende ... La
-- recuperamos el martes 20 a la misma hora"): an event is known across rescans by
-- its opening message and its place among the events that message opened
-- (origin_seq 0, 1, ...). Before, the second one's INSERT broke the unique key and
-- the conversation could not be scanned. Re-runnable: the migrator treats
-- ER_DUP_FIELDNAME as done.
ALTER TABLE extracted_events
  ADD COLUMN origin_seq INT NOT NULL DEFAULT 0,
  DROP INDEX uq_extracted_events_origin,
  ADD UNIQUE KEY uq_extracted_events_origin (conversation_id, detector, origin_message_id, origin_seq);
