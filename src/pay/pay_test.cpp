// Tests of compute_pay's wiring of the gross and net layers: which gross, which status, and compare deltas of the
// net figures. The net figures are worked out in the comments (rates and PSS: see net_pay_test.cpp).
#include "pay.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"

#include "grid_loader.h"
#include "payslip_lines_for_tests.h"

using namespace revalo;

namespace {

const GridSet& grids() { return embedded_grids_for_tests(); }

Profile bad(const char* position, int seniority) {
  Profile p;
  p.convention = "bad";
  p.position = position;
  p.seniority = Decimal::from_int(seniority);
  return p;
}

Profile declared(const char* gross, const char* status) {
  Profile p;
  p.gross = Decimal::parse(gross);
  p.status = status;
  return p;
}

std::string fig(const NetFigure& f) { return f.amount ? f.amount->str(2) : "none"; }

}  // namespace

TEST_CASE("a BAD payslip gets the net layer as a non-cadre private employee") {
  // employe.2.1, 7 years, 2024-03-01: gross 344 × 5.77 = 1 984.88 + ECR ancienneté 2 % = 39.6976 → 39.70; 2 024.58.
  // PSS 3 864 → T1 = 2 024.58, no T2:
  //   vieillesse plafonnée 2 024.58 × 6.90 % = 139.69602 → 139.70; déplafonnée × 0.40 % = 8.09832 → 8.10
  //   AGIRC-ARRCO T1 × 3.15 % = 63.77427 → 63.77; CEG T1 × 0.86 % = 17.411388 → 17.41
  //   BAD prévoyance (avenant 55, from 2023-06-01) on min(gross, 4 PSS) = 2 024.58: employee 1.57 % = 31.785906
  //     → 31.79; employer 3.61 % = 73.087338 → 73.09 (enters the CSG base)
  //   CSG/CRDS base = 2 024.58 × 98.25 % + 73.09 = 2 062.23985: × 6.80 % = 140.2323 → 140.23;
  //     × 2.40 % = 49.49376 → 49.49; × 0.50 % = 10.31120 → 10.31
  //   retenues = 139.70 + 8.10 + 63.77 + 17.41 + 31.79 + 140.23 + 49.49 + 10.31 = 460.80; net avant impôt = 1 563.78
  //   net imposable = 1 563.78 + 49.49 + 10.31 = 1 623.58; taux neutre 2024: 1 591 ≤ x < 1 653 → 0.5 %:
  //   8.1179 → 8.12; net payé = 1 563.78 − 8.12 = 1 555.66; MNS 2024 = 2 024.58 − 460.80 = 1 563.78
  auto s = compute_pay(grids(), bad("employe.2.1", 7), *Date::parse("2024-03-01"));
  REQUIRE(s);
  CHECK(s->gross.str(2) == "2024.58");
  CHECK(s->status == "prive");
  CHECK_FALSE(s->status_note.empty());
  REQUIRE(s->net);
  CHECK(line_amount(*s, "old_age_capped") == "139.70");
  CHECK(line_amount(*s, "prevoyance_employee") == "31.79");
  CHECK(line_amount(*s, "prevoyance_employer") == "73.09");
  CHECK(line_amount(*s, "crds") == "10.31");
  CHECK(fig(s->net->net_before_tax) == "1563.78");
  CHECK(fig(s->net->net_taxable) == "1623.58");
  CHECK(fig(s->net->income_tax) == "8.12");
  CHECK(fig(s->net->net_paid) == "1555.66");
  CHECK(fig(s->net->net_social) == "1563.78");
  CHECK(line_amount(*s, "apec") == "absent");
}

