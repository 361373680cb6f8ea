// What follows an export header: who wrote it, and what the body says beyond
// its text (edited / deleted / poll / media / location / system markers, in
// English, Spanish, Portuguese and German, Android and iOS spellings). Pure.
#pragma once
#include <string>
#include <string_view>

#include "whatsapp/message.h"

namespace chatbeto::whatsapp {

struct AuthorSplit {
  bool system = false;     // no author: a system line ("You were added")
  std::string_view author; // as written (may hold "~\u202f", isolates, marks)
  std::string_view body;   // the rest of the first line
  bool empty_marker = false;  // "Name:." (an emptied message)
};

// Splits the first line's text after the header at the first ": " (or a
// trailing ":" / ":."). A text that starts with U+200E/U+200F is a system
// line (iOS notices), as is one with no author separator.
AuthorSplit SplitAuthor(std::string_view rest);

// The name to show: as written, minus the "~" + U+202F that marks a sender
// who is not a contact. Never normalised (NFKC would break emoji and names).
std::string_view DisplayName(std::string_view author);
// The name to compare (--me, participants, the message hash): DisplayName
// without U+2066-U+2069 isolates and U+200E/U+200F marks, U+00A0 / U+202F
// as spaces, trimmed.
std::string MatchKey(std::string_view author);
void MatchKeyInto(std::string_view author, std::string& out);  // the same, into `out`

// Reads the markers in m.body (the whole message text, lines joined by '\n')
// and sets message_type, flags and media fields. The edited marker and the
// media line leave the body (a caption stays); everything else is kept.
void ClassifyBody(Message& m);

// The kind ("image", "video", "voice", "audio", "sticker", "gif", "contact",
// "document") and MIME type guessed from an attachment's file name.
std::string MediaKindOfName(std::string_view name);
std::string MimeOfName(std::string_view name);

}  // namespace chatbeto::whatsapp
