// Tests of the taxe sur les salaires of one payslip, on the embedded grids: 4.25 % of the annual base + 4.25 % of the
// fraction between S1 and S2 + 9.35 % above S2; monthly share = annual tax / 12, rounded to the cent.
#include "taxe_salaires.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"

using namespace revalo;

namespace {
Decimal D(const char* text) { return *Decimal::parse(text); }
Date day(const char* text) { return *Date::parse(text); }
}  // namespace

TEST_CASE("taxe sur les salaires 2024 on 2 000 € a month") {
  // B = 24 000; S1 8 985, S2 17 936: 4.25 % × 24 000 = 1 020; 4.25 % × (17 936 − 8 985 = 8 951) = 380.4175;
  // 9.35 % × (24 000 − 17 936 = 6 064) = 566.984; total 1 967.4015; / 12 = 163.950125 → 163.95
  auto ts = taxe_salaires(embedded_grids_for_tests(), day("2024-06-01"), D("2000"), false, true);
  REQUIRE(ts);
  CHECK(ts->tax_year == D("1967.4015"));
  CHECK(ts->amount == D("163.95"));
  CHECK(ts->formula.find("taxe annuelle") != std::string::npos);
}

TEST_CASE("taxe sur les salaires 2021, below S1; an association's line is uncertain") {
  // SMIC pay 1 554.58: B = 18 654.96 > S2 16 013: 4.25 % × 18 654.96 = 792.8358; 4.25 % × (16 013 − 8 020 = 7 993)
  // = 339.7025; 9.35 % × (18 654.96 − 16 013 = 2 641.96) = 247.02326; total 1 379.56156; / 12 = 114.96346 → 114.96
  auto ts = taxe_salaires(embedded_grids_for_tests(), day("2021-06-01"), D("1554.58"), true, false);
  REQUIRE(ts);
  CHECK(ts->amount == D("114.96"));
  bool uncertain = false;
  for (const auto& s : ts->sources) uncertain = uncertain || s.provenance->uncertain();
  CHECK(uncertain);  // employer.ts.abattement_allocation is U
  // 600 € a month: B = 7 200 < S1 8 020: 4.25 % × 7 200 = 306; / 12 = 25.50
  CHECK(taxe_salaires(embedded_grids_for_tests(), day("2021-06-01"), D("600"), false, false)->amount == D("25.50"));
}

TEST_CASE("taxe sur les salaires after the last known brackets: missing, named") {
  auto ts = taxe_salaires(embedded_grids_for_tests(), day("2027-01-01"), D("2000"), false, false);
  REQUIRE_FALSE(ts);
  CHECK(ts.error().kind == ErrorKind::MissingData);
  CHECK(ts.error().message.find("employer.ts.s1") != std::string::npos);
}
