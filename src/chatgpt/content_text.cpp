#include "chatgpt/content_text.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "chatgpt/dom_fields.h"
#include "chatgpt/text_clean.h"

namespace chatbeto::chatgpt {
namespace {

using simdjson::SUCCESS;
using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

using dom::Field;
using dom::Str;

std::optional<int64_t> Int(element e) {
  int64_t i = 0;
  if (e.get_int64().get(i) == SUCCESS) return i;
  double d = 0;
  if (e.get_double().get(d) == SUCCESS && std::isfinite(d) && std::fabs(d) < 9.0e18) {
    return static_cast<int64_t>(d);
  }
  return std::nullopt;
}

void NoteUnknown(std::string_view type, std::vector<std::string>* unknown) {
  if (type.empty()) return;
  if (std::find(unknown->begin(), unknown->end(), type) == unknown->end()) {
    unknown->emplace_back(type);
  }
}

// One attachment for an object carrying an `asset_pointer` (sediment://...,
// file-service://...). The id is the pointer without its scheme, which is
// the file id that metadata.attachments and the export's media files use.
void AddAsset(object o, std::string_view default_kind, std::vector<Attachment>* out) {
  const std::string_view pointer = Field(o, "asset_pointer");
  if (pointer.empty()) return;
  Attachment a;
  a.kind = Field(o, "content_type");
  if (a.kind.empty()) a.kind = default_kind;
  a.pointer = pointer;
  const size_t scheme = pointer.find("://");
  a.id = scheme == std::string_view::npos ? pointer : pointer.substr(scheme + 3);
  element size;
  if (o.at_key("size_bytes").get(size) == SUCCESS) a.size_bytes = Int(size);
  a.mime_type = Field(o, "mime_type");
  const std::string_view format = Field(o, "format");
  if (a.mime_type.empty() && !format.empty()) {
    if (a.kind.find("audio") != std::string::npos) a.mime_type = "audio/" + std::string(format);
    if (a.kind.find("video") != std::string::npos) a.mime_type = "video/" + std::string(format);
  }
  out->push_back(std::move(a));
}

// Asset pointers in `e` and the objects nested in it. Parts are shallow
// (real_time_user_audio_video_asset_pointer nests one level), so a small
// depth bound costs nothing and keeps recursion safe on hostile input.
void CollectAssets(element e, std::string_view default_kind, std::vector<Attachment>* out,
                   int depth = 0) {
  if (depth > 4) return;
  object o;
  array a;
  if (e.get_object().get(o) == SUCCESS) {
    AddAsset(o, default_kind, out);
    for (auto [key, value] : o) {
      if (value.is_object() || value.is_array()) CollectAssets(value, default_kind, out, depth + 1);
    }
  } else if (e.get_array().get(a) == SUCCESS) {
    for (element v : a) CollectAssets(v, default_kind, out, depth + 1);
  }
}

std::string Bracket(std::string_view label, std::string_view detail) {
  std::string s = "[";
  s += label;
  if (!detail.empty()) {
    s += ": ";
    s += detail;
  }
  s += ']';
  return s;
}

// A multimodal part: strings are text; objects become a short description.
void AppendPart(element part, Message* msg, std::vector<std::string>* unknown) {
  std::string_view s;
  if (part.get_string().get(s) == SUCCESS) {
    AppendPiece(&msg->text, s);
    return;
  }
  object o;
  if (part.get_object().get(o) != SUCCESS) return;  // null, numbers: nothing to say
  const std::string_view type = Field(o, "content_type");
  std::string piece;
  if (type == "image_asset_pointer") {
    element prompt;  // DALL-E images carry their prompt
    piece = Bracket("image", o.at_pointer("/metadata/dalle/prompt").get(prompt) == SUCCESS
                                 ? Str(prompt)
                                 : std::string_view());
  } else if (type == "audio_transcription") {
    piece = Bracket("audio transcription", Field(o, "text"));
  } else if (type == "audio_asset_pointer") {
    piece = "[audio]";
  } else if (type == "video_container_asset_pointer") {
    piece = "[video]";
  } else if (type == "real_time_user_audio_video_asset_pointer") {
    piece = "[audio/video]";
  } else {
    NoteUnknown(type, unknown);
    piece = Bracket(type.empty() ? "object" : type, Field(o, "text"));
  }
  AppendPiece(&msg->text, piece);
  CollectAssets(part, type, &msg->attachments);
}

void AppendParts(object content, Message* msg, std::vector<std::string>* unknown) {
  array parts;
  if (content.at_key("parts").get(parts) != SUCCESS) return;
  for (element part : parts) AppendPart(part, msg, unknown);
}

}  // namespace

void AppendPiece(std::string* text, std::string_view piece) {
  if (piece.empty()) return;
  if (!text->empty()) text->push_back('\n');
  text->append(piece);
}

void ExtractContentText(object content, std::string_view ct, Message* msg,
                        std::vector<std::string>* unknown_types) {
  std::string* text = &msg->text;
  text->clear();
  auto add = [&](std::string_view key) { AppendPiece(text, Field(content, key)); };
  if (ct == "text" || ct == "multimodal_text") {
    AppendParts(content, msg, unknown_types);
  } else if (ct == "code" || ct == "execution_output" || ct == "tether_browsing_code") {
    add("text");
  } else if (ct == "thoughts") {
    array thoughts;
    if (content.at_key("thoughts").get(thoughts) == SUCCESS) {
      for (element t : thoughts) {
        object o;
        if (t.get_object().get(o) != SUCCESS) continue;
        AppendPiece(text, Field(o, "summary"));
        AppendPiece(text, Field(o, "content"));
      }
    }
  } else if (ct == "reasoning_recap") {
    add("content");
  } else if (ct == "tether_quote" || ct == "sonic_webpage") {
    add("title");
    add("url");
    const size_t before = text->size();
    add("text");
    if (text->size() == before) add("snippet");
  } else if (ct == "tether_browsing_display") {
    add("result");
    add("summary");
  } else if (ct == "user_editable_context") {
    add("user_profile");
    add("user_instructions");
  } else if (ct == "model_editable_context") {
    add("model_set_context");
  } else if (ct == "system_error") {
    const std::string_view name = Field(content, "name");
    const std::string_view detail = Field(content, "text");
    AppendPiece(text, name.empty()
                          ? std::string(detail)
                          : std::string(name) + (detail.empty() ? "" : ": ") + std::string(detail));
  } else if (ct == "computer_output") {
    element v;
    if (content.at_pointer("/state/title").get(v) == SUCCESS) AppendPiece(text, Str(v));
    if (content.at_pointer("/state/url").get(v) == SUCCESS) AppendPiece(text, Str(v));
    if (content.at_key("screenshot").get(v) == SUCCESS && v.is_object()) {
      AppendPiece(text, "[screenshot]");
      CollectAssets(v, "image_asset_pointer", &msg->attachments);
    }
  } else {
    NoteUnknown(ct, unknown_types);
  }
  // Whatever the type, fall back to the usual carriers of text so a shape
  // change upstream degrades to "less tidy" rather than "text lost".
  if (text->empty()) {
    if (ct != "text" && ct != "multimodal_text") AppendParts(content, msg, unknown_types);
    add("text");
  }
  StripCitationMarkers(text);
}

void AppendMetadataAttachments(array attachments, std::vector<Attachment>* out) {
  for (element e : attachments) {
    object o;
    if (e.get_object().get(o) != SUCCESS) continue;
    Attachment a;
    a.kind = "attachment";
    a.id = Field(o, "id");
    a.name = Field(o, "name");
    a.mime_type = Field(o, "mime_type");
    if (a.mime_type.empty()) a.mime_type = Field(o, "mimeType");
    element size;
    if (o.at_key("size").get(size) == SUCCESS) a.size_bytes = Int(size);
    out->push_back(std::move(a));
  }
}

}  // namespace chatbeto::chatgpt
