#include "events/sentence_split.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace chatbeto::events {
namespace {

// The sentences of a folded text, as strings, with "?" marking the questions.
std::vector<std::string> Sentences(const std::string& folded) {
  std::vector<std::string> out;
  for (const SentenceSpan& s : SplitSentences(folded))
    out.push_back(folded.substr(s.fb, s.fe - s.fb) + (s.q ? "?" : ""));
  return out;
}

TEST(EventsSentenceSplit, EndsAtStopsAndNewlines) {
  EXPECT_EQ(Sentences("ok. see you friday! at 8?\nsure; bye"),
            (std::vector<std::string>{"ok", " see you friday", " at 8?", "sure", " bye"}));
  EXPECT_TRUE(Sentences("").empty());
  EXPECT_TRUE(Sentences(".").empty());
}

TEST(EventsSentenceSplit, KeepsAbbreviationsAndTitlesInside) {
  EXPECT_EQ(Sentences("a.m. ok. e.g. this"), (std::vector<std::string>{"a.m", " ok", " e.g", " this"}));
  EXPECT_EQ(Sentences("ok.bye"), (std::vector<std::string>{"ok.bye"}));
  EXPECT_EQ(Sentences("with dr. ani tajirian on march 14th. thanks"),
            (std::vector<std::string>{"with dr. ani tajirian on march 14th", " thanks"}));
  // a word that only ends like a title ends its sentence
  EXPECT_EQ(Sentences("see the doctor. ok"), (std::vector<std::string>{"see the doctor", " ok"}));
}

TEST(EventsSentenceSplit, AnInvertedQuestionMarkOpensAQuestion) {
  // folded text writes "¿" as '\x01'
  EXPECT_EQ(Sentences("el viernes no puedo, \x01" "el sabado?"),
            (std::vector<std::string>{"el viernes no puedo, ", "\x01" "el sabado?"}));
}

}  // namespace
}  // namespace chatbeto::events
