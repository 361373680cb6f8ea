// Conversation-level event extraction: table-driven chats (Spanish and
// English) with the events they must give, and the written fixtures in
// tests/fixtures/events scored as a whole.
#include "events/extract.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "events/chat_text.h"

namespace chatbeto::events {
namespace {

std::string Fmt(const ExtractedEvent& e) {
  char buf[64];
  if (e.all_day) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", e.start.year, e.start.month, e.start.day);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", e.start.year, e.start.month, e.start.day,
                  e.start.hour, e.start.minute);
  return buf;
}

// Messages on Wednesday 2025-03-05 from `hour`:00, one minute apart; the
// speakers alternate A, B unless a line starts with "X: ".
std::vector<ChatMessage> Chat(const std::vector<std::string>& lines, int hour = 9) {
  std::vector<ChatMessage> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    ChatMessage m;
    m.id = static_cast<int64_t>(i) + 1;
    m.sender = i % 2 ? "B" : "A";
    m.body = lines[i];
    if (m.body.size() > 3 && m.body[1] == ':' && m.body[2] == ' ') {
      m.sender = m.body.substr(0, 1);
      m.body = m.body.substr(3);
    }
    m.local_time = LocalTime{2025, 3, 5, hour, static_cast<int>(i), 0};
    out.push_back(m);
  }
  return out;
}

struct Case {
  const char* name;
  std::vector<std::string> lines;
  std::vector<std::string> starts;  // expected events in order, "" = none
  std::vector<std::string> statuses = {};
  std::string title_has = "";
  int hour = 9;
};
void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class EventsExtract : public testing::TestWithParam<Case> {};

