// Tests of the gross → net layer on the embedded grids. Every payslip is written out line by line in the comment
// above its checks: base × rate, rounded once to the cent, half away from zero (decimal.h). Rates are those of
// grids/net: vieillesse plafonnée 6.90 % (T1), déplafonnée 0.40 %, AGIRC-ARRCO 3.15 % (T1) /
// 8.64 % (T2), CEG 0.86 % / 1.08 %, CET 0.14 %, APEC 0.024 %, CSG 6.80 % + 2.40 %, CRDS 0.50 % on 98.25 % of the
// gross (up to 4 PSS) plus the employer health and prévoyance shares; CNRACL 11.10 %, RAFP 5 % (cap 20 % of the
// TIB); IRCANTEC 2.80 % (A) / 6.95 % (B). PSS: 3 428 (2020–2022), 3 666 (2023), 3 864 (2024), 4 005 (2026).
#include "net_pay.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"

#include "grid_loader.h"
#include "public_pay.h"

using namespace revalo;

namespace {

const GridSet& grids() { return embedded_grids_for_tests(); }

Decimal D(const char* text) { return *Decimal::parse(text); }
Date day(const char* text) { return *Date::parse(text); }

// A gross payslip of earning lines (code, amount).
Payslip gross_slip(std::initializer_list<std::pair<const char*, const char*>> lines) {
  Payslip s;
  for (const auto& [code, amount] : lines) {
    PayLine l;
    l.code = code;
    l.label = code;
    l.amount = D(amount);
    // As the public calculator tags them (public_lines.cpp, segur_pay.cpp): the CNRACL base.
    const std::string_view c = code;
    l.pension = c == "tib" ? PensionBase::Traitement : c == "nbi" || c == "cti" ? PensionBase::Indiciaire : PensionBase::None;
    s.gross += l.amount;
    s.lines.push_back(l);
  }
  return s;
}

NetInputs inputs(Status status) {
  NetInputs in;
  in.status = status;
  return in;
}

// Amount of the line `code` ("absent" when there is none).
std::string amount(const NetLayer& n, const std::string& code) {
  for (const auto& l : n.lines)
    if (l.code == code) return l.amount.str(2);
  return "absent";
}

std::vector<std::string> codes(const NetLayer& n) {
  std::vector<std::string> out;
  for (const auto& l : n.lines) out.emplace_back(l.code);
  return out;
}

std::string fig(const NetFigure& f) { return f.amount ? f.amount->str(2) : "none"; }

std::string rate(const GridSet& g, const char* x, const char* d) {
  auto r = taux_neutre(g, D(x), day(d));
  REQUIRE(r);
  return r->rate.str();
}

}  // namespace

TEST_CASE("non-cadre at 2 000 € on 2026-06-01: T1 only, no CET, taux neutre") {
  // PSS 4 005; T1 = min(2 000, 4 005) = 2 000; T2 = 0 (no T2 lines); 2 000 ≤ PSS → no CET; non-cadre → no APEC.
  //   vieillesse plafonnée   2 000 × 6.90 % = 138.00
  //   vieillesse déplafonnée 2 000 × 0.40 % =   8.00
  //   AGIRC-ARRCO T1         2 000 × 3.15 % =  63.00
  //   CEG T1                 2 000 × 0.86 % =  17.20
  //   CSG/CRDS base = 98.25 % × 2 000 = 1 965.00 (4 PSS = 16 020 not reached; no employer share)
  //   CSG déductible     1 965 × 6.80 % = 133.62
  //   CSG non déductible 1 965 × 2.40 % =  47.16
  //   CRDS               1 965 × 0.50 % =   9.825 → 9.83
  //   retenues = 138 + 8 + 63 + 17.20 + 133.62 + 47.16 + 9.83 = 416.81
  //   net à payer avant impôt = 2 000 − 416.81 = 1 583.19
  //   net imposable = 1 583.19 + 47.16 + 9.83 = 1 640.18
  //   taux neutre (grid from 2026-05-01): 1 635 ≤ 1 640.18 < 1 698 → 0.5 %; PAS = 1 640.18 × 0.5 % = 8.2009 → 8.20
  //   net payé = 1 583.19 − 8.20 = 1 574.99
  //   montant net social (rule mns_2024) = 2 000 − 416.81 = 1 583.19
  auto n = compute_net(grids(), gross_slip({{"declared_gross", "2000"}}), day("2026-06-01"), inputs(Status::Prive));
  REQUIRE(n);
  CHECK(codes(*n) == std::vector<std::string>{"old_age_capped", "old_age_uncapped", "agirc_arrco_t1", "ceg_t1",
                                              "csg_deductible", "csg_non_deductible", "crds", "income_tax"});
  CHECK(amount(*n, "old_age_capped") == "138.00");
  CHECK(amount(*n, "old_age_uncapped") == "8.00");
  CHECK(amount(*n, "agirc_arrco_t1") == "63.00");
  CHECK(amount(*n, "ceg_t1") == "17.20");
  CHECK(amount(*n, "csg_deductible") == "133.62");
  CHECK(amount(*n, "csg_non_deductible") == "47.16");
  CHECK(amount(*n, "crds") == "9.83");
  CHECK(n->figures.pss.str(2) == "4005.00");
  CHECK(fig(n->figures.net_before_tax) == "1583.19");
  CHECK(fig(n->figures.net_taxable) == "1640.18");
  CHECK(fig(n->figures.income_tax) == "8.20");
  CHECK(fig(n->figures.net_paid) == "1574.99");
  CHECK(fig(n->figures.net_social) == "1583.19");
  CHECK(n->figures.net_social_rule == "mns_2024");
  for (const auto& l : n->lines) CHECK(l.kind == LineKind::Deduction);
}

