// Request bodies and response parsing for the Conversations and Responses
// APIs. Pure (no network): every body chatbeto sends is built here, and every
// response it reads is parsed here, so both are tested without a server.
// Parsers take untrusted input and throw Error(kNetwork) naming what is wrong.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chatbeto::openai {

// A message item as sent: content is a plain string (accepted for every role;
// OpenAI rejects input_text parts in an assistant message).
struct MessageItem {
  std::string role;  // "user" or "assistant" (also "system", "developer")
  std::string text;
  bool operator==(const MessageItem&) const = default;
};

// An item as listed or returned: type "message" has role and text (the text
// parts joined); other types (reasoning, function_call, ...) keep only id/type.
struct RemoteItem {
  std::string id, type, role, text;
};

struct ItemPage {
  std::vector<RemoteItem> data;
  bool has_more = false;
  std::string last_id;  // "" when empty
};

using Metadata = std::vector<std::pair<std::string, std::string>>;

// Limits of the API (and of the fake server, which enforces them).
inline constexpr size_t kMaxItemsPerRequest = 20;
inline constexpr size_t kMaxListLimit = 100;
inline constexpr size_t kMaxMetadataPairs = 16;
inline constexpr size_t kMaxMetadataKeyChars = 64;
inline constexpr size_t kMaxMetadataValueChars = 512;

// Throws Error(kInternal) when metadata breaks a limit (a bug: the planner
// cuts values before) or when more than 20 items are given.
std::string CreateConversationBody(const Metadata& metadata);
std::string AppendItemsBody(const std::vector<MessageItem>& items);
// Path with query of a list call: order=asc, limit, after when not empty.
std::string ListItemsPath(const std::string& conversation_id, const std::string& after,
                          size_t limit = kMaxListLimit);
// POST /responses continuing `conversation_id` with `input` as the user turn.
// `extra_json` (an object, may be "") is merged in (e.g. a text.format).
std::string ResponseBody(const std::string& model, const std::string& conversation_id,
                         const std::string& input, const std::string& extra_json = "");

// {"id":"conv_..", "object":"conversation", ...} -> the id.
std::string ParseConversationId(std::string_view body);
// {"object":"list","data":[...],"has_more":..,"last_id":..}
ItemPage ParseItemList(std::string_view body);
// A response object: its id, the output items, and the output text (the
// output_text parts of its message items joined with "\n").
struct ResponseResult {
  std::string id;
  std::string status;
  std::vector<RemoteItem> output;
  std::string output_text;
};
ResponseResult ParseResponse(std::string_view body);

// Text of a message's `content`: a string, or the text of its parts
// (input_text, output_text, text) joined without separator, refusals as-is.
// Exposed for tests.
std::string ContentText(std::string_view content_json);

// UTF-8 characters in `s` (for the metadata limits, which count characters).
size_t Utf8Length(std::string_view s);
// The longest prefix of `s` with at most `max_chars` UTF-8 characters.
std::string Utf8CutChars(std::string_view s, size_t max_chars);

}  // namespace chatbeto::openai
