// French ways of writing dates, months, numbers, rates and durations, as users type them and French spreadsheets
// export them: "01/10/2021", "03/2022", "1 539,42 €", "80 %", "18 mois". Every input path (flags, profile files,
// batch CSV, paid files, payslip files) reads through these, so that one form is accepted everywhere.
#pragma once
#include <optional>
#include <string_view>

#include "date.h"
#include "decimal.h"

namespace revalo {

// "2021-10-01" or "01/10/2021" (day and month may have one digit: "1/10/2021").
std::optional<Date> parse_date_fr(std::string_view text);
// "2022-03" or "03/2022" ("3/2022"), or a full date in either form (its month): the first day of that month.
std::optional<Date> parse_month_fr(std::string_view text);

// "1539.42", "1 539,42": spaces or no-break spaces between thousands, '.' or ',' as the decimal mark.
std::optional<Decimal> parse_decimal_fr(std::string_view text);
// An amount in euros: a decimal number, optionally followed by "€", "EUR" or "euros".
std::optional<Decimal> parse_amount_fr(std::string_view text);
// A rate written in percent, with or without the sign: "4,5" and "4,5 %" both give 4.5.
std::optional<Decimal> parse_percent_fr(std::string_view text);
// A ratio (working time): "0,8", or a percentage "80 %" divided by 100 (0.8).
std::optional<Decimal> parse_ratio_fr(std::string_view text);
// Hours: "130", "130 h", "17,5 heures".
std::optional<Decimal> parse_hours_fr(std::string_view text);
// A duration in years: "7", "7,5", "7 ans", "18 mois" (1.5), "7 ans 6 mois", "1 an et 6 mois". Months are twelfths
// of a year (7 mois = 0.583333333).
std::optional<Decimal> parse_years_fr(std::string_view text);

}  // namespace revalo
