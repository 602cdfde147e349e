// Tests of the public agent's gross pay from the indice majoré; every figure is worked out in the comment above it.
// Point d'indice (annual): 58.2004 € from 2022-07-01, 59.0734 € from 2023-07-01 (grids/net/public.toml).
#include "public_pay.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"

#include "grid_loader.h"
#include "payslip_lines_for_tests.h"

using namespace revalo;

namespace {

const GridSet& grids() { return embedded_grids_for_tests(); }

Profile agent(int im) {
  Profile p;
  p.indice_majore = im;
  return p;
}

}  // namespace

TEST_CASE("TIB and NBI from the point d'indice, the rest of a declared gross as primes") {
  // 2026-02-01, IM 400, NBI 15, declared gross 2 600:
  //   TIB = 400 × 59.0734 / 12 = 23 629.36 / 12 = 1 969.1133… → 1 969.11
  //   NBI = 15 × 59.0734 / 12 = 886.101 / 12 = 73.84175 → 73.84
  //   primes = 2 600 − (1 969.11 + 73.84) = 557.05
  Profile p = agent(400);
  p.nbi = 15;
  p.gross = Decimal::from_int(2600);
  auto s = compute_public_gross(grids(), p, *Date::parse("2026-02-01"), Status::PublicTitulaire);
  REQUIRE(s);
  CHECK(line_amount(*s, "tib") == "1969.11");
  CHECK(line_amount(*s, "nbi") == "73.84");
  CHECK(line_amount(*s, "other_pay") == "557.05");
  CHECK(s->gross.str(2) == "2600.00");
  CHECK(subject_to_cnracl(s->lines[0]));
  CHECK_FALSE(subject_to_cnracl(s->lines[2]));
}

TEST_CASE("the point d'indice changes on 2023-07-01; part time prorates the traitement") {
  // IM 400 on 2023-06-30: 400 × 58.2004 / 12 = 23 280.16 / 12 = 1 940.0133… → 1 940.01
  // IM 400 on 2023-07-01: 400 × 59.0734 / 12 = 1 969.1133… → 1 969.11
  // IM 400 at 80 % on 2026-02-01: 1 969.1133… × 0.8 = 1 575.2906… → 1 575.29
  auto before = compute_public_gross(grids(), agent(400), *Date::parse("2023-06-30"), Status::PublicTitulaire);
  auto after = compute_public_gross(grids(), agent(400), *Date::parse("2023-07-01"), Status::PublicTitulaire);
  REQUIRE(before);
  REQUIRE(after);
  CHECK(line_amount(*before, "tib") == "1940.01");
  CHECK(line_amount(*after, "tib") == "1969.11");
  Profile p = agent(400);
  p.fte = Decimal::parse("0.8");
  auto part = compute_public_gross(grids(), p, *Date::parse("2026-02-01"), Status::PublicTitulaire);
  REQUIRE(part);
  CHECK(line_amount(*part, "tib") == "1575.29");
}

TEST_CASE("inconsistent public inputs are errors") {
  Profile p = agent(400);
  p.gross = Decimal::from_int(1000);  // below the TIB of 1 969.11
  auto low = compute_public_gross(grids(), p, *Date::parse("2026-02-01"), Status::PublicTitulaire);
  REQUIRE_FALSE(low);
  CHECK(low.error().kind == ErrorKind::Input);
  Profile q = agent(400);
  q.nbi = 10;  // the NBI is for fonctionnaires
  CHECK_FALSE(compute_public_gross(grids(), q, *Date::parse("2026-02-01"), Status::PublicContractuel));
  CHECK_FALSE(compute_public_gross(grids(), agent(400), *Date::parse("2026-02-01"), Status::Prive));
}

TEST_CASE("the traitement is taken on at least the minimum IM, and topped up to the SMIC") {
  // Minimum IM 366 in 2026 (U): IM 350 is paid on 366, with a warning:
  //   TIB = 366 × 59.0734 / 12 = 21 620.8644 / 12 = 1 801.7387 → 1 801.74
  //   SMIC 2026-01-01: 1 823.03 > 1 801.7387, indemnité différentielle = 1 823.03 − 1 801.7387 = 21.2913 → 21.29
  auto under = compute_public_gross(grids(), agent(350), *Date::parse("2026-02-01"), Status::PublicTitulaire);
  REQUIRE(under);
  CHECK(under->warnings.size() == 1);
  CHECK(line_amount(*under, "tib") == "1801.74");
  CHECK(under->lines[0].base->str() == "366");
  CHECK(under->lines[0].uncertain);
  CHECK(line_amount(*under, "smic_differential") == "21.29");
  // 2024-11-01, SMIC 1 801.80 (décret 2024-951), IM 366 (M): 1 801.80 − 1 801.7387 = 0.0613 → 0.06.
  auto nov = compute_public_gross(grids(), agent(366), *Date::parse("2024-11-01"), Status::PublicTitulaire);
  REQUIRE(nov);
  CHECK(line_amount(*nov, "smic_differential") == "0.06");
  // IM 400 (1 969.11) is above the SMIC: no line.
  CHECK(line_amount(*compute_public_gross(grids(), agent(400), *Date::parse("2026-02-01"), Status::PublicTitulaire),
               "smic_differential") == "absent");
}

