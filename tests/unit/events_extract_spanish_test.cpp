// Conversation-level event extraction: the rules session 33's Spanish blind round (es_t*:
// booking dialogues with an assistant or a business, and WhatsApp chats) called for. The
// families the English rounds had, said in Spanish: a calendar lookup ("¿Qué tengo el
// martes?"), a decision put off or dropped ("Déjame pensarlo", "muy caras, déjalo"), a
// calendar entry added or removed ("Añadido", "Borra del calendario"), a reply instruction
// ("Responda SI para confirmar o NO para anular"), when to be there ("Estad a las 10:30"),
// "venga" as a yes; and two of any language: the plan's own day named again as the reason
// for a move asked in the same message, and a held appointment whose move fails staying as
// it was. One table case per rule, with the chats it must leave alone. Chats are on
// Wednesday 2025-03-05 from 9:00; speakers alternate A, B unless a line starts "X: ".
#include <gtest/gtest.h>

#include "events_extract_util.h"

namespace chatbeto::events {
namespace {

using testing_util::Case;

class EventsExtractSpanish : public testing::TestWithParam<Case> {};

TEST_P(EventsExtractSpanish, GivesTheExpectedEvents) { testing_util::ExpectEvents(GetParam()); }

INSTANTIATE_TEST_SUITE_P(
    Lookups, EventsExtractSpanish,
    testing::Values(
        // one's calendar or one's own plan asked after: the entries read back are held
        Case{"que_tengo_el_martes_is_none",
             {"¿Qué tengo el martes?", "El martes 11 tienes \"Reunión con Luis\" a las 12:00.", "Vale, gracias"},
             {}},
        Case{"a_que_hora_era_mi_cita_is_none",
             {"¿A qué hora era mi cita con el dentista?", "Tu cita con el dentista es el jueves 6 a las 10:00.",
              "Gracias"},
             {}},
        Case{"cuando_es_mi_turno_is_none",
             {"¿Cuándo es mi turno con la pediatra?", "El lunes 10 a las 9:30 con la Dra. Ríos.", "Ok"},
             {}},
        Case{"tengo_algo_el_viernes_is_none",
             {"¿Tengo algo el viernes por la tarde?", "Tienes pádel con Raúl a las 18:00.", "Vale"},
             {}},
        // ... not an entry added: "Apúntame", "Añadido"
        Case{"entry_added_is_kept",
             {"Apúntame una cena con Ana el viernes a las 21:00", "Añadido: cena con Ana, viernes 7 a las 21:00."},
             {"2025-03-07T21:00"}}));

INSTANTIATE_TEST_SUITE_P(
    PutOff, EventsExtractSpanish,
    testing::Values(
        Case{"dejame_pensarlo_drops_the_offer",
             {"¿Hay mesa en DiverXO el sábado a las 21:00?",
              "Sí, hay una mesa para 2 el sábado 8 a las 21:00. ¿La reservo?", "Déjame pensarlo, te digo algo luego"},
             {}},
        Case{"muy_caras_dejalo_drops_the_offer",
             {"¿Cuánto cuestan las entradas para el concierto del sábado?",
              "El concierto es el sábado 8 a las 21:00 y las entradas cuestan 80 €.", "Uf, muy caras. Déjalo"},
             {}},
        Case{"muy_tarde_lo_dejo_drops_the_offer",
             {"¿Hay cita con la higienista esta semana?", "Esta semana no. La primera es el lunes 17 a las 9:00.",
              "Uf, muy tarde, lo dejo"},
             {}},
        Case{"no_se_si_ire_agrees_to_nothing",
             {"¿A qué hora empieza el concierto del sábado?", "Empieza a las 21:30.",
              "Vale, gracias. Todavía no sé si iré."},
             {}},
        Case{"lo_vemos_mas_adelante_agrees_to_nothing",
             {"¿Cena de clase el viernes 21 o el sábado 22?", "C: Viernes", "D: Sábado",
              "A: Bueno, lo vemos más adelante"},
             {}},
        // ... a booking made, or a plan agreed, stays
        Case{"booking_made_stays_after_lo_miro_yo",
             {"Mesa para 2 el sábado a las 21:00 en Botín", "Reservada: sábado 8 a las 21:00.",
              "Genial. Lo del vino ya lo miro yo"},
             {"2025-03-08T21:00"}},
        Case{"agreed_plan_stays_after_te_digo_algo",
             {"¿Cenamos el viernes a las 9?", "Vale", "Perfecto, te digo algo del sitio"},
             {"2025-03-07T21:00"}}));

INSTANTIATE_TEST_SUITE_P(
    CalendarEntries, EventsExtractSpanish,
    testing::Values(
        Case{"two_entries_added",
             {"Añade al calendario el cumpleaños de Ana el sábado 8 a las 20:00",
              "Añadido: \"Cumpleaños de Ana\", sábado 8 a las 20:00.", "Y también pádel con Raúl el domingo a las 11",
              "¿Añado \"Pádel con Raúl\" el domingo 9 a las 11:00?", "Sí", "Hecho."},
             {"2025-03-08T20:00", "2025-03-09T11:00"}},
        Case{"agrega_a_mi_agenda",
             {"Agrega a mi agenda el dentista el jueves a las 10", "Agregado."},
             {"2025-03-06T10:00"}},
        // removed: the read-back gives the time the request left out
        Case{"borra_del_calendario_is_cancelled_at_the_read_back_time",
             {"Borra del calendario la cena de empresa del viernes",
              "¿Elimino \"Cena de empresa\", viernes 7 a las 21:00?", "Sí", "Eliminado."},
             {"2025-03-07T21:00"},
             {"cancelled"}},
        Case{"quita_de_mi_agenda_is_cancelled",
             {"Quita de mi agenda la reunión del lunes a las 10", "Hecho, la he quitado."},
             {"2025-03-10T10:00"},
             {"cancelled"}},
        // how to reply is no cancellation
        Case{"responda_si_o_no_para_anular_is_an_instruction",
             {"Le recordamos su cita con la Dra. Álvarez el miércoles 12/03 a las 09:45. Responda SI para confirmar o "
              "NO para anular.",
              "SI", "Gracias, su cita queda confirmada."},
             {"2025-03-12T09:45"},
             {"confirmed"}},
        Case{"conteste_1_o_2_para_cancelar_is_an_instruction",
             {"Su cita es el viernes 7 a las 17:00. Conteste 1 para confirmarla o 2 para cancelarla.", "1"},
             {"2025-03-07T17:00"}}));

INSTANTIATE_TEST_SUITE_P(
    Moves, EventsExtractSpanish,
    testing::Values(
        // the plan's own day named again as the reason for the move asked
        Case{"reason_after_the_move_keeps_the_move",
             {"¿Café el jueves a las 5?", "Vale", "A: ¿Podemos mejor el viernes? Mañana me lía el trabajo",
              "B: Sí, viernes a las 5"},
             {"2025-03-07T17:00"}},
        Case{"reason_after_the_move_in_english",
             {"Coffee Thursday at 5?", "Sure", "A: Can we do Friday instead? Tomorrow is crazy at work",
              "B: Sure, Friday at 5"},
             {"2025-03-07T17:00"}},
        // ... not the old day taken back in a later message
        Case{"old_day_taken_back_later",
             {"¿Café el jueves a las 5?", "Vale", "A: ¿Podemos mejor el viernes?", "B: El viernes no puedo",
              "A: Pues mañana a las 5 entonces"},
             {"2025-03-06T17:00"}},
        // ... not a time said after one's own proposal before anything was agreed
        Case{"time_after_ones_own_proposal_is_part_of_it",
             {"beers after work tomorrow? like 6", "can't tomorrow, friday?", "friday works, same time"},
             {"2025-03-07T18:00"}},
        Case{"hora_tras_la_propia_propuesta",
             {"¿Cine esta noche? Ponen la nueva de Almodóvar a las 22:15", "¡Vamos!"},
             {"2025-03-05T22:15"}},
        // a held appointment whose move fails stays as it was
        Case{"held_appointment_move_fails_stays",
             {"Tengo cita con el oculista el viernes 7 a las 10. ¿Se puede pasar al lunes?",
              "El lunes no hay hueco, así que su cita sigue el viernes 7 a las 10:00.", "Vale, la dejo como está"},
             {"2025-03-07T10:00"}},
        Case{"held_appointment_move_fails_stays_in_english",
             {"I have a dentist appointment on Friday at 10. Can you move it to Monday?",
              "Sorry, Monday is fully booked, so it stays on Friday at 10 am.", "Ok"},
             {"2025-03-07T10:00"}},
        // ... a request that fails with no move asked is none
        Case{"request_that_fails_is_none",
             {"Quiero cita con el oculista el viernes a las 10", "Lo siento, el viernes no hay citas."},
             {}}));

INSTANTIATE_TEST_SUITE_P(
    Wording, EventsExtractSpanish,
    testing::Values(
        // when to be there is not when the plan starts
        Case{"estad_a_las_is_arrival",
             {"Mañana hay ensayo a las 11 en el local. Estad a las 10:30", "Ok"},
             {"2025-03-06T11:00"}},
        Case{"hay_que_estar_is_arrival",
             {"La boda es el sábado a las 7 de la tarde. Hay que estar a las 18:30 en la iglesia", "Allí estaremos"},
             {"2025-03-08T19:00"}},
        // a game at a bare 11 kicks off in the morning; at 7-10, and a dinner at 11, in the evening
        Case{"partido_a_las_11_is_the_morning",
             {"Familias, mañana hay partido a las 11 en el polideportivo. Estad a las 10:30", "Ok, allí estaremos"},
             {"2025-03-06T11:00"}},
        Case{"game_at_11_is_the_morning", {"The game is on Saturday at 11", "Great, see you there"},
             {"2025-03-08T11:00"}},
        Case{"partido_a_las_9_is_the_evening", {"¿Vemos el partido el sábado a las 9 en el bar?", "Vale"},
             {"2025-03-08T21:00"}},
        Case{"cena_a_las_11_is_the_evening", {"¿Cena el sábado a las 11?", "Vale"}, {"2025-03-08T23:00"}},
        // "venga" says yes; a ruta is an outing
        Case{"venga_agrees",
             {"¿Ruta por la sierra el sábado?", "Venga, el sábado a las 8 en la estación", "Hecho"},
             {"2025-03-08T08:00"}},
        // coming by on a day
        Case{"paso_el_jueves",
             {"Su coche estará listo el jueves. Puede pasar a recogerlo a partir de las 17:00",
              "Perfecto, paso el jueves a las 6"},
             {"2025-03-06T18:00"}},
        // a plan made after a negated one in the same sentence: from its verb on
        Case{"no_hay_clase_nos_vemos_el_jueves_13",
             {"Esta semana no hay clase el jueves, nos vemos el jueves 13 a las 5", "Perfecto, gracias"},
             {"2025-03-13T17:00"}},
        Case{"no_hay_reunion_quedamos_el_martes",
             {"No hay reunión el lunes, quedamos el martes a las 10", "Vale"},
             {"2025-03-11T10:00"}},
        Case{"no_hay_clase_is_none", {"No hay clase el jueves", "Vale, gracias"}, {}},
        Case{"no_hay_clase_nos_quedamos_en_casa_is_none",
             {"No hay clase el jueves, así que nos quedamos en casa", "Genial"},
             {}},
        Case{"paso_el_dia_is_none", {"El jueves paso el día en casa de mis padres", "Qué bien"}, {}}));

// es_t081-es_t100's families: other words for the same plans.
INSTANTIATE_TEST_SUITE_P(
    MoreWords, EventsExtractSpanish,
    testing::Values(
        // a called-off plan read back with its time, with no cancel word in the read-back
        Case{"turno_dado_de_baja_at_the_read_back_time",
             {"Hola, quiero cancelar el turno del jueves con el cardiólogo",
              "¿El del jueves 6 a las 10:40 con el Dr. Ferreyra?", "Ese mismo", "Listo, turno dado de baja."},
             {"2025-03-06T10:40"},
             {"cancelled"}},
        Case{"cancel_then_another_day_is_a_new_plan",
             {"Tengo cita con la doctora el lunes a las 9, cancélala por favor", "Cancelada.",
              "¿Puede ser el miércoles 12 a las 9?", "Sí, le apunto el miércoles 12 a las 9"},
             {"2025-03-10T09:00", "2025-03-12T09:00"},
             {"cancelled", "confirmed"}},
        Case{"cancelled_plan_with_no_day_leaves_the_next_plan_alone",
             {"Al final no puedo ir, cancelo la cita", "De acuerdo", "Lunch on Thursday at 1pm?", "Sounds good!"},
             {"2025-03-06T13:00"},
             {"confirmed"}},
        // the doctors people see by their speciality
        Case{"el_abuelo_tiene_el_oculista",
             {"El abuelo tiene el oculista el jueves a las 10:30, ¿quién le lleva?", "Yo le llevo", "Genial"},
             {"2025-03-06T10:30"}},
        Case{"dermatologa_el_lunes",
             {"¿Me acompañas a la dermatóloga el lunes a las 5?", "Claro"},
             {"2025-03-10T17:00"}},
        // drinks by name: cañas (not grey hair), birras, vermut
        Case{"canas_a_las_8",
             {"¿Mañana cañas a las 8 en el Tigre?", "Va", "A: Cambio de planes: mejor a las 9 en La Vía Láctea",
              "B: Ok, allí nos vemos"},
             {"2025-03-06T21:00"}},
        Case{"vermut_el_domingo", {"¿Un vermut el domingo a la 1?", "Venga"}, {"2025-03-09T13:00"}},
        Case{"tengo_canas_is_none", {"Me han salido canas a los 30, qué horror", "Jaja a mí también"}, {}},
        // a flat seen
        Case{"ver_el_piso",
             {"Quería ver el piso de la calle Sagasta", "Podemos enseñárselo el martes a las 13:00",
              "Ese día me es imposible. ¿Podría ser el jueves?", "El jueves a las 19:00", "Genial, allí estaré"},
             {"2025-03-06T19:00"}},
        // a weekday in the past
        Case{"el_viernes_pasado_is_none",
             {"El viernes pasado cenamos en el indio a las 10, ¡qué rico!", "Qué envidia"},
             {}},
        Case{"pasado_manana_is_no_past", {"¿Cena pasado mañana a las 9?", "Vale"}, {"2025-03-07T21:00"}},
        Case{"el_sabado_pasado_is_none", {"El sábado pasado fuimos al cine a las 8", "¿Y qué tal?"}, {}}));

}  // namespace
}  // namespace chatbeto::events
