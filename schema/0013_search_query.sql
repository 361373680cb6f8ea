-- Search query speed (issue 11): one row per indexed conversation with the
-- range of its document numbers. The index numbers a conversation's documents
-- consecutively (search/index.h), so a search groups the documents of its
-- posting lists by conversation, counts hits and drops documents of replaced
-- conversations (no row here covers them) without reading search_docs.
CREATE TABLE IF NOT EXISTS search_convs (
  first_doc INT UNSIGNED NOT NULL PRIMARY KEY,
  last_doc INT UNSIGNED NOT NULL,
  conversation_id VARCHAR(100) NOT NULL,
  KEY idx_search_convs_conversation (conversation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The ranges of an index built before this table existed.
INSERT IGNORE INTO search_convs (first_doc, last_doc, conversation_id)
  SELECT MIN(doc_id), MAX(doc_id), conversation_id FROM search_docs GROUP BY conversation_id;
