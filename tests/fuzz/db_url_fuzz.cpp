// Fuzz target for the database URL parser (--db / CHATBETO_DB). Invariants:
// - any input either parses or throws Error(kUsage), nothing else; a parsed
//   URL has a sane shape (port in range, a database, no password from the URL);
// - a URL built as mysql://USER:SECRET@REST from the input (split at the
//   first two 0x00 bytes; USER without / ? # @ :, SECRET alphanumeric with a
//   digit, 6+ bytes, not elsewhere in the URL) is refused without SECRET anywhere in
//   the message.
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>

#include "db/url.h"
#include "fuzz_check.h"
#include "util/error.h"

namespace {

// The message of the error ParseDbUrl throws, or "" when it parses.
std::string Parse(const std::string& url) {
  try {
    const chatbeto::db::DbConfig c = chatbeto::db::ParseDbUrl(url);
    CHECK(c.port > 0 && c.port <= 65535);
    CHECK(!c.database.empty());
    CHECK(!c.password.has_value());
    CHECK(!c.embedded);
    (void)c.Describe();
    return "";
  } catch (const chatbeto::Error& e) {
    CHECK(e.kind() == chatbeto::ErrorKind::kUsage);
    CHECK(*e.what() != '\0');
    return e.what();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  Parse(input);

  const size_t a = input.find('\0');
  const size_t b = a == std::string::npos ? a : input.find('\0', a + 1);
  if (b == std::string::npos) return 0;
  const std::string user = input.substr(0, a), secret = input.substr(a + 1, b - a - 1),
                    rest = input.substr(b + 1);
  if (secret.size() < 6 || user.find_first_of("/?#@:") != std::string::npos) return 0;
  bool digit = false;  // the messages' fixed words have none, so no false alarm
  for (unsigned char ch : secret) {
    if (!std::isalnum(ch)) return 0;
    digit = digit || std::isdigit(ch);
  }
  if (!digit) return 0;
  const std::string url = "mysql://" + user + ":" + secret + "@" + rest;
  if (url.find(secret) != url.rfind(secret)) return 0;  // also elsewhere: may be quoted
  const std::string message = Parse(url);
  CHECK(!message.empty());  // a password in the URL is always refused
  CHECK(message.find(secret) == std::string::npos);
  return 0;
}
