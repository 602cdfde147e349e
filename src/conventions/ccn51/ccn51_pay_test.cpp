// Tests of the CCN 51 gross pay on the embedded grids; every expected figure is worked out in the comment above it.
#include "ccn51_pay.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"

using namespace revalo;

namespace {

const GridSet& grids() { return embedded_grids_for_tests(); }

Profile profile(const char* job, const char* structure, const char* seniority) {
  Profile p;
  p.convention = "ccn51";
  p.job = job;
  p.structure_type = structure;
  p.seniority = Decimal::parse(seniority);
  return p;
}

const PayLine* line(const Payslip& s, const std::string& code) {
  for (const auto& l : s.lines)
    if (l.code == code) return &l;
  return nullptr;
}

Decimal amount(const Payslip& s, const std::string& code) {
  const PayLine* l = line(s, code);
  return l ? l->amount : Decimal::from_int(-1);
}

Decimal dec(const char* text) { return *Decimal::parse(text); }

}  // namespace

TEST_CASE("année d'exercice: completed years + reprise, whole, + 1") {
  Profile p;
  p.seniority = dec("10");
  CHECK(*ccn51_annee_exercice(p, *Date::parse("2021-06-01")) == 11);
  // 2.5 years + a reprise of 1.6 years = 4.1 → 4 whole years → année 5.
  p.seniority = dec("2.5");
  p.extra["reprise"] = dec("1.6");
  CHECK(*ccn51_annee_exercice(p, *Date::parse("2021-06-01")) == 5);
  // Hired 2019-03-01: 2 completed years on 2021-06-01 → année 3.
  Profile h;
  h.hired = Date::parse("2019-03-01");
  CHECK(*ccn51_annee_exercice(h, *Date::parse("2021-06-01")) == 3);
  CHECK_FALSE(ccn51_annee_exercice(Profile{}, *Date::parse("2021-06-01")));
}

TEST_CASE("aide-soignant in an EHPAD, 10 years, 2021-06-01") {
  auto s = compute_ccn51_pay(RateSheet(grids(), *Date::parse("2021-06-01")), profile("aide-soignant", "ehpad", "10"));
  REQUIRE(s);
  // 376 × 4.447 = 1 672.072 → 1 672.07
  CHECK(amount(*s, "base") == dec("1672.07"));
  // année 11 → 10 %: 1 672.072 × 10 % = 167.2072 → 167.21
  CHECK(amount(*s, "seniority_bonus") == dec("167.21"));
  // + 11 points: 11 × 4.447 = 48.917 → 48.92
  CHECK(amount(*s, "functional_bonus") == dec("48.92"));
  CHECK(line(*s, "smc_guarantee") == nullptr);  // 1 672.07 > SMIC 1 554.58
  // 1 672.07 + 167.21 + 48.92 = 1 888.20 (the Ségur line is added by pay/)
  CHECK(s->gross == dec("1888.20"));
  CHECK_FALSE(line(*s, "base")->uncertain);
}

TEST_CASE("the 34 % cap from année 35 on, and the table rows between") {
  // 40 years → année 41 → 34 %: 1 672.072 × 34 % = 568.50448 → 568.50
  auto s = compute_ccn51_pay(RateSheet(grids(), *Date::parse("2021-06-01")), profile("aide-soignant", "hopital", "40"));
  REQUIRE(s);
  CHECK(line(*s, "seniority_bonus")->rate == dec("34"));
  CHECK(amount(*s, "seniority_bonus") == dec("568.50"));
  // 13 years → année 14 → 12 % (the table stays at 12 % in years 13 and 14).
  auto t = compute_ccn51_pay(RateSheet(grids(), *Date::parse("2021-06-01")), profile("aide-soignant", "hopital", "13"));
  REQUIRE(t);
  CHECK(line(*t, "seniority_bonus")->rate == dec("12"));
  // 0 years → année 1 → 0 %: no line.
  auto u = compute_ccn51_pay(RateSheet(grids(), *Date::parse("2021-06-01")), profile("aide-soignant", "hopital", "0"));
  REQUIRE(u);
  CHECK(line(*u, "seniority_bonus") == nullptr);
}

TEST_CASE("AES in a MAS at the SMIC floor, part time") {
  Profile p = profile("accompagnant-educatif-et-social", "mas", "2");
  p.fte = dec("0.8");
  auto s = compute_ccn51_pay(RateSheet(grids(), *Date::parse("2022-01-01")), p);
  REQUIRE(s);
  // 351 × 4.447 = 1 560.897; × 0.8 = 1 248.7176 → 1 248.72
  CHECK(amount(*s, "base") == dec("1248.72"));
  // SMIC 1 603.12 − 1 560.897 = 42.223; × 0.8 = 33.7784 → 33.78
  CHECK(amount(*s, "smc_guarantee") == dec("33.78"));
  // année 3 → 2 % of (1 560.897 + 42.223) × 0.8 = 1 282.496 → 25.64992 → 25.65
  CHECK(amount(*s, "seniority_bonus") == dec("25.65"));
  // 11 × 4.447 × 0.8 = 39.1336 → 39.13, prorated by an uncertain rule
  CHECK(amount(*s, "functional_bonus") == dec("39.13"));
  CHECK(line(*s, "functional_bonus")->uncertain);
}

