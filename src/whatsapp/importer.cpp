#include "whatsapp/importer.h"

#include <chrono>
#include <memory>

#include "db/connection.h"
#include "util/error.h"
#include "util/log.h"
#include "util/signals.h"
#include "whatsapp/detect.h"
#include "whatsapp/export_text.h"
#include "whatsapp/input.h"
#include "whatsapp/local_time.h"
#include "whatsapp/store.h"

namespace chatbeto::whatsapp {
namespace {

// Collects messages and writes them a batch (one transaction) at a time.
class BatchWriter {
 public:
  BatchWriter(db::Connection& conn, Store& store, FileReport& report, std::string platform,
              std::string time_zone, size_t batch)
      : conn_(conn), store_(store), report_(report), platform_(std::move(platform)),
        time_zone_(std::move(time_zone)), batch_(batch) {
    pending_.reserve(batch);
  }
  void Add(Message&& m) {
    ++report_.messages;
    pending_.push_back(std::move(m));
    if (pending_.size() >= batch_) Flush();
  }
  void Flush() {
    ThrowIfInterrupted();
    if (pending_.empty()) return;
    db::Transaction tx(conn_);
    auto r = store_.Write(pending_, platform_, time_zone_);
    tx.Commit();
    report_.inserted += r.inserted;
    report_.existing += r.existing;
    pending_.clear();
  }

 private:
  db::Connection& conn_;
  Store& store_;
  FileReport& report_;
  std::string platform_, time_zone_;
  size_t batch_;
  std::vector<Message> pending_;
};

void ImportExportText(db::Connection& conn, Store& store, std::string_view text,
                      const std::string& display_path, const std::string& chat,
                      const ImportOptions& opts, FileReport& report,
                      std::vector<Rejection>& rejections) {
  TextScan scan = ScanExportText(text);
  DateOrder order = opts.order;
  if (order == DateOrder::kAuto) {
    order = scan.verdict.order;
    report.date_order_decided = scan.verdict.decided;
    report.date_order_reason = scan.verdict.reason;
    if (!scan.verdict.decided)
      log::Warn(display_path + ": cannot tell whether dates are day-first or month-first (" +
                scan.verdict.reason + "); read as " + DateOrderName(order) +
                ". Give --date-order dmy|mdy|ymd to settle it.");
  } else {
    report.date_order_reason = "--date-order";
  }
  report.date_order = DateOrderName(order);
  ZoneConverter zone(opts.tz);
  report.time_zone = zone.name();

  ExportTextOptions o;
  o.file = display_path;
  o.chat_key = "export:" + chat;
  o.chat_name = chat;
  o.me = opts.me;
  o.order = order;
  o.shape = scan.shape;
  ExportTextReader reader(text, o, zone);
  BatchWriter writer(conn, store, report, "export", zone.name(), opts.batch);
  Message m;
  while (reader.Next(m)) writer.Add(std::move(m));
  writer.Flush();
  report.rejected += reader.rejections().size();
  rejections.insert(rejections.end(), reader.rejections().begin(), reader.rejections().end());
}

std::string ChatFor(const ImportOptions& opts, const std::string& path) {
  if (!opts.chat.empty()) return opts.chat;
  if (path == "-")
    throw Error(ErrorKind::kUsage,
                "reading a chat export from standard input: give --chat NAME (the chat's name; "
                "it keys the conversation so later imports find it)");
  std::string name = ChatNameFromPath(path);
  if (name.empty())
    throw Error(ErrorKind::kUsage, path + ": the file name does not say which chat it is; give "
                                          "--chat NAME");
  return name;
}

}  // namespace

ImportSummary RunWhatsappImport(db::Connection& conn, const ImportOptions& opts) {
  auto t0 = std::chrono::steady_clock::now();
  ImportSummary summary;
  // Open and classify every input first, so a wrong path fails before
  // anything is written.
  struct Input {
    std::string path;
    std::unique_ptr<InputBytes> bytes;
    InputKind kind;
  };
  std::vector<Input> inputs;
  for (const auto& path : opts.paths) {
    auto bytes = std::make_unique<InputBytes>(InputBytes::Open(path));
    std::string_view v = bytes->view();
    InputKind kind = DetectKind(v.substr(0, std::min<size_t>(v.size(), 64 * 1024)));
    const std::string shown = path == "-" ? "<stdin>" : path;
    if (kind == InputKind::kUnknown)
      throw Error(ErrorKind::kUsage,
                  shown + ": not a WhatsApp chat export (.txt or .zip), Cloud API webhook log or "
                          "Twilio webhook log" + (v.empty() ? " (the input is empty)" : ""));
    if (kind != InputKind::kExportText)
      throw Error(ErrorKind::kUsage, shown + ": " + InputKindName(kind) +
                                         " inputs are not supported by this build yet");
    if (kind == InputKind::kExportText) ChatFor(opts, path);  // fail early on a missing --chat
    inputs.push_back({path, std::move(bytes), kind});
  }

  Store store(conn);
  for (auto& in : inputs) {
    FileReport report;
    report.path = in.path == "-" ? "<stdin>" : in.path;
    report.kind = InputKindName(in.kind);
    report.chat = ChatFor(opts, in.path);
    ImportExportText(conn, store, in.bytes->view(), report.path, report.chat, opts, report,
                     summary.rejections);
    in.bytes.reset();
    summary.messages += report.messages;
    summary.inserted += report.inserted;
    summary.existing += report.existing;
    summary.files.push_back(std::move(report));
  }

  // Figures of every conversation this run touched.
  {
    db::Transaction tx(conn);
    std::set<int64_t> ids;
    for (const auto& [id, people] : store.touched()) ids.insert(id);
    store.ApplyModifications(ids);
    for (const auto& [id, people] : store.touched()) store.RefreshConversation(id, people);
    tx.Commit();
  }
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return summary;
}

}  // namespace chatbeto::whatsapp
