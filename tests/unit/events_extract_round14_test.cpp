// Conversation-level event extraction: round v, 100 Spanish chats written and labelled blind
// (tests/fixtures/events/es_v*: 60 booking dialogues with a business or an assistant in the
// Spanish of Spain and Latin America, 40 among friends, family and coworkers). Its cases pin the
// fixes it led to: the words it lacked ("billete", "pasaje", "te lo apunto", "Billete emitido",
// "déjame checar con mi esposo", "Estar a las 10:30", "abren puertas", "sale", "repetimos",
// "no hay cupo", "Pruebo en otro lado"); a day with a bare hour that repeats the clock last put forward; "¿Lo
// dejamos para otro día?" - "Claro"; a cancellation that moves or books in the same sentence; an
// agreed meeting given up by name ("no hace falta la reunión"); a "no" correcting a read-back
// before any plan was named; the booker sorry and putting another day; a yes to a slot stated
// after a plan was named; "a las 8 no llego, ¿a las 9?". Beside them, chats with the same words
// that must not change.
// Chats are on Wednesday 2025-03-05 from 9:00.
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractRound14 : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractRound14, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Words, EventsExtractRound14,
    testing::Values(
        Case{"billete_read_back_and_emitido",
             {"Busco un billete de autobús a Valencia para el viernes",
              "B: Confirmo: 1 billete Madrid-Valencia el viernes 7 de marzo a las 11:00. ¿Es correcto?", "A: sí",
              "B: Billete emitido."},
             {"2025-03-07T11:00"},
             {"confirmed"},
             "Billete"},
        Case{"te_lo_apunto_books_the_mechas",
             {"Hola guapa, ¿me puedes coger el martes que viene a mediodía para las mechas?",
              "B: Hola! El martes a las 12 lo tengo libre, te lo apunto"},
             {"2025-03-11T12:00"}},
        Case{"dejame_checar_con_mi_esposo_puts_it_off",
             {"Quisiera agendar una sesión de fisioterapia para la rodilla",
              "B: Hay disponibilidad el jueves a las 4 de la tarde. ¿Se la agendo?",
              "A: mmm déjame checar con mi esposo y te aviso"},
             {}},
        Case{"estar_a_las_is_when_to_arrive",
             {"Familias, el partido del sábado es a las 11 en el polideportivo. Estar a las 10:30",
              "B: Ok gracias!"},
             {"2025-03-08T11:00"}},
        // the fix: the doors' time is no habit and no start; "sale" standing alone is a yes
        Case{"abren_puertas_then_sale",
             {"El concierto es el sábado, abren puertas a las 7", "B: nos vemos a las 7 y cuarto en la entrada?",
              "A: sale"},
             {"2025-03-08T19:15"}},
        Case{"sale_alone_agrees",
             {"¿Vamos por unos tacos el jueves a las 8 de la noche?", "B: Sale"},
             {"2025-03-06T20:00"},
             {"confirmed"}},
        // unchanged: "sale" with words after it is something leaving, no yes
        Case{"sale_with_words_after_is_no_yes",
             {"¿Comida el jueves a las 2?", "B: Sale mi tren a esa hora"},
             {}},
        // the fix: "¿repetimos?" proposes again what was done before
        Case{"este_ano_repetimos",
             {"El año pasado fuimos a la hoguera a las 11", "B: este año repetimos?",
              "A: claro, el sábado a las 10 de la noche en la playa", "B: hecho"},
             {"2025-03-08T22:00"}},
        // unchanged: the past, with no day or time proposed again, plans nothing
        Case{"siempre_repetimos_plans_nothing",
             {"El sábado pasado cenamos en el indio a las 10", "B: siempre repetimos el mismo sitio jaja"},
             {}},
        // (read right before the round too: kept as the retry it is)
        Case{"no_hay_cupo_then_another_branch",
             {"Quiero agendar fisioterapia para el lunes a las 7 de la mañana",
              "B: En la sede Norte no hay cupo el lunes a esa hora", "A: y en otra sede?",
              "B: En la sede Centro sí hay cupo el lunes 10 de marzo a las 7:00. ¿Le agendo?", "A: listo, sí",
              "B: Cita agendada."},
             {"2025-03-10T07:00"}},
        Case{"pruebo_en_otro_lado_drops_the_offer",
             {"hola, tenés turno con el traumatólogo para esta semana?",
              "B: Esta semana no hay turnos disponibles. El primero es el martes 18",
              "A: uh no, es muy tarde. Pruebo en otro lado, gracias"},
             {}}));

INSTANTIATE_TEST_SUITE_P(
    Hours, EventsExtractRound14,
    testing::Values(
        // the fix: "jueves a las 7" repeats the 7 of "a las 7 de la tarde" put forward before
        Case{"bare_hour_repeats_the_evening_one_put_forward",
             {"¿Pádel el jueves a las 7 de la tarde?", "B: El jueves no puedo, mejor el viernes",
              "A: viernes a las 7 entonces", "B: hecho"},
             {"2025-03-07T19:00"}},
        // unchanged: a plan's own bare hour aligns nothing
        Case{"bare_hour_after_a_bare_hour_stays",
             {"¿Entreno el jueves a las 7?", "B: El jueves no puedo, mejor el viernes", "A: viernes a las 7 entonces",
              "B: hecho"},
             {"2025-03-07T07:00"}},
        // the fix: not getting there at 8, asked with 9, is a counter-proposal
        Case{"a_las_8_no_llego_a_las_9",
             {"¿Birras el jueves a las 8?", "B: mejor el viernes", "A: vale viernes a las 8",
              "B: uf, el viernes a las 8 no llego, a las 9?", "A: venga a las 9"},
             {"2025-03-07T21:00"}},
        // unchanged: when to get there, once the game's time is set
        Case{"llegamos_antes_para_calentar_stays",
             {"¿Partido el sábado a las 11?", "B: sí", "A: llegamos a las 10:30 para calentar"},
             {"2025-03-08T11:00"}}));

