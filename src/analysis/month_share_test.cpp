// Tests of a month shared between the values before and after a change inside it (grids/common/month-rule.toml):
// thirtieths for public agents (décret 62-765 art. 1; the days from the change counted on the calendar, CE 26 févr.
// 1996: 24–31 August = 8/30), scheduled hours for private employees (Monday to Friday when no schedule is known).
#include "month_share.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"
#include "payslip_lines_for_tests.h"

using namespace revalo;

namespace {

Date day(const char* text) { return *Date::parse(text); }
const GridSet& grids() { return embedded_grids_for_tests(); }

}  // namespace

TEST_CASE("Monday to Friday") {
  // April 2026 starts on a Wednesday: 1–3, 6–10, 13–17, 20–24, 27–30 = 3 + 5 + 5 + 5 + 4 = 22.
  CHECK(weekdays(day("2026-04-01"), day("2026-04-30")) == 22);
  CHECK(weekdays(day("2026-04-01"), day("2026-04-04")) == 3);
  // July 2022 starts on a Friday: 1, 4–8, 11–15, 18–22, 25–29 = 21.
  CHECK(weekdays(day("2022-07-01"), day("2022-07-31")) == 21);
  CHECK(weekdays(day("1969-12-29"), day("1970-01-04")) == 5);  // before the epoch too
}

TEST_CASE("thirtieths for public agents") {
  // August 2023, change on the 24th: 24–31 = 8 days → 8/30, the 1st–23rd take the other 22/30.
  auto aug = share_month(grids(), true, day("2023-08-01"), day("2023-08-31"), {day("2023-08-24")});
  REQUIRE(aug);
  CHECK(aug->rule == "trentiemes");
  CHECK(aug->total == 30);
  CHECK(aug->parts[0].share == 22);
  CHECK(aug->parts[1].share == 8);
  // February 2022, change on the 15th: 15–28 = 14 days → 14/30, the first part 16/30.
  auto feb = share_month(grids(), true, day("2022-02-01"), day("2022-02-28"), {day("2022-02-15")});
  REQUIRE(feb);
  CHECK(feb->parts[0].share == 16);
  CHECK(feb->parts[1].share == 14);
}

TEST_CASE("scheduled hours for private employees") {
  auto apr = share_month(grids(), false, day("2026-04-01"), day("2026-04-30"), {day("2026-04-05")});
  REQUIRE(apr);
  CHECK(apr->rule == "heures_planifiees");
  CHECK(apr->total == 22);
  CHECK(apr->parts[0].share == 3);
  CHECK(apr->parts[1].share == 19);
}

TEST_CASE("an aide-soignante moved to TAM D1 on 2026-04-05: April shared") {
  // Employer not a member of USB-Domicile, hired 2017-01-01 (9 years, E3, ECR ancienneté 2 %).
  // Base (2 209.91 × 3 + 2 331.08 × 19) / 22 = 2 314.5568 → 2 314.56; ECR (44.20 × 3 + 46.62 × 19) / 22 = 46.29.
  Profile p;
  p.convention = "bad";
  p.job = "aide-soignant";
  p.extra["usb_member"] = false;
  p.hired = day("2017-01-01");
  auto m = month_payslip(grids(), p, day("2026-04-01"));
  REQUIRE(m);
  CHECK(m->share.prorated);
  CHECK(line_amount(m->slip, "base") == "2314.56");
  CHECK(line_amount(m->slip, "ecr_seniority") == "46.29");
  CHECK(m->slip.gross.str(2) == "2360.85");
  REQUIRE(m->slip.net);  // the net is computed on the shared gross
  // --month-rule whole: TAM 1.3 all month, 2 331.08 + 46.62 = 2 377.70.
  p.month_rule = "whole";
  auto whole = month_payslip(grids(), p, day("2026-04-01"));
  REQUIRE(whole);
  CHECK_FALSE(whole->share.prorated);
  CHECK(whole->slip.gross.str(2) == "2377.70");
}

TEST_CASE("a new version with the same value shares nothing") {
  // The BAD point: 5.62 € from 2022-07-01 (avenant 52), restated at 5.62 € from 2022-07-08 (avenant 53).
  Profile p;
  p.convention = "bad";
  p.position = "employe.2.1";
  p.seniority = *Decimal::parse("7");
  auto m = month_payslip(grids(), p, day("2022-07-01"));
  REQUIRE(m);
  CHECK_FALSE(m->share.prorated);
  p.month_rule = "monthly";
  CHECK_FALSE(month_payslip(grids(), p, day("2022-07-01")));
}