TEST_CASE("mutuelle: the employee share is deducted, the employer share enters the CSG base and the net imposable") {
  // Same as above with mutuelle 20 € employee + 20 € employer (the example), 2026-06-01:
  //   138.00, 8.00, 63.00, 17.20 as above; complémentaire santé salariale 20.00
  //   CSG/CRDS base = 1 965.00 + 20 (employer health, at 100 %) = 1 985.00
  //   CSG déductible 1 985 × 6.80 % = 134.98; non déductible 1 985 × 2.40 % = 47.64; CRDS 1 985 × 0.50 % = 9.925 → 9.93
  //   retenues = 138 + 8 + 63 + 17.20 + 20 + 134.98 + 47.64 + 9.93 = 438.75; net avant impôt = 1 561.25
  //   net imposable = 1 561.25 + 47.64 + 9.93 + 20 (employer health share, taxable) = 1 638.82
  //   PAS 0.5 % (1 635 ≤ 1 638.82 < 1 698): 8.1941 → 8.19; net payé = 1 561.25 − 8.19 = 1 553.06
  //   MNS 2024 = 2 000 − 418.75 (compulsory: 438.75 − 20) − 20 (health, employee) = 1 561.25
  auto in = inputs(Status::Prive);
  in.health_employee = D("20");
  in.health_employer = D("20");
  auto n = compute_net(grids(), gross_slip({{"declared_gross", "2000"}}), day("2026-06-01"), in);
  REQUIRE(n);
  CHECK(amount(*n, "health_insurance_employee") == "20.00");
  CHECK(amount(*n, "csg_deductible") == "134.98");
  CHECK(amount(*n, "csg_non_deductible") == "47.64");
  CHECK(amount(*n, "crds") == "9.93");
  CHECK(fig(n->figures.net_before_tax) == "1561.25");
  CHECK(fig(n->figures.net_taxable) == "1638.82");
  CHECK(fig(n->figures.income_tax) == "8.19");
  CHECK(fig(n->figures.net_paid) == "1553.06");
  CHECK(fig(n->figures.net_social) == "1561.25");
  for (const auto& l : n->lines)
    if (l.code == "health_insurance_employer") CHECK(l.kind == LineKind::Info);
}

