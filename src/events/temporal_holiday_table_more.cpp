// More named days for both holiday tables: the international days of the United Nations
// (and a few other world days of a fixed date) by their English and Spanish names, dates
// from the UN's list of international days; and English names of days kept in the US, the
// UK and Canada that the main table lacks. Keys folded as the tables' (words run together,
// no accents or apostrophes); a name a table already has keeps its rule there.
#include "events/temporal_holiday_table.h"

namespace chatbeto::events::detail {
namespace {

struct WorldDay {
  int month, day;
  std::initializer_list<const char*> en, es;
};

// Each day once; names a table already has keep its rule there.
const WorldDay kWorldDays[] = {
    {1, 4, {"worldbrailleday"}, {"diamundialdelbraille"}},
    {1, 24, {"internationaldayofeducation"}, {"diainternacionaldelaeducacion"}},
    {2, 2, {"worldwetlandsday"}, {"diamundialdeloshumedales"}},
    {2, 4, {"worldcancerday"}, {"diamundialcontraelcancer", "diamundialdelcancer"}},
    {2, 11,
     {"internationaldayofwomenandgirlsinscience"},
     {"diainternacionaldelamujerylaninaenlaciencia"}},
    {2, 13, {"worldradioday"}, {"diamundialdelaradio"}},
    {2, 20, {"worlddayofsocialjustice"}, {"diamundialdelajusticiasocial"}},
    {3, 3, {"worldwildlifeday"}, {"diamundialdelavidasilvestre"}},
    {3, 21,
     {"internationaldayofforests", "internationalforestday"},
     {"diainternacionaldelosbosques"}},
    {3, 21, {"worlddownsyndromeday"}, {"diamundialdelsindromededown"}},
    {3, 23, {"worldmeteorologicalday"}, {"diameteorologicomundial"}},
    {3, 24, {"worldtuberculosisday", "worldtbday"}, {"diamundialdelatuberculosis"}},
    {3, 27, {"worldtheatreday", "worldtheaterday"}, {"diamundialdelteatro"}},
    {4, 2,
     {"worldautismawarenessday", "worldautismday"},
     {"diamundialdeconcienciacionsobreelautismo", "diamundialdelautismo"}},
    {4, 6,
     {"internationaldayofsportfordevelopmentandpeace"},
     {"diainternacionaldeldeporteparaeldesarrolloylapaz"}},
    {4, 25, {"worldmalariaday"}, {"diamundialdelpaludismo", "diamundialdelamalaria"}},
    {4, 26, {"worldintellectualpropertyday"}, {"diamundialdelapropiedadintelectual"}},
    {4, 28,
     {"worlddayforsafetyandhealthatwork"},
     {"diamundialdelaseguridadylasaludeneltrabajo"}},
    {4, 29, {"internationaldanceday", "worlddanceday"}, {"diainternacionaldeladanza"}},
    {4, 30, {"internationaljazzday"}, {"diainternacionaldeljazz"}},
    {5, 15,
     {"internationaldayoffamilies"},
     {"diainternacionaldelafamilia", "diainternacionaldelasfamilias"}},
    {5, 17,
     {"worldtelecommunicationday", "worldtelecommunicationandinformationsocietyday"},
     {"diamundialdelastelecomunicaciones", "diamundialdelinternet"}},
    {5, 20, {"worldbeeday"}, {"diamundialdelasabejas"}},
    {5, 21,
     {"worlddayforculturaldiversity"},
     {"diamundialdeladiversidadcultural"}},
    {5, 22,
     {"internationaldayforbiologicaldiversity", "worldbiodiversityday"},
     {"diainternacionaldeladiversidadbiologica", "diamundialdelabiodiversidad"}},
    {5, 31, {"worldnotobaccoday"}, {"diamundialsintabaco"}},
    {6, 3, {"worldbicycleday"}, {"diamundialdelabicicleta"}},
    {6, 12,
     {"worlddayagainstchildlabour", "worlddayagainstchildlabor"},
     {"diamundialcontraeltrabajoinfantil"}},
    {6, 14, {"worldblooddonorday"}, {"diamundialdeldonantedesangre"}},
    {6, 15, {"worldelderabuseawarenessday"}, {}},
    {6, 17,
     {"worlddaytocombatdesertificationanddrought", "desertificationanddroughtday"},
     {"diamundialdeluchacontraladesertificacion"}},
    {6, 21,
     {"internationaldayofyoga", "internationalyogaday", "worldyogaday"},
     {"diainternacionaldelyoga"}},
    {6, 21, {"worldmusicday"}, {"diadelamusica", "diamundialdelamusica"}},
    {6, 23,
     {"internationalwidowsday"},
     {"diainternacionaldelasviudas"}},
    {6, 26,
     {"internationaldayagainstdrugabuseandillicittrafficking"},
     {"diainternacionalcontraeltraficodedrogas", "diainternacionalcontralasdrogas"}},
    {7, 18, {"nelsonmandelainternationalday", "mandeladay"}, {"diadenelsonmandela"}},
    {7, 28, {"worldhepatitisday"}, {"diamundialcontralahepatitis", "diamundialdelahepatitis"}},
    {7, 30,
     {"internationaldayoffriendship", "internationalfriendshipday"},
     {"diainternacionaldelaamistad"}},
    {7, 30,
     {"worlddayagainsttraffickinginpersons"},
     {"diamundialcontralatratadepersonas"}},
    {8, 9,
     {"internationaldayoftheworldsindigenouspeoples", "internationaldayofindigenouspeoples"},
     {"diainternacionaldelospueblosindigenas"}},
    {8, 19, {"worldhumanitarianday"}, {"diamundialdelaasistenciahumanitaria"}},
    {9, 5, {"internationaldayofcharity"}, {"diainternacionaldelabeneficencia"}},
    {9, 10, {"worldsuicidepreventionday"}, {"diamundialparalaprevenciondelsuicidio"}},
    {9, 15, {"internationaldayofdemocracy"}, {"diainternacionaldelademocracia"}},
    {9, 16,
     {"internationaldayforthepreservationoftheozonelayer", "worldozoneday"},
     {"diainternacionaldelapreservaciondelacapadeozono", "diamundialdelozono"}},
    {10, 1,
     {"internationaldayofolderpersons", "internationaldayoftheelderly"},
     {"diainternacionaldelaspersonasdeedad", "diainternacionaldelaspersonasmayores"}},
    {10, 2,
     {"internationaldayofnonviolence"},
     {"diainternacionaldelanoviolencia"}},
    {10, 11,
     {"internationaldayofthegirlchild", "internationaldayofthegirl"},
     {"diainternacionaldelanina"}},
    {10, 14, {"worldstandardsday"}, {"diamundialdelanormalizacion"}},
    {10, 15, {"internationaldayofruralwomen"}, {"diainternacionaldelasmujeresrurales"}},
    {10, 17,
     {"internationaldayfortheeradicationofpoverty"},
     {"diainternacionalparalaerradicaciondelapobreza"}},
    {10, 10, {}, {"diamundialdelasaludmental"}},
    {10, 24, {}, {"diadelasnacionesunidas"}},
    {10, 31, {"worldcitiesday"}, {"diamundialdelasciudades"}},
    {11, 10,
     {"worldscienceday", "worldsciencedayforpeaceanddevelopment"},
     {"diamundialdelaciencia", "diamundialdelacienciaparalapazyeldesarrollo"}},
    {11, 14, {"worlddiabetesday"}, {"diamundialdeladiabetes"}},
    {11, 19, {"worldtoiletday"}, {"diamundialdelretrete", "diamundialdelsaneamiento"}},
    {11, 20,
     {"universalchildrensday", "worldchildrensday"},
     {"diauniversaldelnino", "diamundialdelainfancia", "diainternacionaldelosderechosdelnino"}},
    {11, 21, {"worldtelevisionday"}, {"diamundialdelatelevision"}},
    {11, 25,
     {"internationaldayfortheeliminationofviolenceagainstwomen"},
     {"diainternacionaldelaeliminaciondelaviolenciacontralamujer",
      "diainternacionalcontralaviolenciadegenero"}},
    {12, 1,
     {},
     {"diamundialcontraelsida", "diamundialdelaluchacontraelsida"}},
    {12, 3,
     {"internationaldayofpersonswithdisabilities", "internationaldayofdisabledpersons"},
     {"diainternacionaldelaspersonascondiscapacidad"}},
    {12, 5, {"worldsoilday"}, {"diamundialdelsuelo"}},
    {12, 7, {"internationalcivilaviationday"}, {"diainternacionaldelaaviacioncivil"}},
    {12, 9,
     {"internationalanticorruptionday"},
     {"diainternacionalcontralacorrupcion"}},
    {12, 11, {"internationalmountainday"}, {"diainternacionaldelasmontanas"}},
    {12, 18, {"internationalmigrantsday"}, {"diainternacionaldelmigrante"}},
    {12, 20, {"internationalhumansolidarityday"}, {"diainternacionaldelasolidaridadhumana"}},
    {10, 5, {}, {"diamundialdelosdocentes"}},
};

// Days by rules other than a fixed date, or English only.
std::vector<std::pair<std::string, Holiday>> OtherDaysEn() {
  using H = Holiday;
  // Administrative Professionals' Day: the Wednesday of the last full week (Sunday to
  // Saturday) of April, three days before its last Saturday
  const Holiday admin{H::kLastWeekday, 4, 5, 0, -3};
  return {
      {"administrativeprofessionalsday", admin},
      {"adminprofessionalsday", admin},
      {"secretariesday", admin},
      {"lincolnsbirthday", {H::kFixed, 2, 12}},
      {"washingtonsbirthday", {H::kNthWeekday, 2, 0, 3}},
      {"womensequalityday", {H::kFixed, 8, 26}},
      {"parentsday", {H::kNthWeekday, 7, 6, 4}},
      {"nationalparentsday", {H::kNthWeekday, 7, 6, 4}},
      {"nationalnursesday", {H::kFixed, 5, 6}},
      {"nationaldoctorsday", {H::kFixed, 3, 30}},
      {"siblingsday", {H::kFixed, 4, 10}},
      {"nationalsiblingsday", {H::kFixed, 4, 10}},
      {"pearlharborremembranceday", {H::kFixed, 12, 7}},
      {"pearlharborday", {H::kFixed, 12, 7}},
      {"kwanzaa", {H::kFixed, 12, 26, 0, 0, 6}},  // 26 December to 1 January
      {"twelfthnight", {H::kFixed, 1, 5}},
      {"shrovemonday", {H::kEaster, 0, 0, -48}},
      {"feastofthesacredheart", {H::kEaster, 0, 0, 68}},
      {"sacredheart", {H::kEaster, 0, 0, 68}},
      {"remembrancesunday", {H::kNthWeekday, 11, 6, 2}},
      {"easterbankholiday", {H::kEaster, 0, 0, 1}},
      {"eastermondaybankholiday", {H::kEaster, 0, 0, 1}},
      {"canadianthanksgiving", {H::kNthWeekday, 10, 0, 2}},
      {"thanksgivingincanada", {H::kNthWeekday, 10, 0, 2}},
      {"thanksgivingcanada", {H::kNthWeekday, 10, 0, 2}},
      {"civicholiday", {H::kNthWeekday, 8, 0, 1}},
      {"tubav", Hebrew(12, 15)},
      {"laylatalmiraj", Islamic(7, 27)},
      {"lailatalmiraj", Islamic(7, 27)},
  };
}

}  // namespace

const std::vector<std::pair<std::string, Holiday>>& MoreHolidays(Lang lang) {
  auto build = [](Lang l) {
    std::vector<std::pair<std::string, Holiday>> out;
    for (const WorldDay& d : kWorldDays)
      for (const char* name : l == Lang::kEs ? d.es : d.en)
        out.emplace_back(name, Holiday{Holiday::kFixed, d.month, d.day});
    // World Habitat Day: the first Monday of October
    out.emplace_back(l == Lang::kEs ? "diamundialdelhabitat" : "worldhabitatday",
                     Holiday{Holiday::kNthWeekday, 10, 0, 1});
    if (l == Lang::kEn)
      for (auto& day : OtherDaysEn()) out.push_back(std::move(day));
    return out;
  };
  static const auto en = build(Lang::kEn), es = build(Lang::kEs);
  return lang == Lang::kEs ? es : en;
}

}  // namespace chatbeto::events::detail
