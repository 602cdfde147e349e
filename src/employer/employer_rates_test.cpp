// Tests of the employer side of a payslip on the embedded grids. Each payslip is written out line by line: base ×
// rate, rounded once to the cent, half away from zero. Rates (grids/employer): maladie 13 % (7 % under the bandeau,
// 2019–2025), allocations familiales 5.25 % (3.45 %), vieillesse 8.55 % on T1 + déplafonnée 1.90 % (2017), 2.02 %
// (2024), 2.11 % (2026), CSA 0.30 %, FNAL 0.10 % on T1 (< 50) or 0.50 %, chômage 4.05 % (4.00 % from 2025-05),
// AGS 0.15 % / 0.20 % (2024-01) / 0.25 % (2024-07), AGIRC-ARRCO 4.72 % T1 / 12.95 % T2, CEG 1.29 % / 1.62 %, CET
// 0.21 %, APEC 0.036 %, formation 0.55 % (< 11) / 1 %, taxe d'apprentissage 0.59 % + 0.09 % (associations from
// 2026-03), PEEC 0.45 % (≥ 50), dialogue social 0.016 %. PSS: 3 428 (2021), 3 864 (2024), 4 005 (2026).
#include "employer_rates.h"
#include "pay.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"

using namespace revalo;

namespace {

const GridSet& grids() { return embedded_grids_for_tests(); }
Decimal D(const char* text) { return *Decimal::parse(text); }
Date day(const char* text) { return *Date::parse(text); }

Profile profile(std::initializer_list<std::pair<const char*, const char*>> fields) {
  Profile p;
  for (const auto& [k, v] : fields) REQUIRE_FALSE(set_profile_field(p, k, v));
  return p;
}

// The payslip with its net lines (no employer side yet), then its employer side.
struct Both {
  Payslip slip;
  EmployerLayer employer;
};
Both employer_of(Profile p, const char* at) {
  const Date d = day(at);
  Profile gross_only = p;
  gross_only.headcount.reset();
  auto slip = compute_pay(grids(), gross_only, d);
  REQUIRE(slip);
  auto status = parse_status(slip->status);
  REQUIRE(status);
  auto layer = compute_employer(grids(), *slip, d, employer_inputs(p, *status, slip->working_time));
  if (!layer) FAIL(layer.error().message);
  return Both{*slip, *layer};
}

std::optional<Decimal> amount(const EmployerLayer& l, std::string_view code) {
  for (const auto& line : l.lines)
    if (line.code == code) return line.amount;
  return std::nullopt;
}

}  // namespace