TEST_CASE("cadre above 1 PSS: T2, CET on the whole gross, APEC; employer prévoyance in the CSG base") {
  // Cadre at 5 000 € on 2026-06-01, mutuelle 30 € employee + 30 € employer, employer prévoyance 60 €.
  // PSS 4 005: T1 = 4 005; T2 = min(5 000 − 4 005, 7 × 4 005) = 995.
  //   vieillesse plafonnée   4 005 × 6.90 % = 276.345 → 276.35
  //   vieillesse déplafonnée 5 000 × 0.40 % =  20.00
  //   AGIRC-ARRCO T1 4 005 × 3.15 % = 126.1575 → 126.16;  T2 995 × 8.64 % = 85.968 → 85.97
  //   CEG T1 4 005 × 0.86 % = 34.443 → 34.44;               T2 995 × 1.08 % = 10.746 → 10.75
  //   CET: 5 000 > 4 005, base = min(5 000, 8 × 4 005) = 5 000 × 0.14 % = 7.00
  //   APEC: base = min(5 000, 4 × 4 005 = 16 020) = 5 000 × 0.024 % = 1.20
  //   complémentaire santé salariale 30.00
  //   CSG/CRDS base = 98.25 % × 5 000 + 30 + 60 = 4 912.50 + 90 = 5 002.50
  //   CSG déductible 5 002.50 × 6.80 % = 340.17; non déductible × 2.40 % = 120.06; CRDS × 0.50 % = 25.0125 → 25.01
  //   retenues = 276.35 + 20 + 126.16 + 85.97 + 34.44 + 10.75 + 7 + 1.20 + 30 + 340.17 + 120.06 + 25.01 = 1 077.11
  //   net avant impôt = 5 000 − 1 077.11 = 3 922.89
  //   net imposable = 3 922.89 + 120.06 + 25.01 + 30 = 4 097.96
  //   taux neutre: 4 019 ≤ 4 097.96 < 4 690 → 13.8 %; PAS = 565.51848 → 565.52; net payé = 3 357.37
  //   MNS 2024 = 5 000 − 1 047.11 (compulsory) − 30 = 3 922.89 (employer prévoyance not added from 2024)
  auto in = inputs(Status::PriveCadre);
  in.health_employee = D("30");
  in.health_employer = D("30");
  in.prevoyance_employer = D("60");
  auto n = compute_net(grids(), gross_slip({{"declared_gross", "5000"}}), day("2026-06-01"), in);
  REQUIRE(n);
  CHECK(amount(*n, "old_age_capped") == "276.35");
  CHECK(amount(*n, "old_age_uncapped") == "20.00");
  CHECK(amount(*n, "agirc_arrco_t1") == "126.16");
  CHECK(amount(*n, "agirc_arrco_t2") == "85.97");
  CHECK(amount(*n, "ceg_t1") == "34.44");
  CHECK(amount(*n, "ceg_t2") == "10.75");
  CHECK(amount(*n, "cet") == "7.00");
  CHECK(amount(*n, "apec") == "1.20");
  CHECK(amount(*n, "csg_deductible") == "340.17");
  CHECK(amount(*n, "csg_non_deductible") == "120.06");
  CHECK(amount(*n, "crds") == "25.01");
  CHECK(amount(*n, "prevoyance_employer") == "60.00");
  CHECK(fig(n->figures.net_before_tax) == "3922.89");
  CHECK(fig(n->figures.net_taxable) == "4097.96");
  CHECK(fig(n->figures.income_tax) == "565.52");
  CHECK(fig(n->figures.net_paid) == "3357.37");
  CHECK(fig(n->figures.net_social) == "3922.89");

  // Personal PAS rate 7.5 %: 4 097.96 × 7.5 % = 307.347 → 307.35; net payé = 3 922.89 − 307.35 = 3 615.54.
  in.tax_rate = D("7.5");
  auto p = compute_net(grids(), gross_slip({{"declared_gross", "5000"}}), day("2026-06-01"), in);
  REQUIRE(p);
  CHECK(fig(p->figures.income_tax) == "307.35");
  CHECK(fig(p->figures.net_paid) == "3615.54");
}

