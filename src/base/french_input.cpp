// French input forms (see french_input.h).
#include "french_input.h"

#include <cctype>
#include <initializer_list>
#include <string>

#include "names.h"

namespace revalo {
namespace {

// No-break spaces (U+00A0, U+202F) and thin spaces (U+2009), as French spreadsheets put between thousands, become
// plain spaces; then surrounding spaces go.
std::string plain_spaces(std::string_view in) {
  std::string out;
  for (std::size_t i = 0; i < in.size();) {
    std::string_view rest = in.substr(i);
    if (rest.starts_with("\xC2\xA0")) {
      out += ' ';
      i += 2;
    } else if (rest.starts_with("\xE2\x80\xAF") || rest.starts_with("\xE2\x80\x89")) {
      out += ' ';
      i += 3;
    } else {
      out += in[i] == '\t' ? ' ' : in[i];
      ++i;
    }
  }
  std::size_t b = out.find_first_not_of(' '), e = out.find_last_not_of(' ');
  return b == std::string::npos ? std::string() : out.substr(b, e - b + 1);
}

// `text` without one of the `units` at its end (ASCII case ignored); `found` says whether one was there.
std::string without_unit(const std::string& text, std::initializer_list<std::string_view> units, bool& found) {
  const std::string low = ascii_lower(text);
  found = false;
  for (std::string_view u : units) {
    if (low.size() > u.size() && std::string_view(low).ends_with(u)) {
      found = true;
      return plain_spaces(std::string_view(text).substr(0, text.size() - u.size()));
    }
  }
  return text;
}

// A run of 1..max_digits digits, as an int; -1 otherwise.
int small_number(std::string_view s, std::size_t max_digits) {
  if (s.empty() || s.size() > max_digits) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::optional<Date> parse_date_fr(std::string_view text) {
  const std::string t = plain_spaces(text);
  if (auto d = Date::parse(t)) return d;
  const std::size_t a = t.find('/'), b = t.find('/', a == std::string::npos ? 0 : a + 1);
  if (a == std::string::npos || b == std::string::npos || t.size() - b - 1 != 4) return std::nullopt;
  const int day = small_number(std::string_view(t).substr(0, a), 2);
  const int month = small_number(std::string_view(t).substr(a + 1, b - a - 1), 2);
  const int year = small_number(std::string_view(t).substr(b + 1), 4);
  if (day < 0 || month < 0 || year < 0) return std::nullopt;
  return Date::from_ymd(year, month, day);
}

std::optional<Date> parse_month_fr(std::string_view text) {
  const std::string t = plain_spaces(text);
  if (auto d = parse_date_fr(t)) return month_start(*d);
  if (t.size() == 7 && t[4] == '-') return Date::parse(t + "-01");
  const std::size_t slash = t.find('/');
  if (slash == std::string::npos || t.size() - slash - 1 != 4) return std::nullopt;
  const int month = small_number(std::string_view(t).substr(0, slash), 2);
  const int year = small_number(std::string_view(t).substr(slash + 1), 4);
  if (month < 0 || year < 0) return std::nullopt;
  return Date::from_ymd(year, month, 1);
}

std::optional<Decimal> parse_decimal_fr(std::string_view text) { return Decimal::parse(plain_spaces(text)); }

std::optional<Decimal> parse_amount_fr(std::string_view text) {
  bool unit = false;
  return parse_decimal_fr(without_unit(plain_spaces(text), {"€", "euros", "euro", "eur"}, unit));
}

std::optional<Decimal> parse_percent_fr(std::string_view text) {
  bool unit = false;
  return parse_decimal_fr(without_unit(plain_spaces(text), {"%"}, unit));
}

std::optional<Decimal> parse_ratio_fr(std::string_view text) {
  bool percent = false;
  auto d = parse_decimal_fr(without_unit(plain_spaces(text), {"%"}, percent));
  if (d && percent) return d->div(Decimal::from_int(100));
  return d;
}

std::optional<Decimal> parse_hours_fr(std::string_view text) {
  bool unit = false;
  return parse_decimal_fr(without_unit(plain_spaces(text), {"heures", "heure", "h"}, unit));
}

std::optional<Decimal> parse_years_fr(std::string_view text) {
  const std::string t = plain_spaces(text);
  if (auto d = Decimal::parse(t)) return d;  // a bare number of years
  // Otherwise: one or more "NUMBER UNIT" parts (ans, an, années, mois), optionally joined by "et".
  Decimal years;
  bool any = false;
  std::size_t i = 0;
  auto skip_spaces = [&] {
    while (i < t.size() && t[i] == ' ') ++i;
  };
  while (true) {
    skip_spaces();
    if (i == t.size()) break;
    if (any && ascii_lower(std::string_view(t).substr(i, 3)) == "et ") {
      i += 3;
      skip_spaces();
    }
    const std::size_t number_start = i;
    while (i < t.size() && ((t[i] >= '0' && t[i] <= '9') || t[i] == ',' || t[i] == '.')) ++i;
    auto n = Decimal::parse(std::string_view(t).substr(number_start, i - number_start));
    if (!n) return std::nullopt;
    skip_spaces();
    const std::size_t unit_start = i;
    while (i < t.size() && t[i] != ' ' && !(t[i] >= '0' && t[i] <= '9')) ++i;
    const std::string unit = ascii_lower(std::string_view(t).substr(unit_start, i - unit_start));
    if (unit == "an" || unit == "ans" || unit == "année" || unit == "années" || unit == "annee" || unit == "annees")
      years += *n;
    else if (unit == "mois")
      years += n->div(Decimal::from_int(12));
    else
      return std::nullopt;
    any = true;
  }
  if (!any) return std::nullopt;
  return years;
}

}  // namespace revalo
