#include "importer/import_record.h"

#include <cstdio>
#include <filesystem>
#include <random>

#include "db/connection.h"
#include "util/error.h"
#include "util/log.h"

namespace chatbeto::importer {
namespace {

// imports.path: absolute, so that the row still says which file it was
// whatever directory the run started in.
std::string AbsolutePath(const chatgpt::ExportFile& f) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::absolute(f.container_path, ec);
  std::string out = ec ? f.container_path : p.lexically_normal().string();
  return f.entry_name.empty() ? out : out + ":" + f.entry_name;
}

}  // namespace

std::string NewRunId() {
  std::random_device rd;
  std::mt19937_64 gen((static_cast<uint64_t>(rd()) << 32) ^ rd());
  char buf[37];
  uint64_t a = gen(), b = gen();
  std::snprintf(buf, sizeof buf, "%08x-%04x-4%03x-%04x-%012llx", static_cast<unsigned>(a >> 32),
                static_cast<unsigned>(a >> 16) & 0xffff, static_cast<unsigned>(a) & 0xfff,
                (static_cast<unsigned>(b >> 48) & 0x3fff) | 0x8000,
                static_cast<unsigned long long>(b & 0xffffffffffffULL));
  return buf;
}

int64_t MarkAbandonedImports(db::Connection& conn) {
  return conn.Execute(
      "UPDATE imports SET status = 'aborted', finished_at = COALESCE(finished_at, "
      "UTC_TIMESTAMP(6)), error = COALESCE(error, 'the run ended without recording its end "
      "(killed, or lost its database connection)') WHERE status = 'running'");
}

int64_t BeginImportRow(db::Connection& conn, const std::string& run_id,
                       const chatgpt::ExportFile& f) {
  conn.Execute("INSERT INTO imports (run_id, path, size_bytes, started_at, status) VALUES (" +
               db::Quote(run_id) + "," + db::Quote(AbsolutePath(f)) + "," +
               std::to_string(f.size) + ", UTC_TIMESTAMP(6), 'running')");
  return conn.QueryInt("SELECT LAST_INSERT_ID()").value_or(0);
}

void RecordRejection(db::Connection& conn, int64_t import_id, int seq, const RejectedRecord& r) {
  try {
    conn.Execute(
        "INSERT INTO import_rejections (import_id, seq, record_index, conversation_id, "
        "byte_offset, reason) VALUES (" + std::to_string(import_id) + "," + std::to_string(seq) +
        "," + (r.index >= 0 ? std::to_string(r.index) : "NULL") + "," +
        (r.conversation_id.empty() ? "NULL" : db::Quote(r.conversation_id.substr(0, 100))) + "," +
        std::to_string(r.byte_offset) + "," + db::Quote(r.reason) + ")");
  } catch (const Error& e) {
    log::Warn("could not record the rejection: " + std::string(e.what()));
  }
}

void FinishImportRow(db::Connection& conn, const FileCounts& fc,
                     const std::vector<RepairExample>& examples, const std::string& status,
                     const std::string& error) {
  try {
    for (const auto& [kind, n] : fc.repairs) {
      std::string example;
      for (const auto& e : examples)
        if (e.kind == kind && e.file == fc.path) {
          example = chatgpt::DescribeRecord(e.file, e.index, e.conversation_id, e.byte_offset) +
                    ": " + e.detail;
          break;
        }
      conn.Execute("INSERT INTO import_repairs (import_id, kind, count, first_example) VALUES (" +
                   std::to_string(fc.import_id) + "," + db::Quote(kind) + "," +
                   std::to_string(n) + "," + (example.empty() ? "NULL" : db::Quote(example)) +
                   ")");
    }
    conn.Execute(
        "UPDATE imports SET finished_at = UTC_TIMESTAMP(6), sha256 = " +
        (fc.sha256.empty() ? std::string("NULL") : db::Quote(fc.sha256)) +
        ", conversations_new = " + std::to_string(fc.inserted) +
        ", conversations_updated = " + std::to_string(fc.updated) +
        ", conversations_unchanged = " + std::to_string(fc.unchanged) +
        ", conversations_older = " + std::to_string(fc.older) +
        ", conversations_rejected = " + std::to_string(fc.rejected) +
        ", messages_written = " + std::to_string(fc.messages_written) +
        ", status = " + db::Quote(status) +
        ", error = " + (error.empty() ? std::string("NULL") : db::Quote(error)) +
        " WHERE id = " + std::to_string(fc.import_id));
  } catch (const Error& e) {
    log::Warn("could not record the import's end: " + std::string(e.what()));
  }
}

std::string RejectedRecord::Describe() const {
  std::string s = file + ": ";
  if (index >= 0) {
    s += "record " + std::to_string(index);
    if (!conversation_id.empty()) s += " (id " + conversation_id + ")";
    s += " at byte " + std::to_string(byte_offset) + ": ";
  } else {
    s += "stopped at byte " + std::to_string(byte_offset) + ": ";
  }
  return s + reason;
}

void AddCounts(FileCounts& t, const FileCounts& f) {
  t.bytes += f.bytes;
  t.conversations += f.conversations;
  t.inserted += f.inserted;
  t.updated += f.updated;
  t.unchanged += f.unchanged;
  t.older += f.older;
  t.rejected += f.rejected;
  t.messages += f.messages;
  t.messages_written += f.messages_written;
  t.updated_same_time += f.updated_same_time;
  t.nodes_kept_absent += f.nodes_kept_absent;
  for (const auto& [kind, n] : f.repairs) t.repairs[kind] += n;
  if (!f.error.empty() && t.error.empty()) t.error = f.path + ": " + f.error;
}

}  // namespace chatbeto::importer
