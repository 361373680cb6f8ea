-- Search (issue 11): a character-gram index chatbeto maintains itself, so that
-- a term matches every message whose text contains it, in any script, the
-- way LIKE compares under the text column's collation.
--   search_state     one row: whether the index covers every message, the
--                    next document number, the collation the fold was built for
--   search_fold      each BMP character whose class (the smallest code point
--                    with the same collation weights) is not itself
--   search_docs      one row per indexed message (numbered documents), with
--                    its text (zstd when that is smaller) for the exact check
--                    and snippets, so a search never reads the wide messages rows
--   search_postings  per index key (character or pair of characters) and
--                    import batch: the documents holding it, varint deltas
-- The InnoDB FULLTEXT index on messages.text is dropped: search no longer
-- uses it (it never held 2-syllable Korean words, split code at '-' and '+'),
-- and it was most of an import's server time.

CREATE TABLE IF NOT EXISTS search_state (
  id TINYINT NOT NULL PRIMARY KEY,
  built BOOLEAN NOT NULL,
  next_doc INT UNSIGNED NOT NULL,
  fold_collation VARCHAR(64) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A database that already holds messages gets its index built by the first
-- search (or `search --reindex`); an empty one is complete from the start.
INSERT IGNORE INTO search_state (id, built, next_doc)
  SELECT 1, NOT EXISTS (SELECT 1 FROM messages), 1;

CREATE TABLE IF NOT EXISTS search_fold (
  cp INT NOT NULL PRIMARY KEY,
  rep INT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS search_docs (
  doc_id INT UNSIGNED NOT NULL PRIMARY KEY,
  conversation_id VARCHAR(100) NOT NULL,
  node_id VARCHAR(150) NOT NULL,
  visible BOOLEAN NOT NULL,
  role VARCHAR(32) NULL,
  create_time DATETIME(6) NULL,
  body LONGBLOB NOT NULL,
  KEY idx_search_docs_conversation (conversation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS search_postings (
  gram BIGINT UNSIGNED NOT NULL,
  first_doc INT UNSIGNED NOT NULL,
  doc_count INT UNSIGNED NOT NULL,
  docs MEDIUMBLOB NOT NULL,
  PRIMARY KEY (gram, first_doc)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE messages DROP INDEX ft_messages_text;
