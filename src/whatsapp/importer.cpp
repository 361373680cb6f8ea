#include "whatsapp/importer.h"

#include <chrono>
#include <memory>

#include "db/connection.h"
#include "db/retry.h"
#include "util/error.h"
#include "util/log.h"
#include "util/signals.h"
#include "whatsapp/detect.h"
#include "whatsapp/export_text.h"
#include "whatsapp/export_zip.h"
#include "whatsapp/import_steps.h"
#include "whatsapp/input.h"
#include "whatsapp/local_time.h"

namespace chatbeto::whatsapp {

BatchWriter::BatchWriter(db::Connection* conn, Store* store, FileReport& report,
                         std::string platform, std::string time_zone, size_t batch)
    : conn_(conn), store_(store), report_(report), platform_(std::move(platform)),
      time_zone_(std::move(time_zone)), batch_(batch) {
  pending_.reserve(batch);
}

void BatchWriter::Add(Message&& m) {
  Slot() = std::move(m);
  Commit();
}

Message& BatchWriter::Slot() {
  if (used_ == pending_.size()) pending_.emplace_back();
  return pending_[used_];
}

void BatchWriter::Commit() {
  ++report_.messages;
  if (++used_ >= batch_) Flush();
}

void BatchWriter::Flush() {
  ThrowIfInterrupted();
  if (used_ == 0) return;
  if (!store_) {  // dry run
    report_.inserted += used_;
    used_ = 0;
    return;
  }
  // A deadlock or lock wait timeout (e.g. with `whatsapp scan`) rolls the
  // batch back; it is written again, the store's cache rolled back with it.
  auto r = db::RetryOnLockConflict(*conn_, "whatsapp import batch", [&] {
    Store::Attempt attempt(*store_);
    db::Transaction tx(*conn_);
    auto w = store_->Write(std::span<const Message>(pending_.data(), used_), platform_, time_zone_);
    tx.Commit();
    attempt.Keep();
    return w;
  });
  report_.inserted += r.inserted;
  report_.existing += r.existing;
  used_ = 0;
}

void ImportExportText(StepContext& s, std::string_view text, const std::string& chat,
                      const std::map<std::string, std::string>& media,
                      const std::function<void(size_t)>& release) {
  TextScan scan = ScanExportText(text, release);
  if (release) release(text.size());  // pass 2 starts over
  if (scan.headers == 0)
    throw Error(ErrorKind::kUsage, s.report.path + ": no WhatsApp message header in the chat text");
  DateOrder order = s.opts.order;
  if (order == DateOrder::kAuto) {
    order = scan.verdict.order;
    s.report.date_order_decided = scan.verdict.decided;
    s.report.date_order_reason = scan.verdict.reason;
    if (!scan.verdict.decided)
      log::Warn(s.report.path + ": cannot tell whether dates are day-first or month-first (" +
                scan.verdict.reason + "); read as " + DateOrderName(order) +
                ". Give --date-order dmy|mdy|ymd to settle it.");
  } else {
    s.report.date_order_reason = "--date-order";
  }
  s.report.date_order = DateOrderName(order);
  ZoneConverter zone(s.opts.tz);
  s.report.time_zone = zone.name();

  ExportTextOptions o;
  o.file = s.report.path;
  o.chat_key = "export:" + chat;
  o.chat_name = chat;
  o.me = s.opts.me;
  o.order = order;
  o.layout = scan.layout;
  ExportTextReader reader(text, o, zone);
  BatchWriter writer(s.conn, s.store, s.report, "export", zone.name(), s.opts.batch);
  size_t attachments = 0, matched = 0, read = 0;
  for (;;) {
    Message& m = writer.Slot();
    if (!reader.Next(m)) break;
    if (release && (++read & 0xFFFF) == 0) release(reader.done_upto());
    if (!m.media_name.empty()) {
      ++attachments;
      if (auto it = media.find(m.media_name); it != media.end()) {
        m.media_ref = it->second;
        ++matched;
      }
    }
    writer.Commit();
  }
  writer.Flush();
  s.report.rejected += reader.rejections().size();
  s.rejections.insert(s.rejections.end(), reader.rejections().begin(), reader.rejections().end());
  if (!media.empty())
    s.report.notes.push_back(std::to_string(matched) + " of " + std::to_string(attachments) +
                             " attachments matched to files in the zip (" +
                             std::to_string(media.size()) + " media files)");
}

namespace {

std::string ChatFor(const ImportOptions& opts, const std::string& path,
                    const std::string& inner = "") {
  if (!opts.chat.empty()) return opts.chat;
  if (path == "-")
    throw Error(ErrorKind::kUsage,
                "reading a chat export from standard input: give --chat NAME (the chat's name; "
                "it keys the conversation so later imports find it)");
  std::string name = inner.empty() ? "" : ChatNameFromPath(inner);  // Android zips
  if (name.empty()) name = ChatNameFromPath(path);
  if (name.empty())
    throw Error(ErrorKind::kUsage,
                path + ": the file name does not say which chat it is; give --chat NAME");
  return name;
}

int64_t NowMicros() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

ImportSummary RunWhatsappImport(db::Connection* conn, const ImportOptions& opts) {
  auto t0 = std::chrono::steady_clock::now();
  ImportSummary summary;
  ZoneConverter check_zone(opts.tz);  // an unknown --tz fails before anything is read
  // Open and classify every input first, so a wrong path fails before
  // anything is written.
  struct Input {
    std::string path;
    std::unique_ptr<InputBytes> bytes;
    InputKind kind;
  };
  std::vector<Input> inputs;
  for (const auto& [path, listed] : ExpandInputPaths(opts.paths)) {
    auto bytes = std::make_unique<InputBytes>(InputBytes::Open(path));
    std::string_view v = bytes->view();
    InputKind kind = DetectKind(v.substr(0, std::min<size_t>(v.size(), 64 * 1024)));
    const std::string shown = path == "-" ? "<stdin>" : path;
    if (kind == InputKind::kUnknown && listed) {  // a note or a shared document beside the chats
      log::Warn("skipped " + path + ": not a WhatsApp chat export");
      summary.skipped.push_back(path);
      continue;
    }
    if (kind == InputKind::kUnknown)
      throw Error(ErrorKind::kUsage,
                  shown + ": not a WhatsApp chat export (.txt or .zip), Cloud API webhook log or "
                          "Twilio webhook log" + (v.empty() ? " (the input is empty)" : ""));
    if (kind == InputKind::kExportText) ChatFor(opts, path);  // fail early on a missing --chat
    if (kind == InputKind::kZip && path == "-")
      throw Error(ErrorKind::kUsage, "a zip cannot be read from standard input; give its path");
    if (kind == InputKind::kZip) {
      try {
        CheckExportZip(path);
      } catch (const Error& e) {
        if (!listed || e.kind() != ErrorKind::kUsage) throw;
        log::Warn("skipped " + path + ": " + e.what());  // another zip beside the chats
        summary.skipped.push_back(path);
        continue;
      }
    }
    inputs.push_back({path, std::move(bytes), kind});
  }

  std::unique_ptr<Store> store = conn ? std::make_unique<Store>(*conn) : nullptr;
  std::vector<StatusUpdate> statuses;
  for (auto& in : inputs) {
    FileReport report;
    report.path = in.path == "-" ? "<stdin>" : in.path;
    report.kind = InputKindName(in.kind);
    StepContext s{conn, store.get(), opts, report, summary.rejections};
    switch (in.kind) {
      case InputKind::kExportText:
        report.chat = ChatFor(opts, in.path);
        ImportExportText(s, in.bytes->view(), report.chat, {},
                         [&in](size_t offset) { in.bytes->Release(offset); });
        break;
      case InputKind::kZip: {
        in.bytes.reset();  // libzip reads the file itself
        ExportZip zip = ReadExportZip(in.path);
        report.chat = ChatFor(opts, in.path, zip.chat_entry);
        report.path = in.path + ":" + zip.chat_entry;
        ImportExportText(s, zip.text, report.chat, zip.media);
        break;
      }
      case InputKind::kCloudApi: ImportCloudLog(s, in.bytes->view(), statuses); break;
      case InputKind::kTwilio: {
        const bool stdin_input = in.path == "-";
        ImportTwilioLog(s, in.bytes->view(),
                        stdin_input ? NowMicros() : in.bytes->mtime() * 1000000,
                        stdin_input ? "the time of this import" : "the file's modification time");
        break;
      }
      default: break;
    }
    in.bytes.reset();
    summary.messages += report.messages;
    summary.inserted += report.inserted;
    summary.existing += report.existing;
    summary.files.push_back(std::move(report));
  }

  // Edits, revokes, reactions and statuses, then the figures of every
  // conversation this run touched, in one transaction.
  if (store) {
    std::set<int64_t> ids;
    for (const auto& [id, people] : store->touched()) ids.insert(id);
    db::RetryOnLockConflict(*conn, "whatsapp import (edits, statuses, conversation figures)", [&] {
      db::Transaction tx(*conn);
      summary.modified = store->ApplyModifications(ids);
      summary.statuses_matched = store->ApplyStatuses(statuses);
      for (const auto& [id, people] : store->touched()) store->RefreshConversation(id, people);
      tx.Commit();
    });
  }
  summary.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return summary;
}

}  // namespace chatbeto::whatsapp
