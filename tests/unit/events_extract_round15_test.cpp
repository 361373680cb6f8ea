// Conversation-level event extraction: round w, 100 chats written and labelled blind
// (tests/fixtures/events/en_w*, es_w*: 60 English booking dialogues in the style of the
// Schema-Guided Dialogue corpus, 40 English and Spanish chats among friends, family and
// coworkers). Its cases pin the fixes it led to: English weekday abbreviations that are no word
// ("tues", "thurs", "fri") and those that are ("wed", "sat") before a bare hour or a "then" that
// ends the sentence; a meal named by its food ("sushi", "tacos") at a bare 7 to 9 in the evening;
// "returns" as the end of a trip; a payment scheduled as an errand; "Your reservation is made";
// "too" ending a clause; a day given up beside a refusal in a move; "pasa al viernes" told; "in!";
// an emoji as a word of its own ("👍👍"); a beach day; a money transfer scheduled; "can we do sat
// instead? sun I can't" as a move; "remember when"; pickleball; a move "from friday to monday at 10";
// "not cancelled"; "not this weekend"; "Sorry, ... is booked then" with another time offered;
// "game sat, tip off 7:30"; "do it earlier"; a book club; "I'll decide tonight"; "devolvemos";
// the doors' time after the show's; a stated appointment's own hour as the reason for a move; a
// make-up class ("¿la recuperamos el lunes?"); a film at home; "I can only come at 3"; a
// housewarming; "la hacemos el jueves"; a day alone keeping the time put forward; "Yoga on March
// 4th has been removed"; "venís a comer"; "push it to 6"; "formación", "escapada"; "Shall I reserve
// it?" - "no thanks".
// Beside them, chats with the same words that must not change.
// Chats are on Wednesday 2025-03-05 from 9:00.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractRound15 : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractRound15, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Words, EventsExtractRound15,
    testing::Values(
        // the fix: "sat" (a word) is the weekday before a bare hour ending the sentence
        Case{"sat_before_a_bare_hour", {"drinks sat 6?", "B: yes pls"}, {"2025-03-08T18:00"}},
        // unchanged: "sat" before a number that goes on is the verb
        Case{"sat_before_a_count_is_the_verb",
             {"we sat 6 rows back at the concert, the drinks were awful", "B: lol"},
             {}},
        // the fix: "thurs" needs no support; a meal named by its food at a bare 7 is supper
        Case{"thurs_and_sushi_at_7",
             {"sushi thurs?", "B: thurs at 7 works"},
             {"2025-03-06T19:00"},
             {"confirmed"},
             "Sushi"},
        // the fix: "sat then?" puts Saturday forward
        Case{"sat_then_puts_saturday_forward",
             {"pizza tomorrow?", "B: they're closed on thursdays", "A: sat then? at 8", "B: ok"},
             {"2025-03-08T20:00"}},
        // unchanged: "sat then" going on is the verb
        Case{"sat_then_going_on_is_the_verb",
             {"I sat then stood up for the whole dinner", "B: haha"},
             {}},
        // the fix: "returns" says when a round trip ends, not when it starts
        Case{"round_trip_read_back_with_returns",
             {"I want to fly from Chicago to Denver on the 18th and come back on the 21st.",
              "B: Please confirm: United, Chicago to Denver, departs March 18th at 6:15 am, returns March 21st at "
              "5:50 pm.",
              "A: yes", "B: Your flight is booked."},
             {"2025-03-18T06:15"}},
        // the fix: money moved is an errand even when scheduled
        Case{"scheduled_payment_is_an_errand",
             {"schedule a payment of $120 to John on the 15th", "B: Please confirm: a $120 payment to John on March 15th.",
              "A: yes", "B: The payment has been scheduled."},
             {}},
        // unchanged: a booking whose deposit is paid is still booked
        Case{"booking_with_a_payment_after_it",
             {"Book a table at Nopa on Friday at 7 pm", "B: Please confirm: a table at Nopa on March 7th at 7 pm.",
              "A: yes", "B: Your table is reserved. A payment of $20 will be charged if you don't show."},
             {"2025-03-07T19:00"}},
        // the fix: "Your reservation is made" reports it booked: a car asked for next is another booking
        Case{"reservation_is_made_then_a_car",
             {"I need a hotel in Denver from March 18th to the 21st.",
              "B: Please confirm: The Maven, check-in March 18th, check-out March 21st, 1 room.", "A: yes",
              "B: Your reservation is made.", "A: I'll need a car too, picking it up the 18th at 9 am",
              "B: Please confirm: pick-up at Denver Airport on March 18th at 9 am, return March 21st.", "A: correct",
              "B: Your car is reserved."},
             {"2025-03-18", "2025-03-18T09:00"}},
        // unchanged: "no reservation was made" books nothing
        Case{"no_reservation_was_made",
             {"Book a table at Nopa on Friday at 7 pm", "B: Please confirm: a table at Nopa on March 7th at 7 pm.",
              "A: no, forget it", "B: Okay, no reservation was made."},
             {}},
        // the fix: in a move, a bare day beside a refusal is the day given up
        Case{"move_then_the_day_given_up",
             {"¿quedamos mañana a las 6 para el café?", "B: sí",
              "B: oye mejor pasado mañana a la misma hora, mañana no puedo", "A: vale, sin problema"},
             {"2025-03-07T18:00"}},
        Case{"move_then_cant_do_the_old_day",
             {"lunch thursday at 1?", "B: yes", "B: friday instead, can't do thursday", "A: ok"},
             {"2025-03-07T13:00"}},
        // unchanged: the day refused first, the new one after a move word
        Case{"refused_day_then_mejor",
             {"¿Vamos al cine el viernes a las 8?", "B: El viernes no puedo, mejor el sábado",
              "A: Vale, sábado a las 8 entonces"},
             {"2025-03-08T20:00"}},
        // the fix: "pasa al" told (not only asked) moves the plan named in the same sentence
        Case{"pasa_al_viernes_told",
             {"Os informamos de que la clase de inglés del jueves (18:00) pasa al viernes, a la misma hora.",
              "B: Perfecto, gracias!"},
             {"2025-03-07T18:00"}},
        // unchanged: "pasa" of something else moves nothing
        Case{"pasa_of_a_bus_moves_nothing",
             {"¿Cenamos el viernes a las 9?", "B: vale", "B: el bus pasa a las 8 por mi casa, llego justo"},
             {"2025-03-07T21:00"}},
        // the fix: "in!" as the whole message is a yes; the plan called off later is cancelled
        Case{"in_alone_agrees_then_called_off",
             {"movie friday 8pm?", "B: in!", "A: sorry guys have to bail, let's call off friday", "B: np, another time"},
             {"2025-03-07T20:00"},
             {"cancelled"}},
        // unchanged: "in" with words after it, or asked, is no yes
        Case{"in_with_words_after_is_no_yes",
             {"movie friday 8pm?", "B: in the afternoon I have work, let me check"},
             {}},
        Case{"in_asked_is_no_yes", {"movie friday 8pm?", "B: in?"}, {}},
        // the fix: an emoji is a word of its own: two thumbs up, or one glued to "ok", agree
        Case{"two_thumbs_up_agree_to_the_time",
             {"farewell drinks for Sam on friday?", "B: friday works", "C: how about 5:30 at the Anchor",
              "D: \xF0\x9F\x91\x8D\xF0\x9F\x91\x8D"},
             {"2025-03-07T17:30"}},
        Case{"ok_glued_to_a_thumbs_up_agrees",
             {"dinner friday at 8?", "B: ok\xF0\x9F\x91\x8D"},
             {"2025-03-07T20:00"},
             {"confirmed"}},
        // the fix: a beach day is a plan
        Case{"beach_day_agreed", {"beach day saturday?? it's supposed to be 85", "B: YES all day"}, {"2025-03-08"}},
        // unchanged: the beach in a hypothesis or the past is none
        Case{"beach_if_sunny_is_no_plan", {"if it's sunny we could go to the beach saturday", "B: yeah maybe"}, {}},
        Case{"beach_last_saturday_is_past", {"we went to the beach on saturday, so nice", "B: jealous"}, {}},
        // the fix: a transfer of money scheduled is an errand
        Case{"transfer_of_money_scheduled",
             {"Can you schedule a transfer of $1,500 to my landlord on April 1st?", "B: From which account?",
              "A: my checking", "B: Your transfer is scheduled."},
             {}},
        // unchanged: a bus with transfers is booked
        Case{"bus_with_a_transfer_is_booked",
             {"I need a bus to Reno on Friday", "B: There's a bus at 3 pm with 1 transfer for $35.",
              "A: book it", "B: Please confirm: 1 ticket to Reno on March 7th at 3 pm.", "A: yes",
              "B: Your ticket is booked."},
             {"2025-03-07T15:00"}},
        // the fix: backing out of the old day in a message that asks for another moves the plan
        Case{"cant_do_the_old_day_beside_a_move",
             {"brunch sun at 11?", "B: yes!!", "B: can we do sat instead? sun I can't", "A: sure sat 11"},
             {"2025-03-08T11:00"},
             {"confirmed"}},
        // unchanged: backing out alone calls it off
        Case{"cant_do_sunday_alone_calls_it_off",
             {"brunch sunday at 11?", "B: yes!!", "B: sorry, something came up, can't make it sunday"},
             {"2025-03-09T11:00"},
             {"cancelled"}},
        // the fix: "remember when" tells the past
        Case{"remember_when_is_the_past",
             {"remember when we did karaoke on friday at 11 lol", "B: I still can't hear properly"},
             {}},
        // the fix: pickleball is a plan, agreed by thumbs up with a skin tone
        Case{"pickleball_agreed_by_thumbs",
             {"pickleball sat 9am? court 3", "B: \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"},
             {"2025-03-08T09:00"}},
        // the fix: a move "from friday to monday at 10" goes to Monday; "not cancelled" calls nothing off
        Case{"moved_from_friday_to_monday",
             {"ugh the dentist office called, they moved my cleaning from friday to monday at 10",
              "B: at least it's not cancelled lol"},
             {"2025-03-10T10:00"},
             {"tentative"}},
        // unchanged: "no, cancel it" after a booking still calls it off
        Case{"no_cancel_it_still_cancels",
             {"Book a table at Nopa on Friday at 7 pm", "B: Please confirm: a table at Nopa on March 7th at 7 pm.",
              "A: yes", "B: Your table is reserved.", "A: no wait, cancel it please", "B: Your reservation has been cancelled."},
             {"2025-03-07T19:00"},
             {"cancelled"}},
        // the fix: "not this weekend" refuses the day put forward
        Case{"not_this_weekend_refuses",
             {"hike this weekend?", "B: not this weekend, I'm swamped. maybe next month", "A: ok np"},
             {}},
        // the fix: "Sorry, ... is booked then" with another time offered is that time taken
        Case{"sorry_booked_then_offers_another",
             {"I'd like to see Dr. Kaur on the 14th at half past 9 in the morning",
              "B: Please confirm: Dr. Kaur on March 14th at 9:30 am.", "A: Perfect",
              "B: Sorry, Dr. Kaur is booked then. She's free at 10:30 am on March 14th.", "A: fine, that one",
              "B: Please confirm: Dr. Kaur on March 14th at 10:30 am.", "A: yes", "B: Your appointment is scheduled."},
             {"2025-03-14T10:30"}},
        // unchanged: sorry for the wait, then booked
        Case{"sorry_for_the_wait_booked",
             {"table for 2 at Nopa on Friday at 7 pm", "B: Please confirm: a table at Nopa on March 7th at 7 pm.",
              "A: yes", "B: Sorry for the wait, your table is booked."},
             {"2025-03-07T19:00"},
             {"confirmed"}},
        // the fix: "sat," after a word that is no subject is the weekday
        Case{"game_sat_comma_then_the_time",
             {"Warriors game sat, tip off 7:30, I got 4 tix", "B: im in"},
             {"2025-03-08T19:30"}},
        // the fix: "do it earlier, 3:30 same day" moves the plan
        Case{"do_it_earlier_moves",
             {"vet appt for Biscuit is thurs at 4:30", "B: ok I'll take him",
              "A: vet called, they need to do it earlier, 3:30 same day", "B: fine"},
             {"2025-03-06T15:30"}},
        // the fix: a book club is a plan
        Case{"book_club_pushed_a_week",
             {"book club is thursday 7pm at mine, bring wine", "B: yay",
              "A: change of plans, pushing book club to next thursday, same time", "B: ok!"},
             {"2025-03-13T19:00"}},
        // the fix: "I'll decide tonight" says when the decision comes
        Case{"decide_tonight_books_nothing",
             {"can you find a cheap hotel in Vegas for March 22nd?", "B: The LINQ has rooms for $89 a night.",
              "A: and what about flights there that day?", "B: Frontier has a flight at 6:50 am for $79.",
              "A: thanks, I'll decide tonight"},
             {}},
        // the fix: "se lo devolvemos a las 18:00" is when the car comes back
        Case{"devolvemos_is_the_end",
             {"Hola, quería llevar el coche a revisión esta semana",
              "B: Podemos el jueves a las 8:30, lo deja y se lo devolvemos a las 18:00",
              "A: perfecto, el jueves a las 8:30 lo llevo", "B: Anotado"},
             {"2025-03-06T08:30"}},
        // the fix: the doors' time after the show's is no start
        Case{"doors_after_the_start",
             {"¿Compro entradas para el concierto del sábado?", "B: ¡sí! ¿a qué hora es?",
              "A: a las 21:30, abren puertas a las 20:00", "B: genial, compra dos"},
             {"2025-03-08T21:30"}},
        // the fix: a stated appointment's own hour, after asking to move it, is the reason
        Case{"own_hour_after_a_move_asked_is_the_reason",
             {"Recordatorio: cita de Toby el viernes 7 a las 12:00", "B: ¿se podría pasar a las 13:00? a las 12 trabajo",
              "A: Sí, cambiada a las 13:00", "B: gracias!"},
             {"2025-03-07T13:00"}},
        // the fix: a make-up for a class the teacher cannot give calls that one off and is a new plan
        Case{"make_up_class",
             {"Hola, te escribo para decirte que mañana no podré dar la clase de las 17:00, lo siento",
              "B: vale, no pasa nada", "A: ¿la recuperamos el lunes a la misma hora?", "B: perfecto"},
             {"2025-03-06T17:00", "2025-03-10T17:00"},
             {"cancelled", "confirmed"}},
        // unchanged: a move with no make-up word moves
        Case{"move_without_make_up_moves",
             {"¿clase el jueves a las 17:00?", "B: vale", "A: ¿mejor el lunes a la misma hora?", "B: perfecto"},
             {"2025-03-10T17:00"}},
        // the fix: a film at home is no plan
        Case{"movie_at_home_is_an_errand",
             {"I want to watch a comedy movie at home tonight", "B: How about Booksmart?", "A: sure, play it"},
             {}},
        // the fix: one who can only come later leaves the start as it was
        Case{"only_come_at_3_is_an_arrival",
             {"study session sunday 2-5 at the library?", "B: works", "C: I can only come at 3 but I'll be there"},
             {"2025-03-09T14:00"}},
        // the fix: a housewarming is a party
        Case{"housewarming_is_a_party",
             {"housewarming this saturday from 6pm!! bring friends", "B: will be there"},
             {"2025-03-08T18:00"}},
        // the fix: "la hacemos el jueves a las 9" plans again after "no hay reunión"
        Case{"no_hay_reunion_la_hacemos_el_jueves",
             {"Recordad que mañana a las 9 tenemos reunión de equipo", "B: ok",
              "A: Cambio de planes: mañana no hay reunión, la hacemos el viernes a las 9", "B: ok"},
             {"2025-03-07T09:00"}},
        // the fix: a day alone, nothing agreed yet, takes the time last put forward
        Case{"day_alone_keeps_the_time_put_forward",
             {"gym at 7 still?", "B: ugh can't today, overslept lol", "A: lazy tmrw then", "B: tmrw 7 for sure"},
             {"2025-03-06T07:00"},
             {},
             "",
             6},
        // the fix: the subject of "has been removed" is before its day ("Yoga on March 4th")
        Case{"entry_removed_with_its_day",
             {"what's on my calendar for Monday?", "B: You have Yoga at 6 pm on March 10th.", "A: please remove it",
              "B: Yoga on March 10th has been removed."},
             {"2025-03-10T18:00"},
             {"cancelled"}},
        // unchanged: a photo removed is no plan
        Case{"photo_removed_is_no_plan",
             {"dinner friday at 8?", "B: yes", "B: the photo from monday has been removed lol"},
             {"2025-03-07T20:00"},
             {"confirmed"}},
        // the fix: "venís a comer" is a meal
        Case{"venis_a_comer",
             {"¿venís a comer el domingo? a las 2 y media", "B: sí, vamos los dos"},
             {"2025-03-09T14:30"}},
        // the fix: a bare hour after "to" in a move ("can we push it to 6?")
        Case{"push_it_to_a_bare_hour",
             {"team dinner friday 7pm, booked at Piccino", "B: nice", "A: can we push it to 6?", "B: ok"},
             {"2025-03-07T18:00"}},
        // unchanged: "up to 4 people" is no hour
        Case{"up_to_4_people_is_no_hour",
             {"dinner friday at 8?", "B: yes", "A: can we move it to Nopa instead? they take up to 4 people"},
             {"2025-03-07T20:00"}},
        // the fix: "formación" is a class
        Case{"formacion_aplazada",
             {"Equipo, la formación del jueves a las 10 la aplazamos al martes 11 a la misma hora", "B: ok"},
             {"2025-03-11T10:00"}},
        // the fix: "no thanks" to "Shall I reserve it?" declines the booking
        Case{"no_thanks_to_shall_i_reserve",
             {"rent me a car in LA from tomorrow at 9 am to Monday",
              "B: A compact car at LAX is $67 a day. Shall I reserve it?", "A: that's too expensive, no thanks"},
             {}},
        // unchanged: "no thanks" to another question leaves the booking
        Case{"no_thanks_to_insurance_keeps_the_booking",
             {"rent me a car in LA tomorrow at 9 am", "B: Please confirm: pick-up at LAX on March 6th at 9 am.",
              "A: yes", "B: Your car is reserved. Would you like to add insurance?", "A: no thanks"},
             {"2025-03-06T09:00"}}));

}  // namespace
}  // namespace chatbeto::events
