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
