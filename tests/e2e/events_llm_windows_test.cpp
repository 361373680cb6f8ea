// End-to-end: `whatsapp scan --llm --live` on long conversations: windows of
// forty new messages with their context, sent several at a time.
#include <utility>

#include "e2e/llm_fixture.h"

namespace chatbeto::testing {
namespace {

TEST_F(EventsLlm, LongConversationsGoInWindowsOfFortyWithTheirContext) {
  int64_t c = Conversation("export:long", "");
  for (int i = 0; i < 45; ++i)
    Message(c, i % 2 ? "A" : "B", "2025-03-05 09:" + std::string(i < 10 ? "0" : "") + std::to_string(i) + ":00",
            "mensaje " + std::to_string(i));
  Message(c, "A", "2025-03-05 09:50:00", "Te llevo el sábado a las 9");
  json s = Scan({"--context", "5"});
  EXPECT_EQ(s["llm"]["windows"], 2);
  auto reqs = fake_->ResponseRequests();
  ASSERT_EQ(reqs.size(), 2u);
  // sent at the same time: either may arrive first
  if (Messages(reqs[0]).size() != 40u) std::swap(reqs[0], reqs[1]);
  EXPECT_EQ(Messages(reqs[0]).size(), 40u);
  EXPECT_EQ(Messages(reqs[1]).size(), 5u + 6u);  // 5 earlier messages as context, then the last 6 new ones
  EXPECT_EQ(Messages(reqs[1]).begin()->second, "mensaje 35");
  EXPECT_EQ(s["llm"]["events_new"], 1);
}

// A long conversation's windows go out four at a time (each its own client),
// and their answers are read in order as if sent one by one.
TEST_F(EventsLlm, AConversationsWindowsAreSentSeveralAtATime) {
  int64_t c = Conversation("export:busy", "Europe/Madrid");
  for (int i = 0; i < 240; ++i) {
    std::string body = "mensaje " + std::to_string(i);
    if (i == 50) body = "Te llevo el sábado a las 9 al aeropuerto";
    if (i == 210) body = "El viernes a las 10 en la oficina";
    Message(c, i % 2 ? "A" : "B",
            "2025-03-05 " + std::to_string(10 + i / 60) + ":" + (i % 60 < 10 ? "0" : "") + std::to_string(i % 60) + ":00",
            body);
  }
  fake_->SetLatency(0.3);
  json s = Scan({});
  EXPECT_EQ(s["llm"]["windows"], 6);
  EXPECT_EQ(s["llm"]["requests"], 6);
  EXPECT_EQ(s["llm"]["answers"], 6);
  EXPECT_GE(fake_->MaxInFlight(), 2);
  EXPECT_LE(fake_->MaxInFlight(), 4);
  EXPECT_EQ(fake_->ResponseRequests().size(), 6u);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM extracted_events WHERE detector = 'llm'"), 2);
  EXPECT_EQ(Count("SELECT requests FROM whatsapp_llm_scan WHERE conversation_id = " + std::to_string(c)), 6);
}

}  // namespace
}  // namespace chatbeto::testing