TEST_P(EventsExtract, GivesTheExpectedEvents) {
  const Case& c = GetParam();
  auto got = ExtractEvents(Chat(c.lines, c.hour));
  std::vector<std::string> starts, statuses;
  for (const auto& e : got) {
    starts.push_back(Fmt(e));
    statuses.push_back(StatusName(e.status));
  }
  EXPECT_EQ(starts, c.starts);
  if (!c.statuses.empty()) { EXPECT_EQ(statuses, c.statuses); }
  if (!c.title_has.empty()) {
    ASSERT_FALSE(got.empty());
    EXPECT_NE(got.back().title.find(c.title_has), std::string::npos) << got.back().title;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Events, EventsExtract,
    testing::Values(
        Case{"seed_example",
             {"Hola, ¿estás disponible?", "Sí, ¿en qué puedo ayudarte?", "Quiero agendar una reunión",
              "Claro, ¿cuándo te gustaría?", "El viernes a las 10", "Perfecto, ¿sobre qué tema?",
              "Revisión del proyecto"},
             {"2025-03-07T10:00"}, {"confirmed"}, "Revisión del proyecto"},
        Case{"intent_day_time_from_different_speakers",
             {"We need to schedule the budget meeting", "How about Friday?", "Friday works, at 3pm",
              "Great"},
             {"2025-03-07T15:00"}, {"confirmed"}, "Meeting"},
        Case{"reschedule_moves_instead_of_adding",
             {"¿Quedamos el lunes a las 10 para la reunión?", "Sí, perfecto",
              "A: Perdona, mejor el martes a las 11", "Vale"},
             {"2025-03-11T11:00"}, {"confirmed"}},
        Case{"same_time_other_day",
             {"Te apunto a la clase de piano el lunes a las 17:00", "Genial",
              "A: La clase se pasa al miércoles a la misma hora"},
             {"2025-03-12T17:00"}},
        Case{"english_moved_to",
             {"Meeting with Ana on Monday at 9am?", "Yes, works for me", "A: It was moved to Thursday 5pm"},
             {"2025-03-06T17:00"}},
        Case{"cancelled_es", {"Tengo cita el jueves a las 12", "Ok", "A: Al final cancelo la cita"},
             {"2025-03-06T12:00"}, {"cancelled"}},
        Case{"cancelled_en", {"Dinner at Nopa booked for Saturday at 8pm", "Great!", "A: I had to cancel the dinner"},
             {"2025-03-08T20:00"}, {"cancelled"}},
        Case{"cancelled_then_new_one",
             {"Tengo cita el lunes a las 9", "Confirmada", "A: No puedo ir, cancelo la cita",
              "Cancelada. ¿Quiere otra?", "A: Sí, ¿el miércoles a las 9?", "Hecho, el miércoles a las 9"},
             {"2025-03-10T09:00", "2025-03-12T09:00"}, {"cancelled", "confirmed"}},
        Case{"failed_booking_retried",
             {"Can you book a table for two tomorrow at 7pm?", "Sorry, they are fully booked at 7. How about 8:30 pm?",
              "Yes please", "Done, your table is booked."},
             {"2025-03-06T20:30"}, {"confirmed"}},
        Case{"failed_booking_never_retried",
             {"Please reserve a table for tomorrow at 7pm", "Sorry, I was unable to make the reservation.",
              "Oh well, thanks anyway"},
             {}},
        // a service noun opens a plan only with a day or time beside it, and never a second one
        Case{"service_noun_with_time", {"Masaje el jueves a las 18:00?", "Perfecto"},
             {"2025-03-06T18:00"}, {"confirmed"}, "Masaje"},
        Case{"service_noun_alone_is_a_search", {"Can you find a dentist in San Jose?", "Sure, A-1 Dental Care",
                                                 "A: What's their number? Is 10 a good time?"},
             {}},
        Case{"intent_noun_after_service_noun_same_plan",
             {"Haircut on Friday at 11?", "Yes", "A: The appointment is booked for Friday at 11"},
             {"2025-03-07T11:00"}, {"confirmed"}, "Appointment"},
        // a booking reported done with its day and time, with no plan word before
        Case{"booked_without_plan_word", {"We have Thursday at 2:30 or Friday at 11", "Thursday please",
                                          "A: Great, you're booked for Thursday at 2:30pm"},
             {"2025-03-06T14:30"}},
        // a time said alone keeps the plan's day and the half of the day nearest its time
        Case{"time_alone_nearest_half_es",
             {"Quedamos mañana a las 9 en la estación", "Mejor a las 9 y media, que no llego", "A: Vale"},
             {"2025-03-06T09:30"}, {}, "", 10},
        Case{"time_alone_nearest_half_en",
             {"dinner saturday at 7? I booked Luigi's", "yes!!",
              "A: change of plans, they only had 8:30 so we're at 8:30 now", "fine by me"},
             {"2025-03-08T20:30"}, {}, "", 18},
        // a negated plan noun plans nothing; how to cancel is no cancellation
        Case{"no_hay_clase", {"Mañana no hay clase de yoga, la profe está enferma"}, {}},
        Case{"no_meeting_today", {"There's no meeting today at 3, enjoy"}, {}},
        // "No," answers: the dinner after it replaces the lunch, on the day proposed
        Case{"no_comma_is_an_answer", {"Lunch Friday at 1?", "No, dinner at 8 is better", "A: Deal"},
             {"2025-03-07T20:00"}},
        // "No, <day/time>" from the other side corrects the plan; "No, I can't" does not
        Case{"bare_no_corrects_the_plan",
             {"Booking the physio for Tuesday at 9am, ok?", "Yes", "A: Sorry, I mean the booking",
              "B: No, go with Thursday", "A: Thursday at 9am then"},
             {"2025-03-06T09:00"}},
        Case{"no_i_cannot_is_no_correction",
             {"Dinner on Friday at 8?", "Yes", "A: Booked", "B: No, I can't do Saturday at 9 either"},
             {"2025-03-07T20:00"}},
        Case{"no_es_corrige", {"Reservo mesa el sábado a las 21", "Vale", "A: No, el domingo a las 14"},
             {"2025-03-09T14:00"}},
        // a title before a name does not end the sentence: the day after it stays with the time
        Case{"title_abbreviation_keeps_the_sentence",
             {"Book me a visit with the dentist on the 12th at 10am", "Ok", "A: Can you change it to 4 pm?",
              "B: Please confirm: a 4 pm visit with Dr. Lee on the 12th.", "A: Yes please"},
             {"2025-03-12T16:00"}},
        // an offer to book is an intent, even phrased as a passive
        Case{"offer_to_get_you_scheduled",
             {"Want me to get you scheduled?", "Sure, Monday the 10th at 11 works", "A: You're all set"},
             {"2025-03-10T11:00"}, {"confirmed"}},
        // a failure reported with an apology counts even when the sentence ends asking
        Case{"apology_failure_in_a_question",
             {"Book the massage for Saturday at 10am", "Sure", "B: Sorry, I couldn't get Saturday, want another day?",
              "A: Sunday at 10am then", "B: Done, you're booked"},
             {"2025-03-09T10:00"}, {"confirmed"}},
        Case{"no_appointments_available_is_a_failure",
             {"Book me in at the vet tomorrow at 5pm", "B: Ok", "B: Oh wait, there are no appointments available tomorrow",
              "A: Never mind then"},
             {}},
        Case{"no_hay_citas_is_a_failure",
             {"Quiero cita en la peluquería el jueves a las 12", "B: Perfecto", "B: Uy, no hay citas el jueves",
              "A: Vaya, gracias igual"},
             {}},
        // a day refused is no plan; "can't wait" is no refusal
        Case{"refused_day_is_no_plan",
             {"Coffee at 10?", "can't today, sorry. Friday?", "A: Friday I'm busy all day, next week then"},
             {}},
        Case{"cant_wait_is_no_refusal", {"Dinner Saturday at 8?", "Yes!! can't wait, Saturday at 8 it is"},
             {"2025-03-08T20:00"}, {"confirmed"}},
        // "count me in" and a thumbs-up agree
        Case{"count_me_in_agrees", {"Drinks Friday at 7?", "count me in"}, {"2025-03-07T19:00"}, {"confirmed"}},
        Case{"thumbs_up_agrees", {"Brunch on Sunday at 11?", "\xF0\x9F\x91\x8D"}, {"2025-03-09T11:00"},
             {"confirmed"}},
        // an answer to someone else's proposal keeps the day it leaves out
        Case{"answer_keeps_the_proposed_day",
             {"Can someone take Leo to swim class on Friday?", "I'll take him at 4:15", "A: thank you!"},
             {"2025-03-07T16:15"}},
        // after a settled plan of one kind, another plan at another time is a second event
        Case{"second_plan_after_a_service_noun",
             {"Yoga moved to Thursday 7am this week", "B: noted. Is the book club dinner still Friday at 8?",
              "A: yes, Friday 8pm"},
             {"2025-03-06T07:00", "2025-03-07T20:00"}},
        // "¿" opens a new sentence: the refusal before it does not swallow the question
        Case{"inverted_question_mark_splits",
             {"¿Cenamos el jueves a las 9?", "B: El jueves no puedo, ¿el viernes?", "A: Vale, viernes entonces"},
             {"2025-03-07T21:00"}},
        // "el de siempre" is a place, not a habit; an evening plan's bare hour is the evening's
        Case{"de_siempre_is_no_habit",
             {"¿Unas copas esta noche?", "B: Vale, ¿a las 10 en el de siempre?", "A: Hecho"},
             {"2025-03-05T22:00"}, {}, "", 17},
        Case{"one_on_one_is_a_meeting", {"Can we do our 1:1 on Monday at 3 instead?", "B: sure, Monday 3pm"},
             {"2025-03-10T15:00"}},
        // casual agreement and plans kept ("still on for"), drop-bys, ceremonies
        Case{"still_on_for_and_slang_yes", {"we still on for friday?", "yup, 6pm at mine", "A: bet"},
             {"2025-03-07T18:00"}, {"confirmed"}},
        Case{"we_ll_be_there_agrees", {"Our wedding party is Saturday at 1 at the park, can you come?",
                                        "We'll be there!"},
             {"2025-03-08T13:00"}, {"confirmed"}},
        Case{"paso_por_tu_casa", {"El lunes paso por tu casa sobre las 7 de la tarde a por el taladro", "Vale, aquí estaré"},
             {"2025-03-10T19:00"}},
        Case{"misa_es_un_plan", {"La misa del abuelo es el domingo a las 12, no faltes", "Allí estaré"},
             {"2025-03-09T12:00"}, {"confirmed"}, "Misa"},
        // "12:30" said alone is lunchtime even when 12:30 today has passed
        Case{"twelve_thirty_is_lunchtime", {"brunch on Sunday?", "sure, 12:30 at Mel's?", "A: yes"},
             {"2025-03-09T12:30"}, {}, "", 14},
        // postponed with no new day or time: off; postponed to a day: moved
        Case{"postponed_without_a_date_is_off", {"The workshop tomorrow at 10 is postponed until further notice"},
             {"2025-03-06T10:00"}, {"cancelled"}},
        Case{"postponed_to_a_day_moves", {"Team lunch Friday at 1", "ok", "A: lunch is postponed to Monday, same time"},
             {"2025-03-10T13:00"}, {"confirmed"}},
        // named and called off in one sentence
        Case{"named_and_cancelled_at_once", {"El taller de cerámica del sábado a las 11 queda anulado", "Vaya"},
             {"2025-03-08T11:00"}, {"cancelled"}},
        // an offer asked before any plan, taken by "I'll be there"
        Case{"offer_taken_by_ill_be_there", {"Can you make it today at 4:45?", "Perfect, I'll be there"},
             {"2025-03-05T16:45"}, {"confirmed"}},
        // midnight on a named day ends that day
        Case{"midnight_ends_the_named_day", {"Saturday we go out, meet at midnight at the club door", "yes"},
             {"2025-03-09T00:00"}},
        Case{"vaccination_is_a_plan", {"Your flu shot is on Monday at 8:10. Reply YES to confirm", "YES"},
             {"2025-03-10T08:10"}, {"confirmed"}},
        // "see you then" takes the choice just made between offered slots
        Case{"see_you_then_takes_the_choice",
             {"Free Monday at 9 or Wednesday at 3, which one?", "Wednesday at 3", "A: Good, see you then"},
             {"2025-03-12T15:00"}},
        // the speaker's own other commitment ("Friday I have yoga") does not move the plan
        Case{"own_other_commitment_is_an_excuse",
             {"drinks on Friday?", "B: could we do Thursday instead? Friday I have pilates", "A: sure, Thursday at 8"},
             {"2025-03-06T20:00"}},
        // someone who cannot go to a known plan plans nothing; a later cancellation calls it off
        Case{"cannot_go_plans_nothing", {"I can't make the book club meeting on Monday, sorry", "No worries!"},
             {}},
        Case{"cannot_go_then_called_off",
             {"I can't make the book club meeting on Monday, sorry", "B: then let's cancel it, nobody else can either"},
             {"2025-03-10"}, {"cancelled"}},
        // a morning hour for another day is the morning's, whenever it is said
        Case{"morning_hour_for_tomorrow_said_in_the_evening",
             {"Mañana desayuno con el equipo a las ocho y media", "Vale"}, {"2025-03-06T08:30"}, {}, "", 19},
        Case{"hour_for_the_plans_day_said_later",
             {"Dentist on Monday?", "B: yes", "A: at 9:15 then", "B: ok"}, {"2025-03-10T09:15"}, {}, "", 17},
        // a vague "sometime" plans nothing yet
        Case{"sometime_is_no_plan", {"let's have lunch sometime next week", "definitely!"}, {}},
        // an hour said as a choice ("4 it is"); a time alone takes the day only proposed
        Case{"hour_it_is", {"Call on Friday, 3 or 4?", "B: 4 it is"}, {"2025-03-07T16:00"}},
        Case{"keep_the_hour_on_the_proposed_day",
             {"can we move the standup tomorrow at 9 to 10?", "B: 10 doesn't work, let's keep 9", "A: ok"},
             {"2025-03-06T09:00"}},
        // a span of days keeps the plan; a bare day after it is about something else
        Case{"span_of_days_then_another_day", {"Workshop in Lisbon April 3-4, I fly in the 2nd", "nice!"},
             {"2025-04-03"}},
        // "responda ANULAR" names the word to send: no cancellation
        Case{"keyword_to_send_is_no_cancel",
             {"Su cita es el 20/03 a las 10:10. Para anular responda ANULAR.", "B: Gracias"},
             {"2025-03-20T10:10"}, {"tentative"}},
        // "la reunión de mañana": tomorrow's
        Case{"de_manana_is_tomorrows", {"La reunión de mañana es a las 12", "Ok"}, {"2025-03-06T12:00"}},
        // the speaker's other commitment ("I have a call at 2") does not move the lunch
        Case{"other_commitment_is_no_move",
             {"Lunch at 1 today?", "B: yes, but 12:15 instead? I have a call at 2", "A: sure, 12:15"},
             {"2025-03-05T12:15"}, {}, "", 9},
        // "works better" moves; "sunday 11 then" is a day and an hour
        Case{"works_better_moves", {"coffee this weekend?", "B: sunday works better for me", "A: sunday 10 then", "B: ok"},
             {"2025-03-09T10:00"}},
        // skipping and "para otro día" call a two-person plan off
        Case{"gotta_skip_calls_it_off", {"see you at the pool at 7 tonight", "B: I'm sick, gotta skip tonight"},
             {"2025-03-05T19:00"}, {"cancelled"}, "", 10},
        Case{"para_otro_dia_calls_it_off",
             {"Quedamos hoy a las 8 para cenar", "B: Hoy no puedo, estoy mala", "A: Pues lo dejamos para otro día"},
             {"2025-03-05T20:00"}, {"cancelled"}, "", 10},
        // "adelantar de las 5 a las 4" moves to the second hour
        Case{"move_from_one_hour_to_an_earlier_one",
             {"¿Podemos adelantar la clase de las 6 a las 5?", "B: Sí, a las 5 entonces"}, {"2025-03-05T17:00"},
             {}, "", 10},
        // "how did it go", "estuvo genial": the past
        Case{"how_did_it_go_is_past", {"how was the party on Saturday?", "B: great, the dinner at 9 was amazing"}, {}},
        // "hoy a las 7" said at 8 is this evening
        Case{"today_at_an_hour_gone_is_the_evening", {"Quedamos hoy a las 7 para correr", "B: Vale"},
             {"2025-03-05T19:00"}, {}, "", 8},
        Case{"reply_to_cancel_is_an_instruction",
             {"Your appointment with Dr. Patel is confirmed for Tuesday, March 18 at 9:40 AM.",
              "A: Reply C to cancel."},
             {"2025-03-18T09:40"}, {"confirmed"}},
        Case{"asked_only_es", {"¿Estás libre el viernes a las 10 para una reunión?", "No, ese día no puedo"}, {}},
        Case{"asked_only_en", {"Are you free on Friday at 3 for a call?", "Sorry, I can't make it"}, {}},
        Case{"past_es", {"Ayer fuimos al cine a las 8", "Qué bien"}, {}},
        Case{"birth_date", {"¿Tu fecha de nacimiento?", "Nací el 5 de marzo de 1990"}, {}},
        Case{"habitual_en", {"When does the store close?", "The store closes at 9 on Sundays"}, {}},
        Case{"habitual_es", {"¿A qué hora cierra?", "Normalmente cierra a las 9 y los domingos abre de 10 a 2"}, {}},
        Case{"hypothetical_es", {"Si hubiera sabido, habríamos quedado el lunes a las 8", "Ojalá"}, {}},
        Case{"no_intent_no_event", {"The train leaves at 6pm", "ok"}, {}},
        Case{"range_gives_end",
             {"La reunión de equipo es el jueves de 4 a 6 de la tarde", "Ok, anotado"}, {"2025-03-06T16:00"}},
        Case{"all_day_when_no_time", {"I got us tickets for the concert on March 14!", "Awesome!!"},
             {"2025-03-14"}},
        Case{"two_plans", {"Meeting with the landlord tomorrow at 9am", "OK", "A: Also dinner on Sunday at 7pm", "Noted"},
             {"2025-03-06T09:00", "2025-03-09T19:00"}},
        Case{"afternoon_for_bare_hour", {"Can we do a quick call at 4 today?", "Sure"}, {"2025-03-05T16:00"},
             {"confirmed"}, "Call", 13},
        Case{"address_is_not_a_time",
             {"Let's have lunch tomorrow at 1pm", "Sure, where?", "A: At 2317 South El Camino Real", "Perfect"},
             {"2025-03-06T13:00"}}));

TEST(EventsExtractPrior, ALaterMessageMovesAStoredEvent) {
  ExtractedEvent stored;
  stored.title = "Reunión";
  stored.start = {2025, 3, 10, 10, 0, 0};
  stored.status = EventStatus::kConfirmed;
  stored.origin_message_id = 1;
  stored.stored_id = 77;
  stored.source_message_ids = {1, 2};
  auto msgs = Chat({"Oye, mejor el martes a las 11", "Vale"});
  for (auto& m : msgs) m.id += 10;
  auto got = ExtractEvents(msgs, {stored});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].stored_id, 77);
  EXPECT_EQ(got[0].origin_message_id, 1);
  EXPECT_EQ(Fmt(got[0]), "2025-03-11T11:00");
  EXPECT_EQ(got[0].title, "Reunión");
  EXPECT_EQ(got[0].source_message_ids, (std::vector<int64_t>{1, 2, 11}));
}

