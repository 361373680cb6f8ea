// What a plan noun says about its plan (message_view.h): the evening's bare hours, a booking of
// something else, and an end on the start's day.
#include "events/message_view.h"

namespace chatbeto::events {

int EveningUntil(std::string_view display) {
  if (display == "Partido" || display == "Game") return 10;
  for (const char* d : {"Cena", "Dinner", "Fiesta", "Party", "Concierto", "Concert", "Cine", "Movie", "Drinks",
                        "Copas", "Quiz", "Karaoke", "Game night"})
    if (display == d) return 11;
  // a meal named by its food ("sushi wed at 7"): a bare 7 to 9 is supper, as a table's
  for (const char* d : {"Sushi", "Tacos", "Pizza", "Tapas", "Ramen", "Burgers"})
    if (display == d) return 9;
  return 0;
}

bool IsBookingNoun(std::string_view display) {
  for (const char* d : {"Tickets", "Entradas", "Reservation", "Reserva", "Appointment", "Cita", "Visit",
                        "Visita", "Event", "Evento", "Sesión"})
    if (display == d) return true;
  return false;
}

LocalTime EndOnDay(const LocalTime& start, const LocalTime& end_clock) {
  LocalTime e = start;
  e.hour = end_clock.hour;
  e.minute = end_clock.minute;
  e.second = 0;
  if (e.hour * 60 + e.minute <= start.hour * 60 + start.minute) {
    LocalTime next = CivilFromDays(DaysFromCivil(start.year, start.month, start.day) + 1);
    e.year = next.year;
    e.month = next.month;
    e.day = next.day;
  }
  return e;
}

}  // namespace chatbeto::events
