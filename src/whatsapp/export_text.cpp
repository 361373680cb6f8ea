#include "whatsapp/export_text.h"

#include <charconv>
#include <cstdio>

#include "util/sha256.h"
#include "util/text.h"
#include "whatsapp/export_body.h"

namespace chatbeto::whatsapp {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The line starting at `pos` (without '\n' or a final '\r'); advances `pos`
// past the newline.
std::string_view NextLine(std::string_view text, size_t& pos) {
  size_t nl = text.find('\n', pos);
  size_t end = nl == std::string_view::npos ? text.size() : nl;
  std::string_view line = text.substr(pos, end - pos);
  pos = nl == std::string_view::npos ? text.size() : nl + 1;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

size_t StartAfterBom(std::string_view text) { return text.starts_with(kBom) ? kBom.size() : 0; }

// Appends `s` without the '\r' of CRLF line ends.
void AppendWithoutCr(std::string& out, std::string_view s) {
  if (s.find('\r') == std::string_view::npos) {
    out.append(s);
    return;
  }
  for (size_t i = 0; i < s.size(); ++i)
    if (!(s[i] == '\r' && (i + 1 == s.size() || s[i + 1] == '\n'))) out += s[i];
}

void HashSid(Sha256& h, std::string_view chat_key, std::string_view local_time,
             std::string_view sender, std::string_view body, int occurrence, std::string& out) {
  const char sep = '\x1f';
  h.Reset();
  for (std::string_view part : {chat_key, local_time, sender, body}) {
    h.Update(part);
    h.Update({&sep, 1});
  }
  h.Update(std::to_string(occurrence));
  out.assign("x-").append(h.HexDigest());
}

}  // namespace

TextScan ScanExportText(std::string_view text, const std::function<void(size_t)>& done_upto) {
  TextScan scan;
  DateOrderEvidence evidence;
  size_t pos = StartAfterBom(text);
  int64_t line_no = 0;
  Layout layout;
  size_t next_report = size_t{8} << 20;
  while (pos < text.size()) {
    std::string_view line = NextLine(text, pos);
    ++line_no;
    if (done_upto && pos >= next_report) {
      done_upto(pos);
      next_report = pos + (size_t{8} << 20);
    }
    if (!MayBeHeader(line)) continue;
    std::optional<Header> h;
    if (scan.headers == 0) {
      h = MatchHeader(line);
      if (h) {
        scan.layout = std::string(line.substr(0, h->rest));
        layout = Layout(scan.layout);
      }
    } else {
      h = layout.Match(line);
    }
    if (!h) continue;
    ++scan.headers;
    evidence.Add(*h, line_no);
  }
  scan.verdict = evidence.Decide();
  return scan;
}

bool LooksLikeExportText(std::string_view head) {
  size_t pos = StartAfterBom(head);
  for (int i = 0; i < 20 && pos < head.size(); ++i)
    if (MatchHeader(NextLine(head, pos))) return true;
  return false;
}

std::string ExportMessageSid(std::string_view chat_key, std::string_view local_time,
                             std::string_view sender, std::string_view body, int occurrence) {
  Sha256 h;
  std::string out;
  HashSid(h, chat_key, local_time, sender, body, occurrence, out);
  return out;
}

ExportTextReader::ExportTextReader(std::string_view text, ExportTextOptions opts,
                                   ZoneConverter& zone)
    : text_(text), opts_(std::move(opts)), layout_(opts_.layout), zone_(zone),
      me_key_(MatchKey(opts_.me)) {
  pos_ = StartAfterBom(text_);
}

void ExportTextReader::Reject(int64_t line, std::string reason, std::string_view record) {
  rejections_.push_back({opts_.file, line, std::move(reason), std::string(Utf8Prefix(record, 300))});
}

bool ExportTextReader::Next(Message& out) {
  while (pos_ < text_.size() || have_pending_) {
    if (pos_ >= text_.size()) {  // end of file: the last message
      have_pending_ = false;
      if (Finish(pending_, pending_end_, out)) return true;
      continue;
    }
    size_t line_begin = pos_;
    std::string_view line = NextLine(text_, pos_);
    ++line_no_;
    std::optional<Header> h = layout_.Match(line);
    if (!h) {
      if (have_pending_) {
        pending_end_ = line_begin + line.size();
      } else if (!line.empty()) {
        Reject(line_no_, "text before the first message header", line);
      }
      continue;
    }
    Pending next{*h, line_no_, line_begin, line_begin + h->rest};
    bool had = have_pending_;
    Pending done = pending_;
    size_t done_end = pending_end_;
    pending_ = next;
    pending_end_ = line_begin + line.size();
    have_pending_ = true;
    if (had && Finish(done, done_end, out)) return true;
  }
  return false;
}

bool ExportTextReader::Finish(const Pending& p, size_t end, Message& out) {
  std::string_view span = text_.substr(p.begin, end - p.begin);
  auto date = ResolveDate(p.header, opts_.order);
  auto hour = ResolveHour(p.header);
  if (!date || !hour) {
    size_t nl = span.find('\n');
    Reject(p.line,
           std::string(!date ? "not a date in " : "not a time in ") + DateOrderName(opts_.order) +
               " order (use --date-order if the file's order was guessed wrong)",
           span.substr(0, nl));
    return false;
  }
  char local[20];
  PutDigits(local, date->year, 4);
  local[4] = '-';
  PutDigits(local + 5, date->month, 2);
  local[7] = '-';
  PutDigits(local + 8, date->day, 2);
  local[10] = ' ';
  PutDigits(local + 11, *hour, 2);
  local[13] = ':';
  PutDigits(local + 14, p.header.minute, 2);
  local[16] = ':';
  PutDigits(local + 17, p.header.second, 2);
  local[19] = 0;
  int64_t local_s = DaysFromCivil(date->year, date->month, date->day) * 86400 + *hour * 3600 +
                    p.header.minute * 60 + p.header.second;

  std::string_view rest = text_.substr(p.rest, end - p.rest);
  size_t nl = rest.find('\n');
  std::string_view first = nl == std::string_view::npos ? rest : rest.substr(0, nl);
  if (!first.empty() && first.back() == '\r') first.remove_suffix(1);
  AuthorSplit split = SplitAuthor(first);

  out.Clear();
  out.chat_key.assign(opts_.chat_key);
  out.chat_name.assign(opts_.chat_name);
  std::string& body = out.body;
  body.assign(split.body);
  if (nl != std::string_view::npos) AppendWithoutCr(body, rest.substr(nl));
  AppendWithoutCr(out.raw, span);
  char num[24];
  auto [num_end, ec] = std::to_chars(num, num + sizeof num, p.line);
  out.source.assign(opts_.file).append(1, ':').append(num, num_end);
  out.received_at_us = zone_.ToUtc(local_s) * 1000000;
  if (split.system) {
    out.is_system = true;
    out.direction = Direction::kSystem;
    out.message_type = "system";
  } else {
    out.sender_name.assign(DisplayName(split.author));
    MatchKeyInto(split.author, out.from_addr);
    bool mine = !me_key_.empty() && out.from_addr == me_key_;
    out.direction = mine ? Direction::kOutbound : Direction::kInbound;
    if (!me_key_.empty()) out.to_addr = mine ? opts_.chat_name : opts_.me;
  }
  // The sid hashes the text as written, before markers are read.
  if (occ_time_ != local) {
    occ_time_ = local;
    occurrences_.clear();
  }
  const uint64_t occ_key = std::hash<std::string_view>{}(out.from_addr) * 31 ^
                           std::hash<std::string_view>{}(body);
  int occurrence = occurrences_[occ_key]++;
  HashSid(hasher_, opts_.chat_key, local, out.from_addr, body, occurrence, out.sid);
  if (split.empty_marker) {
    out.message_type = "empty";
  } else if (!split.system) {
    ClassifyBody(out);
  }
  return true;
}

}  // namespace chatbeto::whatsapp
