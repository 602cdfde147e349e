// Tests of the réduction générale / RGDU and of the 2019–2025 reduced-rate thresholds, on the embedded grids.
// SMIC horaire: 10.25 (2021-01), 11.65 (2024-01), 11.52 (2023-05, the "SMIC au 31/12/2023"), 11.88 (2024-11, the
// "SMIC au 01/01/2025"), 12.31 (2026-06). SMIC annuel = 1 820 h × SMIC horaire × working time.
#include "reduction.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"

using namespace revalo;

namespace {

const GridSet& grids() { return embedded_grids_for_tests(); }
Decimal D(const char* text) { return *Decimal::parse(text); }
Date day(const char* text) { return *Date::parse(text); }
WorkingTime full() { return WorkingTime{}; }

}  // namespace

TEST_CASE("power_quarter: x^1.75 = x × √x × ∜x") {
  // 0.9002625: √ = 0.948821638, ∜ = 0.974074760; 0.9002625 × 0.948821638 × 0.974074760 = 0.832043496
  auto p = power_quarter(D("0.9002625"), D("1.75"));
  REQUIRE(p);
  CHECK(*p >= D("0.832043490"));
  CHECK(*p <= D("0.832043502"));
  CHECK(*power_quarter(D("0.25"), D("0.5")) == D("0.5"));
  CHECK(*power_quarter(D("1"), D("1.75")) == D("1"));
  CHECK_FALSE(power_quarter(D("0.5"), D("1.7")));  // not a multiple of 1/4: grid error
}

TEST_CASE("Fillon 2021 at the SMIC: coefficient capped at T") {
  // SMIC monthly 1 554.58; SMIC annuel = 1 820 × 10.25 = 18 655; R = 12 × 1 554.58 = 18 654.96
  // C = (0.3206 / 0.6) × (1.6 × 18 655 / 18 654.96 − 1) = 0.534333 × 0.600003 = 0.320602 → 0.3206 (= T, < 50)
  // amount = 0.3206 × 1 554.58 = 498.398 → 498.40
  auto r = reduction_generale(grids(), day("2021-06-01"), D("1554.58"), full(), 10, true);
  REQUIRE(r);
  CHECK(r->rule == "fillon");
  CHECK(r->smic_year == D("18655"));
  CHECK(r->coefficient == D("0.3206"));
  CHECK(r->amount == D("498.40"));
  CHECK(r->formula.find("0,3206") != std::string::npos);
}

TEST_CASE("Fillon 2024, 120 employees, 2 000 €") {
  // SMIC annuel = 1 820 × 11.65 = 21 203; R = 24 000; T (≥ 50) = 0.3234
  // C = (0.3234 / 0.6) × (1.6 × 21 203 / 24 000 − 1) = 0.539 × 0.4135333 = 0.2228945 → 0.2229; 0.2229 × 2 000 = 445.80
  auto r = reduction_generale(grids(), day("2024-06-01"), D("2000"), full(), 120, false);
  REQUIRE(r);
  CHECK(r->coefficient == D("0.2229"));
  CHECK(r->amount == D("445.80"));
  // Above 1.6 SMIC (1.6 × 21 203 / 12 = 2 827.07 a month): nothing.
  auto none = reduction_generale(grids(), day("2024-06-01"), D("2900"), full(), 120, false);
  REQUIRE(none);
  CHECK(none->amount.is_zero());
}

TEST_CASE("RGDU 2026, 10 employees, 2 000 €") {
  // SMIC annuel = 1 820 × 12.31 = 22 404.20; R = 24 000; ½ × (3 × 22 404.20 / 24 000 − 1) = ½ × 1.800525 = 0.9002625
  // C = 0.02 + 0.3781 × 0.9002625^1.75 = 0.02 + 0.3781 × 0.8320435 = 0.3345956 → 0.3346; 0.3346 × 2 000 = 669.20
  auto r = reduction_generale(grids(), day("2026-06-01"), D("2000"), full(), 10, true);
  REQUIRE(r);
  CHECK(r->rule == "rgdu");
  CHECK(r->coefficient == D("0.3346"));
  CHECK(r->amount == D("669.20"));
  // At the SMIC the coefficient is capped at Tmin + Tdelta = 0.3981.
  auto smic = reduction_generale(grids(), day("2026-06-01"), D("1867.02"), full(), 10, false);
  REQUIRE(smic);
  CHECK(smic->coefficient == D("0.3981"));
  // Part time 0.5: SMIC annuel 11 202.10; R = 12 × 1 000 = 12 000 → the same ratio as full time at 2 000.
  WorkingTime half;
  half.num = D("0.5");
  auto pt = reduction_generale(grids(), day("2026-06-01"), D("1000"), half, 10, false);
  REQUIRE(pt);
  CHECK(pt->coefficient == D("0.3346"));
  CHECK(pt->amount == D("334.60"));
}

TEST_CASE("reduced maladie and AF rates: thresholds by year") {
  // 2021: maladie 2.5 × 18 655 = 46 637.50; AF 3.5 × 18 655 = 65 292.50
  auto m = bandeau(grids(), "employer.maladie", day("2021-06-01"), D("3886"), full(), false);  // 46 632 ≤ 46 637.50
  REQUIRE(m);
  CHECK(m->threshold_year == D("46637.5"));
  CHECK(m->reduced);
  auto m2 = bandeau(grids(), "employer.maladie", day("2021-06-01"), D("3887"), full(), false);  // 46 644 >
  CHECK_FALSE(m2->reduced);
  CHECK(bandeau(grids(), "employer.af", day("2021-06-01"), D("3000"), full(), false)->threshold_year == D("65292.5"));
  // 2024: maladie max(2.5 × 1 820 × 11.52 = 52 416 ; 2 × 21 203 = 42 406) capped at 2.5 × 21 203 = 53 007.50 → 52 416
  //       AF max(3.5 × 20 966.40 = 73 382.40 ; 42 406) = 73 382.40
  CHECK(bandeau(grids(), "employer.maladie", day("2024-06-01"), D("2000"), full(), false)->threshold_year == D("52416"));
  CHECK(bandeau(grids(), "employer.af", day("2024-06-01"), D("2000"), full(), false)->threshold_year == D("73382.4"));
  // 2025: maladie 2.25 × 1 820 × 11.88 = 48 648.60; AF 3.3 × 21 621.60 = 71 351.28
  CHECK(bandeau(grids(), "employer.maladie", day("2025-06-01"), D("2000"), full(), false)->threshold_year == D("48648.6"));
  CHECK(bandeau(grids(), "employer.af", day("2025-06-01"), D("2000"), full(), false)->threshold_year == D("71351.28"));
  // 2026: abolished.
  auto none = bandeau(grids(), "employer.maladie", day("2026-06-01"), D("2000"), full(), false);
  REQUIRE(none);
  CHECK_FALSE(none->reduced);
}

TEST_CASE("réduction before the encoded range names the missing value") {
  auto r = reduction_generale(grids(), day("2019-06-01"), D("2000"), full(), 10, false);
  REQUIRE_FALSE(r);
  CHECK(r.error().kind == ErrorKind::MissingData);
  CHECK(r.error().message.find("employer.rg.formula") != std::string::npos);
}
