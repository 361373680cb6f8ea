#include "chatgpt/parse.h"

#include "chatgpt/parse_impl.h"

#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <unordered_set>

#include "chatgpt/canonical_hash.h"
#include "chatgpt/content_text.h"
#include "chatgpt/dom_fields.h"
#include "chatgpt/json_write.h"
#include "chatgpt/text_clean.h"
#include "chatgpt/tree.h"
#include "util/error.h"
#include "util/sha256.h"
#include "util/time_format.h"

namespace chatbeto::chatgpt {
namespace {

using simdjson::SUCCESS;
using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::key_value_pair;
using simdjson::dom::object;

using dom::Field;
using dom::Str;

const char* TypeName(element e) {
  switch (e.type()) {
    case simdjson::dom::element_type::ARRAY:
      return "an array";
    case simdjson::dom::element_type::OBJECT:
      return "an object";
    case simdjson::dom::element_type::STRING:
      return "a string";
    case simdjson::dom::element_type::BOOL:
      return "a boolean";
    case simdjson::dom::element_type::NULL_VALUE:
      return "null";
    default:
      return "a number";
  }
}

// Seconds since the epoch from a number or a numeric string ("1714585031.1"),
// within what a DATETIME(6) column holds (years 1000-9999); anything else is
// not a usable time (the raw JSON keeps it). Times that the database would
// store as NULL must not take part in the newer/older decision either.
std::optional<double> ToTime(element e) {
  auto usable = [](double d) {
    return std::isfinite(d) && d >= kMinSqlEpochSeconds && d < kMaxSqlEpochSeconds
               ? std::optional(d)
               : std::nullopt;
  };
  double d = 0;
  if (e.get_double().get(d) == SUCCESS) return usable(d);
  std::string_view s;
  if (e.get_string().get(s) != SUCCESS) return std::nullopt;
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return usable(d);
}

// Conversation-level setters: true when the value had an accepted type (it
// is then "extracted"); false sends the key to extra_json so nothing is lost.
bool SetString(element e, std::string* out) {
  std::string_view s;
  if (e.get_string().get(s) == SUCCESS) *out = s;
  return e.is_null() || e.is_string();
}
bool SetTime(element e, std::optional<double>* out) {
  *out = ToTime(e);
  return e.is_null() || out->has_value();
}
bool SetBool(element e, std::optional<bool>* out) {
  bool b = false;
  if (e.get_bool().get(b) == SUCCESS) *out = b;
  return e.is_null() || e.is_bool();
}

struct StringField {
  std::string_view key;
  std::string Conversation::*field;
};
constexpr StringField kStringFields[] = {
    {"title", &Conversation::title},
    {"gizmo_id", &Conversation::gizmo_id},
    {"gizmo_type", &Conversation::gizmo_type},
    {"conversation_template_id", &Conversation::conversation_template_id},
    {"default_model_slug", &Conversation::default_model_slug},
    {"memory_scope", &Conversation::memory_scope},
    {"current_node", &Conversation::current_node},
};

bool IsHiddenContentType(std::string_view ct) {
  return ct == "thoughts" || ct == "reasoning_recap" || ct == "user_editable_context" ||
         ct == "model_editable_context";
}


bool IsStringField(std::string_view k) {
  for (const StringField& f : kStringFields)
    if (k == f.key) return true;
  return false;
}

}  // namespace

Conversation ConversationParser::Impl::Parse(std::string_view bytes) {
  Conversation c;
  store = c.json_store;
  big_mapping = {};
  wrong_types = {};
  bad_times = {};
  replaced.clear();
  moved.clear();
  element root;
  auto err = parser.parse(bytes.data(), bytes.size()).get(root);
  if (err == simdjson::UTF8_ERROR || err == simdjson::STRING_ERROR ||
      err == simdjson::UNESCAPED_CHARS) {
    // One bad byte in one message should not cost the whole conversation.
    if (const size_t fixes = RepairJsonText(bytes, &repaired, &replaced); fixes > 0) {
      err = parser.parse(repaired).get(root);
      if (err == SUCCESS) {
        Note(&c, "invalid_utf8", fixes,
             std::to_string(fixes) +
                 " invalid UTF-8 sequence(s), unpaired surrogate escape(s) or raw"
                 " control character(s) in strings replaced (U+FFFD / \\u00XX)");
      }
    }
  }
  if (err != SUCCESS) {
    throw Error(ErrorKind::kInvalidInput,
                std::string("invalid JSON: ") + simdjson::error_message(err));
  }
  object obj;
  if (root.get_object().get(obj) != SUCCESS) {
    throw Error(
        ErrorKind::kInvalidInput,
        std::string("not a conversation: a JSON object was expected, found ") + TypeName(root));
  }
  c.content_hash = CanonicalJsonHash(root);
  ReadTopLevel(obj, &c);
  WriteOriginals(&c);
  return c;
}

void ConversationParser::Impl::ReadTopLevel(object obj, Conversation* c) {
  extras.clear();
  seen_keys.clear();
  std::string_view conversation_id, plain_id;
  object mapping;
  bool has_mapping = false;
  c->mapping_state = "missing";
  for (const key_value_pair& kv : obj) {
    const std::string_view k = kv.key;
    const element v = kv.value;
    if (!seen_keys.insert(k).second) continue;  // duplicate key: the first wins, as in lookups
    bool taken = false;
    if (k == "mapping") {
      has_mapping = v.get_object().get(mapping) == SUCCESS;
      taken = has_mapping || v.is_null();
      c->mapping_state = has_mapping ? (mapping.size() == 0 ? "{}" : "")
                         : v.is_null() ? "null"
                                       : TypeName(v);
      if (!taken)
        Note(c, "mapping_not_object", 1,
             std::string("mapping is ") + TypeName(v) + ", not an object (kept in extra_json)");
    } else if (k == "conversation_id" || k == "id") {
      (k == "id" ? plain_id : conversation_id) = Str(v);  // kept in extras unless it is the id
    } else if (k == "create_time") {
      taken = SetTime(v, &c->create_time);
    } else if (k == "update_time") {
      taken = SetTime(v, &c->update_time);
    } else if (k == "is_archived") {
      taken = SetBool(v, &c->is_archived);
    } else if (k == "is_starred") {
      taken = SetBool(v, &c->is_starred);
    } else {
      for (const StringField& f : kStringFields) {
        if (k == f.key) {
          taken = SetString(v, &(c->*f.field));
          break;
        }
      }
    }
    if (!taken) {
      extras.push_back(kv);
      if (k != "mapping" && (k == "create_time" || k == "update_time" || k == "is_archived" ||
                             k == "is_starred" || IsStringField(k))) {
        // A known field the value of which cannot be used: stored as NULL,
        // the original kept in extra_json.
        const bool bad_time = (k == "create_time" || k == "update_time") &&
                              (v.is_number() || v.is_string());
        (bad_time ? bad_times : wrong_types)
            .Add(std::string(k) + " is " + (bad_time ? "out of range or not a time" : TypeName(v)));
      }
    }
  }
  wrong_types.Report(c, "wrong_type",
                     "field(s) of the wrong type stored as NULL, original kept in extra_json");
  bad_times.Report(c, "time_out_of_range",
                   "time(s) that are not usable times stored as NULL, original kept in extra_json");

  c->id = !conversation_id.empty() ? conversation_id : plain_id;
  if (c->id.empty()) {
    throw Error(ErrorKind::kInvalidInput,
                "no conversation id: neither 'conversation_id' nor 'id' is a non-empty string");
  }

  std::string& x = c->extra_json;
  x = "{";
  for (const key_value_pair& kv : extras) {
    if ((kv.key == "id" || kv.key == "conversation_id") && Str(kv.value) == c->id) continue;
    if (x.size() > 1) x += ',';
    AppendJsonString(kv.key, &x);
    x += ':';
    AppendJson(kv.value, &x);
  }
  x += '}';

  if (!has_mapping) return;
  if (!big_mapping.empty()) {
    ReadMappingSliced(big_mapping, c);  // a large record: its slim copy has "mapping":{}
  } else {
    ReadMapping(mapping, c);
  }
}

void ConversationParser::Impl::ReadMapping(object mapping, Conversation* c) {
  tree_in.Clear();
  node_messages.clear();
  node_has_message.clear();
  size_t non_objects = 0;
  for (const key_value_pair& entry : mapping) {
    tree_in.AddNode(entry.key, {});
    element message;
    bool has_message = false;
    object node;
    if (entry.value.get_object().get(node) == SUCCESS) {
      for (const key_value_pair& f : node) {
        if (f.key == "parent") {
          tree_in.parents.back() = Str(f.value);
        } else if (f.key == "children") {
          array children;
          if (f.value.get_array().get(children) != SUCCESS) continue;
          for (element child : children) {
            if (std::string_view id = Str(child); !id.empty()) tree_in.AddChild(id);
          }
        } else if (f.key == "message" && !has_message) {
          message = f.value;
          has_message = true;
        }
      }
    } else {
      ++non_objects;
    }
    node_messages.push_back(message);
    node_has_message.push_back(has_message);
  }
  LayOut(c, non_objects, [&](size_t node, Message* m) {
    FillMessage(node_messages[node], node_has_message[node] != 0, *c, m,
                &c->unknown_content_types);
  });
}

void ConversationParser::Impl::FillMessage(element e, bool present, const Conversation& c,
                                           Message* m, std::vector<std::string>* unknown) {
  object msg;
  if (!present || e.get_object().get(msg) != SUCCESS) {
    m->has_message = false;
    m->hidden = true;
    m->raw_json = present && !e.is_null() ? Minify(e) : "null";
    return;
  }
  m->has_message = true;
  object content;
  bool has_content = false, weight_zero = false, visually_hidden = false;
  std::string_view slug;
  for (const key_value_pair& f : msg) {
    const std::string_view k = f.key;
    if (k == "id") {
      m->message_id = Str(f.value);
    } else if (k == "author") {
      object author;
      if (f.value.get_object().get(author) != SUCCESS) continue;
      m->role = Field(author, "role");
      m->author_name = Field(author, "name");
    } else if (k == "create_time") {
      m->create_time = ToTime(f.value);
      if (!m->create_time && !f.value.is_null()) bad_times.Add("message " + m->node_id + " create_time");
    } else if (k == "update_time") {
      m->update_time = ToTime(f.value);
      if (!m->update_time && !f.value.is_null()) bad_times.Add("message " + m->node_id + " update_time");
    } else if (k == "content") {
      has_content = f.value.get_object().get(content) == SUCCESS;
    } else if (k == "status") {
      m->status = Str(f.value);
    } else if (k == "recipient") {
      m->recipient = Str(f.value);
    } else if (k == "channel") {
      m->channel = Str(f.value);
    } else if (k == "weight") {
      double w = 1;
      weight_zero = f.value.get_double().get(w) == SUCCESS && w == 0;
    } else if (k == "metadata") {
      object md;
      if (f.value.get_object().get(md) != SUCCESS) continue;
      for (const key_value_pair& g : md) {
        if (g.key == "model_slug") {
          slug = Str(g.value);
        } else if (g.key == "is_visually_hidden_from_conversation") {
          bool b = false;
          visually_hidden = g.value.get_bool().get(b) == SUCCESS && b;
        } else if (g.key == "attachments") {
          array list;
          if (g.value.get_array().get(list) == SUCCESS)
            AppendMetadataAttachments(list, &m->attachments);
        }
      }
    }
  }
  if (has_content) {
    m->content_type = Field(content, "content_type");
    ExtractContentText(content, m->content_type, m, unknown);
  }

  const std::string& role = m->role;
  m->hidden = role == "system" || role == "tool" || visually_hidden || weight_zero ||
              IsHiddenContentType(m->content_type) ||
              (role == "assistant" && !m->recipient.empty() && m->recipient != "all");
  if (role == "user" || role == "system") {
    // The slug names the model that wrote a message; these were not written by one.
  } else if (!slug.empty()) {
    m->model_slug = slug;
  } else if (role == "assistant") {
    m->model_slug = c.default_model_slug;
  }
  m->raw_json = Minify(e);
}

ConversationParser::ConversationParser(size_t large_above)
    : impl_(std::make_unique<Impl>(large_above)) {}
ConversationParser::~ConversationParser() = default;

bool ConversationParser::IsLarge(size_t bytes) const { return bytes > impl_->large_above; }

namespace {
// After a large conversation the parser's buffers stay at its size; giving
// them back keeps them from adding to the memory of the writes that follow
// (ordinary conversations reuse the buffers).
struct Release {
  std::unique_ptr<ConversationParser::Impl>& impl;
  bool big;
  ~Release() {
    if (big) impl = std::make_unique<ConversationParser::Impl>(impl->large_above);
  }
};
constexpr size_t kReleaseAbove = size_t{4} << 20;
}  // namespace

Conversation ConversationParser::Parse(std::string_view json_bytes) {
  Release release{impl_, json_bytes.size() > kReleaseAbove};
  if (IsLarge(json_bytes.size())) return impl_->ParseLarge(std::string(json_bytes));
  return impl_->Parse(json_bytes);
}

Conversation ConversationParser::ParseOwned(std::string& json_bytes) {
  Release release{impl_, json_bytes.size() > kReleaseAbove};
  if (!IsLarge(json_bytes.size())) return impl_->Parse(json_bytes);
  std::string bytes = std::move(json_bytes);
  try {
    return impl_->ParseLarge(std::move(bytes));
  } catch (...) {
    // ParseLarge moved the bytes into the conversation's store; a failed
    // parse gives them back for the caller's error message.
    json_bytes = std::move(impl_->unrepaired.empty() ? impl_->store->record : impl_->unrepaired);
    throw;
  }
}

Conversation ParseConversation(std::string_view json_bytes) {
  thread_local ConversationParser parser;
  return parser.Parse(json_bytes);
}

}  // namespace chatbeto::chatgpt
