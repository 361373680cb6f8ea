-- ChatGPT exports: conversations, every node of every message tree,
-- attachments, and one row per imported file. Raw JSON is kept beside the
-- extracted columns so nothing in an export is lost. Times are UTC.

CREATE TABLE IF NOT EXISTS conversations (
  id VARCHAR(100) NOT NULL PRIMARY KEY,
  title TEXT NULL,
  create_time DATETIME(6) NULL,
  update_time DATETIME(6) NULL,
  gizmo_id VARCHAR(100) NULL,
  gizmo_type VARCHAR(64) NULL,
  conversation_template_id VARCHAR(100) NULL,
  default_model_slug VARCHAR(100) NULL,
  is_archived BOOLEAN NULL,
  is_starred BOOLEAN NULL,
  current_node VARCHAR(150) NULL,
  memory_scope VARCHAR(64) NULL,
  -- set by `map apply`
  project_id BIGINT NULL,
  -- remote sync state (OpenAI stored conversations)
  openai_conversation_id VARCHAR(100) NULL,
  synced_at DATETIME(6) NULL,
  synced_hash CHAR(64) NULL,
  message_count INT NOT NULL DEFAULT 0,
  content_hash CHAR(64) NOT NULL,
  extra_json LONGTEXT NULL,
  first_import_id BIGINT NULL,
  last_import_id BIGINT NULL,
  KEY idx_conversations_gizmo (gizmo_id),
  KEY idx_conversations_project (project_id),
  KEY idx_conversations_update (update_time)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS messages (
  conversation_id VARCHAR(100) NOT NULL,
  node_id VARCHAR(150) NOT NULL,
  parent_id VARCHAR(150) NULL,
  depth INT NOT NULL,
  sibling_index INT NOT NULL,
  on_visible_path BOOLEAN NOT NULL,
  message_id VARCHAR(150) NULL,
  role VARCHAR(32) NULL,
  author_name VARCHAR(255) NULL,
  recipient VARCHAR(255) NULL,
  channel VARCHAR(64) NULL,
  status VARCHAR(64) NULL,
  content_type VARCHAR(64) NULL,
  hidden BOOLEAN NOT NULL,
  model_slug VARCHAR(100) NULL,
  create_time DATETIME(6) NULL,
  update_time DATETIME(6) NULL,
  text LONGTEXT NULL,
  raw_json LONGTEXT NOT NULL,
  PRIMARY KEY (conversation_id, node_id),
  FULLTEXT KEY ft_messages_text (text)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS attachments (
  conversation_id VARCHAR(100) NOT NULL,
  node_id VARCHAR(150) NOT NULL,
  seq INT NOT NULL,
  kind VARCHAR(64) NOT NULL,
  file_id VARCHAR(255) NULL,
  name TEXT NULL,
  mime_type VARCHAR(255) NULL,
  size_bytes BIGINT NULL,
  pointer TEXT NULL,
  PRIMARY KEY (conversation_id, node_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS imports (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  run_id CHAR(36) NOT NULL,
  path TEXT NOT NULL,
  size_bytes BIGINT NULL,
  sha256 CHAR(64) NULL,
  started_at DATETIME(6) NOT NULL,
  finished_at DATETIME(6) NULL,
  conversations_new INT NOT NULL DEFAULT 0,
  conversations_updated INT NOT NULL DEFAULT 0,
  conversations_unchanged INT NOT NULL DEFAULT 0,
  conversations_older INT NOT NULL DEFAULT 0,
  conversations_rejected INT NOT NULL DEFAULT 0,
  messages_written INT NOT NULL DEFAULT 0,
  status VARCHAR(16) NOT NULL,
  error TEXT NULL,
  KEY idx_imports_run (run_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS import_rejections (
  import_id BIGINT NOT NULL,
  seq INT NOT NULL,
  record_index INT NULL,
  conversation_id VARCHAR(100) NULL,
  byte_offset BIGINT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (import_id, seq)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
