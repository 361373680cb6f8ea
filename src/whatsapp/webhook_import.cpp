// The webhook-log steps of the importer (import_steps.h).
#include "util/log.h"
#include "util/text.h"
#include "whatsapp/cloud_api.h"
#include "whatsapp/import_steps.h"
#include "whatsapp/records.h"
#include "whatsapp/twilio.h"

namespace chatbeto::whatsapp {
namespace {

void Reject(StepContext& s, int64_t line, std::string reason, std::string_view record) {
  ++s.report.rejected;
  s.rejections.push_back(
      {s.report.path, line, std::move(reason), std::string(Utf8Prefix(record, 300))});
}

void SplitterError(StepContext& s, const RecordSplitter& split) {
  if (!split.error().empty()) Reject(s, split.error_line(), split.error(), "");
}

}  // namespace

void ImportCloudLog(StepContext& s, std::string_view text, std::vector<StatusUpdate>& statuses) {
  BatchWriter writer(s.conn, s.store, s.report, "cloud", "", s.opts.batch);
  RecordSplitter split(text);
  Record rec;
  while (split.Next(rec)) {
    std::string source = s.report.path + ":" + std::to_string(rec.line);
    CloudPayload p = ReadCloudPayload(rec.text, source);
    if (!p.error.empty()) {
      Reject(s, rec.line, p.error, rec.text);
      continue;
    }
    for (const auto& problem : p.problems) Reject(s, rec.line, problem, rec.text);
    for (auto& m : p.messages) writer.Add(std::move(m));
    s.report.statuses += p.statuses.size();
    statuses.insert(statuses.end(), p.statuses.begin(), p.statuses.end());
  }
  SplitterError(s, split);
  writer.Flush();
}

void ImportTwilioLog(StepContext& s, std::string_view text, int64_t file_time_us,
                     const std::string& time_source) {
  BatchWriter writer(s.conn, s.store, s.report, "twilio", "", s.opts.batch);
  RecordSplitter split(text);
  Record rec;
  size_t untimed = 0;
  while (split.Next(rec)) {
    std::string source = s.report.path + ":" + std::to_string(rec.line);
    TwilioRecord r = ReadTwilioLine(rec.text, file_time_us, source);
    switch (r.kind) {
      case TwilioRecord::Kind::kRejected: Reject(s, rec.line, r.reason, rec.text); break;
      case TwilioRecord::Kind::kStatus: ++s.report.skipped; break;
      case TwilioRecord::Kind::kMessage:
        untimed += r.untimed;
        writer.Add(std::move(r.message));
        break;
    }
  }
  SplitterError(s, split);
  writer.Flush();
  if (s.report.skipped)
    s.report.notes.push_back(WithThousands(s.report.skipped) + " status callbacks skipped");
  if (untimed) {
    std::string note = Counted(untimed, "message") + (untimed == 1 ? " carries" : " carry") +
                       " no time (Twilio sends none and the line has no received_at): " +
                       "stored with " + time_source;
    s.report.notes.push_back(note);
    log::Warn(s.report.path + ": " + note);
  }
}

}  // namespace chatbeto::whatsapp