TEST_CASE("2026, 2 000 €, 10 employees, AT 2 %, mutuelle employeur 20 €, no taxe sur les salaires") {
  // Assiette 2 000 (20 € of employer health is under the exclusion limit min(6 % × 4 005 + 1.5 % × 2 000 = 270.30 ;
  // 12 % × 4 005 = 480.60)); T1 = 2 000; bandeaux abolished in 2026.
  //   maladie 13 % = 260.00; AF 5.25 % = 105.00; vieillesse 8.55 % = 171.00; déplafonnée 2.11 % = 42.20; CSA 6.00;
  //   FNAL (10 < 50) 0.10 % × T1 = 2.00; AT/MP 2 % = 40.00; chômage 4.00 % = 80.00; AGS 0.25 % = 5.00;
  //   AGIRC-ARRCO T1 4.72 % = 94.40; CEG T1 1.29 % = 25.80; no CET (≤ 1 PSS); formation (10 < 11) 0.55 % = 11.00;
  //   taxe d'apprentissage (employer type unknown, due by associations and companies alike from 2026-03)
  //   0.59 % = 11.80 + 0.09 % = 1.80; no PEEC, no forfait social (< 11); dialogue social 0.016 % = 0.32
  //   lines = 856.32; + employer health 20 = employer contributions 876.32
  //   RGDU: C = 0.3346 (reduction_test.cpp) → 669.20
  //   employer cost = 2 000 + 876.32 − 669.20 = 2 207.12
  auto b = employer_of(profile({{"gross", "2000"}, {"status", "prive"}, {"mutuelle_salarie", "20"},
                                {"mutuelle_employeur", "20"}, {"headcount", "10"}, {"taux_at", "2"},
                                {"taxe_salaires", "no"}}),
                       "2026-06-01");
  const auto& e = b.employer;
  CHECK(amount(e, "employer_maladie") == D("260.00"));
  CHECK(amount(e, "employer_af") == D("105.00"));
  CHECK(amount(e, "employer_vieillesse_plafonnee") == D("171.00"));
  CHECK(amount(e, "employer_vieillesse_deplafonnee") == D("42.20"));
  CHECK(amount(e, "employer_csa") == D("6.00"));
  CHECK(amount(e, "employer_fnal") == D("2.00"));
  CHECK(amount(e, "employer_atmp") == D("40.00"));
  CHECK(amount(e, "employer_chomage") == D("80.00"));
  CHECK(amount(e, "employer_ags") == D("5.00"));
  CHECK(amount(e, "employer_agirc_arrco_t1") == D("94.40"));
  CHECK(amount(e, "employer_ceg_t1") == D("25.80"));
  CHECK_FALSE(amount(e, "employer_cet"));
  CHECK(amount(e, "employer_formation") == D("11.00"));
  CHECK(amount(e, "employer_ta") == D("11.80"));
  CHECK(amount(e, "employer_ta_solde") == D("1.80"));
  CHECK_FALSE(amount(e, "employer_peec"));
  CHECK_FALSE(amount(e, "employer_forfait_social"));
  CHECK(amount(e, "employer_dialogue_social") == D("0.32"));
  CHECK(amount(e, "reduction_generale") == D("-669.20"));
  CHECK_FALSE(amount(e, "taxe_salaires"));
  CHECK(e.figures.contributions == D("876.32"));
  CHECK(e.figures.reduction == D("669.20"));
  CHECK(e.figures.cost == D("2207.12"));
  CHECK(e.figures.missing.empty());
}

TEST_CASE("2024, cadre at 4 500 €, association of 120 employees, AT 1.5 %") {
  // PSS 3 864: T1 = 3 864, T2 = 636. Bandeaux 2024: maladie threshold 52 416 < 54 000 → 13 % = 585.00;
  // AF threshold 73 382.40 ≥ 54 000 → 3.45 % = 155.25; vieillesse 8.55 % × 3 864 = 330.372 → 330.37;
  // déplafonnée 2.02 % = 90.90; CSA 13.50; FNAL 0.50 % = 22.50; AT 1.5 % = 67.50; chômage 4.05 % = 182.25;
  // AGS (2024-06) 0.20 % = 9.00; AGIRC-ARRCO T1 182.3808 → 182.38, T2 12.95 % × 636 = 82.362 → 82.36;
  // CEG T1 49.8456 → 49.85, T2 1.62 % × 636 = 10.3032 → 10.30; CET 0.21 % × 4 500 = 9.45; APEC 0.036 % = 1.62;
  // formation 1 % = 45.00; no taxe d'apprentissage (association, 2024); PEEC 0.45 % = 20.25; dialogue social 0.72
  // → 1 858.20. The cadres' employer prévoyance, 1.50 % of T1 by default (ANI 17/11/2017): 1.5 % × 3 864 = 57.96,
  // under the exclusion limit min(6 % × 3 864 + 1.5 % × 4 500 = 299.34 ; 12 % × 3 864 = 463.68): the base stays
  // 4 500; forfait social (120 ≥ 11) 8 % × 57.96 = 4.6368 → 4.64.
  // contributions = 1 858.20 + 4.64 + 57.96 = 1 920.80; réduction: 4 500 > 1.6 SMIC → 0
  // taxe sur les salaires: base 4 500 + 57.96 = 4 557.96, B = 54 695.52: 4.25 % × 54 695.52 = 2 324.5596
  //   + 4.25 % × (17 936 − 8 985) = 380.4175 + 9.35 % × (54 695.52 − 17 936) = 3 437.01512
  //   = 6 141.99222 / 12 = 511.832685 → 511.83
  // cost = 4 500 + 1 920.80 + 511.83 = 6 932.63
  auto b = employer_of(profile({{"gross", "4500"}, {"status", "prive-cadre"}, {"headcount", "120"}, {"taux_at", "1.5"},
                                {"employer", "non-lucratif"}}),
                       "2024-06-01");
  const auto& e = b.employer;
  CHECK(amount(e, "employer_maladie") == D("585.00"));
  CHECK(amount(e, "employer_af") == D("155.25"));
  CHECK(amount(e, "employer_vieillesse_plafonnee") == D("330.37"));
  CHECK(amount(e, "employer_agirc_arrco_t2") == D("82.36"));
  CHECK(amount(e, "employer_ceg_t2") == D("10.30"));
  CHECK(amount(e, "employer_cet") == D("9.45"));
  CHECK(amount(e, "employer_apec") == D("1.62"));
  CHECK(amount(e, "employer_peec") == D("20.25"));
  CHECK_FALSE(amount(e, "employer_ta"));
  CHECK_FALSE(amount(e, "reduction_generale"));
  CHECK(amount(e, "employer_forfait_social") == D("4.64"));
  CHECK(amount(e, "taxe_salaires") == D("511.83"));
  CHECK(e.figures.contributions == D("1920.80"));
  CHECK(e.figures.cost == D("6932.63"));
}

