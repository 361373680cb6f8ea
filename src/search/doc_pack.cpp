#include "search/doc_pack.h"

#include <array>
#include <chrono>

#include "search/varint.h"
#include "util/error.h"
#include "util/time_format.h"

namespace chatbeto::search {
namespace {

constexpr std::array<std::string_view, 4> kRoles = {"user", "assistant", "system", "tool"};
constexpr uint64_t kRoleBytes = 5;  // the first role code followed by bytes
constexpr int64_t kMicrosPerDay = int64_t{86400} * 1000000;
// 1000-01-01 00:00:00 (DATETIME's first day), in microseconds since the epoch.
constexpr int64_t kFirstMicros = int64_t{-30610224000} * 1000000;
constexpr size_t kUuidChars = 36, kUuidBytes = 16;

bool IsDash(size_t i) { return i == 8 || i == 13 || i == 18 || i == 23; }
int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;  // uppercase too: it would not come back the same
}
bool IsLowerUuid(std::string_view s) {
  if (s.size() != kUuidChars) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (IsDash(i) ? s[i] != '-' : HexValue(s[i]) < 0) return false;
  return true;
}

[[noreturn]] void Damaged(const std::string& what) {
  throw Error(ErrorKind::kDatabase,
              "the search index is damaged (search_convs.docs: " + what +
                  "); `chatbeto search --reindex` rebuilds it");
}

// Reads a packed value front to back; every read checks what is left.
class Reader {
 public:
  explicit Reader(std::string_view v) : v_(v) {}
  bool empty() const { return pos_ == v_.size(); }
  size_t pos() const { return pos_; }
  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ == v_.size()) Damaged("truncated value");
      const auto b = static_cast<unsigned char>(v_[pos_++]);
      v |= uint64_t{b & 0x7fu} << shift;
      if (!(b & 0x80)) return v;
    }
    Damaged("overlong number");
  }
  std::string_view Bytes(uint64_t n) {
    if (n > v_.size() - pos_) Damaged("truncated value");
    std::string_view s = v_.substr(pos_, n);
    pos_ += n;
    return s;
  }

 private:
  std::string_view v_;
  size_t pos_ = 0;
};

