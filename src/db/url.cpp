#include "db/url.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <string_view>
#include <vector>

#include "util/error.h"

namespace chatbeto::db {
namespace {

// What in `url` may be a password: the value of password=, and what sits
// between "user:" and an '@' (the first and the last: a password may hold an
// unescaped '@'). Longest first, so that Redact hides the widest span.
std::vector<std::string> Secrets(const std::string& url) {
  std::vector<std::string> out;
  if (auto p = url.find("password="); p != std::string::npos) {
    const size_t end = std::min(url.find('&', p), url.size());
    out.push_back(url.substr(p + 9, end - p - 9));
  }
  if (auto scheme = url.find("://"); scheme != std::string::npos) {
    const size_t colon = url.find(':', scheme + 3);
    for (size_t at : {url.find('@', scheme + 3), url.rfind('@')})
      if (colon != std::string::npos && at != std::string::npos && colon < at)
        out.push_back(url.substr(colon + 1, at - colon - 1));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return out;
}

// `text` with every occurrence of each secret replaced by "***".
std::string Redact(std::string text, const std::vector<std::string>& secrets) {
  for (const auto& secret : secrets) {
    if (secret.empty()) continue;
    for (size_t p = text.find(secret); p != std::string::npos; p = text.find(secret, p + 3))
      text.replace(p, secret.size(), "***");
  }
  return text;
}

// Neither the URL nor the reason (which may quote a part of it) shows a password.
[[noreturn]] void Bad(const std::string& url, const std::string& why) {
  const auto secrets = Secrets(url);
  throw Error(ErrorKind::kUsage, "database URL \"" + Redact(url, secrets) + "\": " +
                                     Redact(why, secrets) +
                                     " (expected mysql://user@host:port/db or "
                                     "mysql://user@localhost/db?socket=/path)");
}

std::string PercentDecode(std::string_view s, const std::string& url) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%') {
      if (i + 2 >= s.size() || !std::isxdigit(static_cast<unsigned char>(s[i + 1])) ||
          !std::isxdigit(static_cast<unsigned char>(s[i + 2])))
        Bad(url, "bad percent escape");
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

DbConfig ParseDbUrl(const std::string& url) {
  DbConfig c;
  std::string_view s(url);
  constexpr std::string_view kMysql = "mysql://", kMariadb = "mariadb://";
  if (s.starts_with(kMysql)) s.remove_prefix(kMysql.size());
  else if (s.starts_with(kMariadb)) s.remove_prefix(kMariadb.size());
  else Bad(url, "scheme must be mysql://");

  std::string_view query;
  if (auto q = s.find('?'); q != std::string_view::npos) {
    query = s.substr(q + 1);
    s = s.substr(0, q);
  }
  std::string_view path;
  if (auto slash = s.find('/'); slash != std::string_view::npos) {
    path = s.substr(slash + 1);
    s = s.substr(0, slash);
  }
  if (auto at = s.rfind('@'); at != std::string_view::npos) {
    std::string_view userinfo = s.substr(0, at);
    if (userinfo.find(':') != std::string_view::npos)
      Bad(url, "a password in the URL is not accepted; set CHATBETO_DB_PASSWORD or use "
               "--db-defaults-file");
    c.user = PercentDecode(userinfo, url);
    s = s.substr(at + 1);
  }
  if (!s.empty() && s.front() == '[') Bad(url, "IPv6 literals are not supported");
  if (auto colon = s.find(':'); colon != std::string_view::npos) {
    std::string_view port = s.substr(colon + 1);
    int p = 0;
    auto [ptr, ec] = std::from_chars(port.data(), port.data() + port.size(), p);
    if (ec != std::errc() || ptr != port.data() + port.size() || p < 1 || p > 65535)
      Bad(url, "port \"" + std::string(port) + "\" is not a number from 1 to 65535");
    c.port = p;
    s = s.substr(0, colon);
  }
  if (!s.empty()) c.host = PercentDecode(s, url);
  if (!path.empty()) c.database = PercentDecode(path, url);
  if (c.database.empty() || c.database.size() > 64 ||
      c.database.find_first_of("`/\\.\0", 0, 5) != std::string::npos)
    Bad(url, "database name \"" + c.database + "\" is not valid");

  while (!query.empty()) {
    auto amp = query.find('&');
    std::string_view kv = query.substr(0, amp);
    query = amp == std::string_view::npos ? std::string_view() : query.substr(amp + 1);
    auto eq = kv.find('=');
    std::string key(kv.substr(0, eq));
    std::string value = eq == std::string_view::npos ? "" : PercentDecode(kv.substr(eq + 1), url);
    if (key == "socket") c.socket = value;
    else if (key == "ssl-mode" || key == "ssl_mode") {
      for (auto& ch : value) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      if (value != "DISABLED" && value != "PREFERRED" && value != "REQUIRED" &&
          value != "VERIFY_CA" && value != "VERIFY_IDENTITY")
        Bad(url, "ssl-mode \"" + value +
                     "\" must be DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY");
      c.ssl_mode = value;
    } else if (key == "ssl-ca" || key == "ssl_ca") c.ssl_ca = value;
    else if (key == "local-infile" || key == "local_infile") c.local_infile = value != "0";
    else if (key == "password") Bad(url, "a password in the URL is not accepted");
    else Bad(url, "unknown option \"" + key + "\" (known: socket, ssl-mode, ssl-ca, local-infile)");
  }
  return c;
}

std::string DbConfig::Describe() const {
  std::string d = "mysql://" + (user.empty() ? std::string() : user + "@") + host;
  if (socket.empty()) d += ":" + std::to_string(port);
  d += "/" + database;
  if (!socket.empty()) d += "?socket=" + socket;
  if (embedded) d += " (embedded)";
  return d;
}

}  // namespace chatbeto::db
