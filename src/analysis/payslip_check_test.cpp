// Tests of payslip_check: the statuses (OK within one cent, differs, missing, unexpected), base and rate compared at
// their printed precision, which lines are checked, the payslip order, and the texts applied to a BAD payslip.
#include "payslip_check.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"

using namespace revalo;

namespace {

Decimal dec(const char* s) { return *Decimal::parse(s); }

PayLine line(const char* code, LineKind kind, const char* amount) {
  PayLine l;
  l.code = code;
  l.label = std::string("attendu ") + code;
  l.kind = kind;
  l.amount = dec(amount);
  l.formula = std::string("formule ") + code;
  return l;
}

PrintedLine printed(const char* code, LineKind kind, const char* amount) {
  PrintedLine l;
  l.code = code;
  l.kind = kind;
  l.amount = dec(amount);
  return l;
}

// Expected: base 1 000.00 (coefficient 200 × 5.00), ecr_diploma 55.00; deductions crds 5.00, income_tax 10.00;
// info health_insurance_employer 20.00.
Payslip expected() {
  Payslip s;
  PayLine base = line("base", LineKind::Earning, "1000.00");
  base.base = dec("200");
  base.base_unit = "coefficient";
  base.rate = dec("5.00");
  base.rate_unit = "EUR/point";
  s.lines = {base, line("ecr_diploma", LineKind::Earning, "55.00"), line("crds", LineKind::Deduction, "5.00"),
             line("income_tax", LineKind::Deduction, "10.00"),
             line("health_insurance_employer", LineKind::Info, "20.00")};
  s.gross = dec("1055.00");
  return s;
}

const CheckRow* row(const CheckReport& r, const std::string& code) {
  for (const auto& x : r.rows)
    if (x.code == code) return &x;
  return nullptr;
}

}  // namespace

TEST_CASE("check: one cent of tolerance per line") {
  PayslipFile f;
  f.lines = {printed("base", LineKind::Earning, "1000.01"), printed("ecr_diploma", LineKind::Earning, "54.98")};
  auto r = compare_payslip(f, expected());
  CHECK(row(r, "base")->status == CheckStatus::Ok);  // 0.01 off: rounding
  CHECK(row(r, "base")->difference()->str(2) == "0.01");
  CHECK(row(r, "ecr_diploma")->status == CheckStatus::Differs);  // 0.02 off
  CHECK(row(r, "ecr_diploma")->difference()->str(2) == "-0.02");
  CHECK(row(r, "ecr_diploma")->formula == "formule ecr_diploma");
  CHECK_FALSE(r.matches());
}

TEST_CASE("check: base and rate match when printed as the expected value rounded") {
  PayslipFile f;
  PrintedLine b = printed("base", LineKind::Earning, "1000.00");
  b.base = dec("200");
  b.rate = dec("5");  // 5.00 rounded to two decimals
  f.lines = {b, printed("ecr_diploma", LineKind::Earning, "55.00")};
  auto r = compare_payslip(f, expected());
  CHECK(r.matches());
  // A wrong coefficient with the right amount still differs.
  f.lines[0].base = dec("201");
  r = compare_payslip(f, expected());
  CHECK(row(r, "base")->status == CheckStatus::Differs);
  CHECK(row(r, "base")->base_differs);
  CHECK_FALSE(row(r, "base")->rate_differs);
  // A rounded CSG base: 1 959.0657 printed 1959.07 (2 decimals) is right, 1959.06 is not.
  Payslip e;
  PayLine csg = line("csg_deductible", LineKind::Deduction, "133.22");
  csg.base = dec("1959.0657");
  csg.base_unit = "EUR";
  e.lines = {csg};
  PayslipFile g;
  PrintedLine c = printed("csg_deductible", LineKind::Deduction, "133.22");
  c.base = dec("1959.07");
  c.base_decimals = 2;
  g.lines = {c};
  CHECK(compare_payslip(g, e).matches());
  g.lines[0].base = dec("1959.06");
  CHECK(row(compare_payslip(g, e), "csg_deductible")->base_differs);
}

