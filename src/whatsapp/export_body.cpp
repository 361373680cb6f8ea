#include "whatsapp/export_body.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <unordered_map>

namespace chatbeto::whatsapp {
namespace {

constexpr std::string_view kLrm = "\xE2\x80\x8E";
constexpr std::string_view kRlm = "\xE2\x80\x8F";
constexpr std::string_view kNnbsp = "\xE2\x80\xAF";
constexpr std::string_view kNbsp = "\xC2\xA0";

bool StartsWithMark(std::string_view s) { return s.starts_with(kLrm) || s.starts_with(kRlm); }

std::string_view StripMarks(std::string_view s) {
  while (StartsWithMark(s)) s.remove_prefix(3);
  return s;
}

std::string_view TrimEnd(std::string_view s) {
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
      s.remove_suffix(1);
    } else if (s.ends_with(kLrm) || s.ends_with(kRlm) || s.ends_with(kNnbsp)) {
      s.remove_suffix(3);
    } else {
      return s;
    }
  }
}

std::string_view Trim(std::string_view s) {
  s = TrimEnd(s);
  for (;;) {
    if (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t')) {
      s.remove_prefix(1);
    } else if (StartsWithMark(s)) {
      s.remove_prefix(3);
    } else {
      return s;
    }
  }
}

