// Conversation-level event extraction: what review round 11 (tests/fixtures/events en_f*/es_f*:
// chats between friends, family and coworkers that brush round 10's booking rules) found
// those rules doing to everyday chats. A preference about another thing ("I'd rather not go
// ahead with the green") withdraws nothing: only one about the booking ("with it", "with the
// booking") does. No slot of the kind asked for then ("they don't have tables that day") is a
// failure only said with regret ("Sorry, ..."); told as news after a plan was agreed it leaves
// the plan standing. Chats are on Wednesday 2025-03-05 from 9:00.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractRound11 : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractRound11, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Preferences, EventsExtractRound11,
    testing::Values(
        Case{"friends_rather_not_go_ahead_with_a_colour",
             {"dinner at mine saturday at 8pm? we're painting the kitchen first",
              "B: yes! i'd rather not go ahead with the green though, it's way too dark"},
             {"2025-03-08T20:00"}},
        Case{"friends_prefer_not_to_buy_the_blue_one",
             {"picnic saturday at 11am?", "B: yes!", "B: i'd prefer not to buy the big cake though"},
             {"2025-03-08T11:00"}},
        // the booking itself still withdrawn
        Case{"rather_not_go_ahead_with_it_withdraws",
             {"Can you book a table at Nopa for Friday at 7 pm?", "B: Please confirm: a table at Nopa on March 7th at 7 pm.",
              "A: Actually, I'd rather not go ahead with it."},
             {}},
        Case{"rather_not_go_ahead_with_the_booking_withdraws",
             {"Can you book a table at Nopa for Friday at 7 pm?", "B: Please confirm: a table at Nopa on March 7th at 7 pm.",
              "A: Hmm, I'd rather not go ahead with the booking."},
             {}},
        Case{"prefer_not_to_make_the_reservation_withdraws",
             {"Can you book a table at Nopa for Friday at 7 pm?", "B: Please confirm: a table at Nopa on March 7th at 7 pm.",
              "A: I'd prefer not to make the reservation yet."},
             {}}));

INSTANTIATE_TEST_SUITE_P(
    NoSlots, EventsExtractRound11,
    testing::Values(
        Case{"friends_no_tables_that_day_is_news",
             {"picnic saturday at 1pm in dolores park?", "B: yes!!",
              "A: heads up they don't have tables that day, some event, so bring a blanket"},
             {"2025-03-08T13:00"}},
        Case{"friends_no_tours_that_day_is_news",
             {"lunch at the museum cafe friday at 1pm?", "B: yes!",
              "A: fyi they don't have tours that day, we'll just walk around after"},
             {"2025-03-07T13:00"}},
        // said with regret, a failure as before
        Case{"sorry_no_visits_that_day_fails",
             {"Can you book a visit to the apartment on Elm St on the 10th?",
              "B: Sorry, they don't have visits that day. Would you like to choose another date?", "A: No, thanks."},
             {}},
        Case{"regret_in_an_earlier_sentence_fails",
             {"Can you book a visit to the apartment on Elm St on the 10th?",
              "B: Unfortunately not. There are no visits available on that date."},
             {}}));

}  // namespace
}  // namespace chatbeto::events