TEST_CASE("2021, part-timer at half time, 800 €, association of 30, AT 3.5 %") {
  // PSS 3 428 × 0.5 = 1 714; T1 = 800. Maladie threshold 2.5 × 18 655 × 0.5 = 23 318.75 ≥ 9 600 → 7 % = 56.00;
  // AF 3.45 % = 27.60; vieillesse 68.40; déplafonnée 1.90 % = 15.20; CSA 2.40; FNAL 0.10 % = 0.80; AT 28.00;
  // chômage 4.05 % = 32.40; AGS 0.15 % = 1.20; AGIRC-ARRCO T1 37.76; CEG T1 10.32; formation 1 % = 8.00;
  // dialogue social 0.128 → 0.13; contributions = 288.21
  // Fillon: SMIC annuel 18 655 × 0.5 = 9 327.50; R = 9 600; (0.3206 / 0.6) × (1.6 × 9 327.50 / 9 600 − 1)
  //   = 0.534333 × 0.5545833 = 0.2963324 → 0.2963; 0.2963 × 800 = 237.04
  // taxe sur les salaires: B = 9 600: 408 + 4.25 % × (9 600 − 8 020) = 67.15 → 475.15 / 12 = 39.5958 → 39.60
  // cost = 800 + 288.21 − 237.04 + 39.60 = 890.77
  auto b = employer_of(profile({{"gross", "800"}, {"fte", "0.5"}, {"status", "prive"}, {"headcount", "30"},
                                {"taux_at", "3.5"}, {"employer", "non-lucratif"}}),
                       "2021-06-01");
  const auto& e = b.employer;
  CHECK(amount(e, "employer_maladie") == D("56.00"));
  CHECK(amount(e, "employer_af") == D("27.60"));
  CHECK(amount(e, "employer_dialogue_social") == D("0.13"));
  CHECK(e.figures.contributions == D("288.21"));
  CHECK(e.figures.reduction_coefficient == D("0.2963"));
  CHECK(e.figures.reduction == D("237.04"));
  CHECK(amount(e, "taxe_salaires") == D("39.60"));
  CHECK(e.figures.cost == D("890.77"));
}

