-- Narrow covering indexes so that `stats`, `check` and `projects` read a few
-- hundred MB less: messages rows are wide (raw JSON and text inline), and
-- without these every count scanned the whole table (30-60 s for a 1 GB
-- export, under 1 s with them).
--   idx_messages_stats: counts by role / model / visible / hidden
--   idx_messages_tree:  parent links and current_node checks, per-project
--                       message counts (in primary-key order, so cheap to
--                       maintain on import)
-- One statement per index; re-running after a partial run skips an index
-- that already exists (the migrator treats ER_DUP_KEYNAME as done).
ALTER TABLE messages ADD INDEX idx_messages_stats (role, model_slug, on_visible_path, hidden);
ALTER TABLE messages ADD INDEX idx_messages_tree (conversation_id, node_id, parent_id, role);
