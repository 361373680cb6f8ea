// WhatsApp figures for `chatbeto stats` and the WhatsApp data checks for
// `chatbeto check` (SQL over the tables of schema/0006_whatsapp.sql).
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "checks/data_checks.h"

namespace chatbeto::db {
class Connection;
}

namespace chatbeto::whatsapp {

// {"conversations", "by_platform", "messages": {total, inbound, outbound,
// system, media, edited, deleted, processed, event_extracted}, "events"}
nlohmann::ordered_json StatsJson(db::Connection& conn);
// The same as lines for the human summary.
std::string StatsText(const nlohmann::ordered_json& stats);

// Names of the WhatsApp checks, in the order WhatsappChecks reports them.
const std::vector<std::string>& CheckNames();
// Runs every WhatsApp check not named in `skip` (those are reported skipped).
std::vector<checks::CheckResult> RunChecks(db::Connection& conn, const std::set<std::string>& skip);

}  // namespace chatbeto::whatsapp
