// Searchable plain text and asset pointers from a message's `content` object,
// one rule per content_type (see content_text.cpp for the list). Pure logic
// over a simdjson DOM that the caller owns.
#pragma once
#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

#include "chatgpt/conversation.h"

namespace chatbeto::chatgpt {

// Replaces msg->text with the text of `content` (citation markers removed)
// and appends the asset pointers it holds to msg->attachments. Pieces are
// joined with '\n'; object parts of multimodal_text become "[image]",
// "[audio transcription: ...]", ... A content type (or part type) without a
// rule is added to *unknown_types once; its text then comes from `parts`
// strings or a `text` field, and the message's raw JSON keeps the rest.
void ExtractContentText(simdjson::dom::object content, std::string_view content_type, Message* msg,
                        std::vector<std::string>* unknown_types);

// Appends metadata.attachments[] entries as kind "attachment".
void AppendMetadataAttachments(simdjson::dom::array attachments, std::vector<Attachment>* out);

// Appends `piece` to *text after a '\n' separator; empty pieces are skipped.
void AppendPiece(std::string* text, std::string_view piece);

}  // namespace chatbeto::chatgpt