TEST_CASE("BAD cadre positions are prive-cadre: APEC is due") {
  // support.cadre.1.2, 0 years, 2024-03-01: 507 × 5.77 = 2 925.39 (no ECR ancienneté at 0 years), below the PSS
  // of 3 864 (no T2, no CET). APEC = 2 925.39 × 0.024 % = 0.70209… → 0.70.
  auto s = compute_pay(grids(), bad("support.cadre.1.2", 0), *Date::parse("2024-03-01"));
  REQUIRE(s);
  CHECK(s->gross.str(2) == "2925.39");
  CHECK(s->status == "prive-cadre");
  CHECK(line_amount(*s, "apec") == "0.70");
  // Old classification: categories F to I are cadre jobs (old art. III.3).
  auto old = compute_pay(grids(), bad("G", 3), *Date::parse("2021-09-30"));
  REQUIRE(old);
  CHECK(old->status == "prive-cadre");
  auto employee = compute_pay(grids(), bad("C", 3), *Date::parse("2021-09-30"));
  REQUIRE(employee);
  CHECK(employee->status == "prive");
  // A status given for a convention overrides the derived one (within the private sector).
  Profile p = bad("employe.2.1", 7);
  p.status = "prive-cadre";
  auto forced = compute_pay(grids(), p, *Date::parse("2024-03-01"));
  REQUIRE(forced);
  CHECK(forced->status == "prive-cadre");
  CHECK(forced->status_note.empty());
}

TEST_CASE("a declared gross needs a status and no convention") {
  auto s = compute_pay(grids(), declared("2000", "prive"), *Date::parse("2026-06-01"));
  REQUIRE(s);
  CHECK(s->lines.front().code == "declared_gross");
  CHECK(s->convention.empty());
  CHECK(fig(s->net->net_paid) == "1574.99");  // worked out in net_pay_test.cpp (non-cadre at 2 000 € in 2026-06)

  auto no_status = compute_pay(grids(), declared("2000", ""), *Date::parse("2026-06-01"));
  REQUIRE_FALSE(no_status);
  CHECK(no_status.error().kind == ErrorKind::Usage);
  Profile both = declared("2000", "prive");
  both.convention = "bad";
  REQUIRE_FALSE(compute_pay(grids(), both, *Date::parse("2026-06-01")));
  auto unknown = compute_pay(grids(), declared("2000", "cadre"), *Date::parse("2026-06-01"));
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().kind == ErrorKind::Input);
  Profile public_bad = bad("employe.2.1", 7);
  public_bad.status = "public-titulaire";
  auto wrong = compute_pay(grids(), public_bad, *Date::parse("2024-03-01"));
  REQUIRE_FALSE(wrong);
  CHECK(wrong.error().kind == ErrorKind::Input);
}

TEST_CASE("compare gives the delta of each net figure, none where a side lacks it") {
  // 2 000 € non-cadre on 2021-06-01 vs 2026-06-01: same contributions (T1 = 2 000 under both PSS), so the net before
  // tax and the net imposable are equal (1 583.19 and 1 640.18). The PAS differs: 2021 taux neutre 1 570 ≤ 1 640.18
  // < 1 676 → 2.1 %: 34.44378 → 34.44; 2026: 0.5 % → 8.20. Net payé 1 548.75 → 1 574.99: +26.24. No MNS in 2021.
  auto c = compute_compare(grids(), declared("2000", "prive"), *Date::parse("2021-06-01"), *Date::parse("2026-06-01"));
  REQUIRE(c);
  REQUIRE(c->delta_net.size() == 5);
  CHECK(c->delta_net[0]->str(2) == "0.00");   // net_before_tax
  CHECK(c->delta_net[1]->str(2) == "0.00");   // net_taxable
  CHECK_FALSE(c->delta_net[2]);               // net_social: none in 2021
  CHECK(c->delta_net[3]->str(2) == "-26.24");  // income_tax
  CHECK(c->delta_net[4]->str(2) == "26.24");   // net_paid
}

TEST_CASE("lines new after are paired after the last line of their kind, before the income tax") {
  // 3 500 € is under the 2026 PSS (4 005) but over the 2021 PSS (3 428): the 2021 side has T2 lines and the CET,
  // which the 2026 side lacks. Compared 2026 → 2021, they are placed among the deductions, before the income tax.
  auto c = compute_compare(grids(), declared("3500", "prive"), *Date::parse("2026-06-01"), *Date::parse("2021-06-01"));
  REQUIRE(c);
  std::vector<std::string> codes;
  for (const auto& p : pair_lines(*c)) codes.emplace_back(p.code);
  CHECK(codes == std::vector<std::string>{"declared_gross", "old_age_capped", "old_age_uncapped", "agirc_arrco_t1",
                                          "ceg_t1", "csg_deductible", "csg_non_deductible", "crds", "agirc_arrco_t2",
                                          "ceg_t2", "cet", "income_tax"});
}
