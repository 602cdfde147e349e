// Tests of the French input forms: each form gives the same value as its ISO or plain form.
#include "french_input.h"

#include <doctest/doctest.h>

using namespace revalo;

TEST_CASE("dates are read as JJ/MM/AAAA or AAAA-MM-JJ") {
  CHECK(parse_date_fr("01/10/2021")->iso() == "2021-10-01");
  CHECK(parse_date_fr("1/10/2021")->iso() == "2021-10-01");
  CHECK(parse_date_fr(" 2021-10-01 ")->iso() == "2021-10-01");
  CHECK(parse_date_fr("29/02/2024")->iso() == "2024-02-29");
  CHECK_FALSE(parse_date_fr("29/02/2023"));  // 2023 is not a leap year
  CHECK_FALSE(parse_date_fr("10/01/21"));    // a two-digit year is ambiguous
  CHECK_FALSE(parse_date_fr("2021/10/01"));
  CHECK_FALSE(parse_date_fr("31/09/2021"));
  CHECK_FALSE(parse_date_fr(""));
}

TEST_CASE("months are read as MM/AAAA or AAAA-MM, or taken from a date") {
  CHECK(parse_month_fr("03/2022")->iso() == "2022-03-01");
  CHECK(parse_month_fr("3/2022")->iso() == "2022-03-01");
  CHECK(parse_month_fr("2022-03")->iso() == "2022-03-01");
  CHECK(parse_month_fr("15/03/2022")->iso() == "2022-03-01");
  CHECK(parse_month_fr("2022-03-15")->iso() == "2022-03-01");
  CHECK_FALSE(parse_month_fr("13/2022"));
  CHECK_FALSE(parse_month_fr("2022-13"));
  CHECK_FALSE(parse_month_fr("mars 2022"));
}

TEST_CASE("numbers take a decimal comma and spaces between thousands, no-break spaces included") {
  CHECK(parse_decimal_fr("1539,42") == Decimal::parse("1539.42"));
  CHECK(parse_decimal_fr("1 539,42") == Decimal::parse("1539.42"));
  CHECK(parse_decimal_fr("1\xC2\xA0" "539,42") == Decimal::parse("1539.42"));      // U+00A0
  CHECK(parse_decimal_fr("1\xE2\x80\xAF" "539,42") == Decimal::parse("1539.42"));  // U+202F
  CHECK_FALSE(parse_decimal_fr("1539,42 €"));
}

TEST_CASE("amounts may carry the euro sign") {
  CHECK(parse_amount_fr("1 539,42 €") == Decimal::parse("1539.42"));
  CHECK(parse_amount_fr("1539.42€") == Decimal::parse("1539.42"));
  CHECK(parse_amount_fr("20 EUR") == Decimal::from_int(20));
  CHECK(parse_amount_fr("20") == Decimal::from_int(20));
  CHECK_FALSE(parse_amount_fr("€"));
}

TEST_CASE("a working-time ratio is a fraction or a percentage") {
  // 80 % = 80 / 100 = 0.8
  CHECK(parse_ratio_fr("80 %") == Decimal::parse("0.8"));
  CHECK(parse_ratio_fr("80%") == Decimal::parse("0.8"));
  CHECK(parse_ratio_fr("0,8") == Decimal::parse("0.8"));
  CHECK(parse_ratio_fr("0.8") == Decimal::parse("0.8"));
  CHECK(parse_ratio_fr("100 %") == Decimal::from_int(1));
  CHECK_FALSE(parse_ratio_fr("%"));
}

TEST_CASE("a rate in percent keeps its value with or without the sign") {
  CHECK(parse_percent_fr("4,5 %") == Decimal::parse("4.5"));
  CHECK(parse_percent_fr("4.5") == Decimal::parse("4.5"));
}

TEST_CASE("hours may carry their unit") {
  CHECK(parse_hours_fr("130 h") == Decimal::from_int(130));
  CHECK(parse_hours_fr("17,5 heures") == Decimal::parse("17.5"));
  CHECK(parse_hours_fr("151,67") == Decimal::parse("151.67"));
  CHECK_FALSE(parse_hours_fr("h"));
}

TEST_CASE("a seniority is written in years, months or both") {
  CHECK(parse_years_fr("7") == Decimal::from_int(7));
  CHECK(parse_years_fr("7,5") == Decimal::parse("7.5"));
  CHECK(parse_years_fr("7 ans") == Decimal::from_int(7));
  CHECK(parse_years_fr("1 an") == Decimal::from_int(1));
  CHECK(parse_years_fr("18 mois") == Decimal::parse("1.5"));  // 18 / 12 = 1.5
  CHECK(parse_years_fr("18mois") == Decimal::parse("1.5"));
  CHECK(parse_years_fr("7 ans 6 mois") == Decimal::parse("7.5"));  // 7 + 6 / 12
  CHECK(parse_years_fr("1 an et 6 mois") == Decimal::parse("1.5"));
  CHECK(parse_years_fr("2 années") == Decimal::from_int(2));
  CHECK(parse_years_fr("7 mois") == Decimal::parse("0.583333333"));  // 7 / 12, rounded at 10^-9
  CHECK_FALSE(parse_years_fr("7 semaines"));
  CHECK_FALSE(parse_years_fr("ans"));
  CHECK_FALSE(parse_years_fr(""));
}