TEST_CASE("part time: the PSS is prorated, so the same gross reaches T2 and the CET") {
  // 2 500 € at half time (fte 0.5) on 2026-06-01: PSS = 4 005 × 0.5 = 2 002.50.
  // T1 = 2 002.50; T2 = 2 500 − 2 002.50 = 497.50.
  //   vieillesse plafonnée 2 002.50 × 6.90 % = 138.1725 → 138.17
  //   vieillesse déplafonnée 2 500 × 0.40 % = 10.00
  //   AGIRC-ARRCO T1 2 002.50 × 3.15 % = 63.07875 → 63.08;  T2 497.50 × 8.64 % = 42.984 → 42.98
  //   CEG T1 2 002.50 × 0.86 % = 17.2215 → 17.22;            T2 497.50 × 1.08 % = 5.373 → 5.37
  //   CET: 2 500 > 2 002.50 → 2 500 × 0.14 % = 3.50
  //   CSG/CRDS base = 98.25 % × 2 500 = 2 456.25 (4 PSS = 8 010)
  //   CSG déductible × 6.80 % = 167.025 → 167.03; non déductible × 2.40 % = 58.95; CRDS × 0.50 % = 12.28125 → 12.28
  //   retenues = 138.17 + 10 + 63.08 + 42.98 + 17.22 + 5.37 + 3.50 + 167.03 + 58.95 + 12.28 = 518.58
  //   net avant impôt = 1 981.42; net imposable = 1 981.42 + 58.95 + 12.28 = 2 052.65
  //   taux neutre: 1 928 ≤ 2 052.65 < 2 060 → 2.9 %: 59.52685 → 59.53; net payé = 1 921.89
  auto in = inputs(Status::Prive);
  in.working_time.num = D("0.5");
  auto n = compute_net(grids(), gross_slip({{"declared_gross", "2500"}}), day("2026-06-01"), in);
  REQUIRE(n);
  CHECK(n->figures.pss.str(2) == "2002.50");
  CHECK(amount(*n, "old_age_capped") == "138.17");
  CHECK(amount(*n, "old_age_uncapped") == "10.00");
  CHECK(amount(*n, "agirc_arrco_t1") == "63.08");
  CHECK(amount(*n, "agirc_arrco_t2") == "42.98");
  CHECK(amount(*n, "ceg_t1") == "17.22");
  CHECK(amount(*n, "ceg_t2") == "5.37");
  CHECK(amount(*n, "cet") == "3.50");
  CHECK(amount(*n, "csg_deductible") == "167.03");
  CHECK(amount(*n, "csg_non_deductible") == "58.95");
  CHECK(amount(*n, "crds") == "12.28");
  CHECK(fig(n->figures.net_before_tax) == "1981.42");
  CHECK(fig(n->figures.net_taxable) == "2052.65");
  CHECK(fig(n->figures.income_tax) == "59.53");
  CHECK(fig(n->figures.net_paid) == "1921.89");

  // Full time, same gross: T1 = 2 500 (PSS 4 005), no T2 and no CET: vieillesse plafonnée 2 500 × 6.90 % = 172.50.
  auto full = compute_net(grids(), gross_slip({{"declared_gross", "2500"}}), day("2026-06-01"), inputs(Status::Prive));
  REQUIRE(full);
  CHECK(amount(*full, "old_age_capped") == "172.50");
  CHECK(amount(*full, "agirc_arrco_t2") == "absent");
  CHECK(amount(*full, "cet") == "absent");
}

TEST_CASE("Alsace-Moselle: 1.50 % until 2022-03-31, 1.30 % from 2022-04-01") {
  // 2 000 € non-cadre, PSS 3 428 (2022). Lines as in the 2026 case (138.00, 8.00, 63.00, 17.20; CSG base 1 965:
  // 133.62, 47.16, 9.83) plus the régime local on the whole gross:
  //   2022-03-31: 2 000 × 1.50 % = 30.00; retenues = 416.81 + 30 = 446.81; net avant impôt = 1 553.19
  //     net imposable = 1 553.19 + 47.16 + 9.83 = 1 610.18; taux neutre 2022: 1 592 ≤ x < 1 699 → 2.1 %:
  //     33.81378 → 33.81; net payé = 1 519.38. No MNS before 2023-07-01.
  //   2022-04-01: 2 000 × 1.30 % = 26.00; retenues = 442.81; net avant impôt = 1 557.19
  //     net imposable = 1 614.18 → 2.1 %: 33.89778 → 33.90; net payé = 1 523.29.
  auto in = inputs(Status::Prive);
  in.alsace_moselle = true;
  auto before = compute_net(grids(), gross_slip({{"declared_gross", "2000"}}), day("2022-03-31"), in);
  REQUIRE(before);
  CHECK(amount(*before, "health_alsace_moselle") == "30.00");
  CHECK(fig(before->figures.net_before_tax) == "1553.19");
  CHECK(fig(before->figures.net_taxable) == "1610.18");
  CHECK(fig(before->figures.income_tax) == "33.81");
  CHECK(fig(before->figures.net_paid) == "1519.38");
  CHECK(fig(before->figures.net_social) == "none");
  auto after = compute_net(grids(), gross_slip({{"declared_gross", "2000"}}), day("2022-04-01"), in);
  REQUIRE(after);
  CHECK(amount(*after, "health_alsace_moselle") == "26.00");
  CHECK(fig(after->figures.net_before_tax) == "1557.19");
  CHECK(fig(after->figures.net_taxable) == "1614.18");
  CHECK(fig(after->figures.income_tax) == "33.90");
  CHECK(fig(after->figures.net_paid) == "1523.29");
}

