// The conversation-level event extractor behind ExtractEvents (extract.h): it
// reads a chat a message at a time and keeps the plan being made (plan.h), the
// day/time values said before any plan, and who answers whom. Internal to
// extract.cpp (Feed, answers, opening and closing plans) and extract_sentence.cpp
// (what each sentence does to the plan). Pure.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "events/choice_pick.h"
#include "events/cues.h"
#include "events/entry_lookup.h"
#include "events/extract.h"
#include "events/message_view.h"
#include "events/plan.h"

namespace chatbeto::events::detail {

class Extractor {
 public:
  explicit Extractor(const ExtractOptions& o) : opts_(o) {}

  // Stored events opened before the messages: the last can still be moved or cancelled.
  void Seed(const std::vector<ExtractedEvent>& prior);
  // One message, in time order.
  void Feed(const ChatMessage& m);
  // The events of the chat (the seeded ones first), each storable (KeepInCalendarRange).
  std::vector<ExtractedEvent> Finish();

 private:
  Lang Majority() const { return es_ > en_ ? Lang::kEs : Lang::kEn; }
  // Whether `sender` wrote after the message now being answered (so is not answering it).
  bool SaidSince(const std::string& sender) const;
  // "sí" / "no" to a proposal or a cancellation made by someone else.
  void HandleAnswer(const ChatMessage& m, const MessageView& v);
  // What sentence `s` of message `m` does to the plan: opens, names, moves, books,
  // calls off or withdraws it (extract_sentence.cpp).
  void HandleSentence(const ChatMessage& m, const MessageView& v, const Sentence& s, Lang lang);
  // A new plan opened by `m`, taking the values said loose before it; the current one closed.
  void Open(const ChatMessage& m, Lang lang);
  // The current plan, when firm (or stored before), becomes an event.
  void Close();

  const ExtractOptions& opts_;
  std::optional<Plan> cur_;
  Loose loose_;
  std::vector<ExtractedEvent> done_, seeds_;
  bool awaiting_topic_ = false;
  std::string topic_asker_;
  int es_ = 0, en_ = 0;
  int seq_ = 0, answered_seq_ = -1;
  // The last message asking about a habit, the past or a hypothesis; whether the
  // message being read answers it.
  int filtered_question_seq_ = -1;
  bool answers_filtered_ = false;
  // The last message telling of the past ("that concert last saturday was insane"); whether the
  // message being read answers it (a time alone in the answer is that past's: "they played till 11").
  int past_statement_seq_ = -1;
  bool answers_past_ = false;
  struct Last {  // a speaker's last message: its number; whether it asked something, asked
    int seq;      // for what is on offer ("What movies are playing tonight?"), put a day or
    bool asked, search, proposes;  // time forward ("Please confirm: ... at 5:50 pm"), asked
    bool asks_to_book = false;     // whether to book ("Shall I reserve it?")
  };
  std::map<std::string, Last> last_seq_;
  const std::string* answered_ = nullptr;  // who wrote the message being answered
  bool answers_question_ = false, answers_search_ = false, answers_proposal_ = false;
  bool answers_ask_to_book_ = false;  // "Shall I reserve it?" - "no thanks": the booking declined
  detail::ChoiceMemory choices_;  // the choices last offered, for a pick by position
  EntryLookup lookup_;  // entries a calendar holds, looked up: "You have a Dentist appointment"
};

}  // namespace chatbeto::events::detail
