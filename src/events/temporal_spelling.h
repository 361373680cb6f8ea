// Chat spellings of the temporal grammar's words, read as the words they stand
// for before the grammar sees the tokens (each token keeps its byte span, so a
// match's text is still what was written). Pure.
#pragma once
#include <string_view>
#include <vector>

#include "events/temporal.h"
#include "events/temporal_tokens.h"

namespace chatbeto::events::detail {

// Rewrites, in place:
//  - a misspelt weekday, month, "tomorrow"/"yesterday" or holiday name of 7 letters or
//    more, one edit (a letter added, dropped, two swapped, or changed for a key next to it
//    or a vowel for a vowel: "dominio" is a word, no "domingo") from the word:
//    "wednsday", "thrusday", "febuary", "tomorrrow", "haloween"; two edits from a weekday,
//    month or day word of 9 letters or more ("wensday"; a holiday only one: "christians");
//    never a word the grammar knows, nor one below 7 letters ("vienes" is a verb);
//  - English: "nxt" (next); a "2" glued to "moro", "morrow", "mrw", "mro" (tomorrow), to
//    "nite", "nyt", "night" (tonight) or to "day" (today), merged into one token ("2nite";
//    not "a 2night stay", "a 2day course");
//  - Spanish: the one-letter shorthands "q" (que: "la semana q viene"), "d" (de: "a las 8 d
//    la noche"; not glued to a number: "3d"), "x" (por, before an article or "esta": "x la
//    tarde"; not after a number: "2 x la mitad"); "orita" (ahorita); an "x" written for
//    "ch" in a word of 3-5 letters the grammar knows so ("noxe", "oxo"); a weekday's or
//    month's whole name below 7 letters with one "b" written for a "v" or the reverse
//    ("juebes", "savado"); after a day and "de", a word below 7 letters one edit from a
//    month of 6 letters or more ("20 de febero", "3 de agsto"; not "5 de mayor").
void ReadChatSpellings(Lang lang, std::vector<Token>& tokens);

// Chat shorthands in `text`, the tokens' input (temporal_shorthand.cpp), read after the
// spellings above (so "2moro" is already "tomorrow"):
//  - English: "b4" (before), "nite" (night), "morn" and "mornin" (morning), "evenin"
//    (evening), "tmw" (tomorrow), "abt" (about), "yrs"/"yr" after "new" ("new yrs eve"); after a weekday or a day
//    relative to today (not "the sun"), "eve" (evening; not written "Eve", a name; not "the
//    eve of"), "aft" (afternoon) and "am" (morning; not where "am" is a verb:
//    "... am going");
//  - Spanish: "tempranito" (temprano).
void ReadChatShorthands(Lang lang, std::string_view text, std::vector<Token>& tokens);

}  // namespace chatbeto::events::detail
