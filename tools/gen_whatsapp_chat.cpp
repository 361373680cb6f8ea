// gen-whatsapp-chat: writes a synthetic WhatsApp "Export chat" text of N
// messages for benchmarks: Android or iOS layout, a few senders (one a
// non-contact "~ Name"), multi-line messages, media lines, edited and deleted
// markers, polls and system lines in realistic proportions, times moving
// forward. The same --seed and --messages always give the same bytes.
//
//   gen-whatsapp-chat --out FILE [--messages N] [--ios] [--seed N]
#include <CLI/CLI.hpp>
#include <cstdint>
#include <cstdio>
#include <string>

namespace {

struct Rng {  // splitmix64: tiny, deterministic
  uint64_t s;
  uint64_t Next() {
    uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<uint64_t>(n)); }
};

const char* kWords[] = {"hola",   "mañana", "reunión", "viernes", "proyecto", "the",   "meeting",
                        "at",     "10",     "ok",      "😀",      "vale",     "cena",  "sábado",
                        "report", "send",   "please",  "gracias", "👍",       "cuando", "where",
                        "office", "llamo",  "luego",   "pronto",  "café",     "a las", "nos vemos"};
const char* kSenders[] = {"Ana García", "Pedro", "~\u202fLuis Martín", "María José 👩‍💻"};

std::string Sentence(Rng& r) {
  std::string s;
  int n = 3 + r.Below(12);
  for (int i = 0; i < n; ++i) {
    if (i) s += ' ';
    s += kWords[r.Below(sizeof kWords / sizeof *kWords)];
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Synthetic WhatsApp export chat text for benchmarks"};
  std::string out;
  int64_t messages = 1000000;
  uint64_t seed = 1;
  bool ios = false;
  app.add_option("--out", out, "File to write")->required();
  app.add_option("--messages", messages, "Messages to write")->check(CLI::PositiveNumber);
  app.add_option("--seed", seed, "Random seed");
  app.add_flag("--ios", ios, "iOS layout ([d/m/yy, HH:MM:SS] Name: …) instead of Android");
  CLI11_PARSE(app, argc, argv);

  std::FILE* f = std::fopen(out.c_str(), "wb");
  if (!f) {
    std::perror(out.c_str());
    return 1;
  }
  Rng r{seed};
  int64_t t = 1577836800;  // 2020-01-01 00:00, local wall clock
  std::string line;
  char head[64];
  for (int64_t i = 0; i < messages; ++i) {
    t += 1 + r.Below(240);
    int64_t days = t / 86400, rem = t % 86400;
    // civil_from_days
    int64_t z = days + 719468, era = z / 146097;
    unsigned doe = static_cast<unsigned>(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    unsigned d = doy - (153 * mp + 2) / 5 + 1, m = mp < 10 ? mp + 3 : mp - 9;
    int64_t y = yoe + era * 400 + (m <= 2);
    if (ios)
      std::snprintf(head, sizeof head, "[%u/%u/%02lld, %02lld:%02lld:%02lld] ", d, m,
                    static_cast<long long>(y % 100), static_cast<long long>(rem / 3600),
                    static_cast<long long>(rem / 60 % 60), static_cast<long long>(rem % 60));
    else
      std::snprintf(head, sizeof head, "%02u/%02u/%04lld, %02lld:%02lld - ", d, m,
                    static_cast<long long>(y), static_cast<long long>(rem / 3600),
                    static_cast<long long>(rem / 60 % 60));
    line = head;
    int kind = r.Below(1000);
    if (kind < 5) {  // system line
      line += "Pedro added Luis";
    } else {
      line += kSenders[r.Below(4)];
      line += ": ";
      if (kind < 60) line += ios ? "\u200e<attached: 00000042-PHOTO-2020-01-01-10-00-00.jpg>"
                                 : "IMG-20200101-WA0042.jpg (file attached)";
      else if (kind < 80) line += ios ? "\u200eimage omitted" : "<Media omitted>";
      else if (kind < 100) line += Sentence(r) + " <This message was edited>";
      else if (kind < 110) line += "This message was deleted";
      else if (kind < 112) line += "POLL:\n" + Sentence(r) + "\nOPTION: sí (2 votes)\nOPTION: no (0 votes)";
      else if (kind < 212) line += Sentence(r) + "\n" + Sentence(r);
      else line += Sentence(r);
    }
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), f);
  }
  return std::fclose(f) == 0 ? 0 : 1;
}
