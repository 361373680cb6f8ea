-- Import speed (issue 11): messages' three secondary indexes become one.
-- Each row an import writes went into four B-trees (the primary key,
-- idx_messages_stats, idx_messages_tree, idx_messages_absent), each at a
-- place of its own; on a stock MariaDB the three secondary ones were about a
-- quarter of the server's work for `messages`. idx_messages_nodes is in
-- primary-key order (so it grows where the rows do) and covers what the
-- three answered without reading the wide rows: parent links and
-- current_node checks (`check`), per-project counts (`projects`), counts by
-- role / model / visible / hidden / absent (`stats`), which now scan it
-- whole instead of a narrower index each (bench/README.md, session 39).
-- Re-runnable: the migrator treats ER_DUP_KEYNAME (the new index is there)
-- and ER_CANT_DROP_FIELD_OR_KEY (an old one is gone) as done. On an
-- existing database the new index is built once, in place (about 10-20 s
-- per GB of export).
ALTER TABLE messages ADD INDEX idx_messages_nodes (conversation_id, node_id, parent_id, role, model_slug, on_visible_path, hidden, absent_since_import_id);
ALTER TABLE messages DROP INDEX idx_messages_tree;
ALTER TABLE messages DROP INDEX idx_messages_stats;
ALTER TABLE messages DROP INDEX idx_messages_absent;
