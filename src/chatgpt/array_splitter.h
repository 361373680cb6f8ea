// Streaming splitter for the top-level JSON array of a conversations file:
// feed it the file in chunks of any size and it hands back each element's
// exact bytes and byte offset, holding in memory only the element being
// assembled (peak memory ~ the largest conversation, not the file).
//
// It tracks only strings, escapes and nesting depth; it does not validate the
// elements themselves (the parser does that per element, so one bad record
// does not stop the file). It does reject what breaks the array itself.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "util/error.h"

namespace chatbeto::chatgpt {

// The array structure is broken at byte offset() (0-based, in the whole
// input): no '[' at the start, a missing ',' between elements, data after
// the closing ']', or input that ends inside an element or before ']'.
// kind() is kInvalidInput; what() is "<reason> at byte <offset>".
class SplitError : public Error {
 public:
  SplitError(uint64_t offset, std::string reason);
  uint64_t offset() const { return offset_; }
  const std::string& reason() const { return reason_; }

 private:
  uint64_t offset_;
  std::string reason_;
};

class ArraySplitter {
 public:
  struct Element {
    std::string_view bytes;  // the element's exact bytes; valid during the sink call only
    uint64_t offset;         // byte offset of its first byte in the input
    size_t index;            // 0-based position in the array
  };
  using Sink = std::function<void(const Element&)>;

  // An element longer than `max_element_bytes` is a SplitError: it bounds
  // memory when a stray quote or bracket turns the rest of a file into one
  // "element". No real conversation comes near the default.
  static constexpr size_t kDefaultMaxElementBytes = size_t{1} << 30;
  explicit ArraySplitter(size_t max_element_bytes = kDefaultMaxElementBytes)
      : max_element_(max_element_bytes) {}

  // Consumes the next `chunk` of input and calls `sink` for each element it
  // completes, in order. Throws SplitError at the first structural error,
  // after every earlier element was delivered; exceptions from `sink`
  // propagate. After any exception the splitter must not be used again.
  // An optional UTF-8 byte order mark and whitespace may precede '['.
  void Feed(std::string_view chunk, const Sink& sink);

  // Called from inside the sink only: the current element's bytes as an
  // owned string with at least `padding` spare capacity after them. A large
  // element that was assembled across chunks is handed over without a copy
  // (its buffer moves out of the splitter).
  std::string TakeElement(size_t padding);

  // Declares the end of input. Throws SplitError if the array is incomplete
  // (offset = start of the unfinished element, or end of input) or empty.
  void Finish();

  uint64_t bytes_fed() const { return fed_; }
  size_t elements() const { return index_; }

 private:
  enum class State {
    kBom,
    kBeforeArray,
    kFirstValue,
    kValue,
    kAfterValue,
    kContainer,
    kString,
    kScalar,
    kDone
  };

  // Scans win from pos_ on; true when an element [elem_start_, pos_) is ready.
  bool ScanContainer(std::string_view win);
  bool ScanString(std::string_view win);
  bool ScanScalar(std::string_view win);
  [[noreturn]] void Fail(size_t pos, const std::string& reason) const;
  void CheckSize(size_t size) const;

  size_t max_element_;
  State state_ = State::kBom;
  int bom_matched_ = 0;
  int64_t depth_ = 0;       // nesting depth inside a container element
  bool in_string_ = false;  // inside a string within a container element
  std::string buf_;         // unconsumed tail (the element being assembled)
  uint64_t base_ = 0;       // input offset of the scan window's first byte
  size_t pos_ = 0;          // scan position in the window
  size_t elem_start_ = 0;   // start of the current element in the window
  uint64_t fed_ = 0;
  size_t index_ = 0;
  // During a sink call: the element, and whether TakeElement moved buf_ out.
  std::string_view current_;
  bool in_buffer_ = false;
  bool taken_ = false;
};

}  // namespace chatbeto::chatgpt
