// The sliced path of ConversationParser (see parse.h): a large record is
// validated and hashed in slices, split level by level (top level, mapping,
// nodes) and each message parsed alone, so that no DOM of the whole and no
// second copy of a giant value ever exists. The fields come out exactly as
// on the DOM path (same code reads the top level and each message); only a
// message over giant_message (4 MB) keeps its bytes as written in raw_json.
#include <algorithm>
#include <cstring>

#include "chatgpt/canonical_hash.h"
#include "chatgpt/parse_impl.h"
#include "chatgpt/text_clean.h"
#include "util/error.h"

namespace chatbeto::chatgpt {
namespace {

using simdjson::SUCCESS;

// Strings longer than this (in a giant message) are left out of its DOM.
constexpr size_t kLongString = size_t{64} << 10;
// Stands in for the n-th long string in the DOM ("\0cb-long-<n>\0"); a real
// text would have to hold NUL bytes around exactly this to be mistaken.
constexpr std::string_view kMark = "\\u0000cb-long-", kMarkEnd = "\\u0000";
constexpr std::string_view kMarkDecoded = std::string_view("\0cb-long-", 9);

const char* TextTypeName(std::string_view v) {
  switch (v.empty() ? ' ' : v.front()) {
    case '[': return "an array";
    case '{': return "an object";
    case '"': return "a string";
    case 't':
    case 'f': return "a boolean";
    case 'n': return "null";
    default: return "a number";
  }
}

[[noreturn]] void Invalid(simdjson::error_code err) {
  throw Error(ErrorKind::kInvalidInput,
              std::string("invalid JSON: ") + simdjson::error_message(err));
}

void Expect(simdjson::error_code err) {
  // The record was validated whole before it is split; a failure here is a
  // bug in the slicing, reported like bad input rather than crashing.
  if (err != SUCCESS) Invalid(err);
}

}  // namespace

Conversation ConversationParser::Impl::ParseLarge(std::string&& bytes) {
  Conversation c;
  store = c.json_store;
  store->record = std::move(bytes);
  unrepaired.clear();
  wrong_types = {};
  bad_times = {};
  replaced.clear();
  moved.clear();
  auto err = CanonicalJsonTextHash(store->record, &c.content_hash, hash_dom_below);
  if (err == simdjson::UTF8_ERROR || err == simdjson::STRING_ERROR ||
      err == simdjson::UNESCAPED_CHARS) {
    // As on the DOM path: one bad byte should not cost the whole conversation.
    std::string fixed;
    if (const size_t fixes = RepairJsonText(store->record, &fixed, &replaced); fixes > 0) {
      err = CanonicalJsonTextHash(fixed, &c.content_hash, hash_dom_below);
      if (err == SUCCESS) {
        std::swap(store->record, fixed);
        unrepaired = std::move(fixed);  // given back if the parse fails after all
        Note(&c, "invalid_utf8", fixes,
             std::to_string(fixes) +
                 " invalid UTF-8 sequence(s), unpaired surrogate escape(s) or raw"
                 " control character(s) in strings replaced (U+FFFD / \\u00XX)");
      }
    }
  }
  if (err != SUCCESS) Invalid(err);
  const std::string_view record = json::TrimSpace(store->record);
  if (record.front() != '{') {
    throw Error(ErrorKind::kInvalidInput,
                std::string("not a conversation: a JSON object was expected, found ") +
                    TextTypeName(record));
  }

  // The top level without the mapping goes through the DOM path's reader.
  Expect(json::SplitObject(record, &top_members));
  slim = "{";
  bool mapping_seen = false;
  big_mapping = {};
  for (const json::Member& m : top_members) {
    if (slim.size() > 1) slim += ',';
    AppendJsonString(m.key, &slim);
    slim += ':';
    if (m.key != "mapping") {
      slim += m.value;
    } else if (mapping_seen) {
      slim += "null";  // a repeated key: the first one wins, the others are dropped
    } else if (m.value.front() == '{') {
      big_mapping = m.value;
      slim += "{}";
    } else {
      slim += m.value;
    }
    mapping_seen = mapping_seen || m.key == "mapping";
  }
  slim += '}';
  simdjson::dom::element root;
  Expect(parser.parse(slim).get(root));
  ReadTopLevel(root.get_object().value_unsafe(), &c);
  WriteOriginals(&c);
  std::string().swap(unrepaired);
  big_mapping = {};
  // The record stays only while a giant message's raw_json points into it.
  const char* begin = store->record.data();
  const char* end = begin + store->record.size();
  if (std::none_of(c.messages.begin(), c.messages.end(), [&](const Message& m) {
        return m.raw_json.data() >= begin && m.raw_json.data() < end;
      })) {
    std::string().swap(store->record);
  }
  return c;
}

std::string_view ConversationParser::Impl::Decoded(std::string_view literal) {
  std::string_view body;
  if (!json::StringBody(literal, &body)) return {};  // not a string: as null
  std::string& s = decoded.emplace_back();
  Expect(json::AppendDecoded(body, &s));
  return s;
}

void ConversationParser::Impl::ReadMappingSliced(std::string_view mapping, Conversation* c) {
  tree_in.Clear();
  node_slices.clear();
  node_has_message.clear();
  decoded.clear();
  Expect(json::SplitObject(mapping, &node_members));
  c->mapping_state = node_members.empty() ? "{}" : "";
  size_t non_objects = 0;
  for (const json::Member& node : node_members) {
    tree_in.AddNode(node.key, {});
    std::string_view message;
    bool has_message = false;
    if (node.value.front() == '{') {
      Expect(json::SplitObject(node.value, &fields));
      for (const json::Member& f : fields) {
        if (f.key == "parent") {
          tree_in.parents.back() = Decoded(f.value);
        } else if (f.key == "children") {
          if (f.value.front() != '[') continue;
          Expect(json::SplitArray(f.value, &items));
          for (std::string_view child : items) {
            if (std::string_view id = Decoded(child); !id.empty()) tree_in.AddChild(id);
          }
        } else if (f.key == "message" && !has_message) {
          message = f.value;
          has_message = true;
        }
      }
    } else {
      ++non_objects;
    }
    node_slices.push_back(message);
    node_has_message.push_back(has_message);
  }
  LayOut(c, non_objects, [&](size_t node, Message* m) {
    FillMessageSliced(node_slices[node], node_has_message[node] != 0, *c, m,
                      &c->unknown_content_types);
  });
}

void ConversationParser::Impl::FillMessageSliced(std::string_view slice, bool present,
                                                 const Conversation& c, Message* m,
                                                 std::vector<std::string>* unknown) {
  simdjson::dom::element e;
  if (!present) return FillMessage(e, false, c, m, unknown);
  if (slice.size() <= giant_message) {
    Expect(message_parser.parse(slice.data(), slice.size()).get(e));
    return FillMessage(e, true, c, m, unknown);
  }
  SlimMessage(slice);
  Expect(message_parser.parse(slim).get(e));
  FillMessage(e, true, c, m, unknown);
  for (std::string* s : {&m->message_id, &m->role, &m->author_name, &m->recipient, &m->channel,
                         &m->status, &m->content_type, &m->model_slug})
    ExpandBigStrings(s);
  for (Attachment& a : m->attachments)
    for (std::string* s : {&a.kind, &a.id, &a.name, &a.mime_type, &a.pointer}) ExpandBigStrings(s);
  if (m->text.find(kMarkDecoded) != std::string::npos) {
    ExpandBigStrings(&m->text);
    StripCitationMarkers(&m->text);  // the long strings' markers
  }
  std::string stripped;
  m->raw_json = json::StripSpace(slice, &stripped) ? store->Keep(std::move(stripped)) : slice;
}

// slim = the message with each string longer than kLongString replaced by
// a mark naming its place in big_strings.
void ConversationParser::Impl::SlimMessage(std::string_view slice) {
  slim.clear();
  big_strings.clear();
  size_t from = 0;
  while (from < slice.size()) {
    const void* hit = std::memchr(slice.data() + from, '"', slice.size() - from);
    const size_t open = hit ? static_cast<const char*>(hit) - slice.data() : slice.size();
    slim.append(slice.substr(from, open - from));
    if (open == slice.size()) break;
    const size_t end = json::ValueEnd(slice, open);
    if (end == std::string_view::npos) Invalid(simdjson::TAPE_ERROR);
    if (end - open - 2 > kLongString) {
      slim += '"';
      slim += kMark;
      slim += std::to_string(big_strings.size());
      slim += kMarkEnd;
      slim += '"';
      big_strings.push_back(slice.substr(open + 1, end - open - 2));
    } else {
      slim.append(slice.substr(open, end - open));
    }
    from = end;
  }
}

// Replaces each mark in *s with its long string, decoded.
void ConversationParser::Impl::ExpandBigStrings(std::string* s) {
  size_t at = s->find(kMarkDecoded);
  if (at == std::string::npos) return;
  std::string out;
  size_t reserve = s->size();
  for (std::string_view b : big_strings) reserve += b.size();
  out.reserve(reserve);
  size_t from = 0;
  while (at != std::string::npos) {
    size_t digits = at + kMarkDecoded.size(), end = digits;
    while (end < s->size() && (*s)[end] >= '0' && (*s)[end] <= '9') ++end;
    const size_t n = end > digits ? std::stoul(s->substr(digits, end - digits)) : big_strings.size();
    if (end >= s->size() || (*s)[end] != '\0' || n >= big_strings.size()) {
      at = s->find(kMarkDecoded, at + 1);  // not one of ours
      continue;
    }
    out.append(*s, from, at - from);
    Expect(json::AppendDecoded(big_strings[n], &out));
    from = end + 1;
    at = s->find(kMarkDecoded, from);
  }
  out.append(*s, from, std::string::npos);
  *s = std::move(out);
}

}  // namespace chatbeto::chatgpt