std::string_view TrimNewlines(std::string_view s) {
  while (!s.empty() && (s.front() == '\n' || s.front() == ' ')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.remove_suffix(1);
  return s;
}

// Deleted-message tombstones, without a final '.'.
bool IsDeletedText(std::string_view s) {
  static const std::array<std::string_view, 16> kDeleted = {
      "This message was deleted",        "You deleted this message",
      "This message was deleted by admin", "Se eliminó este mensaje",
      "Eliminaste este mensaje",         "Este mensaje fue eliminado",
      "Mensagem apagada",                "Esta mensagem foi apagada",
      "Você apagou esta mensagem",       "Apagaste esta mensagem",
      "Diese Nachricht wurde gelöscht",  "Du hast diese Nachricht gelöscht",
      "Se eliminó este mensaje por un administrador", "Eliminaste este mensaje para todos",
      "This message was removed",        "Nachricht gelöscht"};
  s = Trim(s);
  if (s.ends_with('.')) s.remove_suffix(1);
  return std::find(kDeleted.begin(), kDeleted.end(), s) != kDeleted.end();
}

// The text inside an "edited" marker "<…>", with or without a final '.'.
bool IsEditedMarker(std::string_view inner) {
  static const std::array<std::string_view, 7> kEdited = {
      "This message was edited", "Se editó este mensaje",      "Mensaje editado",
      "Mensagem editada",        "Esta mensagem foi editada", "Diese Nachricht wurde bearbeitet",
      "Nachricht bearbeitet"};
  inner = Trim(inner);
  if (inner.ends_with('.')) inner.remove_suffix(1);
  return std::find(kEdited.begin(), kEdited.end(), inner) != kEdited.end();
}

// "<Media omitted>" (Android) and "image omitted" (iOS) in four languages.
const std::unordered_map<std::string_view, std::string_view>& OmittedKinds() {
  static const std::unordered_map<std::string_view, std::string_view> m = {
      {"<Media omitted>", "media"},         {"<Multimedia omitido>", "media"},
      {"<Mídia oculta>", "media"},          {"<Medien ausgeschlossen>", "media"},
      {"<Medien weggelassen>", "media"},    {"<Arquivo de mídia oculto>", "media"},
      {"image omitted", "image"},           {"video omitted", "video"},
      {"audio omitted", "audio"},           {"sticker omitted", "sticker"},
      {"GIF omitted", "gif"},               {"document omitted", "document"},
      {"Contact card omitted", "contact"},  {"imagen omitida", "image"},
      {"video omitido", "video"},           {"audio omitido", "audio"},
      {"sticker omitido", "sticker"},       {"GIF omitido", "gif"},
      {"documento omitido", "document"},    {"Tarjeta de contacto omitida", "contact"},
      {"imagem ocultada", "image"},         {"vídeo ocultado", "video"},
      {"áudio ocultado", "audio"},          {"figurinha omitida", "sticker"},
      {"GIF ocultado", "gif"},              {"documento ocultado", "document"},
      {"Cartão de contato omitido", "contact"}, {"Bild weggelassen", "image"},
      {"Video weggelassen", "video"},       {"Audio weggelassen", "audio"},
      {"Sticker weggelassen", "sticker"},   {"GIF weggelassen", "gif"},
      {"Dokument weggelassen", "document"}, {"Kontaktkarte ausgelassen", "contact"},
      {"Kontaktkarte weggelassen", "contact"}};
  return m;
}

// iOS "<attached: NAME>" and its translations; NAME is group 1.
const RE2& AttachedTag() {
  static const RE2 re(
      "<\\x{200E}?\\s*(?:attached|Anhang|adjunto|anexado|archivo adjunto|arquivo anexado)\\s*:"
      "\\s*([^>]+?)\\s*>");
  return re;
}
// "NAME <attached>" (older iOS).
const RE2& AttachedSuffix() {
  static const RE2 re("^(.+?)\\s*<\\x{200E}?(?:attached|adjunto|anexado|Anhang)>");
  return re;
}
// Android "NAME (file attached)" and its translations.
const RE2& FileAttached() {
  static const RE2 re(
      "^(.+?) \\((?:file attached|archivo adjunto|arquivo anexado|Datei angehängt|"
      "fichier joint|file allegato)\\)");
  return re;
}
// A document line "NAME.pdf • 14 pages".
const RE2& DocumentPages() {
  static const RE2 re(
      "^(.+?\\.\\w{1,5}) • \\x{200E}?\\d+ (?:pages?|páginas?|Seiten?|pagine)\\b.*$");
  return re;
}

bool StartsWithAny(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  for (auto p : prefixes)
    if (s.starts_with(p)) return true;
  return false;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view Ext(std::string_view name) {
  auto dot = name.rfind('.');
  return dot == std::string_view::npos ? std::string_view() : name.substr(dot + 1);
}

// Finds a media line at the start of the body. On success sets the media
// fields and returns the caption (the body without the media line).
bool TakeMedia(Message& m) {
  std::string_view body = m.body;
  size_t nl = body.find('\n');
  std::string_view first = nl == std::string_view::npos ? body : body.substr(0, nl);
  std::string_view after = nl == std::string_view::npos ? std::string_view() : body.substr(nl);
  std::string_view f = Trim(first);
  std::string name, kind, keep;  // keep: what stays of the first line
  if (f.size() <= 48) {
    auto it = OmittedKinds().find(f);
    if (it != OmittedKinds().end()) kind = it->second;
  }
  const bool may_attach = f.find('<') != std::string_view::npos ||
                          f.find('(') != std::string_view::npos ||
                          f.find("•") != std::string_view::npos;
  if (kind.empty() && may_attach) {
    re2::StringPiece sp(f.data(), f.size()), g1;
    std::string line(f);
    if (RE2::PartialMatch(sp, AttachedTag(), &g1)) {
      name = std::string(g1.data(), g1.size());
      RE2::Replace(&line, AttachedTag(), "");
      keep = line;
    } else if (RE2::PartialMatch(sp, AttachedSuffix(), &g1) ||
               RE2::PartialMatch(sp, FileAttached(), &g1)) {
      name = std::string(g1.data(), g1.size());
      size_t end = f.find(name) + name.size();
      size_t close = f.find_first_of(">)", end);
      keep = std::string(close == std::string_view::npos ? "" : f.substr(close + 1));
    } else if (RE2::FullMatch(sp, DocumentPages(), &g1)) {
      name = std::string(g1.data(), g1.size());
    }
    if (!name.empty()) {
      name = std::string(Trim(name));
      // iOS writes "NAME • 14 pages <attached: …>": the descriptor goes too.
      if (keep.find("•") != std::string::npos) keep.clear();
      kind = MediaKindOfName(name);
    }
  }
  if (kind.empty()) return false;
  m.media_name = name;
  m.media_kind = kind;
  if (!name.empty()) m.media_mime = MimeOfName(name);
  std::string caption = std::string(Trim(keep)) + std::string(after);
  m.body = std::string(TrimNewlines(caption));
  m.message_type = "media";
  return true;
}

}  // namespace

AuthorSplit SplitAuthor(std::string_view rest) {
  AuthorSplit s;
  if (StartsWithMark(rest)) {
    s.system = true;
    s.body = rest;
    return s;
  }
  size_t i = rest.find(": ");
  if (i != std::string_view::npos) {
    s.author = rest.substr(0, i);
    s.body = rest.substr(i + 2);
  } else if (rest.ends_with(':')) {
    s.author = rest.substr(0, rest.size() - 1);
  } else if (rest.ends_with(":.") && rest.find(':') == rest.size() - 2) {
    s.author = rest.substr(0, rest.size() - 2);
    s.empty_marker = true;
  }
  if (s.author.empty() || s.author.size() > 200) {
    s = AuthorSplit{};
    s.system = true;
    s.body = rest;
  }
  return s;
}

std::string_view DisplayName(std::string_view author) {
  if (author.starts_with("~")) {
    std::string_view r = author.substr(1);
    if (r.starts_with(kNnbsp)) return r.substr(3);
    if (r.starts_with(kNbsp)) return r.substr(2);
    if (r.starts_with(' ')) return r.substr(1);
  }
  return author;
}

void MatchKeyInto(std::string_view author, std::string& out) {
  std::string_view d = DisplayName(author);
  out.clear();
  // Most names hold none of the characters below (all start with 0xE2 or 0xC2).
  if (d.find('\xE2') == std::string_view::npos && d.find('\xC2') == std::string_view::npos) {
    out.assign(Trim(d));
    return;
  }
  for (size_t i = 0; i < d.size();) {
    std::string_view r = d.substr(i);
    if (r.size() >= 3 && static_cast<unsigned char>(r[0]) == 0xE2 &&
        ((r[1] == '\x80' && (r[2] == '\x8E' || r[2] == '\x8F')) ||
         (r[1] == '\x81' && r[2] >= '\xA6' && r[2] <= '\xA9'))) {
      i += 3;
    } else if (r.starts_with(kNnbsp)) {
      out += ' ';
      i += 3;
    } else if (r.starts_with(kNbsp)) {
      out += ' ';
      i += 2;
    } else {
      out += d[i++];
    }
  }
  std::string_view t = Trim(out);
  out = std::string(t);
}

std::string MatchKey(std::string_view author) {
  std::string out;
  MatchKeyInto(author, out);
  return out;
}

void ClassifyBody(Message& m) {
  const bool marked = StartsWithMark(m.body);
  std::string_view t = StripMarks(m.body);
  if (IsDeletedText(t)) {
    m.is_deleted = true;
    m.message_type = "deleted";
    return;
  }
  std::string_view end = TrimEnd(m.body);
  if (end.ends_with('>')) {
    size_t open = end.rfind('<');
    if (open != std::string_view::npos && IsEditedMarker(end.substr(open + 1, end.size() - open - 2))) {
      m.is_edited = true;
      m.body = std::string(TrimEnd(std::string_view(m.body).substr(0, open)));
      t = StripMarks(m.body);
    }
  }
  if (StartsWithAny(t, {"POLL:", "ENCUESTA:", "ENQUETE:", "UMFRAGE:", "SONDAGGIO:"})) {
    m.message_type = "poll";
    return;
  }
  if (TakeMedia(m)) return;
  if (StartsWithAny(t, {"location: ", "Location: ", "ubicación: ", "Ubicación: ",
                        "localização: ", "Localização: ", "Standort: "})) {
    m.message_type = "location";
    return;
  }
  if (marked) {  // iOS notices (encryption, calls) written as from the chat
    m.is_system = true;
    m.direction = Direction::kSystem;
    m.message_type = "system";
  }
}

std::string MediaKindOfName(std::string_view name) {
  std::string ext = Lower(Ext(name));
  if (name.starts_with("PTT-") || (name.find("AUDIO") != std::string_view::npos && ext == "opus"))
    return "voice";
  if (name.starts_with("STK-") || name.find("STICKER") != std::string_view::npos || ext == "webp")
    return "sticker";
  if (name.find("GIF") != std::string_view::npos || ext == "gif") return "gif";
  if (ext == "jpg" || ext == "jpeg" || ext == "png" || ext == "heic") return "image";
  if (ext == "mp4" || ext == "mov" || ext == "3gp" || ext == "mkv") return "video";
  if (ext == "opus" || ext == "m4a" || ext == "mp3" || ext == "aac" || ext == "ogg" || ext == "amr" ||
      ext == "wav")
    return "audio";
  if (ext == "vcf") return "contact";
  return "document";
}

std::string MimeOfName(std::string_view name) {
  static const std::unordered_map<std::string, std::string> kMime = {
      {"jpg", "image/jpeg"},   {"jpeg", "image/jpeg"}, {"png", "image/png"},
      {"heic", "image/heic"},  {"webp", "image/webp"}, {"gif", "image/gif"},
      {"mp4", "video/mp4"},    {"mov", "video/quicktime"}, {"3gp", "video/3gpp"},
      {"opus", "audio/ogg"},   {"ogg", "audio/ogg"},   {"m4a", "audio/mp4"},
      {"mp3", "audio/mpeg"},   {"aac", "audio/aac"},   {"amr", "audio/amr"},
      {"wav", "audio/wav"},    {"vcf", "text/vcard"},  {"pdf", "application/pdf"},
      {"txt", "text/plain"},   {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
      {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
      {"zip", "application/zip"}};
  auto it = kMime.find(Lower(Ext(name)));
  return it == kMime.end() ? "application/octet-stream" : it->second;
}

}  // namespace chatbeto::whatsapp