TEST_CASE("fonctionnaire CNRACL: CNRACL on TIB + NBI, RAFP on the primes capped at 20 % of the TIB") {
  // IM 400 and NBI 15 points on 2026-02-01 (point 59.0734 € a year):
  //   TIB = 400 × 59.0734 / 12 = 1 969.113… → 1 969.11; NBI = 15 × 59.0734 / 12 = 73.84175 → 73.84
  //   primes = 557.05; gross = 2 600.00. No régime général vieillesse, no AGIRC-ARRCO.
  //   CNRACL (1 969.11 + 73.84 = 2 042.95) × 11.10 % = 226.76745 → 226.77
  //   RAFP cap = 20 % × 1 969.11 = 393.822 < primes 557.05 → base 393.822 × 5 % = 19.6911 → 19.69
  //   CSG/CRDS base = 98.25 % × 2 600 = 2 554.50
  //   CSG déductible × 6.80 % = 173.706 → 173.71; non déductible × 2.40 % = 61.308 → 61.31; CRDS × 0.50 % = 12.7725 → 12.77
  //   retenues = 226.77 + 19.69 + 173.71 + 61.31 + 12.77 = 494.25; net avant impôt = 2 105.75
  //   net imposable = 2 105.75 + 61.31 + 12.77 = 2 179.83
  //   taux neutre (2025-05-01 grid, in force to 2026-04-30): 2 151 ≤ x < 2 294 → 4.1 %: 89.37303 → 89.37
  //   net payé = 2 105.75 − 89.37 = 2 016.38
  auto n = compute_net(grids(), gross_slip({{"tib", "1969.11"}, {"nbi", "73.84"}, {"other_pay", "557.05"}}),
                       day("2026-02-01"), inputs(Status::PublicTitulaire));
  REQUIRE(n);
  CHECK(codes(*n) == std::vector<std::string>{"cnracl", "rafp", "csg_deductible", "csg_non_deductible", "crds",
                                              "income_tax"});
  CHECK(amount(*n, "cnracl") == "226.77");
  CHECK(amount(*n, "rafp") == "19.69");
  CHECK(amount(*n, "csg_deductible") == "173.71");
  CHECK(amount(*n, "csg_non_deductible") == "61.31");
  CHECK(amount(*n, "crds") == "12.77");
  CHECK(fig(n->figures.net_before_tax) == "2105.75");
  CHECK(fig(n->figures.net_taxable) == "2179.83");
  CHECK(fig(n->figures.income_tax) == "89.37");
  CHECK(fig(n->figures.net_paid) == "2016.38");
  CHECK_FALSE(n->warnings.empty());  // the MNS of public agents is uncertain

  // Below the cap: TIB 1 969.11 and primes 100 (gross 2 069.11): RAFP 100 × 5 % = 5.00;
  // CNRACL 1 969.11 × 11.10 % = 218.57121 → 218.57.
  auto low = compute_net(grids(), gross_slip({{"tib", "1969.11"}, {"other_pay", "100"}}), day("2026-02-01"),
                         inputs(Status::PublicTitulaire));
  REQUIRE(low);
  CHECK(amount(*low, "rafp") == "5.00");
  CHECK(amount(*low, "cnracl") == "218.57");
}