int Digits(std::string_view s, size_t at, size_t n) {
  int v = 0;
  for (size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

std::optional<int64_t> ParseSqlDatetimeMicros(std::string_view s) {
  using namespace std::chrono;
  if (s.size() != 10 && (s.size() < 19 || s.size() == 20 || s.size() > 26)) return std::nullopt;
  if (s[4] != '-' || s[7] != '-') return std::nullopt;
  const int y = Digits(s, 0, 4), mo = Digits(s, 5, 2), d = Digits(s, 8, 2);
  if (y < 1000 || mo < 0 || d < 0) return std::nullopt;
  const year_month_day ymd{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  int64_t us = int64_t{sys_days{ymd}.time_since_epoch().count()} * kMicrosPerDay;
  if (s.size() == 10) return us;
  if (s[10] != ' ' || s[13] != ':' || s[16] != ':') return std::nullopt;
  const int h = Digits(s, 11, 2), mi = Digits(s, 14, 2), sec = Digits(s, 17, 2);
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) return std::nullopt;
  int64_t frac = 0;
  if (s.size() > 19) {
    if (s[19] != '.') return std::nullopt;
    const int f = Digits(s, 20, s.size() - 20);
    if (f < 0) return std::nullopt;
    frac = f;
    for (size_t n = s.size() - 20; n < 6; ++n) frac *= 10;
  }
  return us + ((int64_t{h} * 60 + mi) * 60 + sec) * 1000000 + frac;
}

std::string FormatSqlSeconds(int64_t us) {
  std::string s = FormatSqlMicros(us);
  s.resize(19);  // the fraction cut off: floored, as the microseconds are
  return s;
}

void AppendPackedDoc(std::string& out, std::string_view node_id, std::string_view role,
                     std::string_view create_time) {
  if (IsLowerUuid(node_id)) {
    PutVarint(out, 1);
    unsigned char bytes[kUuidBytes];
    for (size_t i = 0, b = 0; i < kUuidChars; ++i) {
      if (IsDash(i)) continue;
      const int hi = HexValue(node_id[i]), lo = HexValue(node_id[++i]);
      bytes[b++] = static_cast<unsigned char>(hi << 4 | lo);
    }
    out.append(reinterpret_cast<const char*>(bytes), kUuidBytes);
  } else {
    PutVarint(out, uint64_t{node_id.size()} * 2);
    out.append(node_id);
  }
  uint64_t code = 0;
  for (size_t i = 0; i < kRoles.size() && !role.empty(); ++i)
    if (role == kRoles[i]) code = i + 1;
  if (code == 0 && !role.empty()) code = kRoleBytes + role.size();
  PutVarint(out, code);
  if (code >= kRoleBytes) out.append(role);
  if (create_time.empty()) {
    PutVarint(out, 0);
    return;
  }
  std::optional<int64_t> us = ParseSqlDatetimeMicros(create_time);
  if (!us || *us < kFirstMicros)
    throw Error(ErrorKind::kDatabase,
                "search index: unexpected create_time '" + std::string(create_time) + "'");
  PutVarint(out, static_cast<uint64_t>(*us - kFirstMicros) + 1);
}

namespace {

// Reads the next document into *d, or checks it only (d null).
void ReadDoc(Reader& r, PackedDoc* d) {
  static constexpr char kHex[] = "0123456789abcdef";
  const uint64_t node = r.Varint();
  if (node == 1) {
    std::string_view b = r.Bytes(kUuidBytes);
    if (d) {
      d->node_id.reserve(kUuidChars);
      for (size_t i = 0; i < kUuidBytes; ++i) {
        if (IsDash(d->node_id.size())) d->node_id += '-';
        const auto v = static_cast<unsigned char>(b[i]);
        d->node_id += kHex[v >> 4];
        d->node_id += kHex[v & 15];
      }
    }
  } else if (node % 2 == 0) {
    std::string_view b = r.Bytes(node / 2);
    if (d) d->node_id = std::string(b);
  } else {
    Damaged("bad node_id code " + std::to_string(node));
  }
  const uint64_t role = r.Varint();
  if (role >= kRoleBytes) {
    std::string_view b = r.Bytes(role - kRoleBytes);
    if (d) d->role = std::string(b);
  } else if (role > 0 && d) {
    d->role = std::string(kRoles[role - 1]);
  }
  const uint64_t time = r.Varint();
  if (time > 0) {
    // DATETIME's last microsecond, 9999-12-31 23:59:59.999999, is
    // 3,287,182 days less one microsecond after its first.
    constexpr uint64_t kLastOffset = uint64_t{3287182} * kMicrosPerDay - 1;
    if (time - 1 > kLastOffset) Damaged("bad create_time");
    if (d) d->time_us = static_cast<int64_t>(time - 1) + kFirstMicros;
  }
}

}  // namespace

PackedDocs::PackedDocs(std::string_view value, uint64_t expected) : value_(value) {
  if (value.size() > UINT32_MAX) Damaged("value too long");
  offsets_.reserve(expected);
  Reader r(value);
  while (!r.empty()) {
    if (offsets_.size() == expected)
      Damaged("more documents than the range's " + std::to_string(expected));
    offsets_.push_back(static_cast<uint32_t>(r.pos()));
    ReadDoc(r, nullptr);
  }
  if (offsets_.size() != expected)
    Damaged(std::to_string(offsets_.size()) + " documents where the range has " +
            std::to_string(expected));
}

PackedDoc PackedDocs::operator[](size_t i) const {
  Reader r(value_.substr(offsets_[i]));
  PackedDoc d;
  ReadDoc(r, &d);
  return d;
}

std::vector<PackedDoc> UnpackDocs(std::string_view value, uint64_t expected) {
  PackedDocs packed(value, expected);
  std::vector<PackedDoc> docs;
  docs.reserve(packed.size());
  for (size_t i = 0; i < packed.size(); ++i) docs.push_back(packed[i]);
  return docs;
}

}  // namespace chatbeto::search
