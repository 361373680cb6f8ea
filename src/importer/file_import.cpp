#include "importer/file_import.h"

#include "chatgpt/guess_id.h"
#include "db/connection.h"
#include "importer/import_record.h"
#include "importer/known_sources.h"
#include "util/error.h"
#include "util/log.h"
#include "util/signals.h"

namespace chatbeto::importer {

FileImport::FileImport(db::Connection& conn, const ImportOptions& opts, ImportSummary& summary,
           FileCounts& fc, Progress& progress, uint64_t bytes_before, IndexPipeline* pipeline)
    : conn_(conn), store_(conn), opts_(opts), summary_(summary), fc_(fc), progress_(progress),
      bytes_before_(bytes_before), pipeline_(pipeline) {
  if (pipeline_)
    store_.set_defer_index([this](const std::shared_ptr<DeferredIndex>& d) {
      d->keep = current_batch_;
      pipeline_->Push(d);
      deferred_ = d;
    });
}

void FileImport::Run(const chatgpt::ExportFile& file, VerifiedEntry verified) {
  fc_.import_id = BeginImportRow(conn_, summary_.run_id, file);
  std::unique_ptr<chatgpt::InflatedEntry> inflated = std::move(verified.inflated);
  if (const auto& zip_error = verified.error) {
    fc_.error = "zip entry " + file.entry_name + " of " + file.container_path +
                " is damaged (" + *zip_error + "); nothing of it was imported";
    Reject({fc_.path, -1, "", 0, fc_.error});
    fc_.rejected--;  // a file error, reported as the file's error
    FinishImportRow("failed", fc_.error);
    return;
  }
  try {
    chatgpt::ScanResult result;
    {
      // The next records are parsed on another thread while this one writes;
      // those read before from the same bytes are not (known_sources.h).
      ScanAhead scan(file, opts_.batch_bytes * 2, inflated.get(),
                     KnownSourceFilter(store_.SourcePrefixes()));
      for (bool more = true; more;) {
        auto ev = scan.Next();
        switch (ev.kind) {
          case ScanAhead::Event::Kind::kConversation:
            Add(std::move(ev.conversation), ev.pos);
            break;
          case ScanAhead::Event::Kind::kRejected:
            Reject({fc_.path, static_cast<int64_t>(ev.rejected.index),
                    ev.rejected.conversation_id, ev.rejected.byte_offset, ev.rejected.reason});
            break;
          case ScanAhead::Event::Kind::kEnd:
            result = std::move(ev.result);
            more = false;
            break;
        }
      }
    }
    FlushBatch();
    // The file's search rows may still be written: RunImport drains the
    // pipeline once, at the end (a conversation committed but not yet
    // indexed stays in search_pending until then).
    fc_.sha256 = result.sha256;
    fc_.bytes = result.bytes;
    if (result.fatal) {
      fc_.error = *result.fatal;
      Reject({fc_.path, -1, "", result.fatal_offset, *result.fatal});
      fc_.rejected--;  // the file error is not a record; it is reported as the file's error
    }
  } catch (const Error& e) {
    batch_.clear();
    FinishImportRow(e.kind() == ErrorKind::kInterrupted ? "interrupted" : "failed", e.what());
    throw;
  }
  FinishImportRow(!fc_.error.empty() ? "failed" : fc_.rejected ? "partial" : "ok", fc_.error);
}

void FileImport::Add(chatgpt::Conversation&& c, const chatgpt::RecordPos& pos) {
  ThrowIfInterrupted();
  fc_.conversations++;
  if (!c.unparsed) Account(c, pos);
  batch_bytes_ += pos.byte_length;
  batch_.push_back({std::move(c), pos, std::nullopt});
  progress_.Update(bytes_before_ + pos.byte_offset + pos.byte_length, fc_.conversations,
                   "conversations");
  // A large conversation is written before the next event is asked for:
  // ScanAhead parses the next large record only then (scan_ahead.h), so
  // two are never held at once.
  if (batch_.size() >= opts_.batch_conversations || batch_bytes_ >= opts_.batch_bytes ||
      pos.byte_length > chatgpt::ConversationParser::kLargeRecordBytes)
    FlushBatch();
}

void FileImport::Account(const chatgpt::Conversation& c, const chatgpt::RecordPos& pos) {
  for (const auto& m : c.messages) fc_.messages += m.has_message;
  for (const auto& m : c.messages)
    if (!m.content_type.empty())
      for (const auto& t : c.unknown_content_types)
        if (t == m.content_type) summary_.unknown_content_types[t]++;
  for (const auto& w : c.warnings) log::Debug(fc_.path + ": conversation " + c.id + ": " + w);
  for (const auto& r : c.repairs) Repaired(r.kind, r.count, c.id, pos, r.detail);
}

bool FileImport::ParseNow(Pending& p) {
  std::string bytes = std::move(p.conv.json_store->record);
  std::string source = std::move(p.conv.source_sha256);
  if (!parser_) parser_ = std::make_unique<chatgpt::ConversationParser>();
  try {
    p.conv = parser_->ParseOwned(bytes);
  } catch (const Error& e) {
    if (e.kind() != ErrorKind::kInvalidInput) throw;
    fc_.conversations--;  // counted as rejected instead, as the reader counts them
    Reject({fc_.path, static_cast<int64_t>(p.pos.index), chatgpt::GuessConversationId(bytes),
            p.pos.byte_offset, e.what()});
    return false;
  }
  p.conv.source_sha256 = std::move(source);
  Account(p.conv, p.pos);
  return true;
}

void FileImport::Repaired(const std::string& kind, size_t count, const std::string& id,
              const chatgpt::RecordPos& pos, const std::string& detail) {
  fc_.repairs[kind] += count;
  size_t& shown = examples_per_kind_[kind];
  if (shown >= 3 || summary_.repair_examples.size() >= 100) return;
  ++shown;
  summary_.repair_examples.push_back(
      {fc_.path, static_cast<int64_t>(pos.index), id, pos.byte_offset, kind, detail});
}

void FileImport::Reject(RejectedRecord r) {
  log::Warn(r.Describe());
  fc_.rejected++;
  if (summary_.rejections.size() < 1000) summary_.rejections.push_back(r);
  RecordRejection(conn_, fc_.import_id, rejection_seq_++, r);
}

bool FileImport::ConnectionAlive() { return conn_.Answers(); }

void FileImport::FinishImportRow(const std::string& status, const std::string& error) {
  fc_.status = status;
  importer::FinishImportRow(conn_, fc_, summary_.repair_examples, status, error);
}

}  // namespace chatbeto::importer
