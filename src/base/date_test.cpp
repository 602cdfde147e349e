// Tests of calendar arithmetic.
#include "date.h"

#include <doctest/doctest.h>

using revalo::Date;

TEST_CASE("ISO dates round-trip and invalid ones are refused") {
  CHECK(Date::parse("2021-10-01")->iso() == "2021-10-01");
  CHECK_FALSE(Date::parse("2021-02-29"));
  CHECK(Date::parse("2024-02-29"));
  CHECK_FALSE(Date::parse("2021-13-01"));
  CHECK_FALSE(Date::parse("21-10-01"));
  CHECK_FALSE(Date::parse("2021/10/01"));
}

TEST_CASE("day arithmetic") {
  CHECK(Date::parse("1970-01-01")->days() == 0);
  CHECK(Date::parse("2021-10-01")->add_days(-1).iso() == "2021-09-30");
  CHECK(Date::parse("2024-02-28")->add_days(1).iso() == "2024-02-29");
  CHECK(Date::parse("2024-02-29")->add_years(1).iso() == "2025-02-28");
  CHECK(*Date::parse("2021-09-30") < *Date::parse("2021-10-01"));
}

TEST_CASE("months: parsing, first and last day, key") {
  auto day = [](const char* s) { return *Date::parse(s); };
  CHECK(*revalo::parse_month("2022-01") == day("2022-01-01"));
  CHECK(*revalo::parse_month("2022-01-15") == day("2022-01-01"));
  CHECK_FALSE(revalo::parse_month("2022-13"));
  CHECK_FALSE(revalo::parse_month("janvier"));
  CHECK(revalo::month_start(day("2024-02-10")) == day("2024-02-01"));
  CHECK(revalo::month_end(day("2024-02-01")) == day("2024-02-29"));
  CHECK(revalo::month_end(day("2023-02-14")) == day("2023-02-28"));
  CHECK(revalo::month_key(day("2024-02-10")) == "2024-02");
}
