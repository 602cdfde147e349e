// Tests of the CCN 66 gross pay on the embedded grids; every expected figure is worked out in the comment above it
// from the grid cells, the point, the ISS rate and the SMIC of the date (grids/ccn66, grids/common/smic.toml).
#include "ccn66_pay.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"
#include "registry.h"
#include "payslip_lines_for_tests.h"

using namespace revalo;

namespace {

const GridSet& grids() { return embedded_grids_for_tests(); }

Date day(const char* iso) { return *Date::parse(iso); }

Profile profile(std::initializer_list<std::pair<const char*, const char*>> fields) {
  Profile p;
  p.convention = "ccn66";
  for (const auto& [k, v] : fields) REQUIRE_FALSE(set_any_profile_field(p, k, v));
  return p;
}

}  // namespace

TEST_CASE("CCN 66 positions: step grids with their column, cadre rows") {
  CHECK(parse_ccn66_position("A")->param() == "ccn66.grille.A");
  CHECK(parse_ccn66_position("a.externat")->column == Ccn66Position::Column::ExternatOnly);
  CHECK(parse_ccn66_position("E.internat")->column == Ccn66Position::Column::InternatOnly);
  CHECK(parse_ccn66_position("cadre.2.1")->row == "2.1");
  CHECK(parse_ccn66_position("cadre.dg")->param() == "ccn66.cadre");
  CHECK_FALSE(parse_ccn66_position("H"));
  CHECK_FALSE(parse_ccn66_position("A.x"));
  CHECK_FALSE(parse_ccn66_position("cadre.4.1"));
}

TEST_CASE("éducateur spécialisé, 10 years in the job, 2023-06-01: grid A step after 9 years") {
  // 570 × 3.82 = 2 177.40; ISS 2 177.40 × 9.21 % = 200.53854 → 200.54; gross 2 377.94 (above the SMIC 1 747.20).
  auto s = compute_ccn66_pay(grids(), profile({{"job", "educateur-specialise"}, {"years_in_job", "10"}}),
                             day("2023-06-01"), "");
  REQUIRE(s);
  CHECK(line_amount(*s, "base") == "2177.40");
  CHECK(line_amount(*s, "iss") == "200.54");
  CHECK(line_amount(*s, "smic_differential") == "absent");
  CHECK(s->gross.str(2) == "2377.94");
  // A Nexem member: 570 × 3.93 = 2 240.10; ISS 2 240.10 × 9.21 % = 206.31321 → 206.31; gross 2 446.41.
  auto m = compute_ccn66_pay(
      grids(), profile({{"job", "es"}, {"years_in_job", "10"}, {"nexem_member", "yes"}}), day("2023-06-01"), "");
  REQUIRE(m);
  CHECK(m->gross.str(2) == "2446.41");
  // 8 years: the step after 7 years, 537; no years given: the first step, 434.
  auto eight = compute_ccn66_pay(grids(), profile({{"job", "es"}, {"years_in_job", "8"}}), day("2023-06-01"), "");
  CHECK(eight->lines.front().base->str() == "537");
  auto none = compute_ccn66_pay(grids(), profile({{"job", "es"}}), day("2023-06-01"), "");
  CHECK(none->lines.front().base->str() == "434");
}

TEST_CASE("agent de service intérieur at the floor, and the SMIC differential") {
  // 2022-08-01, F2 externat first step 373. Member: floor 403 × 3.93 = 1 583.79; ISS 1 583.79 × 9.21 % = 145.867059
  // → 145.87; 1 583.79 + 145.867059 = 1 729.66 ≥ SMIC 1 678.95: no differential.
  auto m = compute_ccn66_pay(grids(), profile({{"job", "asi"}, {"nexem_member", "yes"}}), day("2022-08-01"), "");
  REQUIRE(m);
  CHECK(m->lines.front().base->str() == "403");
  CHECK(line_amount(*m, "base") == "1583.79");
  CHECK(line_amount(*m, "iss") == "145.87");
  CHECK(line_amount(*m, "smic_differential") == "absent");
  // Non-member: 373 × 3.82 = 1 424.86; ISS 131.229606 → 131.23; SMIC 1 678.95 − 1 556.089606 = 122.860394 → 122.86;
  // gross 1 424.86 + 131.23 + 122.86 = 1 678.95.
  auto n = compute_ccn66_pay(grids(), profile({{"job", "asi"}}), day("2022-08-01"), "");
  REQUIRE(n);
  CHECK(line_amount(*n, "smic_differential") == "122.86");
  CHECK(n->gross.str(2) == "1678.95");
}

TEST_CASE("internat column, part time, prime métier, cadres") {
  // AMP internat, 3 years, 80 %, 2024-01-01: 429 × 3.82 = 1 638.78 × 0.8 = 1 311.024 → 1 311.02; ISS × 9.21 % =
  // 120.745310 → 120.75.
  auto amp = compute_ccn66_pay(
      grids(), profile({{"job", "amp"}, {"years_in_job", "3"}, {"internat", "yes"}, {"fte", "0.8"}}), day("2024-01-01"), "");
  REQUIRE(amp);
  CHECK(line_amount(*amp, "base") == "1311.02");
  CHECK(line_amount(*amp, "iss") == "120.75");
  // Surveillant de nuit qualifié: grid E internat column, first step 384 × 3.82 = 1 466.88; prime 7 × 3.82 = 26.74.
  auto snq = compute_ccn66_pay(grids(), profile({{"job", "surveillant-de-nuit"}}), day("2024-01-01"), "");
  REQUIRE(snq);
  CHECK(line_amount(*snq, "base") == "1466.88");
  CHECK(line_amount(*snq, "prime_metier") == "26.74");
  // A kinésithérapeute's grid has no internat column: an input error, never the externat value.
  auto kine = compute_ccn66_pay(grids(), profile({{"job", "kine"}, {"internat", "yes"}}), day("2024-01-01"), "");
  REQUIRE_FALSE(kine);
  CHECK(kine.error().kind == ErrorKind::Input);
  // Psychologue, 9 years: classe 3 niveau I after 9 years 872 × 3.82 = 3 331.04, no ISS; a cadre position.
  auto psy = compute_ccn66_pay(grids(), profile({{"job", "psychologue"}, {"years_in_job", "9"}}), day("2024-01-01"), "");
  REQUIRE(psy);
  CHECK(line_amount(*psy, "base") == "3331.04");
  CHECK(line_amount(*psy, "iss") == "absent");
  CHECK(psy->position == "cadre.3.1");
  CHECK(psy->position_inferred);
}

TEST_CASE("dates outside the grids and unknown jobs") {
  auto before = compute_ccn66_pay(grids(), profile({{"job", "es"}}), day("2019-06-01"), "");
  REQUIRE_FALSE(before);
  CHECK(before.error().kind == ErrorKind::MissingData);
  auto unknown = compute_ccn66_pay(grids(), profile({{"job", "educateur specialisee"}}), day("2023-06-01"), "");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().message.find("educateur-specialise") != std::string::npos);
}
