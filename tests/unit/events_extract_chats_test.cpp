// Conversation-level event extraction, continued: the rules that rounds of
// newly written chats called for (each chat scored before any rule changed),
// one table case per rule, in both languages.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractChats : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractChats, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Rounds, EventsExtractChats,
    testing::Values(
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
        // a move names its new day after "to" / "al"; "instead of <day>" names the old one
        Case{"postponed_to_a_named_day", {"Su clase del martes a las 6 se pospone al jueves 13 a la misma hora", "Ok"},
             {"2025-03-13T18:00"}},
        Case{"instead_of_names_the_old_day", {"My haircut is now Monday 4pm instead of Friday", "cool"},
             {"2025-03-10T16:00"}},
        // "should we cancel ...?" answered no: the plan stays
        Case{"cancel_question_declined", {"should we cancel the picnic on Sunday at 1? it might rain", "B: nah, let's go"},
             {"2025-03-09T13:00"}, {"tentative"}},
        // "I'll be home" takes an offer of a visit
        Case{"ill_be_home_takes_the_offer",
             {"The technician could come Thursday between 8 and 10, does that suit?", "B: Thursday is fine, I'll be home"},
             {"2025-03-06T08:00"}},
        // a move said without its day takes the next sentence's ("bumped. same time, Friday"),
        // unless that one refuses
        Case{"bumped_takes_the_next_sentences_day",
             {"Reminder: design review Thursday 10am", "\xF0\x9F\x91\x8D",
              "A: heads up, the review got bumped. same time, Friday"},
             {"2025-03-07T10:00"}},
        Case{"cambio_de_planes_then_the_day",
             {"Reunión con el gestor el jueves a las 5", "Vale",
              "A: Cambio de planes. El viernes a la misma hora"},
             {"2025-03-07T17:00"}},
        Case{"move_then_a_refusal_moves_nothing",
             {"Coffee Thursday at 10", "B: ok", "A: Change of plans for me. Friday I can't"},
             {"2025-03-06T10:00"}},
        // "se cae" with a plan or a day calls it off; "se cae la web" does not
        Case{"se_cae_with_a_day_calls_it_off",
             {"Barbacoa el sábado a las 2", "B: Genial", "A: Lo del sábado se cae, me toca trabajar"},
             {"2025-03-08T14:00"}, {"cancelled"}},
        Case{"se_cae_el_plan", {"Cine el viernes a las 9", "B: Vale", "A: Se cae el plan, lo siento"},
             {"2025-03-07T21:00"}, {"cancelled"}},
        Case{"se_cae_la_web_is_no_cancel",
             {"Cena el viernes a las 9", "B: Vale",
              "A: Qué rabia, se cae la web del restaurante todo el rato"},
             {"2025-03-07T21:00"}, {"confirmed"}},
        Case{"fell_through_calls_it_off",
             {"Beach trip Saturday at 9", "B: yes", "A: the trip fell through, the car broke down"},
             {"2025-03-08T09:00"}, {"cancelled"}},
        Case{"para_otro_finde_calls_it_off",
             {"Excursión el domingo a las 9", "B: Vale", "A: Va a llover, lo dejamos para otro finde"},
             {"2025-03-09T09:00"}, {"cancelled"}},
        // when to arrive is not when the plan starts, once that is set
        Case{"arrive_early_keeps_the_start",
             {"Game is Saturday at 10am at Riverside. Arrive 9:30 for warmup", "B: thanks!"},
             {"2025-03-08T10:00"}},
        Case{"llegad_antes_keeps_the_start",
             {"El partido es el sábado a las 11 de la mañana", "B: ¿A qué hora llegamos?",
              "A: Llegad a las 10 y media para calentar"},
             {"2025-03-08T11:00"}},
        Case{"arrival_sets_a_time_not_yet_said",
             {"Dinner at Rosa's on Friday?", "B: sure, I'll get there at 8", "A: great"},
             {"2025-03-07T20:00"}},
        Case{"arrive_instead_moves",
             {"Game Saturday at 10am", "B: ok", "A: can we arrive at 9am instead?", "B: yes"},
             {"2025-03-08T09:00"}},
        // the answer to a question about a habit or the past is about it too
        Case{"answer_to_a_habit_question_plans_nothing",
             {"¿Clase de yoga el sábado?", "B: ¿A qué hora abre el gimnasio los sábados?",
              "A: Creo que a las 8"},
             {}},
        Case{"answer_to_a_ferry_schedule_plans_nothing",
             {"lake trip on Sunday?", "B: what time does the ferry leave on sundays?", "A: 10am I think"},
             {}},
        Case{"answer_with_a_plan_word_still_plans",
             {"how was the concert last night?", "B: great! we should book tickets for Friday at 9pm too",
              "A: yes"},
             {"2025-03-07T21:00"}},
        // a move by an amount moves the plan's start; asked, it waits for a yes
        Case{"pushed_back_an_hour",
             {"Team lunch Friday at 1", "B: ok", "A: lunch got pushed back an hour"},
             {"2025-03-07T14:00"}},
        Case{"bumped_a_day_alone",
             {"Dentist Thursday at 10am", "B: ok", "A: my dentist appt got bumped a day"},
             {"2025-03-07T10:00"}},
        Case{"an_hour_later_asked_and_agreed",
             {"Dinner Saturday at 8pm", "B: yes", "A: can we make it an hour later?", "B: sure"},
             {"2025-03-08T21:00"}, {"confirmed"}},
        Case{"adelantamos_media_hora",
             {"Clase de piano el jueves a las 6", "B: Vale", "A: ¿La adelantamos media hora?", "B: Sí"},
             {"2025-03-06T17:30"}},
        Case{"text_back_in_an_hour_moves_nothing",
             {"Dinner Saturday at 8pm", "B: yes", "A: at work, I'll text you back in an hour"},
             {"2025-03-08T20:00"}},
        Case{"arrive_half_an_hour_earlier_moves_nothing",
             {"Game Saturday at 10am", "B: ok", "A: please arrive half an hour earlier to warm up"},
             {"2025-03-08T10:00"}},
        // preterites no present tense shares: "empezó a las 10", "it started at 8"
        Case{"empezo_is_past", {"¿Qué tal el concierto?", "B: Brutal, empezó a las 10 y acabamos a las 3"},
             {}},
        Case{"started_is_past", {"is the game on?", "B: yes it started at 8, 2-1 now"}, {}, {}, "", 21}));

}  // namespace
}  // namespace chatbeto::events
