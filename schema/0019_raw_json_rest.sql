-- Import speed (issue 11): "rest JSON". Most of a message's raw JSON is its
-- text, which messages.text already holds. When the message's one text part
-- is exactly that text, the importer stores the raw JSON with the part
-- replaced by the marker "chatbeto:text:7f3a9c51e2" (a JSON string), compressed in
-- raw_json_rest_z (COMPRESS() format, like raw_json_z), and leaves raw_json
-- and raw_json_z NULL: on the 100 MB export the raw JSON the server loads
-- falls from 42 to about 15 MB. The view message_raw_json puts the text back:
--   REPLACE(rest, '"chatbeto:text:7f3a9c51e2"', JSON_QUOTE(text))
-- which gives the raw JSON byte for byte (chatgpt/rest_json.h: only a part
-- that this rebuilds exactly is replaced). JSON_EXTRACT of any other field
-- works on the rest itself. Exactly one of raw_json, raw_json_z and
-- raw_json_rest_z is set on every row.
-- Re-runnable: the migration runner skips a column that already exists.

ALTER TABLE messages ADD COLUMN raw_json_rest_z LONGBLOB NULL;

CREATE OR REPLACE VIEW message_raw_json AS
  SELECT conversation_id, node_id,
         COALESCE(raw_json,
                  CONVERT(UNCOMPRESS(raw_json_z) USING utf8mb4) COLLATE utf8mb4_unicode_ci,
                  REPLACE(CONVERT(UNCOMPRESS(raw_json_rest_z) USING utf8mb4) COLLATE utf8mb4_unicode_ci,
                          '"chatbeto:text:7f3a9c51e2"', JSON_QUOTE(text)))
           AS raw_json
  FROM messages;
