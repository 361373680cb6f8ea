#include "chatgpt/guess_id.h"

#include "chatgpt/text_clean.h"

namespace chatbeto::chatgpt {

std::string GuessConversationId(std::string_view b) {
  // Returns the end of the string starting at the quote b[i] (its closing
  // quote's position), or npos.
  auto string_end = [&](size_t i) {
    for (size_t j = i + 1; j < b.size(); ++j) {
      if (b[j] == '\\')
        ++j;
      else if (b[j] == '"')
        return j;
    }
    return std::string_view::npos;
  };
  auto skip_space = [&](size_t i) {
    while (i < b.size() && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) ++i;
    return i;
  };
  int depth = 0;
  std::string_view id;
  for (size_t i = 0; i < b.size(); ++i) {
    const char ch = b[i];
    if (ch == '{' || ch == '[')
      ++depth;
    else if (ch == '}' || ch == ']')
      --depth;
    if (ch != '"') continue;
    const size_t end = string_end(i);
    if (end == std::string_view::npos) break;
    const std::string_view key = b.substr(i + 1, end - i - 1);
    i = end;
    if (depth != 1 || (key != "conversation_id" && key != "id")) continue;
    size_t k = skip_space(end + 1);
    if (k >= b.size() || b[k] != ':') continue;
    k = skip_space(k + 1);
    if (k >= b.size() || b[k] != '"') continue;
    const size_t vend = string_end(k);
    if (vend == std::string_view::npos) break;
    const std::string_view value = b.substr(k + 1, vend - k - 1);
    i = vend;
    if (value.empty() || value.size() > 200 || value.find('\\') != std::string_view::npos) continue;
    if (key == "conversation_id") {
      id = value;
      break;
    }
    if (id.empty()) id = value;
  }
  std::string out;
  AppendValidUtf8(id, &out);  // the bytes were never validated
  return out;
}

}  // namespace chatbeto::chatgpt
