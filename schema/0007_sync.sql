-- Sync of local conversations to OpenAI stored conversations (issue 9).
-- sync_state: one row per local conversation that was ever sent. The remote
-- id is stored the moment OpenAI returns it; items_synced/prefix_hash/
-- last_item_id advance after every accepted append, so a killed run resumes
-- exactly. state 'creating' or 'appending' left behind means a run stopped
-- mid-way: the next run reconciles against the remote items first.
-- conversations.openai_conversation_id / synced_at / synced_hash mirror it.
CREATE TABLE IF NOT EXISTS sync_state (
  conversation_id VARCHAR(100) NOT NULL PRIMARY KEY,
  remote_id VARCHAR(100) NULL,
  items_synced INT NOT NULL DEFAULT 0,
  prefix_hash CHAR(64) NOT NULL,
  last_item_id VARCHAR(100) NULL,
  state VARCHAR(16) NOT NULL,
  created_at DATETIME(6) NULL,
  last_synced_at DATETIME(6) NULL,
  last_error TEXT NULL,
  UNIQUE KEY uq_sync_state_remote (remote_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Remote conversations that may exist without chatbeto knowing their id: a
-- create call that failed ambiguously (timeout, dropped connection, 5xx) or a
-- run killed between the create and storing its id. The API cannot list
-- conversations, so these are reported, never mapped.
CREATE TABLE IF NOT EXISTS sync_unknown_remotes (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  conversation_id VARCHAR(100) NOT NULL,
  noticed_at DATETIME(6) NOT NULL,
  reason TEXT NOT NULL,
  request_id VARCHAR(100) NULL,
  KEY idx_sync_unknown_conv (conversation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