TEST(EventsExtractPrior, UnrelatedMessagesLeaveAStoredEventAsItWas) {
  ExtractedEvent stored;
  stored.title = "Cena";
  stored.start = {2025, 3, 8, 21, 0, 0};
  stored.status = EventStatus::kConfirmed;
  stored.origin_message_id = 3;
  stored.stored_id = 5;
  stored.source_message_ids = {3};
  auto got = ExtractEvents(Chat({"¿Qué tal el día?", "Bien, mucho trabajo"}), {stored});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(Fmt(got[0]), "2025-03-08T21:00");
  EXPECT_EQ(got[0].status, EventStatus::kConfirmed);
  EXPECT_EQ(got[0].source_message_ids, std::vector<int64_t>{3});
}

TEST(EventsExtract, SameInputSameOutput) {
  auto msgs = Chat({"Quiero agendar una reunión", "¿Cuándo?", "El viernes a las 10", "Perfecto"});
  auto a = ExtractEvents(msgs), b = ExtractEvents(msgs);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(Fmt(a[0]), Fmt(b[0]));
  EXPECT_EQ(a[0].origin_message_id, b[0].origin_message_id);
  EXPECT_EQ(a[0].origin_message_id, 1);
}

// The written conversations (both languages, Android and iOS exports): every
// negative gives nothing, every cancellation is found, and the events as a
// whole score F1 >= 0.9 (bench/events-eval prints the details).
TEST(EventsFixtures, WrittenConversationsScoreWell) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(CHATBETO_TEST_DATA_DIR) / "fixtures/events";
  std::ifstream ef(dir / "expected.json");
  ASSERT_TRUE(ef) << dir;
  auto expected = nlohmann::json::parse(ef);
  ASSERT_GE(expected.size(), 30u);
  int tp = 0, fp = 0, fn = 0, langs_es = 0, langs_en = 0, ios = 0, android = 0;
  for (auto& [name, spec] : expected.items()) {
    std::ifstream in(dir / (name + ".txt"));
    std::stringstream ss;
    ss << in.rdbuf();
    auto msgs = ReadChatText(ss.str(), spec["date_order"] == "mdy", name);
    ASSERT_FALSE(msgs.empty()) << name;
    (name.starts_with("es_") ? langs_es : langs_en)++;
    (spec["platform"] == "ios" ? ios : android)++;
    auto got = ExtractEvents(msgs);
    if (spec["events"].empty()) {
      EXPECT_TRUE(got.empty()) << name << ": " << got.size() << " events from a chat that plans nothing, first "
                               << (got.empty() ? "" : Fmt(got[0]));
    }
    std::vector<bool> used(got.size());
    for (const auto& exp : spec["events"]) {
      bool cancel = exp.value("status", "") == "cancelled";
      std::string want = exp["start"];
      bool found = false;
      for (size_t i = 0; i < got.size() && !found; ++i)
        if (!used[i] && Fmt(got[i]) == want && (got[i].status == EventStatus::kCancelled) == cancel)
          used[i] = found = true;
      if (cancel) { EXPECT_TRUE(found) << name << ": cancellation of " << want << " not found"; }
      (found ? tp : fn)++;
    }
    for (bool u : used) fp += !u;
  }
  EXPECT_GE(langs_es, 10);
  EXPECT_GE(langs_en, 10);
  EXPECT_GE(ios, 10);
  EXPECT_GE(android, 10);
  double p = tp + fp ? double(tp) / (tp + fp) : 1, r = tp + fn ? double(tp) / (tp + fn) : 1;
  EXPECT_GE(2 * p * r / (p + r), 0.9) << "tp " << tp << " fp " << fp << " fn " << fn;
}

}  // namespace
}  // namespace chatbeto::events
