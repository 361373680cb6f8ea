#include "openai/config.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "util/error.h"

namespace chatbeto::openai {
namespace {

std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

std::string Trim(std::string s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  size_t e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

double PositiveNumber(const char* name, double fallback) {
  std::string v = Env(name);
  if (v.empty()) return fallback;
  char* end = nullptr;
  double d = std::strtod(v.c_str(), &end);
  if (!end || *end || !(d > 0) || d > 86400)
    throw Error(ErrorKind::kUsage, std::string(name) + ": not a positive number of seconds: \"" +
                                       v.substr(0, 40) + "\"");
  return d;
}

}  // namespace

ClientConfig ConfigFromEnv(const std::string& api_key_file, bool need_key) {
  ClientConfig c;
  c.base_url = BaseUrlFromEnv();
  c.organization = Env("OPENAI_ORG_ID");
  c.project = Env("OPENAI_PROJECT_ID");
  c.total_timeout_s = PositiveNumber("CHATBETO_OPENAI_TIMEOUT", 120);
  c.connect_timeout_s = std::min(10.0, c.total_timeout_s);
  if (!api_key_file.empty()) {
    std::ifstream in(api_key_file);
    if (!in) throw Error(ErrorKind::kUsage, "--api-key-file " + api_key_file + ": cannot be read");
    std::stringstream ss;
    ss << in.rdbuf();
    c.api_key = Trim(ss.str());
    if (c.api_key.empty())
      throw Error(ErrorKind::kUsage, "--api-key-file " + api_key_file + ": the file is empty");
  } else {
    c.api_key = Trim(Env("OPENAI_API_KEY"));
  }
  for (unsigned char ch : c.api_key)
    if (ch < 0x21 || ch > 0x7e)
      throw Error(ErrorKind::kUsage, "the API key contains a space or control character; check "
                                     "OPENAI_API_KEY / --api-key-file (the key is not shown)");
  if (need_key && c.api_key.empty())
    throw Error(ErrorKind::kUsage,
                "--live needs an API key: set OPENAI_API_KEY or pass --api-key-file FILE");
  return c;
}

RetryPolicy PolicyFromEnv() {
  RetryPolicy p;
  p.scale = PositiveNumber("CHATBETO_OPENAI_BACKOFF_SCALE", 1.0);
  return p;
}

}  // namespace chatbeto::openai
