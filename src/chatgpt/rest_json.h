// "Rest JSON": a message's raw JSON without the text it duplicates. When the
// message's one text part is exactly its `text` column, the importer stores
// the raw JSON with that part replaced by a marker (messages.raw_json_rest_z,
// schema/0019_raw_json_rest.sql), and the view message_raw_json puts the
// text back in SQL: REPLACE(rest, marker, JSON_QUOTE(text)). Only a part
// that this rebuilds byte for byte is replaced, so the view gives every
// message's raw JSON exactly as before; JSON_EXTRACT of every other field
// works on the rest itself. Pure.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace chatbeto::chatgpt {

// What stands for the text part: a JSON string, so the rest stays valid JSON.
inline constexpr std::string_view kRestTextMarker = "\"chatbeto:text:7f3a9c51e2\"";

// JSON_QUOTE(text) as MariaDB and MySQL 8 both write it: quotes, \" and \\,
// \b \f \n \r \t, every other character as it is. nullopt for a text with
// another control character (below U+0020), which the two servers escape
// differently (\u001F and \u001f).
std::optional<std::string> SqlJsonQuote(std::string_view text);

// The rest form of `raw` (minified JSON) for a message whose text is `text`:
// `raw` with `"parts":[<SqlJsonQuote(text)>]` turned into
// `"parts":[<kRestTextMarker>]`. nullopt when `raw` has no such part, already
// holds the marker, or the text is shorter than `min_text_bytes` (not worth it).
std::optional<std::string> RestJson(std::string_view raw, std::string_view text,
                                    size_t min_text_bytes = 64);

// The inverse, as the view computes it: the marker replaced by
// SqlJsonQuote(text). Used by tests.
std::string RestoreRestJson(std::string_view rest, std::string_view text);

}  // namespace chatbeto::chatgpt
