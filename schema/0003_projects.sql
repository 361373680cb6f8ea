-- Named projects and the gizmo ids (ChatGPT Projects g-p-..., custom GPTs
-- g-...) that map to them; conversations.project_id points here.

CREATE TABLE IF NOT EXISTS projects (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  chatgpt_project_id VARCHAR(100) NULL,
  openai_assistant_id VARCHAR(100) NULL,
  notes TEXT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  UNIQUE KEY uq_projects_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS project_gizmos (
  gizmo_id VARCHAR(100) NOT NULL PRIMARY KEY,
  project_id BIGINT NOT NULL,
  kind VARCHAR(16) NOT NULL,
  notes TEXT NULL,
  KEY idx_project_gizmos_project (project_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
