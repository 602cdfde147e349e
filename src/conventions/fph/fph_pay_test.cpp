// Tests of the gross pay on the public grids; every figure is worked out in the comment above it. Point d'indice
// (annual): 58.2004 € from 2022-07-01, 59.0734 € from 2023-07-01.
#include "fph_pay.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"
#include "payslip_lines_for_tests.h"

using namespace revalo;

namespace {

const GridSet& grids() { return embedded_grids_for_tests(); }
Date on(const char* iso) { return *Date::parse(iso); }

Profile agent(const char* grade, int echelon) {
  Profile p;
  p.convention = "fph";
  p.extra["grade"] = std::string(grade);
  p.extra["echelon"] = echelon;
  return p;
}

}  // namespace

TEST_CASE("classe normale échelon 1 on 2023-06-01: IM 356 raised to the minimum 361") {
  // TIB 361 × 58.2004 / 12 = 21 010.3444 / 12 = 1 750.8620 → 1 750.86
  // prime spéciale de sujétion 10 % × 1 750.8620 = 175.0862 → 175.09; prime forfaitaire 15.24
  // PPCR catégorie B: min(278 / 12 = 23.17, primes other than the PSS 15.24) → −15.24
  // gross 1 750.86 + 175.09 + 15.24 − 15.24 = 1 925.95
  auto s = compute_fph_pay(grids(), agent("as-cn", 1), on("2023-06-01"), "");
  REQUIRE(s);
  CHECK(s->lines.front().base->str() == "361");
  CHECK(line_amount(*s, "tib") == "1750.86");
  CHECK(line_amount(*s, "pss") == "175.09");
  CHECK(line_amount(*s, "prime_forfaitaire") == "15.24");
  CHECK(line_amount(*s, "ppcr_abattement") == "-15.24");
  CHECK(s->gross.str(2) == "1925.95");
  CHECK(s->position == "as-cn.1");
}

TEST_CASE("the +5 points of 2024-01-01 and the prime « Grand âge » in an EHPAD") {
  // Classe normale échelon 5: IM 396 (2023) → 401 (2024). On 2024-06-01 in a public EHPAD:
  //   TIB 401 × 59.0734 / 12 = 23 688.4334 / 12 = 1 974.0361 → 1 974.04; PSS 197.40; forfaitaire 15.24;
  //   Grand âge 118.00; PPCR min(23.1667, 15.24 + 118) → −23.17
  Profile p = agent("as-cn", 5);
  p.structure_type = "ehpad";
  p.job = "aide-soignant";  // the structure makes the CTI looked for, which needs the job
  auto s = compute_fph_pay(grids(), p, on("2024-06-01"), "");
  REQUIRE(s);
  CHECK(line_amount(*s, "tib") == "1974.04");
  CHECK(line_amount(*s, "pss") == "197.40");
  CHECK(line_amount(*s, "prime_grand_age") == "118.00");
  CHECK(line_amount(*s, "ppcr_abattement") == "-23.17");
  // In a hospital the prime is not counted without --prime-grand-age.
  p.structure_type = "hopital";
  CHECK(line_amount(*compute_fph_pay(grids(), p, on("2024-06-01"), ""), "prime_grand_age") == "absent");
  p.extra["prime_grand_age"] = true;
  CHECK(line_amount(*compute_fph_pay(grids(), p, on("2024-06-01"), ""), "prime_grand_age") == "118.00");
}

TEST_CASE("a grid without an IM column takes the barème of its indice brut") {
  // ASE 1st grade échelon 1, IB 444: 390 until 2023-12-31, 395 from 2024-01-01 (+5).
  // 395 × 59.0734 / 12 = 23 333.993 / 12 = 1 944.4994 → 1 944.50
  auto s = compute_fph_pay(grids(), agent("ase-g1", 1), on("2024-02-01"), "");
  REQUIRE(s);
  CHECK(s->lines.front().base->str() == "395");
  CHECK(line_amount(*s, "tib") == "1944.50");
  CHECK(line_amount(*s, "pss") == "absent");
  // B-type 1st grade échelon 2 (IB 395) has no pair after 2023-06-30: missing, naming grade, échelon and date.
  auto me = compute_fph_pay(grids(), agent("me", 2), on("2024-02-01"), "");
  REQUIRE_FALSE(me);
  CHECK(me.error().kind == ErrorKind::MissingData);
  CHECK(me.error().message.find("grade me") != std::string::npos);
  CHECK(me.error().message.find("échelon 2") != std::string::npos);
  CHECK(me.error().message.find("2024-02-01") != std::string::npos);
}

TEST_CASE("a position override, contractuels and the employer of the grade") {
  // compare --position-after as-cs.3: IB 464, IM 406 (2023) → TIB 406 × 58.2004 / 12 = 1 969.11 (to 2023-06-30).
  auto s = compute_fph_pay(grids(), agent("as-cn", 1), on("2023-06-30"), "as-cs.3");
  REQUIRE(s);
  CHECK(line_amount(*s, "tib") == "1969.11");
  // A contractuel gets neither the PSS nor the prime forfaitaire (fonctionnaires of the corps).
  Profile c = agent("as-cn", 1);
  c.status = "public-contractuel";
  auto contract = compute_fph_pay(grids(), c, on("2023-06-30"), "");
  REQUIRE(contract);
  CHECK(line_amount(*contract, "pss") == "absent");
  CHECK(line_amount(*contract, "prime_forfaitaire") == "absent");
  // An FPH grade with an FPT employer.
  Profile fpt = agent("as-cn", 1);
  fpt.employer = "fpt";
  CHECK(compute_fph_pay(grids(), fpt, on("2023-06-30"), "").error().kind == ErrorKind::Input);
}
