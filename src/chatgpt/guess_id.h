// The id of a record that failed to parse, for error messages.
#pragma once
#include <string>
#include <string_view>

namespace chatbeto::chatgpt {

// Best-effort: the top-level "conversation_id" (else "id") string, found by
// a scan that needs no valid JSON; returned as valid UTF-8. "" when none is
// found.
std::string GuessConversationId(std::string_view json_bytes);

}  // namespace chatbeto::chatgpt