TEST_CASE("indemnité de résidence by zone, on the traitement, pro rata") {
  // IM 400 on 2024-03-01: TIB = 400 × 59.0734 / 12 = 1 969.1133…
  //   zone 1: 3 % → 59.0734 → 59.07; zone 2: 1 % → 19.691133 → 19.69; zone 3: 0 % → 0.00
  //   zone 1 at 80 %: 1 969.1133… × 0.8 = 1 575.290667 × 3 % = 47.2587 → 47.26
  for (auto [zone, want] : {std::pair{1, "59.07"}, std::pair{2, "19.69"}, std::pair{3, "0.00"}}) {
    Profile p = agent(400);
    p.zone_residence = zone;
    auto s = compute_public_gross(grids(), p, *Date::parse("2024-03-01"), Status::PublicTitulaire);
    REQUIRE(s);
    CHECK(line_amount(*s, "residence_allowance") == want);
  }
  Profile part = agent(400);
  part.zone_residence = 1;
  part.fte = Decimal::parse("0.8");
  CHECK(line_amount(*compute_public_gross(grids(), part, *Date::parse("2024-03-01"), Status::PublicTitulaire),
               "residence_allowance") == "47.26");
}

TEST_CASE("supplément familial de traitement: fixed part and % of the TIB between two indices") {
  auto sft = [](int im, int children, const char* date) {
    Profile p = agent(im);
    p.enfants = children;
    return compute_public_gross(grids(), p, *Date::parse(date), Status::PublicTitulaire);
  };
  // 2 children, IM 400, 2024-03-01: the TIB 1 969.11 is below the TIB at IM 454 (floor from 2024):
  //   454 × 59.0734 / 12 = 26 819.3236 / 12 = 2 234.943633; 10.67 + 3 % × 2 234.943633 = 10.67 + 67.048309 = 77.72
  CHECK(line_amount(*sft(400, 2, "2024-03-01"), "family_supplement") == "77.72");
  // 3 children, same: 15.24 + 8 % × 2 234.943633 = 15.24 + 178.795491 = 194.035491 → 194.04
  CHECK(line_amount(*sft(400, 3, "2024-03-01"), "family_supplement") == "194.04");
  // 2 children, IM 800 above the ceiling IM 722: 722 × 59.0734 / 12 = 3 554.249567;
  //   10.67 + 3 % × 3 554.249567 = 10.67 + 106.627487 = 117.297487 → 117.30
  CHECK(line_amount(*sft(800, 2, "2024-03-01"), "family_supplement") == "117.30");
  // 4 children, IM 500 on 2022-01-01 (point 56.2323, bounds 449 and 717): TIB = 500 × 56.2323 / 12 = 2 343.0125,
  //   within the bounds; fixed 15.24 + 4.57 = 19.81; 8 % + 6 % = 14 % × 2 343.0125 = 328.02175; total 347.83175
  CHECK(line_amount(*sft(500, 4, "2022-01-01"), "family_supplement") == "347.83");
  // One child: the sources give no proportional part (net.public.sft.pct has no key "1"): reported missing.
  auto one = sft(400, 1, "2024-03-01");
  REQUIRE_FALSE(one);
  CHECK(one.error().kind == ErrorKind::MissingData);
  // Part time: the sources give no rule for the SFT.
  Profile part = agent(400);
  part.enfants = 2;
  part.fte = Decimal::parse("0.5");
  auto p = compute_public_gross(grids(), part, *Date::parse("2024-03-01"), Status::PublicTitulaire);
  REQUIRE_FALSE(p);
  CHECK(p.error().kind == ErrorKind::MissingData);
}

TEST_CASE("PPCR abattement: 1/12 of the catégorie's annual maximum, limited to the primes, pro rata") {
  auto ppcr = [](const char* cat, int primes, const char* fte) {
    Profile p = agent(400);
    p.primes = Decimal::from_int(primes);
    p.categorie = cat;
    if (fte) p.fte = Decimal::parse(fte);
    return compute_public_gross(grids(), p, *Date::parse("2024-03-01"), Status::PublicTitulaire);
  };
  // Cat. C: 167 / 12 = 13.916667 < primes 150 → −13.92; the gross: 1 969.11 + 150 − 13.92 = 2 105.19.
  auto c = ppcr("C", 150, nullptr);
  REQUIRE(c);
  CHECK(line_amount(*c, "bonuses") == "150.00");
  CHECK(line_amount(*c, "ppcr_abattement") == "-13.92");
  CHECK(c->gross.str(2) == "2105.19");
  // Cat. A: 389 / 12 = 32.416667, limited to the primes of 20 → −20.00.
  CHECK(line_amount(*ppcr("A", 20, nullptr), "ppcr_abattement") == "-20.00");
  // Cat. B at 50 %: 278 / 12 × 0.5 = 11.583333 → −11.58.
  CHECK(line_amount(*ppcr("B", 100, "0.5"), "ppcr_abattement") == "-11.58");
  // Without the catégorie: a usage error; a contractuel's primes carry no abattement (warning).
  Profile none = agent(400);
  none.primes = Decimal::from_int(100);
  auto missing = compute_public_gross(grids(), none, *Date::parse("2024-03-01"), Status::PublicTitulaire);
  REQUIRE_FALSE(missing);
  CHECK(missing.error().kind == ErrorKind::Usage);
  none.categorie = "C";
  auto contractuel = compute_public_gross(grids(), none, *Date::parse("2024-03-01"), Status::PublicContractuel);
  REQUIRE(contractuel);
  CHECK(line_amount(*contractuel, "ppcr_abattement") == "absent");
  CHECK(contractuel->warnings.size() == 1);
}