TEST_CASE("public contract staff: régime général vieillesse and IRCANTEC A/B") {
  // 4 500 € on 2024-03-01, PSS 3 864: T1 = 3 864; T2 = 636.
  //   vieillesse plafonnée 3 864 × 6.90 % = 266.616 → 266.62; déplafonnée 4 500 × 0.40 % = 18.00
  //   IRCANTEC A 3 864 × 2.80 % = 108.192 → 108.19; IRCANTEC B 636 × 6.95 % = 44.202 → 44.20
  //   CSG/CRDS base = 98.25 % × 4 500 = 4 421.25
  //   CSG déductible × 6.80 % = 300.645 → 300.65; non déductible × 2.40 % = 106.11; CRDS × 0.50 % = 22.10625 → 22.11
  //   retenues = 266.62 + 18 + 108.19 + 44.20 + 300.65 + 106.11 + 22.11 = 865.88; net avant impôt = 3 634.12
  //   net imposable = 3 634.12 + 106.11 + 22.11 = 3 762.34
  //   taux neutre 2024: 3 476 ≤ x < 3 913 → 11.9 %: 447.71846 → 447.72; net payé = 3 186.40
  //   MNS 2024 = 4 500 − 865.88 = 3 634.12
  auto n = compute_net(grids(), gross_slip({{"declared_gross", "4500"}}), day("2024-03-01"),
                       inputs(Status::PublicContractuel));
  REQUIRE(n);
  CHECK(codes(*n) == std::vector<std::string>{"old_age_capped", "old_age_uncapped", "ircantec_a", "ircantec_b",
                                              "csg_deductible", "csg_non_deductible", "crds", "income_tax"});
  CHECK(amount(*n, "old_age_capped") == "266.62");
  CHECK(amount(*n, "old_age_uncapped") == "18.00");
  CHECK(amount(*n, "ircantec_a") == "108.19");
  CHECK(amount(*n, "ircantec_b") == "44.20");
  CHECK(amount(*n, "csg_deductible") == "300.65");
  CHECK(amount(*n, "csg_non_deductible") == "106.11");
  CHECK(amount(*n, "crds") == "22.11");
  CHECK(fig(n->figures.net_before_tax) == "3634.12");
  CHECK(fig(n->figures.net_taxable) == "3762.34");
  CHECK(fig(n->figures.income_tax) == "447.72");
  CHECK(fig(n->figures.net_paid) == "3186.40");
  CHECK(fig(n->figures.net_social) == "3634.12");
}

TEST_CASE("montant net social: none before 2023-07-01, 2023 definition, then 2024 definition") {
  // 2 000 €, mutuelle 20 € employee + 20 € employer, prévoyance 10 € employee + 15 € employer.
  //   138.00, 8.00, 63.00, 17.20 (T1 = 2 000 < PSS); mutuelle 20.00, prévoyance 10.00
  //   CSG/CRDS base = 1 965 + 20 + 15 = 2 000: CSG 136.00 + 48.00, CRDS 10.00
  //   compulsory = 138 + 8 + 63 + 17.20 + 136 + 48 + 10 = 420.20; retenues = 420.20 + 30 = 450.20
  //   net avant impôt = 1 549.80; net imposable = 1 549.80 + 48 + 10 + 20 (employer health) = 1 627.80
  //   2023-09-01, rule mns_2023: 2 000 − 420.20 − 20 (health, employee) + 15 (employer prévoyance) = 1 574.80
  //     (employee prévoyance not deducted); taux neutre 2023: 1 577 ≤ 1 627.80 < 1 678 → 1.3 %: 21.1614 → 21.16
  //   2024-01-01, rule mns_2024: 2 000 − 420.20 − 20 − 10 = 1 549.80;
  //     taux neutre 2024: 1 591 ≤ 1 627.80 < 1 653 → 0.5 %: 8.139 → 8.14; net payé = 1 549.80 − 8.14 = 1 541.66
  //   2023-06-30: no MNS.
  auto in = inputs(Status::Prive);
  in.health_employee = D("20");
  in.health_employer = D("20");
  in.prevoyance_employee = D("10");
  in.prevoyance_employer = D("15");
  auto slip = gross_slip({{"declared_gross", "2000"}});
  auto y2023 = compute_net(grids(), slip, day("2023-09-01"), in);
  REQUIRE(y2023);
  CHECK(amount(*y2023, "csg_deductible") == "136.00");
  CHECK(fig(y2023->figures.net_before_tax) == "1549.80");
  CHECK(fig(y2023->figures.net_taxable) == "1627.80");
  CHECK(fig(y2023->figures.net_social) == "1574.80");
  CHECK(y2023->figures.net_social_rule == "mns_2023");
  CHECK(fig(y2023->figures.income_tax) == "21.16");
  auto y2024 = compute_net(grids(), slip, day("2024-01-01"), in);
  REQUIRE(y2024);
  CHECK(fig(y2024->figures.net_social) == "1549.80");
  CHECK(fig(y2024->figures.income_tax) == "8.14");
  CHECK(fig(y2024->figures.net_paid) == "1541.66");
  auto june = compute_net(grids(), slip, day("2023-06-30"), in);
  REQUIRE(june);
  CHECK(fig(june->figures.net_social) == "none");
  CHECK(june->figures.net_social_rule.empty());
}

