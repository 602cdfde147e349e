// Tests of the apprentices' exemption and of the cadres' employer prévoyance in the gross → net layer, on the embedded
// grids. Apprentices: C. trav. L6243-2 and D6243-5 (the part of pay up to 79 % of the monthly SMIC for contracts
// signed before 2025-03-01, 50 % from then, is exempt from employee contributions; CSG/CRDS: none before, above 50 %
// after, CSS L136-1-1). Cadres: 1.50 % of T1 paid by the employer (ANI du 17 novembre 2017), in the CSG base.
#include "net_pay.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"

using namespace revalo;

namespace {

const GridSet& grids() { return embedded_grids_for_tests(); }
Decimal D(const char* text) { return *Decimal::parse(text); }
Date day(const char* text) { return *Date::parse(text); }

Payslip gross(const char* amount) {
  Payslip s;
  PayLine l;
  l.code = "declared_gross";
  l.amount = D(amount);
  s.gross = l.amount;
  s.lines.push_back(l);
  return s;
}

std::string amount(const NetLayer& n, const std::string& code) {
  for (const auto& l : n.lines)
    if (l.code == code) return l.amount.str(2);
  return "absent";
}

}  // namespace

TEST_CASE("apprentice, contract signed from 2025-03-01: exempt up to 50 % of the SMIC, CSG above it") {
  // 1 200 € on 2025-06-01, SMIC 1 801.80: exempt part 900.90; assiette 299.10 (the BOSS example: base 299 €).
  //   vieillesse plafonnée 299.10 × 6.90 % = 20.6379 → 20.64; déplafonnée × 0.40 % = 1.1964 → 1.20
  //   AGIRC-ARRCO T1 × 3.15 % = 9.42165 → 9.42; CEG T1 × 0.86 % = 2.57226 → 2.57
  //   CSG base 98.25 % × 299.10 = 293.86575: 6.80 % = 19.982871 → 19.98; 2.40 % = 7.052778 → 7.05;
  //   CRDS 0.50 % = 1.46932875 → 1.47
  //   retenues 20.64 + 1.20 + 9.42 + 2.57 + 19.98 + 7.05 + 1.47 = 62.33; net à payer 1 137.67
  NetInputs in;
  in.apprentice = true;
  in.contract_start = day("2025-04-01");
  auto n = compute_net(grids(), gross("1200"), day("2025-06-01"), in);
  REQUIRE(n);
  CHECK(amount(*n, "old_age_capped") == "20.64");
  CHECK(amount(*n, "old_age_uncapped") == "1.20");
  CHECK(amount(*n, "agirc_arrco_t1") == "9.42");
  CHECK(amount(*n, "ceg_t1") == "2.57");
  CHECK(amount(*n, "csg_deductible") == "19.98");
  CHECK(amount(*n, "csg_non_deductible") == "7.05");
  CHECK(amount(*n, "crds") == "1.47");
  CHECK(n->figures.net_before_tax.amount->str(2) == "1137.67");
}

TEST_CASE("apprentice, contract signed before 2025-03-01: exempt up to 79 % of the SMIC, no CSG/CRDS") {
  // 1 500 € on 2025-06-01: exempt part 79 % × 1 801.80 = 1 423.422; assiette 76.578:
  //   vieillesse plafonnée 76.578 × 6.90 % = 5.283882 → 5.28; déplafonnée × 0.40 % = 0.306312 → 0.31
  //   AGIRC-ARRCO T1 × 3.15 % = 2.412207 → 2.41; CEG T1 × 0.86 % = 0.6585708 → 0.66; no CSG, no CRDS
  //   retenues 5.28 + 0.31 + 2.41 + 0.66 = 8.66; net à payer 1 491.34
  NetInputs in;
  in.apprentice = true;
  in.contract_start = day("2025-02-15");
  auto n = compute_net(grids(), gross("1500"), day("2025-06-01"), in);
  REQUIRE(n);
  CHECK(amount(*n, "old_age_capped") == "5.28");
  CHECK(amount(*n, "old_age_uncapped") == "0.31");
  CHECK(amount(*n, "agirc_arrco_t1") == "2.41");
  CHECK(amount(*n, "ceg_t1") == "0.66");
  CHECK(amount(*n, "csg_deductible") == "absent");
  CHECK(amount(*n, "crds") == "absent");
  CHECK(n->figures.net_before_tax.amount->str(2) == "1491.34");
  CHECK(n->warnings.size() == 1);  // the income-tax exemption is not deducted; the contract date was given
  // Without the contract date: the pay date's rule (50 %), and a warning says so.
  in.contract_start.reset();
  auto w = compute_net(grids(), gross("1500"), day("2025-06-01"), in);
  REQUIRE(w);
  CHECK(w->warnings.size() == 2);
  CHECK(amount(*w, "csg_deductible") != "absent");
}

TEST_CASE("apprentice cadre: APEC and prévoyance are not exempt") {
  // 1 000 € on 2025-06-01, contract of 2025-02-15 (79 %): APEC 1 000 × 0.024 % = 0.24; cadre prévoyance (employer)
  // 1 000 × 1.50 % = 15.00; nothing else is due.
  NetInputs in;
  in.status = Status::PriveCadre;
  in.apprentice = true;
  in.contract_start = day("2025-02-15");
  auto n = compute_net(grids(), gross("1000"), day("2025-06-01"), in);
  REQUIRE(n);
  CHECK(amount(*n, "apec") == "0.24");
  CHECK(amount(*n, "prevoyance_employer") == "15.00");
  CHECK(n->figures.net_before_tax.amount->str(2) == "999.76");
}

TEST_CASE("cadre: the employer's 1.50 % of T1 enters the CSG base, not the net imposable") {
  // 5 000 € on 2026-06-01, PSS 4 005: T1 4 005 → 1.50 % = 60.075 → 60.08.
  // CSG base = 98.25 % × 5 000 + 60.08 = 4 912.50 + 60.08 = 4 972.58: CSG déductible 6.80 % = 338.13544 → 338.14.
  NetInputs in;
  in.status = Status::PriveCadre;
  auto n = compute_net(grids(), gross("5000"), day("2026-06-01"), in);
  REQUIRE(n);
  CHECK(amount(*n, "prevoyance_employer") == "60.08");
  CHECK(amount(*n, "csg_deductible") == "338.14");
  const auto& f = n->figures;
  // net imposable = net à payer + CSG non déductible + CRDS only.
  CHECK(*f.net_taxable.amount == *f.net_before_tax.amount + D(amount(*n, "csg_non_deductible").c_str()) +
                                     D(amount(*n, "crds").c_str()));
  // Given by the user (even 0), it replaces the default.
  in.prevoyance_employer_given = true;
  auto z = compute_net(grids(), gross("5000"), day("2026-06-01"), in);
  REQUIRE(z);
  CHECK(amount(*z, "prevoyance_employer") == "absent");
  // A non-cadre has none.
  in = NetInputs{};
  auto p = compute_net(grids(), gross("5000"), day("2026-06-01"), in);
  REQUIRE(p);
  CHECK(amount(*p, "prevoyance_employer") == "absent");
}
