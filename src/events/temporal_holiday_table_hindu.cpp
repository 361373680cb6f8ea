// Hindu, Sikh, Jain and Buddhist feasts of India for the English table (see
// temporal_holiday_table.h): the amanta month (1 = Chaitra ... 7 = Ashvin,
// 8 = Kartika ... 12 = Phalguna), the tithi (1-15 waxing, 16-30 waning, 15
// the full moon, 30 the new moon) and the hour it must prevail at; or the
// sun's entry into a sign (0 = Mesha, 9 = Makara) and the days after it.
#include "events/temporal_holiday_table.h"

namespace chatbeto::events::detail {

const std::vector<std::pair<std::string, Holiday>>& HinduHolidays() {
  using T = TithiHour;
  static const std::vector<std::pair<std::string, Holiday>> table = {
      // Chaitra
      {"ugadi", Tithi(1, 1)},
      {"yugadi", Tithi(1, 1)},
      {"gudipadwa", Tithi(1, 1)},
      {"samvatsaradi", Tithi(1, 1)},
      {"chaitrasukladi", Tithi(1, 1)},
      {"hindunewyear", Tithi(1, 1)},
      {"ramanavami", Tithi(1, 9, T::kNoon)},
      {"ramnavami", Tithi(1, 9, T::kNoon)},
      {"mahavirjayanti", Tithi(1, 13)},
      {"mahaveerjayanti", Tithi(1, 13)},
      {"mahavirjanmakalyanak", Tithi(1, 13)},
      {"mahaveerjanmakalyanak", Tithi(1, 13)},
      {"hanumanjayanti", Tithi(1, 15)},
      // Vaishakha
      {"akshayatritiya", Tithi(2, 3)},
      // India keeps Buddha Purnima where the full moon's tithi prevails at sunrise; Vesak
      // (the poya day of Sri Lanka, at the same offset) where it prevails at noon: the day
      // before when the full moon comes in the morning (24 May 2013, 3 May 2015, 29 Apr 2018)
      {"buddhapurnima", Tithi(2, 15)},
      {"buddhajayanti", Tithi(2, 15)},
      {"buddhaday", Tithi(2, 15, T::kNoon)},
      {"vesak", Tithi(2, 15, T::kNoon)},
      {"wesak", Tithi(2, 15, T::kNoon)},
      {"vesakday", Tithi(2, 15, T::kNoon)},
      {"vesakpoya", Tithi(2, 15, T::kNoon)},
      {"nagpanchami", Tithi(5, 5)},
      // Tamil: Thaipusam, the star Pusam (Pushya) of the month Thai (Makara)
      {"thaipusam", {Holiday::kNakshatra, 9, 7}},
      {"thaipoosam", {Holiday::kNakshatra, 9, 7}},
      // Kerala: Thiruvonam (Shravana) of Chingam (Simha)
      {"onam", {Holiday::kNakshatra, 4, 21}},
      {"thiruvonam", {Holiday::kNakshatra, 4, 21}},
      {"thiruonam", {Holiday::kNakshatra, 4, 21}},
      {"tiruvonam", {Holiday::kNakshatra, 4, 21}},
      // Ashadha
      {"rathayatra", Tithi(4, 2)},
      {"rathyatra", Tithi(4, 2)},
      {"gurupurnima", Tithi(4, 15)},
      // Shravana
      {"rakshabandhan", Tithi(5, 15, T::kAfternoon)},
      {"janmashtami", Tithi(5, 23, T::kMidnight)},
      {"krishnajanmashtami", Tithi(5, 23, T::kMidnight)},
      {"gokulashtami", Tithi(5, 23, T::kMidnight)},
      // Bhadrapada
      {"ganeshchaturthi", Tithi(6, 4, T::kNoon)},
      {"vinayakachaturthi", Tithi(6, 4, T::kNoon)},
      {"vinayagarchaturthi", Tithi(6, 4, T::kNoon)},
      // Ashvin
      {"navaratri", TithiSpan(7, 1, 9)},
      {"navratri", TithiSpan(7, 1, 9)},
      {"sharadnavratri", TithiSpan(7, 1, 9)},
      {"durgapuja", TithiSpan(7, 6, 10)},
      {"durgotsav", TithiSpan(7, 6, 10)},
      {"mahasaptami", Tithi(7, 7)},
      {"durgasaptami", Tithi(7, 7)},
      {"mahaashtami", Tithi(7, 8)},
      {"durgaashtami", Tithi(7, 8)},
      {"mahanavami", Tithi(7, 9)},
      {"dussehra", Tithi(7, 10, T::kAfternoon)},
      {"dasara", Tithi(7, 10, T::kAfternoon)},
      {"vijayadashami", Tithi(7, 10, T::kAfternoon)},
      {"sharadpurnima", Tithi(7, 15)},
      {"valmikijayanti", Tithi(7, 15)},
      {"pargatdiwas", Tithi(7, 15)},
      {"karvachauth", Tithi(7, 19, T::kEvening)},
      {"karwachauth", Tithi(7, 19, T::kEvening)},
      {"dhanteras", Tithi(7, 28, T::kEvening)},
      {"dhanatrayodashi", Tithi(7, 28, T::kEvening)},
      {"kalichaudas", Tithi(7, 29, T::kMidnight)},
      {"narakchaturdashi", Tithi(7, 29, T::kMidnight)},
      {"narakachaturdashi", Tithi(7, 29, T::kMidnight)},
      {"chotidiwali", Tithi(7, 29, T::kMidnight)},
      {"chhotidiwali", Tithi(7, 29, T::kMidnight)},
      {"diwali", Tithi(7, 30, T::kEvening)},
      {"deepavali", Tithi(7, 30, T::kEvening)},
      {"divali", Tithi(7, 30, T::kEvening)},
      {"lakshmipuja", Tithi(7, 30, T::kEvening)},
      {"laxmipuja", Tithi(7, 30, T::kEvening)},
      // Kartika
      {"govardhanpuja", Tithi(8, 1)},
      {"bhaidooj", Tithi(8, 2, T::kAfternoon)},
      {"bhaiyadooj", Tithi(8, 2, T::kAfternoon)},
      {"bhaubeej", Tithi(8, 2, T::kAfternoon)},
      {"bhaitika", Tithi(8, 2, T::kAfternoon)},
      {"chhath", Tithi(8, 6, T::kEvening)},
      {"chhathpuja", Tithi(8, 6, T::kEvening)},
      {"dalapuja", Tithi(8, 6, T::kEvening)},
      {"suryashashthi", Tithi(8, 6, T::kEvening)},
      {"gurunanakjayanti", Tithi(8, 15)},
      {"gurunanakgurpurab", Tithi(8, 15)},
      {"kartikpurnima", Tithi(8, 15)},
      // Pausha, Magha, Phalguna
      {"gurugobindsinghjayanti", Tithi(10, 7)},
      {"gurugovindsinghjayanti", Tithi(10, 7)},
      {"basantpanchami", Tithi(11, 5)},
      {"vasantpanchami", Tithi(11, 5)},
      {"saraswatipuja", Tithi(11, 5)},
      {"gururavidasjayanti", Tithi(11, 15)},
      {"gururavidassjayanti", Tithi(11, 15)},
      {"gururavidasbirthday", Tithi(11, 15)},
      {"gururavidassbirthday", Tithi(11, 15)},
      {"mahashivaratri", Tithi(11, 29, T::kMidnight)},
      {"mahashivratri", Tithi(11, 29, T::kMidnight)},
      {"shivaratri", Tithi(11, 29, T::kMidnight)},
      {"holikadahan", Tithi(12, 15, T::kEvening)},
      {"chotiholi", Tithi(12, 15, T::kEvening)},
      {"chhotiholi", Tithi(12, 15, T::kEvening)},
      {"kamudupyre", Tithi(12, 15, T::kEvening)},
      // the day after Holika Dahan
      {"holi", Tithi(12, 15, T::kEvening, 1)},
      {"dhulandi", Tithi(12, 15, T::kEvening, 1)},
      {"rangwaliholi", Tithi(12, 15, T::kEvening, 1)},
      // the sun's entries into Makara (Capricorn) and Mesha (Aries)
      {"makarsankranti", Sankranti(9)},
      {"makarasankranti", Sankranti(9)},
      {"sankranti", Sankranti(9)},
      {"uttarayan", Sankranti(9)},
      {"maghi", Sankranti(9)},
      {"pongal", Sankranti(9)},
      {"thaipongal", Sankranti(9)},
      {"lohri", Sankranti(9, -1)},
      {"bhogi", Sankranti(9, -1)},
      {"bogi", Sankranti(9, -1)},
      {"bogipandigai", Sankranti(9, -1)},
      {"bhogipandigai", Sankranti(9, -1)},
      {"mattupongal", Sankranti(9, 1)},
      {"maattupongal", Sankranti(9, 1)},
      {"kaanumpongal", Sankranti(9, 2)},
      {"kanumpongal", Sankranti(9, 2)},
      {"vaisakhi", Sankranti(0)},
      {"vaishakhi", Sankranti(0)},
      {"baisakhi", Sankranti(0)},
      {"vasakhi", Sankranti(0)},
      {"vishu", Sankranti(0)},
      {"puthandu", Sankranti(0)},
      {"meshasankranti", Sankranti(0)},
      {"pohelaboishakh", Sankranti(0, 1)},
      {"poilaboishakh", Sankranti(0, 1)},
      {"bengalinewyear", Sankranti(0, 1)},
      // 25 Boishakh of the Bengali year
      {"rabindrajayanti", Sankranti(0, 25)},
      {"rabindranathjayanti", Sankranti(0, 25)},
      {"rabindranathtagorejayanti", Sankranti(0, 25)},
  };
  return table;
}

}  // namespace chatbeto::events::detail
