// Tests of the barème indice brut → indice majoré (grids/net/public-index.toml) and of an indice majoré followed across
// its changes. Each expected figure is a pair of the barème or worked out in the comment above it.
#include "public_index.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"

using namespace revalo;

namespace {

const GridSet& grids() { return embedded_grids_for_tests(); }
Date on(const char* iso) { return *Date::parse(iso); }

}  // namespace

TEST_CASE("a pair listed for the period, and pairs carried by the reading rule") {
  // IB 389 → 356 (2021–2023-06), 368 (2023-07 → 12), 373 (2024): listed in each period.
  CHECK(bareme_im(grids(), 389, on("2022-06-01"))->im.str() == "356");
  CHECK(bareme_im(grids(), 389, on("2023-08-01"))->im.str() == "368");
  CHECK(bareme_im(grids(), 389, on("2024-02-01"))->im.str() == "373");
  // IB 430 → 380 is listed once (2020); untouched by the changes of 2021-01-01 (IB 354–361) and 2023-07-01
  // (IB 367–418), +5 on 2024-01-01: 385.
  CHECK(bareme_im(grids(), 430, on("2023-12-31"))->im.str() == "380");
  auto later = bareme_im(grids(), 430, on("2024-01-01"));
  REQUIRE(later);
  CHECK(later->im.str() == "385");
  CHECK(later->sources.size() == 2);  // the pair and the change of 2024-01-01
  // IB 365 → 338 listed for 2020 holds in 2022 (not in the range 354–361 changed on 2021-01-01).
  CHECK(bareme_im(grids(), 365, on("2022-03-01"))->im.str() == "338");
}

TEST_CASE("an indice brut whose range changed has no value the pairs do not give") {
  // IB 395 → 359 until 2023-06-30; on 2023-07-01 the range 367–418 changed and no pair is known after.
  CHECK(bareme_im(grids(), 395, on("2023-06-30"))->im.str() == "359");
  auto after = bareme_im(grids(), 395, on("2023-07-01"));
  REQUIRE_FALSE(after);
  CHECK(after.error().kind == ErrorKind::MissingData);
  // IB 354 → 330 in 2020 is not carried over its own change of 2021-01-01; 332 is listed for 2021.
  CHECK(bareme_im(grids(), 354, on("2021-01-01"))->im.str() == "332");
}

TEST_CASE("an indice majoré given at a date follows the barème at other dates") {
  // IM 380 in 2023 is IB 430: 385 from 2024-01-01; the same IM back in 2022.
  auto f = follow_indice_majore(grids(), 380, on("2023-06-01"), on("2024-01-31"));
  REQUIRE(f);
  CHECK(f->im.str() == "385");
  CHECK(f->changed_on == on("2024-01-01"));
  CHECK(follow_indice_majore(grids(), 385, on("2024-03-01"), on("2023-12-31"))->im.str() == "380");
  CHECK(follow_indice_majore(grids(), 380, on("2023-06-01"), on("2022-01-31"))->im.str() == "380");
  // IM 370 in 2022 is IB 416: 372 after the change of 2023-07-01 (decree 2023-519 art. 1).
  CHECK(follow_indice_majore(grids(), 370, on("2022-06-01"), on("2023-07-31"))->im.str() == "372");
  // IM 400 has no known indice brut: above IB 419 → 372 it is outside the range 367–418 changed on 2023-07-01, and
  // gets the 5 points of 2024-01-01: 405.
  CHECK(follow_indice_majore(grids(), 400, on("2021-06-01"), on("2024-01-31"))->im.str() == "405");
  // IM 350 in 2022 has no known indice brut and lies between IB 367 → 340 and IB 419 → 372: it may be in the changed
  // range, so its value after 2023-07-01 is not known.
  auto unknown = follow_indice_majore(grids(), 350, on("2022-06-01"), on("2023-07-31"));
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().kind == ErrorKind::MissingData);
  // No change in between: the same indice; its source is the change that opened the period (2021-01-01).
  auto same = follow_indice_majore(grids(), 350, on("2022-06-01"), on("2023-06-30"));
  REQUIRE(same);
  CHECK(same->im.str() == "350");
  REQUIRE(same->sources.size() == 1);
  CHECK(same->sources.front().from == on("2021-01-01"));
  // Given for the pay date itself: nothing to follow, no source.
  CHECK(follow_indice_majore(grids(), 350, on("2023-06-30"), on("2023-06-30"))->sources.empty());
}
