#include "util/civil.h"

#include <date/date.h>

namespace chatbeto::util {

int64_t DaysFromCivil(int year, int month, int day) {
  // date::year_month_day is only defined for a valid month: carry it into
  // the year first, then add the day number to the month's first day.
  const int64_t months = int64_t{year} * 12 + (month - 1);
  const int64_t y = months >= 0 ? months / 12 : (months - 11) / 12;
  const auto m = static_cast<unsigned>(months - y * 12 + 1);
  const date::sys_days first{date::year{static_cast<int>(y)} / date::month{m} / 1};
  return (first + date::days{day - 1}).time_since_epoch().count();
}

CivilDate CivilFromDays(int64_t days) {
  const date::year_month_day ymd{date::sys_days{date::days{days}}};
  return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

}  // namespace chatbeto::util
