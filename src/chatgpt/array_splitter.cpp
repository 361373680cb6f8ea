#include "chatgpt/array_splitter.h"

#include <array>
#include <cstdio>
#include <cstring>

namespace chatbeto::chatgpt {
namespace {

// Bytes that matter outside strings inside a container element.
constexpr std::array<bool, 256> MakeStructural() {
  std::array<bool, 256> t{};
  for (unsigned char c : {'"', '{', '}', '[', ']'}) t[c] = true;
  return t;
}
// Bytes that end a bare scalar element (number, true, ...).
constexpr std::array<bool, 256> MakeDelimiter() {
  std::array<bool, 256> t{};
  for (unsigned char c : {' ', '\t', '\r', '\n', ',', ']', '[', '{', '}', '"', ':'}) t[c] = true;
  return t;
}
constexpr std::array<bool, 256> kStructural = MakeStructural();
constexpr std::array<bool, 256> kDelimiter = MakeDelimiter();

inline bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

size_t SkipSpace(std::string_view win, size_t pos) {
  while (pos < win.size() && IsSpace(win[pos])) ++pos;
  return pos;
}

std::string Describe(char c) {
  const auto u = static_cast<unsigned char>(c);
  if (u > 0x20 && u < 0x7f) return std::string("'") + c + "'";
  char buf[16];
  std::snprintf(buf, sizeof buf, "byte 0x%02x", u);
  return buf;
}

// Position just after the closing quote of the string containing win[from]
// (from > the opening quote), or npos if the window ends inside it. `floor`
// is the opening quote or earlier: backslash runs never extend past it.
size_t FindStringEnd(std::string_view win, size_t from, size_t floor) {
  const char* d = win.data();
  while (from < win.size()) {
    const void* hit = std::memchr(d + from, '"', win.size() - from);
    if (hit == nullptr) return std::string_view::npos;
    const size_t q = static_cast<const char*>(hit) - d;
    size_t backslashes = 0;
    while (q - backslashes > floor && d[q - backslashes - 1] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return q + 1;
    from = q + 1;
  }
  return std::string_view::npos;
}

}  // namespace

SplitError::SplitError(uint64_t offset, std::string reason)
    : Error(ErrorKind::kInvalidInput, "at byte " + std::to_string(offset) + ": " + reason),
      offset_(offset),
      reason_(std::move(reason)) {}

void ArraySplitter::Fail(size_t pos, const std::string& reason) const {
  throw SplitError(base_ + pos, reason);
}

void ArraySplitter::CheckSize(size_t size) const {
  if (size <= max_element_) return;
  Fail(elem_start_, "record " + std::to_string(index_) + " starting here is larger than " +
                        std::to_string(max_element_) +
                        " bytes (an unterminated string or bracket?)");
}

bool ArraySplitter::ScanContainer(std::string_view win) {
  const char* d = win.data();
  const size_t n = win.size();
  size_t p = pos_;
  while (p < n) {
    if (in_string_) {
      const size_t end = FindStringEnd(win, p, elem_start_);
      if (end == std::string_view::npos) {
        p = n;
        break;
      }
      p = end;
      in_string_ = false;
      continue;
    }
    while (p < n && !kStructural[static_cast<unsigned char>(d[p])]) ++p;
    if (p == n) break;
    const char c = d[p++];
    if (c == '"') {
      in_string_ = true;
    } else if (c == '{' || c == '[') {
      ++depth_;
    } else if (--depth_ == 0) {
      pos_ = p;
      return true;
    }
  }
  pos_ = p;
  return false;
}

bool ArraySplitter::ScanString(std::string_view win) {
  const size_t end = FindStringEnd(win, pos_, elem_start_);
  pos_ = end == std::string_view::npos ? win.size() : end;
  return end != std::string_view::npos;
}

bool ArraySplitter::ScanScalar(std::string_view win) {
  while (pos_ < win.size() && !kDelimiter[static_cast<unsigned char>(win[pos_])]) ++pos_;
  return pos_ < win.size();
}

void ArraySplitter::Feed(std::string_view chunk, const Sink& sink) {
  fed_ += chunk.size();
  // Invariant: base_ + buf_.size() == input bytes before this chunk. With
  // nothing buffered, scan the caller's chunk in place and copy only the tail.
  bool buffered = !buf_.empty();
  if (buffered) buf_.append(chunk);
  std::string_view win = buffered ? std::string_view(buf_) : chunk;
  size_t n = win.size();

  while (pos_ < n) {
    switch (state_) {
      case State::kBom: {
        static constexpr unsigned char kBomBytes[3] = {0xEF, 0xBB, 0xBF};
        if (static_cast<unsigned char>(win[pos_]) == kBomBytes[bom_matched_]) {
          ++pos_;
          if (++bom_matched_ == 3) state_ = State::kBeforeArray;
        } else if (bom_matched_ == 0) {
          state_ = State::kBeforeArray;
        } else {
          Fail(pos_,
               "expected '[' (a JSON array of conversations) but found a broken byte order mark");
        }
        break;
      }
      case State::kBeforeArray:
        pos_ = SkipSpace(win, pos_);
        if (pos_ == n) break;
        if (win[pos_] != '[') {
          Fail(pos_,
               "expected '[' (a JSON array of conversations) but found " + Describe(win[pos_]));
        }
        ++pos_;
        state_ = State::kFirstValue;
        break;
      case State::kFirstValue:
      case State::kValue: {
        pos_ = SkipSpace(win, pos_);
        if (pos_ == n) break;
        const char c = win[pos_];
        if (c == ']' && state_ == State::kFirstValue) {
          ++pos_;
          state_ = State::kDone;
          break;
        }
        if (c == ']' || c == ',' || c == '}' || c == ':') {
          Fail(pos_, "expected record " + std::to_string(index_) + " but found " + Describe(c));
        }
        elem_start_ = pos_++;
        if (c == '{' || c == '[') {
          depth_ = 1;
          in_string_ = false;
          state_ = State::kContainer;
        } else {
          state_ = c == '"' ? State::kString : State::kScalar;
        }
        break;
      }
      case State::kAfterValue: {
        pos_ = SkipSpace(win, pos_);
        if (pos_ == n) break;
        const char c = win[pos_];
        if (c != ',' && c != ']') {
          Fail(pos_, "expected ',' or ']' after record " + std::to_string(index_ - 1) +
                         " but found " + Describe(c));
        }
        ++pos_;
        state_ = c == ',' ? State::kValue : State::kDone;
        break;
      }
      case State::kDone:
        pos_ = SkipSpace(win, pos_);
        if (pos_ < n) Fail(pos_, "unexpected " + Describe(win[pos_]) + " after the closing ']'");
        break;
      case State::kContainer:
      case State::kString:
      case State::kScalar: {
        const bool done = state_ == State::kContainer ? ScanContainer(win)
                          : state_ == State::kString  ? ScanString(win)
                                                      : ScanScalar(win);
        if (!done) break;
        CheckSize(pos_ - elem_start_);
        state_ = State::kAfterValue;
        const Element element{win.substr(elem_start_, pos_ - elem_start_), base_ + elem_start_,
                              index_++};
        current_ = element.bytes;
        in_buffer_ = buffered && elem_start_ == 0;
        taken_ = false;
        sink(element);
        current_ = {};
        if (taken_) {
          // buf_ now holds only what followed the element in the window.
          base_ += pos_;
          pos_ = 0;
          elem_start_ = 0;
          buffered = true;
          win = buf_;
          n = win.size();
        }
        break;
      }
    }
  }

  // Keep only the unfinished element (if any) for the next chunk.
  const bool in_element =
      state_ == State::kContainer || state_ == State::kString || state_ == State::kScalar;
  if (in_element) CheckSize(n - elem_start_);
  const size_t keep_from = in_element ? elem_start_ : n;
  if (buffered) {
    buf_.erase(0, keep_from);
  } else {
    buf_.assign(win.substr(keep_from));
  }
  base_ += keep_from;
  pos_ -= keep_from;
  elem_start_ = in_element ? elem_start_ - keep_from : 0;
  // Give back the memory of an unusually large element once it is gone.
  constexpr size_t kShrinkAbove = 64u << 20;
  if (buf_.capacity() > kShrinkAbove && buf_.size() < buf_.capacity() / 4) buf_.shrink_to_fit();
}

std::string ArraySplitter::TakeElement(size_t padding) {
  std::string out;
  if (in_buffer_ && !taken_) {
    // The element is buf_[0, pos_): move the buffer out, keep the rest.
    std::string rest = buf_.substr(pos_);
    out = std::move(buf_);
    out.resize(pos_);
    buf_ = std::move(rest);
    taken_ = true;
  } else {
    out.reserve(current_.size() + padding);
    out.assign(current_);
  }
  if (out.capacity() < out.size() + padding) out.reserve(out.size() + padding);
  return out;
}

void ArraySplitter::Finish() {
  const std::string end = "the input ends at byte " + std::to_string(fed_);
  switch (state_) {
    case State::kDone:
      return;
    case State::kBom:
    case State::kBeforeArray:
      throw SplitError(fed_, fed_ == 0 ? "empty input: expected '[' (a JSON array of conversations)"
                                       : "no '[' (a JSON array of conversations): " + end);
    case State::kContainer:
    case State::kString:
    case State::kScalar:
      throw SplitError(base_ + elem_start_, "truncated input: record " + std::to_string(index_) +
                                                " starting here is incomplete (" + end + ")");
    case State::kFirstValue:
    case State::kValue:
    case State::kAfterValue:
      throw SplitError(fed_, "truncated input: the array has no closing ']' (" + end + ")");
  }
}

}  // namespace chatbeto::chatgpt
