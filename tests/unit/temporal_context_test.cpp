// The words of dates and times used otherwise in chats: counts, prices, phone
// numbers, addresses, versions, scores, ordinals of things, months that are
// names or verbs. Negatives must give no match at all (or only the named
// expression next to them); the positives beside them show the same words
// still read as dates where people mean one. Reference: Friday 1 March 2019, 09:00.
#include "temporal_test_util.h"

namespace chatbeto::events::testing {
namespace {

class TemporalContextEnNone : public ::testing::TestWithParam<const char*> {};
TEST_P(TemporalContextEnNone, FindsNothing) { Check(Case{GetParam(), "", ""}, Lang::kEn, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalContextEnNone,
    ::testing::Values(
        // ordinals that rank things
        "on second thought, let's not", "first of all, thanks", "at first I thought so",
        "the second one is better", "it's the first time I go", "we live on the 2nd floor",
        "she came in third place", "my 30th birthday was fun",
        // names and verbs that are month names
        "dinner at August Hall", "drinks at the 20Th Salon", "we will march on",
        "we watched the march", "they are going to march", "you may want to come",
        "may I come in?", "this may be hard", "March Madness is on TV",
        // counts, amounts, scores
        "a table for 2 please", "it's 4 of us", "one of these days", "3 people",
        "it costs $30", "that's 50% off", "they charge 5€ each", "we won 3-1", "final score 2-2",
        "Mark won 2 to 1", "top 5",
        // phone numbers, versions, addresses, rooms
        "call me at 650-650-6500", "my number is 555-123-4567", "+34 612 345 678",
        "version 2.3.1 is out", "update to v10.2", "room 12", "I live at 42 Main Street",
        "gate 7", "chapter 3", "page 11", "open 24/7", "1/2 cup of sugar", "3/4 of the way",
        "rated at 5 stars", "I was 1st in line", "we came 2nd", "rate it from 1 to 5",
        "it costs between 5 and 10", "that's the one for me", "is the 1 result",
        "the first to arrive wins", "I like 6 of them", "looks like 6 people",
        "it is located at 1512 Castro Street", "at 235 West 46th Street",
        // weekday abbreviations that are words
        "the sun is out", "I sat down", "sat next to me",
        // idioms and food, not the end of a working day
        "at the end of the day it's your call", "end of the day, up to you", "corn on the cob"));

class TemporalContextEsNone : public ::testing::TestWithParam<const char*> {};
TEST_P(TemporalContextEsNone, FindsNothing) { Check(Case{GetParam(), "", ""}, Lang::kEs, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalContextEsNone,
    ::testing::Values(
        "en segundo lugar", "por primera vez", "a la primera", "es el segundo piso",
        "el primer día fue duro", "quedó tercero", "marzo es mi mes favorito",
        "vivo en la calle Mayo 12", "el bar de la avenida Enero 20", "somos 3",
        "una mesa para 4 personas", "uno de estos días", "cuesta 25 euros", "son 30€",
        "el 50% de descuento", "ganamos 3-1", "quedaron 2-2", "llámame al 612-345-678",
        "mi número es +34 612 345 678", "la versión 2.3 ya salió", "en la página 7",
        "la sala 3", "el capítulo 3", "tengo 3 hijos", "dame 5 minutos", "el sol sale",
        "abierto 24/7", "1/2 kilo de harina", "a 5 km de aquí", "a 5 euros el kilo",
        "el Real Madrid ganó 3 a 1", "la 2 de TVE", "entre 3 y 4 horas", "cuesta entre 5 y 10",
        "el 2 a 1 del partido", "el uno y el otro",
        // "cuarto" is also a room: no quarter to an hour without "para las N"
        "una mesa para las 4 personas", "un cuarto para las 4 personas",
        "reservé un cuarto para la familia", "un cuarto para dos"));

// Next to such words, the real date or time is still found, alone.
class TemporalContextEn : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalContextEn, Resolves) { Check(GetParam(), Lang::kEn, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalContextEn,
    ::testing::Values(
        Case{"table for 1 next tuesday", "2019-03-05T00:00:00", "day", "", "next tuesday"},
        Case{"dinner for 5 tomorrow", "2019-03-02T00:00:00", "day", "", "tomorrow"},
        Case{"dinner for four tomorrow", "2019-03-02T00:00:00", "day", "", "tomorrow"},
        Case{"I'll bring 2 on Friday", "2019-03-08T00:00:00", "day", "", "on Friday"},
        Case{"we'll need three tomorrow", "2019-03-02T00:00:00", "day", "", "tomorrow"},
        Case{"at four tomorrow", "2019-03-02T16:00:00", "hour"},
        Case{"Do it for 4 in the evening on Saturday", "2019-03-02T16:00:00", "hour", "",
             "4 in the evening on Saturday"},
        Case{"I want go 8th of this month", "2019-03-08T00:00:00", "day", "", "8th of this month"},
        Case{"on the 15", "2019-03-15T00:00:00", "day"},
        Case{"the twenty-first", "2019-03-21T00:00:00", "day"},
        Case{"meet at 1030 Tomorrow", "2019-03-02T10:30:00", "minute", "", "at 1030 Tomorrow"},
        Case{"party of 6 on Saturday", "2019-03-02T00:00:00", "day", "", "on Saturday"},
        Case{"a table for 4 at 8pm", "2019-03-01T20:00:00", "hour", "", "at 8pm"},
        Case{"we're 3, Saturday at 7pm", "2019-03-02T19:00:00", "hour", "", "Saturday at 7pm"},
        Case{"I need 2 tickets for Saturday", "2019-03-02T00:00:00", "day", "", "Saturday"},
        Case{"room 12 at 5pm", "2019-03-01T17:00:00", "hour", "", "at 5pm"},
        // a day before a house number keeps its day: the number is no time
        Case{"drinks on March 9th at 235 West 46th Street", "2019-03-09T00:00:00", "day", "",
             "on March 9th"},
        Case{"see you tuesday @ 1200 Market St", "2019-03-05T00:00:00", "day", "", "tuesday"},
        // "from 4" right after a day starts an open-ended time
        Case{"party Saturday from 4", "2019-03-02T16:00:00", "hour", "", "Saturday from 4"},
        // "the 7:15" after a weekday is an hour, not the 7th
        Case{"Saturday, the 7:15 showing", "2019-03-02T00:00:00", "day", "", "Saturday"},
        // "like 6" opening a clause is about 6; "I like 6 of them" is no time
        Case{"drinks tomorrow? like 6", "2019-03-02T00:00:00", "day", "", "tomorrow"},
        // hours to choose from after a weekday are no day of the month; an hour said as a choice
        Case{"Call on Friday, 3 or 4?", "2019-03-08T00:00:00", "day", "", "on Friday"},
        Case{"4 it is", "2019-03-01T16:00:00", "hour", "", "4"},
        // after a weekday, a number that would be a day months away is an hour
        Case{"sunday 11 then", "2019-03-03T11:00:00", "hour", "", "sunday 11"},

        Case{"call 555-1234 tomorrow", "2019-03-02T00:00:00", "day", "", "tomorrow"},
        // the same words as dates
        Case{"on the second", "2019-03-02T00:00:00", "day"},
        Case{"the fifth at 3pm", "2019-03-05T15:00:00", "hour"},
        Case{"see you on the 20th", "2019-03-20T00:00:00", "day", "", "on the 20th"},
        Case{"the 20th works", "2019-03-20T00:00:00", "day", "", "the 20th"},
        Case{"in March", "2019-03-01T00:00:00", "month", "", "March"},
        Case{"see you in may", "2019-05-01T00:00:00", "month", "", "may"},
        Case{"until August", "2019-08-01T00:00:00", "month", "", "August"},
        Case{"August", "2019-08-01T00:00:00", "month"},
        Case{"August 12 at the Hall", "2019-08-12T00:00:00", "day", "", "August 12"},
        Case{"mid-March", "2019-03-11T00:00:00", "day", "2019-03-20T00:00:00"},
        Case{"on 3-15", "2019-03-15T00:00:00", "day", "", "on 3-15"},
        Case{"3-15", "2019-03-15T00:00:00", "day"},
        Case{"7 - 8", "", ""},
        Case{"see you 3/4", "2019-03-04T00:00:00", "day", "", "3/4"},
        Case{"how about 10th?", "2019-03-10T00:00:00", "day", "", "10th"},
        Case{"10th works for me", "2019-03-10T00:00:00", "day", "", "10th"},
        Case{"see you at 5 tomorrow", "2019-03-02T17:00:00", "hour"},
        Case{"24 October, 9 p.m.", "2019-10-24T21:00:00", "hour"},
        Case{"5 May 12:00", "2019-05-05T12:00:00", "minute"},
        Case{"05/31/2024 14:15", "2024-05-31T14:15:00", "minute"},
        Case{"we won 3-1 at home at 5pm", "2019-03-01T17:00:00", "hour", "", "at 5pm"}));

class TemporalContextEs : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalContextEs, Resolves) { Check(GetParam(), Lang::kEs, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalContextEs,
    ::testing::Values(
        Case{"mesa para 2 el martes", "2019-03-05T00:00:00", "day", "", "el martes"},
        Case{"somos 4 el sábado a las 9", "2019-03-02T09:00:00", "hour", "",
             "el sábado a las 9"},
        Case{"voy con 2 amigos el viernes", "2019-03-08T00:00:00", "day", "", "el viernes"},
        Case{"mesa para cuatro el sábado", "2019-03-02T00:00:00", "day", "", "el sábado"},
        Case{"somos cinco mañana", "2019-03-02T00:00:00", "day", "", "mañana"},
        Case{"traigo 2 el viernes", "2019-03-08T00:00:00", "day", "", "el viernes"},
        Case{"a las cuatro el sábado", "2019-03-02T16:00:00", "hour"},
        Case{"llego entre 5 y 6", "2019-03-01T17:00:00", "hour", "2019-03-01T18:00:00"},
        Case{"a las 5 por favor", "2019-03-01T17:00:00", "hour", "", "a las 5"},
        Case{"vale a las 5", "2019-03-01T17:00:00", "hour", "", "a las 5"},
        Case{"¿quedo a las 5?", "2019-03-01T17:00:00", "hour", "", "a las 5"},
        Case{"a las 5 y 10", "2019-03-01T17:10:00", "minute"},
        Case{"la sala 3 a las 5", "2019-03-01T17:00:00", "hour", "", "a las 5"},
        Case{"un grupo de 6 mañana", "2019-03-02T00:00:00", "day", "", "mañana"},
        // the same words as dates
        Case{"nos vemos el primero", "2019-03-01T00:00:00", "day", "", "el primero"},
        Case{"el dos a las 5", "2019-03-02T17:00:00", "hour"},
        Case{"el 3-3", "2019-03-03T00:00:00", "day"},
        Case{"en marzo", "2019-03-01T00:00:00", "month", "", "marzo"},
        Case{"hasta mayo", "2019-05-01T00:00:00", "month", "", "mayo"},
        Case{"Marzo", "2019-03-01T00:00:00", "month"},
        Case{"el 12 de mayo en la calle Mayor", "2019-05-12T00:00:00", "day", "",
             "el 12 de mayo"},
        // a day of a month named relative to now
        Case{"el 15 del mes que viene", "2019-04-15T00:00:00", "day"},
        Case{"el 20 del mes pasado", "2019-02-20T00:00:00", "day"},
        Case{"el primer lunes del mes que viene", "2019-04-01T00:00:00", "day"},
        Case{"el último viernes del mes", "2019-03-29T00:00:00", "day"}));

// Counts and addresses after a bare number (the booking dialogues' misreads).
class TemporalContextCountsEn : public ::testing::TestWithParam<Case> {};
TEST_P(TemporalContextCountsEn, Resolves) { Check(GetParam(), Lang::kEn, kFri); }

INSTANTIATE_TEST_SUITE_P(
    Table, TemporalContextCountsEn,
    ::testing::Values(
        // a number before a plural part of the day counts them
        Case{"stay for 3 nights", "", ""}, Case{"two nights please", "", ""},
        Case{"3 mornings a week", "", ""},
        Case{"check in on March 10th for 2 nights", "2019-03-10T00:00:00", "day", "",
             "on March 10th"},
        Case{"8 at night", "2019-03-01T20:00:00", "hour"},
        Case{"Monday nights at 8", "2019-03-04T20:00:00", "hour"},
        Case{"at 9 tonight", "2019-03-01T21:00:00", "hour"},
        // a number before a street is a house number
        Case{"I found a house at 12 Rue Cler", "", ""},
        Case{"meet me at 5 Main St", "", ""},
        Case{"at 10 Downing Street", "", ""},
        Case{"3:15 in the afternoon at 5 Bon Air Rd # 114", "2019-03-01T15:15:00", "minute", "",
             "3:15 in the afternoon"},
        Case{"see you at 5 Alex", "2019-03-01T17:00:00", "hour", "", "at 5"},
        Case{"at 5 Main Course is served", "2019-03-01T17:00:00", "hour", "", "at 5"},
        Case{"at 7 pm at 5 Main St", "2019-03-01T19:00:00", "hour", "", "at 7 pm"}));

}  // namespace
}  // namespace chatbeto::events::testing