TEST_CASE("2026, fonctionnaire CNRACL of a public hospital") {
  // IM 400, NBI 15, gross 2 600, hospital (CTI 49 points): TIB 1 969.11, NBI 73.84 (net_pay_test), CTI 49 × 59.0734
  // / 12 = 241.2164 → 241.22 → CNRACL base 2 284.17; primes 2 600 − 2 284.17 = 315.83.
  //   CNRACL 37.65 % = 859.990005 → 859.99; maladie 9.88 % = 225.676 → 225.68; AF 5.25 % = 119.918925 → 119.92;
  //   CSA 0.30 % = 6.85251 → 6.85; FNAL (300 ≥ 50) 0.50 % = 11.42085 → 11.42; ATIACL 0.40 % = 9.13668 → 9.14;
  //   FEH 0.80 % = 18.27336 → 18.27; RAFP 5 % × min(315.83 ; 20 % × 1 969.11 = 393.822) = 15.7915 → 15.79;
  //   ANFH 2.1 % × 2 600 = 54.60, 0.2 % = 5.20, 0.6 % = 15.60; CGOS 1.5 % = 39.00 → contributions 1 381.46
  //   taxe sur les salaires (hospital, no abattement), 2026: B = 31 200: 1 326 + 4.25 % × 9 194 = 390.745
  //   + 9.35 % × 12 777 = 1 194.6495 → 2 911.3945 / 12 = 242.6162 → 242.62
  //   cost = 2 600 + 1 381.46 + 242.62 = 4 224.08; no AT/MP, no réduction
  auto b = employer_of(profile({{"status", "public-titulaire"}, {"indice_majore", "400"}, {"nbi", "15"},
                                {"gross", "2600"}, {"headcount", "300"}, {"employer", "fph"}, {"structure", "hopital"},
                                {"job", "agent-administratif"}}),
                       "2026-02-01");
  const auto& e = b.employer;
  CHECK(amount(e, "employer_cnracl") == D("859.99"));
  CHECK(amount(e, "employer_maladie") == D("225.68"));
  CHECK(amount(e, "employer_fnal") == D("11.42"));
  CHECK(amount(e, "employer_feh") == D("18.27"));
  CHECK(amount(e, "employer_rafp") == D("15.79"));
  CHECK_FALSE(amount(e, "employer_atmp"));
  CHECK_FALSE(amount(e, "reduction_generale"));
  CHECK(e.figures.contributions == D("1381.46"));
  CHECK(amount(e, "taxe_salaires") == D("242.62"));
  CHECK(e.figures.cost == D("4224.08"));
  CHECK(e.figures.missing.empty());
}

TEST_CASE("2024, contractuel IRCANTEC of a public hospital, 4 500 €") {
  // PSS 3 864: T1 3 864, T2 636. maladie 13 % = 585.00; AF 5.25 % = 236.25 (no reduced rates for public employers);
  // vieillesse 330.37; déplafonnée 90.90; CSA 13.50; FNAL 22.50; AT 2.5 % = 112.50; IRCANTEC A 4.20 % × 3 864
  // = 162.288 → 162.29; B 12.55 % × 636 = 79.818 → 79.82; ANFH 94.50 + 9.00 + 27.00; CGOS 67.50 → 1 831.13
  // no chômage, AGS, AGIRC-ARRCO, réduction; taxe sur les salaires 503.95 (as the cadre of 2024)
  // cost = 4 500 + 1 831.13 + 503.95 = 6 835.08
  auto b = employer_of(profile({{"gross", "4500"}, {"status", "public-contractuel"}, {"headcount", "300"},
                                {"taux_at", "2.5"}, {"employer", "fph"}}),
                       "2024-03-01");
  const auto& e = b.employer;
  CHECK(amount(e, "employer_af") == D("236.25"));
  CHECK(amount(e, "employer_ircantec_a") == D("162.29"));
  CHECK(amount(e, "employer_ircantec_b") == D("79.82"));
  CHECK_FALSE(amount(e, "employer_chomage"));
  CHECK_FALSE(amount(e, "reduction_generale"));
  CHECK(e.figures.contributions == D("1831.13"));
  CHECK(e.figures.cost == D("6835.08"));
}

TEST_CASE("without the AT/MP rate the line is missing, said in a warning and in the figures") {
  auto b = employer_of(profile({{"gross", "2000"}, {"status", "prive"}, {"headcount", "10"}, {"taxe_salaires", "no"}}),
                       "2026-06-01");
  CHECK_FALSE(amount(b.employer, "employer_atmp"));
  REQUIRE(b.employer.figures.missing.size() == 1);
  CHECK(b.employer.figures.missing[0] == "AT/MP");
  CHECK(b.employer.warnings.front().find("--taux-at") != std::string::npos);
}
