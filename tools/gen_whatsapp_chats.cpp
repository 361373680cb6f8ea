// gen-whatsapp-chats: synthetic WhatsApp conversations for bench/scan.
//
//   gen-whatsapp-chats --messages N [--per-conversation K] [--seed S] --out DIR
//       writes DIR/conversations.tsv and DIR/messages.tsv for LOAD DATA
//       (tab-separated, \N for NULL) matching schema/0006_whatsapp.sql;
//   gen-whatsapp-chats --messages N --extract-only
//       builds the same conversations in memory and runs the rule-based
//       extractor over them on one thread; prints a JSON line with the
//       messages/s (the scan's per-core rule speed, without the database).
//
// Conversations mix Spanish and English chit-chat with plans that are
// proposed, agreed, moved, cancelled or only asked about; the same seed
// gives the same files.
#include <time.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "events/extract.h"
#include "events/message_view.h"

using namespace chatbeto::events;

namespace {

const std::vector<std::vector<const char*>> kSnippets = {
    {"Hola, ¿qué tal?", "Bien, ¿y tú?", "Todo bien por aquí"},
    {"Quiero agendar una reunión", "Claro, ¿cuándo te gustaría?", "El viernes a las 10",
     "Perfecto, ¿sobre qué tema?", "Revisión del proyecto"},
    {"¿Quedamos mañana para cenar?", "Vale, ¿a qué hora?", "A las 9 en mi casa", "Perfecto, llevo el vino"},
    {"Mejor el martes a las 11", "Ok, martes a las 11 entonces"},
    {"Al final no puedo ir, cancelo la cita", "De acuerdo"},
    {"Ayer fuimos al cine a las 8", "Qué bien, ¿qué visteis?", "Una comedia"},
    {"¿A qué hora cierra la farmacia?", "Normalmente cierra a las 9"},
    {"Hi! How are you?", "Good thanks, busy week", "Same here"},
    {"Can you book a table for two tomorrow at 7pm?", "Sorry, they are fully booked at 7. How about 8:30 pm?",
     "Yes please", "Done, your table is booked."},
    {"Lunch on Thursday at 1pm?", "Sounds good!"},
    {"Are you free on Friday at 3 for a call?", "Sorry, I can't make it"},
    {"The meeting was moved to Monday at 4pm", "Got it, thanks"},
    {"Did you see the game last night?", "Yes, what a finish!", "Incredible"},
    {"Send me the report when you can", "Sure, I'll send it in a bit", "Thanks"},
};

struct Gen {
  std::mt19937_64 rng;
  explicit Gen(uint64_t seed) : rng(seed) {}
  // One conversation of `k` messages: (sender, body, minutes after the start).
  std::vector<std::tuple<std::string, std::string, int>> Conversation(int k) {
    std::vector<std::tuple<std::string, std::string, int>> out;
    int minute = 0;
    while (static_cast<int>(out.size()) < k) {
      const auto& s = kSnippets[rng() % kSnippets.size()];
      for (size_t i = 0; i < s.size() && static_cast<int>(out.size()) < k; ++i) {
        minute += 1 + static_cast<int>(rng() % 3);
        out.emplace_back(i % 2 ? "Bea" : "Alex", s[i], minute);
      }
      minute += static_cast<int>(rng() % 600);
    }
    return out;
  }
};

double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

LocalTime AddMinutes(LocalTime base, int minutes) {
  int64_t days = DaysFromCivil(base.year, base.month, base.day);
  int64_t m = base.hour * 60 + base.minute + minutes;
  LocalTime t = CivilFromDays(days + m / 1440);
  t.hour = static_cast<int>(m % 1440 / 60);
  t.minute = static_cast<int>(m % 60);
  return t;
}

std::string Sql(const LocalTime& t) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute, t.second);
  return buf;
}

}  // namespace

int main(int argc, char** argv) {
  int64_t messages = 1000000;
  int per = 50;
  uint64_t seed = 1;
  std::string out;
  bool extract_only = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "gen-whatsapp-chats: " << a << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--messages") messages = std::stoll(next());
    else if (a == "--per-conversation") per = std::stoi(next());
    else if (a == "--seed") seed = std::stoull(next());
    else if (a == "--out") out = next();
    else if (a == "--extract-only") extract_only = true;
    else {
      std::cerr << "usage: gen-whatsapp-chats --messages N [--per-conversation K] [--seed S] (--out DIR | --extract-only)\n";
      return 2;
    }
  }
  if (per < 1 || messages < 1 || (out.empty() && !extract_only)) {
    std::cerr << "gen-whatsapp-chats: need --messages >= 1, --per-conversation >= 1 and --out DIR or --extract-only\n";
    return 2;
  }
  Gen g(seed);
  const LocalTime base{2025, 3, 3, 8, 0, 0};
  int64_t conversations = (messages + per - 1) / per;
  if (extract_only) {
    double secs = 0, cpu = 0;
    int64_t n = 0, events = 0;
    for (int64_t c = 0; c < conversations; ++c) {
      auto conv = g.Conversation(static_cast<int>(std::min<int64_t>(per, messages - c * per)));
      std::vector<ChatMessage> msgs;
      for (auto& [sender, body, minute] : conv)
        msgs.push_back({++n, sender, body, AddMinutes(base, minute + static_cast<int>(c % 1000) * 1440)});
      auto t0 = std::chrono::steady_clock::now();
      double c0 = CpuSeconds();
      events += static_cast<int64_t>(ExtractEvents(msgs).size());
      cpu += CpuSeconds() - c0;
      secs += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    }
    // CPU time of this thread: the per-core speed, whatever else the machine runs.
    std::printf("{\"messages\": %lld, \"conversations\": %lld, \"events\": %lld, \"wall_seconds\": %.3f, "
                "\"cpu_seconds\": %.3f, \"messages_per_cpu_second\": %.0f}\n",
                static_cast<long long>(n), static_cast<long long>(conversations), static_cast<long long>(events),
                secs, cpu, n / cpu);
    return 0;
  }
  std::filesystem::create_directories(out);
  std::ofstream cf(out + "/conversations.tsv"), mf(out + "/messages.tsv");
  int64_t n = 0;
  for (int64_t c = 1; c <= conversations; ++c) {
    auto conv = g.Conversation(static_cast<int>(std::min<int64_t>(per, messages - (c - 1) * per)));
    LocalTime start = AddMinutes(base, static_cast<int>(c % 1000) * 1440);
    std::string first = Sql(start), last = Sql(AddMinutes(start, std::get<2>(conv.back())));
    // id, chat_key, platform, name, participants, time_zone, first, last, count, events, created, updated
    cf << c << "\tbench:" << c << "\texport\tchat " << c << "\t[\"Alex\",\"Bea\"]\t"
       << (c % 2 ? "Europe/Madrid" : "\\N") << "\t" << first << "\t" << last << "\t" << conv.size()
       << "\t0\t" << first << "\t" << first << "\n";
    for (auto& [sender, body, minute] : conv) {
      std::string at = Sql(AddMinutes(start, minute));
      // message_sid, conversation_id, sender_name, direction, body, received_at, message_type, created, updated
      mf << "bench-" << ++n << "\t" << c << "\t" << sender << "\tinbound\t" << body << "\t" << at << "\ttext\t"
         << at << "\t" << at << "\n";
    }
  }
  std::printf("{\"messages\": %lld, \"conversations\": %lld}\n", static_cast<long long>(n),
              static_cast<long long>(conversations));
  return 0;
}