TEST_CASE("a point value from 2022-11 on is uncertain; the other chain on request") {
  auto s = compute_ccn51_pay(RateSheet(grids(), *Date::parse("2023-03-01")), profile("infirmier", "hopital", "0"));
  REQUIRE(s);
  CHECK(line(*s, "base")->uncertain);
  // 477 × 4.447 = 2 121.219 → 2 121.22
  CHECK(amount(*s, "base") == dec("2121.22"));
  Profile p = profile("infirmier", "hopital", "0");
  p.extra["point_source"] = std::string("jourdepaye");
  // 477 × 4.568 = 2 178.936 → 2 178.94
  auto t = compute_ccn51_pay(RateSheet(grids(), *Date::parse("2026-02-01")), p);
  REQUIRE(t);
  CHECK(amount(*t, "base") == dec("2178.94"));
  // Before 2025-07-01 the other chain has no value: the agreed texts' one is used.
  auto u = compute_ccn51_pay(RateSheet(grids(), *Date::parse("2024-02-01")), p);
  REQUIRE(u);
  CHECK(amount(*u, "base") == dec("2121.22"));
}

TEST_CASE("cadre: complément technicité in the seniority base") {
  Profile p = profile("cadre-infirmier", "hopital", "10");
  p.extra["cadre_since"] = *Date::parse("2011-09-01");
  auto s = compute_ccn51_pay(RateSheet(grids(), *Date::parse("2021-06-01")), p);
  REQUIRE(s);
  // 590 × 4.447 = 2 623.73 (exact)
  CHECK(amount(*s, "base") == dec("2623.73"));
  // cadre since 2011-09-01: 9 completed years on 2021-06-01 → 10th year → confirmé 10 %: 262.373 → 262.37
  CHECK(amount(*s, "technicity_supplement") == dec("262.37"));
  // année 11 → 10 % of (2 623.73 + 262.373) = 2 886.103 → 288.6103 → 288.61
  CHECK(amount(*s, "seniority_bonus") == dec("288.61"));
  CHECK(line(*s, "technicity_supplement")->uncertain);  // how the years count is U
}

TEST_CASE("compléments, abattement, nights and Sundays, prime décentralisée") {
  Profile p = profile("moniteur-educateur", "residence-autonomie", "0");
  p.extra["prime_decentralisee"] = dec("50");
  p.extra["nights"] = 2;
  p.extra["sunday_hours"] = dec("7");
  auto s = compute_ccn51_pay(RateSheet(grids(), *Date::parse("2021-06-01")), p);
  REQUIRE(s);
  // (378 + 30 de droit) = 408 × 4.447 = 1 814.376 → 1 814.38
  CHECK(line(*s, "base")->base == dec("408"));
  CHECK(amount(*s, "base") == dec("1814.38"));
  // × 0.925 on the fixed lines: − 1 814.38 × 0.075 = − 136.0785 → − 136.08
  CHECK(amount(*s, "structure_abatement") == dec("-136.08"));
  // 2 nights × 1.03 × 4.447 = 9.16082 → 9.16; 7 h × 1.54 × 4.447 = 47.93866 → 47.94
  CHECK(amount(*s, "night_allowance") == dec("9.16"));
  CHECK(amount(*s, "sunday_holiday_allowance") == dec("47.94"));
  CHECK(amount(*s, "decentralized_bonus") == dec("50"));
  // 1 814.38 − 136.08 + 9.16 + 47.94 + 50 = 1 785.40
  CHECK(s->gross == dec("1785.40"));
}

TEST_CASE("bad inputs and values the texts leave open") {
  auto unknown = compute_ccn51_pay(RateSheet(grids(), *Date::parse("2021-06-01")), profile("aide-soigant", "ehpad", "1"));
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().message.find("aide-soignant") != std::string::npos);
  auto structure = compute_ccn51_pay(RateSheet(grids(), *Date::parse("2021-06-01")), profile("aide-soignant", "ehpadd", "1"));
  REQUIRE_FALSE(structure);
  CHECK(structure.error().message.find("ehpad") != std::string::npos);
  auto no_structure = compute_ccn51_pay(RateSheet(grids(), *Date::parse("2021-06-01")), profile("aide-soignant", "", "1"));
  REQUIRE_FALSE(no_structure);
  CHECK(no_structure.error().message.find("--structure") != std::string::npos);
  // A sage-femme's seniority base is not known: missing from her 2nd year.
  auto sf = compute_ccn51_pay(RateSheet(grids(), *Date::parse("2021-09-01")), profile("sage-femme", "hopital", "3"));
  REQUIRE_FALSE(sf);
  CHECK(sf.error().kind == ErrorKind::MissingData);
  // 590 × 4.447 in her first year.
  auto sf1 = compute_ccn51_pay(RateSheet(grids(), *Date::parse("2021-09-01")), profile("sage-femme", "hopital", "0"));
  REQUIRE(sf1);
  CHECK(amount(*sf1, "base") == dec("2623.73"));
  // Before 2020 no coefficient is encoded.
  auto early = compute_ccn51_pay(RateSheet(grids(), *Date::parse("2019-06-01")), profile("infirmier", "hopital", "1"));
  REQUIRE_FALSE(early);
  CHECK(early.error().kind == ErrorKind::MissingData);
}