TEST_CASE("check: missing, unexpected, and the deductions checked only when the payslip gives some") {
  PayslipFile f;
  f.lines = {printed("base", LineKind::Earning, "1000.00"), printed("segur_allowance", LineKind::Earning, "238.00")};
  f.totals = {{"gross", dec("1238.00")}};
  auto r = compare_payslip(f, expected());
  CHECK_FALSE(r.deductions_checked);
  // Rows in payslip order: earnings (the unexpected one after the last earning), then the gross; no deduction.
  std::vector<std::string> codes;
  for (const auto& x : r.rows) codes.push_back(x.code + ":" + check_status_key(x.status));
  CHECK(codes == std::vector<std::string>{"base:ok", "ecr_diploma:missing", "segur_allowance:unexpected",
                                          "gross:differs"});
  CHECK_FALSE(row(r, "segur_allowance")->expected);
  CHECK(row(r, "gross")->difference()->str(2) == "183.00");  // 1 238.00 − 1 055.00
  CHECK(row(r, "gross")->formula == "somme des gains attendus : 1 000,00 + 55,00 = 1 055,00 €");
  CHECK(r.count(CheckStatus::Missing) == 1);
  // With one deduction printed, the others are missing; the information line is never missing.
  f.lines.push_back(printed("crds", LineKind::Deduction, "5.00"));
  r = compare_payslip(f, expected());
  CHECK(r.deductions_checked);
  CHECK(row(r, "income_tax")->status == CheckStatus::Missing);
  CHECK(row(r, "health_insurance_employer") == nullptr);
  // A net figure the texts do not give (no net computed) is unexpected.
  f.totals.push_back({"net_social", dec("900.00")});
  r = compare_payslip(f, expected());
  CHECK(row(r, "net_social")->status == CheckStatus::Unexpected);
  CHECK(r.rows.back().code == "net_social");
}

// Employé degré 2 échelon 1 of the BAD, 7 years, diploma level 3, March 2022 (point 5.51 from 2022-01-01,
// coefficient 344, avenant 51-2022): base 344 × 5.51 = 1 895.44; ECR diplôme 11 × 5.51 = 60.61; ECR ancienneté
// 2 % × 1 895.44 = 37.9088 → 37.91; gross 1 993.96. Printed on coefficient 340: 340 × 5.51 = 1 873.40.
TEST_CASE("check: a BAD payslip on a wrong coefficient, against the embedded grids") {
  PayslipFile f;
  f.date = *Date::from_ymd(2022, 3, 31);
  f.profile.convention = "bad";
  f.profile.position = "employe.2.1";
  f.profile.seniority = dec("7");
  f.profile.extra["diploma_level"] = 3;
  PrintedLine b = printed("base", LineKind::Earning, "1873.40");
  b.base = dec("340");
  f.lines = {b, printed("ecr_diploma", LineKind::Earning, "60.61"),
             printed("ecr_seniority", LineKind::Earning, "37.91")};
  f.totals = {{"gross", dec("1971.92")}};
  auto r = check_payslip(embedded_grids_for_tests(), f);
  REQUIRE(r.ok());
  const CheckRow* base = row(*r, "base");
  CHECK(base->status == CheckStatus::Differs);
  CHECK(base->expected->str(2) == "1895.44");
  CHECK(base->difference()->str(2) == "-22.04");
  CHECK(base->base_differs);
  CHECK(base->expected_base->str() == "344");
  REQUIRE(base->sources.size() == 2);
  CHECK(base->sources[0].param == "bad.a43.coefficient");
  CHECK(base->sources[1].param == "bad.point");
  CHECK(row(*r, "ecr_diploma")->status == CheckStatus::Ok);
  CHECK(row(*r, "ecr_seniority")->status == CheckStatus::Ok);
  CHECK(row(*r, "gross")->expected->str(2) == "1993.96");
  // No value changes within March 2022 for this profile: only the payslip's own warnings.
  CHECK(r->warnings == r->expected.warnings);
}

// Hired 2017-03-15: the 2 % step opens on 2022-03-16; on 2022-03-01 the ECR ancienneté is not due.
TEST_CASE("check: a value that changes within the month is warned about") {
  PayslipFile f;
  f.date = *Date::from_ymd(2022, 3, 31);
  f.profile.convention = "bad";
  f.profile.position = "employe.2.1";
  f.profile.hired = Date::from_ymd(2017, 3, 15);
  f.lines = {printed("base", LineKind::Earning, "1895.44")};
  auto r = check_payslip(embedded_grids_for_tests(), f);
  REQUIRE(r.ok());
  REQUIRE_FALSE(r->warnings.empty());
  CHECK(r->warnings.back().find("ecr_seniority absent → 37,91 €") != std::string::npos);
  CHECK(r->warnings.back().find("vérifiée au 2022-03-31 (dernier jour du mois)") != std::string::npos);
}
