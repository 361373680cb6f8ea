-- `whatsapp scan --llm --live` (issue 10): how far each WhatsApp conversation
-- has been read by the LLM pass. Messages with an id above last_message_id
-- are new to it (ids grow with every insert, whatever the message's time), so
-- a message is sent once unless --reprocess. The row is also the claim: a
-- scanner holds it FOR UPDATE (SKIP LOCKED) while it asks about the
-- conversation, so two scanners never send one conversation twice. Counts
-- are totals over all runs.
CREATE TABLE IF NOT EXISTS whatsapp_llm_scan (
  conversation_id BIGINT NOT NULL PRIMARY KEY,
  last_message_id BIGINT NOT NULL DEFAULT 0,
  requests INT NOT NULL DEFAULT 0,
  refusals INT NOT NULL DEFAULT 0,
  incomplete INT NOT NULL DEFAULT 0,
  rejected INT NOT NULL DEFAULT 0,
  last_response_id VARCHAR(100) NULL,
  updated_at DATETIME(6) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
