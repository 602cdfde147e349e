// Tests of échelon progression and reclassement on the public grids (grids/fph); every date is worked out in the
// comment above it from the durations and the reclassement table of the grids.
#include "fph_career.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"

using namespace revalo;

namespace {

const GridSet& grids() { return embedded_grids_for_tests(); }
Date on(const char* iso) { return *Date::parse(iso); }

Profile agent(const char* grade, int echelon, const char* since = nullptr) {
  Profile p;
  p.convention = "fph";
  p.extra["grade"] = std::string(grade);
  p.extra["echelon"] = echelon;
  if (since) p.extra["echelon_since"] = *Date::parse(since);
  return p;
}

}  // namespace

TEST_CASE("the échelon moves up at each échelon's duration") {
  // Infirmier grade 1, échelon 3 entered 2022-01-01: échelon 3 lasts 2 years → échelon 4 on 2024-01-01; échelon 4
  // lasts 2 years → échelon 5 on 2026-01-01.
  const Profile p = agent("ide-g1", 3, "2022-01-01");
  CHECK(fph::standing_at(grids(), p, on("2023-12-31"))->echelon == 3);
  auto s = fph::standing_at(grids(), p, on("2024-01-01"));
  REQUIRE(s);
  CHECK(s->echelon == 4);
  CHECK(s->since == on("2024-01-01"));
  CHECK(fph::standing_at(grids(), p, on("2026-01-01"))->echelon == 5);
  // Before the échelon was entered it is not known.
  CHECK(fph::standing_at(grids(), p, on("2021-12-31")).error().kind == ErrorKind::Input);
  // Without --echelon-since the échelon stays the one given.
  CHECK(fph::standing_at(grids(), agent("ide-g1", 3), on("2026-01-01"))->echelon == 3);
}

TEST_CASE("the reclassement table of 2021-10-01: aide-soignant principal → classe supérieure") {
  // Échelon 10 entered 2019-06-01: on 2021-10-01 more than 1 year and less than 3 → classe supérieure échelon 8,
  // without seniority (since 2021-10-01).
  auto s = fph::standing_at(grids(), agent("as-principal", 10, "2019-06-01"), on("2021-10-15"));
  REQUIRE(s);
  CHECK(s->grade == "as-cs");
  CHECK(s->echelon == 8);
  CHECK(s->since == on("2021-10-01"));
  // Échelon 10 entered 2018-01-01 (more than 3 years): échelon 8 with 1 year 6 months → since 2020-04-01.
  auto old = fph::standing_at(grids(), agent("as-principal", 10, "2018-01-01"), on("2021-10-15"));
  REQUIRE(old);
  CHECK(old->echelon == 8);
  CHECK(old->since == on("2020-04-01"));
  // Échelon 10 entered 2021-04-01 (less than 1 year: 183 days): échelon 7, acquired seniority + 1 year →
  // 2021-10-01 − 12 months = 2020-10-01, − 183 days (1 April to 30 September) = 2020-04-01; within the 3 years of
  // échelon 7.
  auto young = fph::standing_at(grids(), agent("as-principal", 10, "2021-04-01"), on("2021-10-15"));
  REQUIRE(young);
  CHECK(young->echelon == 7);
  CHECK(young->since == on("2020-04-01"));
  // Exactly one year in échelon 10 on 2021-10-01 is a case the table does not cover.
  auto exact = fph::standing_at(grids(), agent("as-principal", 10, "2020-10-01"), on("2021-10-15"));
  REQUIRE_FALSE(exact);
  CHECK(exact.error().kind == ErrorKind::MissingData);
}

TEST_CASE("a reform whose reclassement table is unknown needs the échelon after it") {
  // Classe normale échelon 5 on 2022-08-01, across 2022-09-01 (12 → 11 échelons, table unknown).
  Profile p = agent("as-cn", 5);
  p.at = on("2022-08-01");
  auto stop = fph::standing_at(grids(), p, on("2022-09-30"));
  REQUIRE_FALSE(stop);
  CHECK(stop.error().kind == ErrorKind::MissingData);
  CHECK(stop.error().message.find("--echelon-after") != std::string::npos);
  // With échelon 4 after it, held since 2021-10-01: échelon 4 lasts 2 years → échelon 5 on 2023-10-01.
  p.extra["echelon_after"] = 4;
  p.extra["echelon_after_since"] = on("2021-10-01");
  CHECK(fph::standing_at(grids(), p, on("2023-09-30"))->echelon == 4);
  CHECK(fph::standing_at(grids(), p, on("2023-10-01"))->echelon == 5);
}

TEST_CASE("a promotion of grade is an input, and the grade before it") {
  // Classe supérieure échelon 2 from 2023-03-01; before, classe normale échelon 6 since 2021-01-01.
  Profile p = agent("as-cs", 2, "2023-03-01");
  p.extra["grade_since"] = on("2023-03-01");
  CHECK(fph::standing_at(grids(), p, on("2023-02-28")).error().kind == ErrorKind::Input);
  p.extra["grade_before"] = std::string("as-cn");
  p.extra["echelon_before"] = 6;
  auto before = fph::standing_at(grids(), p, on("2023-02-28"));
  REQUIRE(before);
  CHECK(before->grade == "as-cn");
  CHECK(before->echelon == 6);
  CHECK(fph::standing_at(grids(), p, on("2023-03-01"))->grade == "as-cs");
}

TEST_CASE("errors name the grade, the échelon and the date") {
  CHECK(fph::standing_at(grids(), Profile{}, on("2024-01-01")).error().kind == ErrorKind::Usage);
  CHECK(fph::standing_at(grids(), agent("as-cx", 1), on("2024-01-01")).error().kind == ErrorKind::Input);
  auto high = fph::standing_at(grids(), agent("as-cn", 12), on("2024-01-01"));
  REQUIRE_FALSE(high);
  CHECK(high.error().message.find("échelon 12") != std::string::npos);
  // The duration of infirmier grade 2 échelon 1 is unknown: no progression from it.
  auto partial = fph::standing_at(grids(), agent("ide-g2", 1, "2022-01-01"), on("2024-06-01"));
  REQUIRE_FALSE(partial);
  CHECK(partial.error().kind == ErrorKind::MissingData);
  CHECK(partial.error().message.find("ide-g2") != std::string::npos);
  CHECK(partial.error().message.find("échelon 1") != std::string::npos);
  // Seniority kept from before the AES corps (2022-01-01) counts: échelon 2 entered 2021-03-01 lasts 1 year in C2 →
  // échelon 3 on 2022-03-01.
  auto kept = fph::standing_at(grids(), agent("aes", 2, "2021-03-01"), on("2022-06-01"));
  REQUIRE(kept);
  CHECK(kept->echelon == 3);
}
