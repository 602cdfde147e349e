// Calendar arithmetic for dated legal values (days-from-civil algorithm of H. Hinnant).
#include "date.h"

#include <fmt/format.h>

namespace revalo {

int days_in_month(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return (m == 2 && leap) ? 29 : kDays[m - 1];
}

std::optional<Date> Date::from_ymd(int y, int m, int d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
  return Date(y, m, d);
}

std::optional<Date> Date::parse(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  auto num = [&](std::size_t pos, std::size_t len) -> int {
    int v = 0;
    for (std::size_t i = pos; i < pos + len; ++i) {
      if (t[i] < '0' || t[i] > '9') return -1;
      v = v * 10 + (t[i] - '0');
    }
    return v;
  };
  return from_ymd(num(0, 4), num(5, 2), num(8, 2));
}

long Date::days() const {
  long y = y_ - (m_ <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m_ + (m_ > 2 ? -3 : 9)) + 2) / 5 + d_ - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date(static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d);
}

Date Date::add_years(int n) const {
  int y = y_ + n;
  int d = d_ > days_in_month(y, m_) ? days_in_month(y, m_) : d_;
  return Date(y, m_, d);
}

std::string Date::iso() const { return fmt::format("{:04}-{:02}-{:02}", y_, m_, d_); }

Date month_start(Date d) { return *Date::from_ymd(d.year(), d.month(), 1); }

Date month_end(Date d) { return *Date::from_ymd(d.year(), d.month(), days_in_month(d.year(), d.month())); }

std::string month_key(Date d) { return fmt::format("{:04}-{:02}", d.year(), d.month()); }

std::optional<Date> parse_month(std::string_view text) {
  if (auto d = Date::parse(text)) return month_start(*d);
  if (text.size() == 7) return Date::parse(std::string(text) + "-01");
  return std::nullopt;
}

}  // namespace revalo
