// Tests of seniority at a date and of the "step opens the day after the anniversary" rule (BAD art. III.19.1).
#include "seniority.h"

#include <doctest/doctest.h>

using namespace revalo;

TEST_CASE("completed years from a hire date") {
  Profile p;
  p.hired = Date::parse("2014-03-01");
  CHECK(completed_years(p, *Date::parse("2021-09-30"))->str() == "7");
  CHECK(completed_years(p, *Date::parse("2019-02-28"))->str() == "4");
  CHECK(completed_years(p, *Date::parse("2019-03-01"))->str() == "5");
  CHECK_FALSE(completed_years(p, *Date::parse("2010-01-01")));
}

TEST_CASE("a step at 5 years opens the day after the 5th anniversary") {
  Profile p;
  p.hired = Date::parse("2016-10-01");
  // 2021-10-01 is the 5th anniversary: 2 % is not yet due; 2021-10-02 it is.
  CHECK(*years_for_day_after_steps(p, *Date::parse("2021-10-01")) < Decimal::from_int(5));
  CHECK(*years_for_day_after_steps(p, *Date::parse("2021-10-02")) == Decimal::from_int(5));
  Profile q;
  q.seniority = Decimal::from_int(5);
  CHECK(*years_for_day_after_steps(q, *Date::parse("2021-10-01")) == Decimal::from_int(5));
}
