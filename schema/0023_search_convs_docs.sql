-- Import speed (issue 11): the per-message table search_docs goes; each
-- indexed conversation's search_convs row packs the same facts of its
-- documents into one value, docs: for each document of first_doc..last_doc
-- in order, the message's node_id, role and create_time (varint lengths,
-- UUIDs as 16 bytes, times as microseconds; search/doc_pack.h). On the 100 MB
-- export that is about 47,000 rows and 280,000 bound parameters fewer per
-- import, and one secondary index less.
-- An index built before has no docs values: the index is marked as not built,
-- so the next search (or `search --reindex`) rebuilds it whole before it
-- answers (the index format tag, search_state.fold_collation, moves to v6
-- too, which does the same). An empty database stays complete.
-- Re-runnable: ADD COLUMN again is ER_DUP_FIELDNAME, which the migrator
-- treats as done.
ALTER TABLE search_convs ADD COLUMN docs LONGBLOB NULL;
DROP TABLE IF EXISTS search_docs;
UPDATE search_state SET built = 0 WHERE id = 1 AND EXISTS (SELECT 1 FROM messages);
