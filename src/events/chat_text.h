// Reads the two WhatsApp "Export chat" header styles the event evaluation
// uses (Android "3/1/19, 9:00 AM - Name: text", iOS "[01/03/2019, 09:00:00]
// Name: text"; 12- or 24-hour; day- or month-first as told), merging
// continuation lines. Only for the evaluation corpora and fixtures: the
// importer of real exports is `whatsapp import`. Pure.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "events/extract.h"

namespace chatbeto::events {

// Messages of `text` with ids 1, 2, ... in file order. Lines before the
// first header are skipped; a header-less line continues the previous
// message. Throws Error(kInvalidInput) naming `name` and the line when a
// header's date or time is out of range.
std::vector<ChatMessage> ReadChatText(std::string_view text, bool month_first, const std::string& name);

}  // namespace chatbeto::events