TEST_CASE("taux neutre: a band includes its lower bound and excludes its upper bound; grids change on their dates") {
  // Grid from 2026-05-01: 0 % below 1 635; 0.5 % from 1 635 to < 1 698; 1.3 % from 1 698; 38 % below 55 558, then 43 %.
  CHECK(rate(grids(), "0", "2026-06-01") == "0");
  CHECK(rate(grids(), "1634.99", "2026-06-01") == "0");
  CHECK(rate(grids(), "1635", "2026-06-01") == "0.5");
  CHECK(rate(grids(), "1697.99", "2026-06-01") == "0.5");
  CHECK(rate(grids(), "1698", "2026-06-01") == "1.3");
  CHECK(rate(grids(), "55557.99", "2026-06-01") == "38");
  CHECK(rate(grids(), "55558", "2026-06-01") == "43");
  // 2024 grid until 2025-04-30 (0.5 % from 1 591), 2025 grid from 2025-05-01 (0 % below 1 620): 1 600 → 0.5 % then 0 %.
  CHECK(rate(grids(), "1600", "2025-04-30") == "0.5");
  CHECK(rate(grids(), "1600", "2025-05-01") == "0");
  // 2025 grid until 2026-04-30 (0.5 % from 1 620), 2026 grid from 2026-05-01 (0 % below 1 635): 1 620 → 0.5 % then 0 %.
  CHECK(rate(grids(), "1620", "2026-04-30") == "0.5");
  CHECK(rate(grids(), "1620", "2026-05-01") == "0");
}

TEST_CASE("errors name what is missing or wrong") {
  // Before 2020-01-01 the PSS is not encoded: MissingData naming the parameter.
  auto early = compute_net(grids(), gross_slip({{"declared_gross", "2000"}}), day("2019-06-01"), inputs(Status::Prive));
  REQUIRE_FALSE(early);
  CHECK(early.error().kind == ErrorKind::MissingData);
  CHECK(early.error().message.find("net.pss.monthly") != std::string::npos);
  // A fonctionnaire needs the traitement indiciaire line (the CNRACL base).
  auto no_tib = compute_net(grids(), gross_slip({{"declared_gross", "2000"}}), day("2026-06-01"),
                            inputs(Status::PublicTitulaire));
  REQUIRE_FALSE(no_tib);
  CHECK(no_tib.error().kind == ErrorKind::Input);
  // The Alsace-Moselle régime local is not for CNRACL fonctionnaires.
  auto in = inputs(Status::PublicTitulaire);
  in.alsace_moselle = true;
  auto am = compute_net(grids(), gross_slip({{"tib", "2000"}}), day("2026-06-01"), in);
  REQUIRE_FALSE(am);
  CHECK(am.error().kind == ErrorKind::Input);
}

TEST_CASE("statuses parse from their keys") {
  CHECK(parse_status("prive-cadre") == Status::PriveCadre);
  CHECK(parse_status("public-titulaire") == Status::PublicTitulaire);
  CHECK_FALSE(parse_status("cadre"));
  CHECK(status_key(Status::PublicContractuel) == "public-contractuel");
}

TEST_CASE("a deduction computed from a U value is flagged uncertain") {
  // The embedded grids use no U value in the net lines; mark the CRDS rate U (it has a note, as U requires).
  auto sources = *collect_grid_sources("");
  for (auto& s : sources) {
    if (s.path != "grids/net/csg.toml") continue;
    auto at = s.text.find("confidence = \"H\"", s.text.find("id = \"net.crds\""));
    REQUIRE(at != std::string::npos);
    s.text.replace(at, 16, "confidence = \"U\"");
  }
  auto g = load_grids(sources);
  REQUIRE(g);
  auto n = compute_net(*g, gross_slip({{"declared_gross", "2000"}}), day("2026-06-01"), inputs(Status::Prive));
  REQUIRE(n);
  for (const auto& l : n->lines) CHECK_MESSAGE(l.uncertain == (l.code == "crds"), l.code);
}