INSTANTIATE_TEST_SUITE_P(
    CalledOff, EventsExtractRound14,
    testing::Values(
        Case{"lo_dejamos_para_otro_dia_then_claro",
             {"¿Café mañana a las 11?", "B: Vale!", "B: perdona, me ha surgido algo. ¿Lo dejamos para otro día?",
              "A: Claro, sin problema"},
             {"2025-03-06T11:00"},
             {"cancelled"}},
        Case{"lo_dejamos_para_otro_dia_then_no",
             {"¿Café mañana a las 11?", "B: Vale!", "B: perdona, ¿lo dejamos para otro día?",
              "A: no, no, que mañana me voy"},
             {"2025-03-06T11:00"},
             {"confirmed"}},
        Case{"se_suspende_y_lo_pasamos_al_domingo_moves_it",
             {"¿Asado el sábado al mediodía en lo de Fede?", "B: de una",
              "B: Se suspende el asado por la lluvia, lo pasamos al domingo a la misma hora", "A: dale"},
             {"2025-03-09T12:00"},
             {"confirmed"}},
        Case{"se_suspende_alone_calls_it_off",
             {"¿Asado el sábado al mediodía en lo de Fede?", "B: de una", "B: Se suspende el asado por la lluvia"},
             {"2025-03-08T12:00"},
             {"cancelled"}},
        Case{"cancelada_la_del_jueves_y_agendada_el_sabado",
             {"Hola, quiero cancelar la cita de Rocky del jueves", "B: Claro, ¿quiere reagendar?",
              "A: sí, para el sábado en la mañana", "B: Sábado 8 a las 10:30, ¿le parece?", "A: perfecto",
              "B: Listo, cancelada la del jueves y agendada el sábado 8 a las 10:30"},
             {"2025-03-06", "2025-03-08T10:30"},
             {"cancelled", "confirmed"}},
        Case{"no_hace_falta_la_reunion_gives_it_up",
             {"Mañana a las 12 reunión de presupuesto en la sala 3", "B: ok",
              "A: Al final no hace falta la reunión de mañana, lo cerramos por correo"},
             {"2025-03-06T12:00"},
             {"cancelled"}},
        Case{"no_hace_falta_que_traigas_nada_keeps_the_dinner",
             {"¿Cena el viernes a las 9?", "B: sí", "A: genial, no hace falta que traigas nada"},
             {"2025-03-07T21:00"},
             {"confirmed"}}));

INSTANTIATE_TEST_SUITE_P(
    Flows, EventsExtractRound14,
    testing::Values(
        // the fix: the "no" corrects the hour and keeps the day put forward
        Case{"no_no_corrects_the_read_back_hour",
             {"Quiero alquilar un coche en el aeropuerto", "B: ¿Fecha y hora de recogida?",
              "A: el viernes a las 7 de la tarde",
              "B: Resumen: recogida viernes 7 de marzo a las 17:00. ¿Confirmo?",
              "A: no no, a las 7 de la tarde, las 19:00", "B: Corregido: recogida a las 19:00. ¿Confirmo?", "A: sí",
              "B: Reserva confirmada."},
             {"2025-03-07T19:00"}},
        // the fix: the booker sorry, putting another day, moves the booking
        Case{"booker_sorry_puts_another_day",
             {"Hola! Quería reservar mesa para 3 el jueves a las 21:00", "B: Hola Clara, apuntado jueves 6 a las 21:00",
              "B: Clara, disculpa, el jueves cerramos por una avería. ¿Te va bien el viernes a la misma hora?",
              "A: vaya... vale, el viernes entonces", "B: Perfecto, viernes 7 a las 21:00"},
             {"2025-03-07T21:00"}},
        // the fix: a yes to a day and time stated after a plan was named opens it
        Case{"yes_to_a_slot_stated_after_the_plan_was_named",
             {"Me ha dicho el médico que me haga un análisis de sangre. ¿Cuándo puedo ir?",
              "B: ¿Le doy el jueves a las 8:10?", "A: Mejor el viernes a la misma hora",
              "B: Viernes 7 a las 8:10, recuerde venir en ayunas", "A: perfecto, gracias"},
             {"2025-03-07T08:10"}},
        // unchanged: a yes to openings asked about agrees to nothing
        Case{"yes_to_openings_asked_about_agrees_nothing",
             {"How much does a haircut cost at Salon Blu?", "B: A women's haircut is $65.",
              "A: Do they have openings on Saturday at 10 am?",
              "B: Yes, Saturday at 10 am is available. Should I book it?",
              "A: Not yet, I'll check with my husband first.", "B: Okay, let me know."},
             {}}));

}  // namespace
}  // namespace chatbeto::events
