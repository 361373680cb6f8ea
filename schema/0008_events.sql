-- Calendar events found in WhatsApp conversations (`whatsapp scan`, issue 10).
-- One row per plan: identified by its conversation, detector and the message
-- that opened it, so re-scans and reschedules update the row (and bump
-- `sequence`, the iCalendar SEQUENCE) instead of adding another.
-- start_local / end_local are wall-clock times in `time_zone` (IANA; NULL
-- means UTC); all-day events keep 00:00 and an end of NULL or the last day.

CREATE TABLE IF NOT EXISTS extracted_events (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  conversation_id BIGINT NOT NULL,
  -- 'rules' or 'llm'
  detector VARCHAR(16) NOT NULL,
  -- whatsapp_messages.id of the message that opened the plan
  origin_message_id BIGINT NOT NULL,
  title VARCHAR(500) NOT NULL,
  start_local DATETIME NOT NULL,
  end_local DATETIME NULL,
  all_day TINYINT NOT NULL DEFAULT 0,
  time_zone VARCHAR(64) NULL,
  -- 'tentative', 'confirmed' or 'cancelled'
  status VARCHAR(16) NOT NULL,
  confidence DECIMAL(4,3) NOT NULL,
  -- JSON array of whatsapp_messages.id, ascending
  source_message_ids TEXT NOT NULL,
  -- the source messages as "sender: body" lines (the .ics DESCRIPTION)
  source_text MEDIUMTEXT NULL,
  -- bumped on every change of a stored event
  sequence INT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  UNIQUE KEY uq_extracted_events_origin (conversation_id, detector, origin_message_id),
  KEY idx_extracted_events_start (start_local)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
