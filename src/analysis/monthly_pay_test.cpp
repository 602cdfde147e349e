// Tests of ageing profiles and month-by-month pay with events (monthly_pay.h). Figures: see the comments.
#include "monthly_pay.h"

#include <doctest/doctest.h>

#include "career_curve.h"
#include "embedded_grids_for_tests.h"
#include "rappel.h"

using namespace revalo;

namespace {
Date day(const char* s) { return *Date::parse(s); }
Decimal dec(const char* s) { return *Decimal::parse(s); }

Profile marie() {
  // examples/avs-saad.toml: employé intervention D2 E2, 130 h, diploma level 3, hired 2014-03-01.
  Profile p;
  p.convention = "bad";
  p.position = "intervention.employe.2.2";
  p.extra["old_position"] = std::string("C");
  p.hired = day("2014-03-01");
  p.extra["diploma_level"] = 3;
  p.hours = dec("130");
  return p;
}
}  // namespace

TEST_CASE("a profile given in completed years ages with the months") {
  Profile p;
  p.seniority = dec("7");
  Profile aged = ageing_profile(p, day("2024-03-01"));
  REQUIRE(aged.hired);
  // 7 years and one day before the first month: past the 7th anniversary, as --seniority 7 is for `pay`.
  CHECK(*aged.hired == day("2017-02-28"));
  CHECK_FALSE(aged.seniority);
  p.seniority = dec("9.5");  // 9 years and 6 months
  CHECK(*ageing_profile(p, day("2024-03-01")).hired == day("2014-08-31"));
}

TEST_CASE("a retroactive point value is an event of its month; the back pay adds up") {
  const GridSet& g = embedded_grids_for_tests();
  auto h = monthly_pay(g, marie(), day("2021-12-01"), day("2022-02-01"));
  REQUIRE_MESSAGE(h, (h ? "" : h.error().message));
  REQUIRE(h->size() == 3);
  CHECK(h->at(0).events.empty());
  // grids/bad/point.toml: 5.50 until 2021-12-31, 5.51 from 2022-01-01 (avenant 51-2022).
  REQUIRE(h->at(1).events.size() == 1);
  CHECK(h->at(1).events[0].label == "Valeur du point : 5,51 €");
  CHECK(h->at(2).events.empty());
  // tests/transcripts/rappel.t computes these: 1 778.10 at 5.50, 1 781.33 at 5.51.
  CHECK(h->at(0).slip.gross == dec("1778.10"));
  CHECK(h->at(1).slip.gross == dec("1781.33"));
  std::map<Date, PaidMonth> paid;
  for (const auto& m : *h) paid[m.month] = PaidMonth{dec("1778.10"), std::nullopt};
  auto r = compute_rappel(g, marie(), day("2021-12-01"), day("2022-02-01"), paid, day("2025-01-15"));
  REQUIRE(r);
  Decimal sum;
  for (const auto& m : r->months) sum += m.gross_difference;
  CHECK(sum == r->total_gross);
  CHECK(r->total_gross == dec("6.46"));
  // Claim on 2025-01-15, 3 years from each pay date (L3245-1): December 2021 (paid 2021-12-31, claimable until
  // 2024-12-31) is prescribed.
  CHECK(r->months[0].prescribed);
  CHECK_FALSE(r->months[1].prescribed);
  CHECK(r->total_gross_not_prescribed == dec("6.46"));
  paid.erase(day("2022-01-01"));
  CHECK_FALSE(compute_rappel(g, marie(), day("2021-12-01"), day("2022-02-01"), paid, day("2025-01-15")));
}

TEST_CASE("a career sums the yearly differences; a side that cannot be computed breaks its curve") {
  const GridSet& g = embedded_grids_for_tests();
  Profile p;
  p.convention = "bad";
  p.position = "employe.2.1";
  auto c = compute_career(g, p, day("2021-09-30"), day("2021-10-01"), {"C"}, {}, 7, 8);
  REQUIRE_MESSAGE(c, (c ? "" : c.error().message));
  REQUIRE(c->years.size() == 2);
  // tests/transcripts/career.t: 7 years: 1 787.50 → 1 929.84.
  CHECK(*c->years[0].difference() == dec("142.34"));
  Decimal total = (*c->years[0].difference() + *c->years[1].difference()) * Decimal::from_int(12);
  CHECK(*c->total_gross_difference == total);
  auto no_old = compute_career(g, p, day("2021-09-30"), day("2021-10-01"), {}, {}, 0, 1);
  REQUIRE(no_old);
  CHECK_FALSE(no_old->years[0].gross_before);
  CHECK(no_old->years[0].gross_after);
  CHECK_FALSE(no_old->total_gross_difference);
  CHECK(no_old->warnings.size() == 1);
}
