-- Import speed (issue 11): the importer writes the search rows of a batch on
-- a second connection, in its own transaction, while the next batch loads.
-- The batch's transaction lists its conversations here; the transaction that
-- writes their search rows removes them. A conversation still listed was
-- committed but not indexed (the import stopped in between): the next import,
-- search or `search --reindex` indexes it from the stored messages first
-- (search::Index::CatchUp), so a search never misses it.
CREATE TABLE IF NOT EXISTS search_pending (
  conversation_id VARCHAR(100) NOT NULL PRIMARY KEY
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
