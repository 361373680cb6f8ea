#include "whatsapp/date_order.h"

#include <algorithm>

namespace chatbeto::whatsapp {
namespace {

// Position of the year among the three fields.
int YearPos(const Header& h, DateOrder order) {
  if (h.digits[0] == 4) return 0;
  if (h.digits[2] == 4) return 2;
  if (h.digits[1] == 4) return 1;
  if (order == DateOrder::kYmd || h.field[0] > 31) return 0;
  return 2;
}

// The two non-year positions, in order.
void DayMonthPos(int ypos, int& p, int& q) {
  p = ypos == 0 ? 1 : 0;
  q = ypos == 2 ? 1 : 2;
}

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

}  // namespace

const char* DateOrderName(DateOrder o) {
  switch (o) {
    case DateOrder::kDmy: return "dmy";
    case DateOrder::kMdy: return "mdy";
    case DateOrder::kYmd: return "ymd";
    default: return "auto";
  }
}

std::optional<DateOrder> ParseDateOrder(std::string_view s) {
  if (s == "auto") return DateOrder::kAuto;
  if (s == "dmy") return DateOrder::kDmy;
  if (s == "mdy") return DateOrder::kMdy;
  if (s == "ymd") return DateOrder::kYmd;
  return std::nullopt;
}

void DateOrderEvidence::Add(const Header& h, int64_t line) {
  ++headers_;
  int ypos = YearPos(h, DateOrder::kAuto);
  if (ypos == 0) {
    ++year_first_;
    have_prev_ = false;
    return;
  }
  int p, q;
  DayMonthPos(ypos, p, q);
  int year = h.field[ypos], fp = h.field[p], fq = h.field[q];
  if (fp > 12 && !first_over_++) first_over_line_ = line;
  if (fq > 12 && !second_over_++) second_over_line_ = line;
  if (have_prev_ && year == prev_year_) {
    // The date only goes forward: when one field falls as the other rises,
    // the one that fell is the day (e.g. 30/01 -> 02/02).
    if (fp < prev_p_ && fq > prev_q_) ++first_drops_;
    if (fq < prev_q_ && fp > prev_p_) ++second_drops_;
    if (fp != prev_p_ && fq == prev_q_) ++first_changes_;
    if (fq != prev_q_ && fp == prev_p_) ++second_changes_;
  }
  have_prev_ = true;
  prev_year_ = year;
  prev_p_ = fp;
  prev_q_ = fq;
}

DateOrderEvidence::Verdict DateOrderEvidence::Decide() const {
  Verdict v;
  const int64_t other = headers_ - year_first_;
  if (headers_ == 0) {
    v.reason = "no message headers";
    return v;
  }
  if (other == 0) {
    v = {DateOrder::kYmd, true, "the year comes first"};
    return v;
  }
  if (first_over_ && !second_over_) {
    v = {DateOrder::kDmy, true,
         "the first field exceeds 12 (line " + std::to_string(first_over_line_) + ")"};
  } else if (second_over_ && !first_over_) {
    v = {DateOrder::kMdy, true,
         "the second field exceeds 12 (line " + std::to_string(second_over_line_) + ")"};
  } else if (first_over_ && second_over_) {
    v = {first_over_ >= second_over_ ? DateOrder::kDmy : DateOrder::kMdy, false,
         "both fields exceed 12 in places (lines " + std::to_string(first_over_line_) + " and " +
             std::to_string(second_over_line_) + ")"};
  } else if (first_drops_ && !second_drops_) {
    v = {DateOrder::kDmy, true, "the first field falls when the second rises (the day)"};
  } else if (second_drops_ && !first_drops_) {
    v = {DateOrder::kMdy, true, "the second field falls when the first rises (the day)"};
  } else if (first_changes_ >= 3 && first_changes_ >= 2 * second_changes_) {
    v = {DateOrder::kDmy, true, "the first field changes more often (the day)"};
  } else if (second_changes_ >= 3 && second_changes_ >= 2 * first_changes_) {
    v = {DateOrder::kMdy, true, "the second field changes more often (the day)"};
  } else {
    v = {DateOrder::kDmy, false,
         "no field exceeds 12 and neither changes clearly more often; read day-first"};
  }
  return v;
}

std::optional<CivilDate> ResolveDate(const Header& h, DateOrder order) {
  int ypos = YearPos(h, order);
  int p, q;
  DayMonthPos(ypos, p, q);
  CivilDate d;
  d.year = h.field[ypos] + (h.digits[ypos] <= 2 ? 2000 : 0);
  if (ypos == 0 || order == DateOrder::kMdy) {
    d.month = h.field[p];
    d.day = h.field[q];
  } else {
    d.day = h.field[p];
    d.month = h.field[q];
  }
  if (h.digits[ypos] == 3 || d.year < 1970 || d.year > 9999) return std::nullopt;
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > DaysInMonth(d.year, d.month))
    return std::nullopt;
  return d;
}

std::optional<int> ResolveHour(const Header& h) {
  if (h.minute > 59 || h.second > 59) return std::nullopt;
  int hour = h.hour;
  if (h.meridiem == Header::Meridiem::kNone || hour > 12) return hour <= 23 ? std::optional(hour)
                                                                            : std::nullopt;
  if (hour == 12) hour = 0;
  if (h.meridiem == Header::Meridiem::kPm) hour += 12;
  return hour;
}

}  // namespace chatbeto::whatsapp
