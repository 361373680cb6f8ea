-- WhatsApp: conversations (one per exported chat, Cloud API contact or Twilio
-- number) and every message, whatever form it arrived in (export text or zip,
-- Cloud API webhook log, Twilio webhook log). Times are UTC; the raw line or
-- payload is kept beside the extracted columns. `whatsapp scan` (issue 10)
-- reads messages per conversation where processed = 0 and sets
-- processed / event_extracted / event_id, and whatsapp_conversations.event_count.

CREATE TABLE IF NOT EXISTS whatsapp_conversations (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- stable per chat: "export:<chat name>", "cloud:<wa_id or user_id>",
  -- "twilio:<contact number>"
  chat_key VARCHAR(191) NOT NULL,
  platform VARCHAR(16) NOT NULL,
  name VARCHAR(255) NULL,
  -- JSON array of the names / numbers seen in the chat
  participants TEXT NULL,
  -- IANA zone the export's local times were read in (NULL for webhooks)
  time_zone VARCHAR(64) NULL,
  first_message_at DATETIME(6) NULL,
  last_message_at DATETIME(6) NULL,
  message_count INT NOT NULL DEFAULT 0,
  event_count INT NOT NULL DEFAULT 0,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  UNIQUE KEY uq_whatsapp_conversations_chat_key (chat_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE IF NOT EXISTS whatsapp_messages (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  -- Twilio MessageSid, Cloud API wamid, or for exported chats "x-" + a hash of
  -- chat, local wall-clock time, sender, body and occurrence
  message_sid VARCHAR(191) NOT NULL,
  conversation_id BIGINT NOT NULL,
  from_addr VARCHAR(255) NULL,
  to_addr VARCHAR(255) NULL,
  sender_name VARCHAR(255) NULL,
  -- 'inbound', 'outbound' or 'system'
  direction VARCHAR(16) NOT NULL,
  body MEDIUMTEXT NULL,
  received_at DATETIME(6) NULL,
  -- text, media, system, deleted, poll, image, audio, video, document,
  -- sticker, location, contacts, interactive, button, reaction, edit, revoke…
  message_type VARCHAR(32) NOT NULL,
  media_name VARCHAR(255) NULL,
  media_kind VARCHAR(32) NULL,
  media_mime VARCHAR(127) NULL,
  -- the file in the export zip the attachment name matched, or a media URL/id
  media_ref TEXT NULL,
  is_system TINYINT NOT NULL DEFAULT 0,
  is_edited TINYINT NOT NULL DEFAULT 0,
  is_deleted TINYINT NOT NULL DEFAULT 0,
  -- for edit / revoke / reaction rows: the message_sid they change
  ref_sid VARCHAR(191) NULL,
  -- Cloud API delivery status of an outbound message (sent, delivered, read, failed)
  status VARCHAR(16) NULL,
  processed TINYINT NOT NULL DEFAULT 0,
  event_extracted TINYINT NOT NULL DEFAULT 0,
  event_id BIGINT NULL,
  raw MEDIUMTEXT NULL,
  -- file:line (or file:record) the message was first read from
  source VARCHAR(512) NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  UNIQUE KEY uq_whatsapp_messages_sid (message_sid),
  KEY idx_whatsapp_messages_processed (conversation_id, processed),
  KEY idx_whatsapp_messages_received (conversation_id, received_at),
  KEY idx_whatsapp_messages_ref (ref_sid)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
