// Calendar dates (ISO 8601, proleptic Gregorian) and months, as the law dates its values.
#pragma once
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace revalo {

class Date {
 public:
  constexpr Date() = default;
  static std::optional<Date> from_ymd(int y, int m, int d);
  // "2021-10-01"
  static std::optional<Date> parse(std::string_view text);
  int year() const { return y_; }
  int month() const { return m_; }
  int day() const { return d_; }
  // Days since 1970-01-01.
  long days() const;
  static Date from_days(long days);
  Date add_days(long n) const { return from_days(days() + n); }
  // Same day n years later; 29 February becomes 28 February in a common year.
  Date add_years(int n) const;
  std::string iso() const;
  auto operator<=>(const Date&) const = default;

 private:
  constexpr Date(int y, int m, int d) : y_(y), m_(m), d_(d) {}
  int y_ = 1970, m_ = 1, d_ = 1;
};

int days_in_month(int y, int m);

// Months, as payslips count them.
Date month_start(Date d);  // the first day of d's month
Date month_end(Date d);    // the last day of d's month: a month's pay takes the values in force that day
std::string month_key(Date d);  // "2022-01"
// "2022-01" (or a full date, whose month is taken) → the first day of that month; none if malformed.
std::optional<Date> parse_month(std::string_view text);

}  // namespace revalo
