#include "whatsapp/records.h"

#include <algorithm>

namespace chatbeto::whatsapp {

RecordSplitter::RecordSplitter(std::string_view text) : text_(text) {
  if (text_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
  size_t first = text_.find_first_not_of(" \t\r\n", pos_);
  if (first == std::string_view::npos) return;
  if (text_[first] == '[') {
    mode_ = Mode::kArray;
    Advance(first + 1);
  } else if (text_[first] == '{') {
    mode_ = Mode::kValues;
  }
}

void RecordSplitter::Advance(size_t to) {
  line_ += std::count(text_.begin() + static_cast<std::ptrdiff_t>(pos_),
                      text_.begin() + static_cast<std::ptrdiff_t>(to), '\n');
  pos_ = to;
}

size_t RecordSplitter::ValueEnd(size_t i) const {
  int depth = 0;
  bool in_string = false;
  for (size_t j = i; j < text_.size(); ++j) {
    char c = text_[j];
    if (in_string) {
      if (c == '\\') ++j;
      else if (c == '"') in_string = false;
      if (depth == 0 && !in_string) return j + 1;  // a top-level string
      continue;
    }
    switch (c) {
      case '"': in_string = true; break;
      case '{':
      case '[': ++depth; break;
      case '}':
      case ']':
        if (depth == 0) return j;  // the enclosing array's ']' after a scalar
        if (--depth == 0) return j + 1;
        break;
      case ',':
        if (depth == 0) return j;
        break;
      case '\n':
        if (depth == 0) return j;
        // A new document starting at column 0: the open one is truncated.
        if (j + 1 < text_.size() && text_[j + 1] == '{') return j;
        break;
      default: break;
    }
  }
  return text_.size();
}

bool RecordSplitter::NextLine(Record& out) {
  while (pos_ < text_.size()) {
    size_t nl = text_.find('\n', pos_);
    size_t end = nl == std::string_view::npos ? text_.size() : nl;
    std::string_view line = text_.substr(pos_, end - pos_);
    int64_t at = line_;
    Advance(nl == std::string_view::npos ? text_.size() : nl + 1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
      line.remove_suffix(1);
    size_t s = line.find_first_not_of(" \t");
    if (s == std::string_view::npos) continue;
    out = {at, line.substr(s)};
    return true;
  }
  done_ = true;
  return false;
}

bool RecordSplitter::Next(Record& out) {
  if (done_) return false;
  if (mode_ == Mode::kLines) return NextLine(out);
  size_t i = text_.find_first_not_of(mode_ == Mode::kArray ? " \t\r\n," : " \t\r\n", pos_);
  if (i == std::string_view::npos) {
    Advance(text_.size());
    if (mode_ == Mode::kArray) {
      error_ = "the JSON array is not closed (no ']')";
      error_line_ = line_;
    }
    done_ = true;
    return false;
  }
  Advance(i);
  if (mode_ == Mode::kArray && text_[i] == ']') {
    done_ = true;
    if (text_.find_first_not_of(" \t\r\n", i + 1) != std::string_view::npos) {
      Advance(i + 1);
      error_ = "text after the end of the JSON array";
      error_line_ = line_ + (text_[pos_] == '\n' ? 1 : 0);
    }
    return false;
  }
  size_t end = std::max(ValueEnd(i), i + 1);
  std::string_view rec = text_.substr(i, end - i);
  while (!rec.empty() && (rec.back() == '\r' || rec.back() == ' ')) rec.remove_suffix(1);
  out = {line_, rec};
  Advance(end);
  return true;
}

}  // namespace chatbeto::whatsapp
