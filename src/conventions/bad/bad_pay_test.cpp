// Tests of the BAD gross pay on the embedded grids; every expected figure is worked out in the comment above it.
#include "bad_pay.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"

#include "grid_loader.h"

using namespace revalo;

namespace {

const GridSet& grids() { return embedded_grids_for_tests(); }

Profile profile(const char* position, const char* seniority) {
  Profile p;
  p.convention = "bad";
  p.position = position;
  p.seniority = Decimal::parse(seniority);
  return p;
}

Decimal amount(const Payslip& s, const std::string& code) {
  for (const auto& l : s.lines)
    if (l.code == code) return l.amount;
  return Decimal::from_int(-1);
}

}  // namespace

TEST_CASE("positions parse with or without filière") {
  auto p = parse_a43_position("support.tam.1.3");
  REQUIRE(p);
  CHECK(p->key() == "tam.1.3");
  CHECK(p->filiere == "support");
  CHECK(parse_a43_position("employe.2.1")->key() == "employe.2.1");
  CHECK_FALSE(parse_a43_position("employe.3.1"));
  CHECK_FALSE(parse_a43_position("chef.1.1"));
  CHECK(parse_a43_position("cadre.2")->echelon == 0);
  CHECK(is_old_category("C"));
  CHECK_FALSE(is_old_category("J"));
}

TEST_CASE("old grid: point × coefficient of the seniority year (acceptance: C, 0 years, 2021-09-30)") {
  // 296 × 5.50 = 1 628.00 (art. III.9, avenant 44-2020)
  auto s = compute_bad_pay(grids(), profile("C", "0"), *Date::parse("2021-09-30"), "");
  REQUIRE(s);
  CHECK(s->gross.str(2) == "1628.00");
  CHECK(s->classification == "old");
}

TEST_CASE("avenant 43 with ECR and the SMIC floor") {
  // Employé 1.1 on 2023-06-01: 291 × 5.77 = 1 679.07; SMIC 1 747.20 → differential 68.13; gross 1 747.20.
  auto s = compute_bad_pay(grids(), profile("employe.1.1", "0"), *Date::parse("2023-06-01"), "");
  REQUIRE(s);
  CHECK(amount(*s, "base").str(2) == "1679.07");
  CHECK(amount(*s, "smic_differential").str(2) == "68.13");
  CHECK(s->gross.str(2) == "1747.20");
}

TEST_CASE("the reclassification allowance enters the floor and the seniority base from 2022-08-01") {
  // Employé 1.1, 6 years, 2022-09-01: base 291 × 5.77 = 1 679.07; IDR 50.00 → base + IDR = 1 729.07 >
  // SMIC 2022-08-01 1 678.95: no differential. ECR ancienneté 2 % × max(1 729.07, 1 678.95) = 34.5814 → 34.58.
  Profile p = profile("employe.1.1", "6");
  p.extra["idr"] = Decimal::from_int(50);
  auto s = compute_bad_pay(grids(), p, *Date::parse("2022-09-01"), "");
  REQUIRE(s);
  CHECK(amount(*s, "smic_differential").str() == "-1");
  CHECK(amount(*s, "reclassification_allowance").str(2) == "50.00");
  CHECK(amount(*s, "ecr_seniority").str(2) == "34.58");
  CHECK(s->gross.str(2) == "1763.65");
}

TEST_CASE("a position asked where no grid is encoded is missing data") {
  auto s = compute_bad_pay(grids(), profile("C", "3"), *Date::parse("2012-06-01"), "");
  REQUIRE_FALSE(s);
  CHECK(s.error().kind == ErrorKind::MissingData);
}
