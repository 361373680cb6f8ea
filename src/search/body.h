// A message's text as the search index keeps it (search_docs.body): one byte
// saying how it is stored, then the text raw (0) or zstd-compressed (1).
// Compressed when that saves space, so short messages stay raw. Pure.
#pragma once
#include <string>
#include <string_view>

namespace chatbeto::search {

std::string EncodeBody(std::string_view text);
// Throws Error(kDatabase) for a body that does not decode (a damaged index).
std::string DecodeBody(std::string_view body);

}  // namespace chatbeto::search
