// Tests of scenarios: a proposal laid over the law never changes the law, cuts the law's versions only where it
// applies, expands rises into plain values, and says what it replaces. Figures are the grids' own values (cited).
#include "scenario.h"

#include <doctest/doctest.h>

#include "breakeven.h"
#include "embedded_grids_for_tests.h"
#include "grid_loader.h"
#include "pay.h"

using namespace revalo;

namespace {

Decimal dec(const char* s) { return *Decimal::parse(s); }
Date day(const char* s) { return *Date::parse(s); }

Version version(const char* from, const char* to, const char* value) {
  Version v;
  v.from = day(from);
  v.to = day(to);
  v.open_ended = std::string(to) == "2199-12-31";
  v.number = dec(value);
  return v;
}

Result<GridSet> scenario_from(const std::string& text) {
  auto law = collect_grid_sources("");
  REQUIRE(law);
  std::vector<GridSource> sources = *law;
  sources.push_back(GridSource{"scenario/t.toml", "t.toml", text, true, true});
  return load_grids(sources);
}

}  // namespace

TEST_CASE("overlay_version cuts the law's versions only where the proposal applies") {
  Parameter p;
  p.versions = {version("2020-01-01", "2022-07-31", "5.50"), version("2022-08-01", "2199-12-31", "5.77")};
  overlay_version(p, version("2027-01-01", "2027-12-31", "6.00"));
  REQUIRE(p.versions.size() == 4);
  CHECK(p.versions[0].number == dec("5.50"));
  CHECK(p.versions[1].from == day("2022-08-01"));
  CHECK(p.versions[1].to == day("2026-12-31"));
  CHECK_FALSE(p.versions[1].open_ended);
  CHECK(p.versions[2].number == dec("6.00"));
  // After the proposal's end the law's open version resumes.
  CHECK(p.versions[3].from == day("2028-01-01"));
  CHECK(p.versions[3].number == dec("5.77"));
  CHECK(p.versions[3].open_ended);
}

TEST_CASE("a scenario file is laid over a copy of the law; the law is unchanged") {
  const GridSet& law = embedded_grids_for_tests();
  auto s = scenario_from(R"([scenario]
name = "t"
title = "T"
based_on = "bad.point 5,77 €"

[[param]]
id = "bad.point"

[[param.version]]
from = 2027-01-01
value = "6.00"
source = "proposition"
)");
  REQUIRE_MESSAGE(s, (s ? "" : s.error().message));
  REQUIRE(s->scenario);
  CHECK(s->scenario->based_on == "bad.point 5,77 €");
  // grids/bad/point.toml: 5.77 from 2022-08-01 (avenant 54-2022), in force in 2027 under the law.
  CHECK(*law.number_at("bad.point", day("2027-01-01")) == dec("5.77"));
  CHECK(*s->number_at("bad.point", day("2027-01-01")) == dec("6.00"));
  CHECK(*s->number_at("bad.point", day("2026-12-31")) == dec("5.77"));
  CHECK((*s->at("bad.point", day("2027-01-01")))->provenance.scenario);
  CHECK_FALSE((*s->at("bad.point", day("2026-12-31")))->provenance.scenario);
  auto changes = scenario_changes(law, *s);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].param == "bad.point");
  CHECK(*changes[0].law_value == dec("5.77"));
  CHECK(*changes[0].value == dec("6.00"));
}

TEST_CASE("a rise on chosen cells becomes a table version; the other cells keep the law's value and source") {
  auto s = scenario_from(R"([scenario]
name = "t"
title = "T"
based_on = "grille 2026"

[[rise]]
param = "bad.a43.coefficient"
from = 2027-01-01
cells = ["employe.1.1"]
add = 15
source = "proposition"
)");
  REQUIRE_MESSAGE(s, (s ? "" : s.error().message));
  // grids/bad/a43-grid.toml, avenant 75/2026 from 2026-06-01: employé D1 E1 319, D1 E2 326.
  auto e11 = s->cell_at("bad.a43.coefficient", "employe.1.1", day("2027-01-01"));
  auto e12 = s->cell_at("bad.a43.coefficient", "employe.1.2", day("2027-01-01"));
  REQUIRE(e11);
  REQUIRE(e12);
  CHECK((*e11)->values.front() == Decimal::from_int(319 + 15));
  CHECK((*e11)->provenance.scenario);
  CHECK((*e12)->values.front() == Decimal::from_int(326));
  CHECK_FALSE((*e12)->provenance.scenario);
  auto changes = scenario_changes(embedded_grids_for_tests(), *s);
  REQUIRE(changes.size() == 1);
  REQUIRE(changes[0].cells.size() == 1);
  CHECK(changes[0].cells[0].key == "employe.1.1");
}

TEST_CASE("scenario errors are located; a percent rise is exact") {
  auto unknown = scenario_from("[scenario]\nname = \"t\"\ntitle = \"T\"\nbased_on = \"x\"\n[[rise]]\nparam = "
                               "\"bad.pointe\"\nfrom = 2027-01-01\nadd = 1\nsource = \"s\"\n");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().message.find("t.toml:6:9: paramètre inconnu « bad.pointe »") == 0);
  CHECK(unknown.error().message.find("bad.point") != std::string::npos);
  auto no_header = scenario_from("[[param]]\nid = \"bad.point\"\n");
  REQUIRE_FALSE(no_header);
  CHECK(no_header.error().message.find("[scenario]") != std::string::npos);
  // 5.77 × (100 + 2.5) / 100 = 5.91425, kept exact.
  auto pct = scenario_from("[scenario]\nname = \"t\"\ntitle = \"T\"\nbased_on = \"x\"\n[[rise]]\nparam = "
                           "\"bad.point\"\nfrom = 2027-01-01\npercent = \"2.5\"\nsource = \"s\"\n");
  REQUIRE_MESSAGE(pct, (pct ? "" : pct.error().message));
  CHECK(*pct->number_at("bad.point", day("2027-01-01")) == dec("5.91425"));
}

TEST_CASE("--point builds the one-line scenario; breakeven finds the smallest point to the thousandth") {
  const GridSet& law = embedded_grids_for_tests();
  auto s = point_scenario(law, "bad", "bad.point", day("2027-01-01"), dec("6"));
  REQUIRE(s);
  CHECK(*s->number_at("bad.point", day("2027-01-01")) == dec("6"));
  CHECK_FALSE(point_scenario(law, "ccn66", "", day("2027-01-01"), dec("6")));
  Profile p;
  p.convention = "bad";
  p.position = "employe.2.1";
  p.seniority = Decimal::from_int(7);
  p.extra["diploma_level"] = 3;
  auto b = point_breakeven(law, p, day("2027-01-01"), dec("1800"));
  REQUIRE_MESSAGE(b, (b ? "" : b.error().message));
  REQUIRE(b->point);
  // Whatever the exact value, it is minimal: at point − 0,001 € the net is below the target, at point it is not.
  CHECK(b->net >= dec("1800"));
  CHECK(b->net_below < dec("1800"));
  // A target the SMIC floor already gives: no point value is needed.
  auto floor = point_breakeven(law, p, day("2027-01-01"), dec("100"));
  REQUIRE(floor);
  CHECK_FALSE(floor->point);
}
