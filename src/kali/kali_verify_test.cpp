// Tests of the grid ↔ KALI comparison, with small grids written here and real KALI excerpts (tests/kali/). Every
// number of the grids below is the one of the cited KALI article, or that number changed on purpose (said so).
#include "kali_verify.h"

#include <doctest/doctest.h>

#include <string>

#include "grid_loader.h"

using namespace revalo;

namespace {

std::string excerpt(const std::string& name) { return std::string(REVALO_SOURCE_DIR) + "/tests/kali/" + name; }

GridSet grid(const std::string& toml) {
  auto g = load_grids({GridSource{"grids/bad/test.toml", "test.toml", toml, false}});
  REQUIRE(g.ok());
  return *g;
}

const CellCheck& cell(const VerifyReport& r, const std::string& param, const std::string& from,
                      const std::string& key) {
  for (const auto& p : r.params)
    if (p.id == param)
      for (const auto& c : p.cells)
        if (c.version_from.iso() == from && c.key == key) return c;
  FAIL("no such cell: ", param, " ", from, " ", key);
  throw 0;
}

// Avenant 51-2022, art. 1 (KALIARTI000047011451): point 5,51 €; employé D1 291 / 304 / 324, D2 344 / 359 / 383.
const char* kA51 = R"toml(
[grid]
name = "bad"

[[param]]
id = "bad.point"
label = "Valeur du point"
kind = "scalar"
unit = "EUR"

[[param.version]]
from = 2022-01-01
value = "5.51"
source = "Avenant 51-2022, art. 1 (KALITEXT000047011447)"
kali = "KALIARTI000047011451"

[[param]]
id = "bad.a43.coefficient"
label = "Coefficient"
kind = "table"
unit = "coefficient"

[[param.version]]
from = 2022-01-01
source = "Avenant 51-2022, art. 1 (KALITEXT000047011447)"
kali = "KALIARTI000047011451"

[param.version.cells]
"employe.1.1" = 291
"employe.1.2" = 305
"employe.2.3" = 383
"tam.1.1" = { value = 363, source = "Avenant 43-2020, art. III.14.2 (KALIARTI000044232614)", kali = "KALIARTI000044232614" }

[[param.version]]
from = 2024-01-01
source = "Avenant 61/2023 (KALITEXT000049300810)"

[param.version.cells]
"employe.1.1" = 308
"employe.1.2" = 315
"employe.1.3" = 331
"employe.2.1" = 344
"employe.2.2" = 359
"employe.2.3" = 383

[[param.version]]
from = 2026-06-01
source = "Avenant 75/2026 (KALITEXT000054880770); JourDePaye"

[param.version.cells]
"employe.1.1" = 319

[[param]]
id = "bad.old.coefficient"
label = "Ancienne grille"
kind = "table"
unit = "coefficient"

[[param.version]]
from = 2013-01-01
to = 2021-09-30
source = "Avenant 8-2013 (KALIARTI000027662354)"
kali = "KALIARTI000027662354"

[param.version.cells]
C = { values = [296, 304], source = "Convention du 21 mai 2010, art. III.9", kali = "KALIARTI000025805591" }
)toml";

}  // namespace

TEST_CASE("cells and point values compared with the article they name") {
  GridSet g = grid(kA51);
  auto kali = read_kali_file(excerpt("avenant51.json"));
  REQUIRE(kali.ok());
  auto r = verify_grids(g, *kali, "bad");
  REQUIRE(r.ok());
  CHECK(r->kali_id == "KALICONT000025805800");

  const CellCheck& ok = cell(*r, "bad.a43.coefficient", "2022-01-01", "employe.1.1");
  CHECK(ok.status == KaliStatus::Ok);
  CHECK(ok.article_id == "KALIARTI000047011451");
  REQUIRE(ok.kali_date.has_value());
  CHECK(ok.kali_date->iso() == "2022-01-01");

  // 305 is the KALI value 304 changed on purpose.
  const CellCheck& differs = cell(*r, "bad.a43.coefficient", "2022-01-01", "employe.1.2");
  CHECK(differs.status == KaliStatus::Differs);
  CHECK(differs.ours == *Decimal::parse("305"));
  REQUIRE(differs.kali.has_value());
  CHECK(*differs.kali == *Decimal::parse("304"));
  CHECK(differs.where == "filière intervention");

  const CellCheck& point = cell(*r, "bad.point", "2022-01-01", "");
  CHECK(point.status == KaliStatus::Ok);
  CHECK(*point.kali == *Decimal::parse("5.51"));

  // III.14 is not in this excerpt.
  const CellCheck& tam = cell(*r, "bad.a43.coefficient", "2022-01-01", "tam.1.1");
  CHECK(tam.status == KaliStatus::Absent);
  CHECK(tam.reason == "l'article KALIARTI000044232614 n'est pas dans ce fichier KALI");

  // No article named: the text of avenant 61 is not in the excerpt, nor that of avenant 75.
  const CellCheck& a61 = cell(*r, "bad.a43.coefficient", "2024-01-01", "employe.1.1");
  CHECK(a61.status == KaliStatus::Absent);
  CHECK(a61.reason == "KALITEXT000049300810 de la source n'est pas dans ce fichier KALI");

  CHECK(r->count(KaliStatus::Differs) == 1);
  CHECK(r->has_differences());
}

TEST_CASE("a value whose KALI text is in the file but names no article is not compared") {
  GridSet g = grid(kA51);
  // Same excerpt, whose text KALITEXT000047011447 is cited by a version that names no article:
  auto kali = read_kali_file(excerpt("avenant51.json"));
  REQUIRE(kali.ok());
  std::string toml = std::string(kA51);
  toml.replace(toml.find("kali = \"KALIARTI000047011451\"\n\n[param.version.cells]"),
               std::string("kali = \"KALIARTI000047011451\"\n").size(), "");
  auto r = verify_grids(grid(toml), *kali, "bad");
  REQUIRE(r.ok());
  const CellCheck& c = cell(*r, "bad.a43.coefficient", "2022-01-01", "employe.1.1");
  CHECK(c.status == KaliStatus::Unlinked);
  CHECK(c.reason ==
        "aucun article KALI indiqué (champ kali) ; KALITEXT000047011447 de la source est dans le fichier");
}

TEST_CASE("year grids, abrogated articles, and KALI tables no cell names") {
  GridSet g = grid(kA51);
  auto a8 = read_kali_file(excerpt("avenant8-2013.json"));
  REQUIRE(a8.ok());
  auto r = verify_grids(g, *a8, "bad");
  REQUIRE(r.ok());
  // No cell of the test grid names avenant 8-2013 (keys A and B): its two tables are listed as not encoded.
  REQUIRE(r->tables.size() == 2);
  CHECK(r->tables[0].article_id == "KALIARTI000027662354");
  CHECK(r->tables[0].cells == 30);
  CHECK(r->tables[0].status == KaliStatus::Absent);
  CHECK(r->tables[0].reason == "aucune table des grilles n'a ces cases à cette date : tableau non encodé");

  // Art. III.16 (KALIARTI000049306342, 2024-01-01, « Coef. 308 … 383 ») is named by no cell: compared with our
  // table at its date.
  auto iii16 = read_kali_file(excerpt("base-titre3-16.json"));
  REQUIRE(iii16.ok());
  auto r16 = verify_grids(g, *iii16, "bad");
  REQUIRE(r16.ok());
  REQUIRE(r16->tables.size() == 1);
  CHECK(r16->tables[0].status == KaliStatus::Ok);
  CHECK(r16->tables[0].param == "bad.a43.coefficient");
  REQUIRE(r16->tables[0].date.has_value());
  CHECK(r16->tables[0].date->iso() == "2024-01-01");
}

TEST_CASE("a year-grid row against the old grid table of avenant 8-2013") {
  // Avenant 8-2013, art. 1: catégorie B, « 1 | 271 », « 2 | 272 »; the second year is changed here to 273.
  const char* toml = R"toml(
[grid]
name = "bad"

[[param]]
id = "bad.old.coefficient"
label = "Ancienne grille"
kind = "table"
unit = "coefficient"

[[param.version]]
from = 2013-01-01
source = "Avenant 8-2013 (KALIARTI000027662354)"
kali = "KALIARTI000027662354"

[param.version.cells]
B = [271, 273]
)toml";
  auto a8 = read_kali_file(excerpt("avenant8-2013.json"));
  REQUIRE(a8.ok());
  auto r = verify_grids(grid(toml), *a8, "");
  REQUIRE(r.ok());
  CHECK(r->grids == std::vector<std::string>{"bad"});
  REQUIRE(r->params.size() == 1);
  const auto& cells = r->params[0].cells;
  REQUIRE(cells.size() == 2);
  CHECK(cells[0].index == 0);
  CHECK(cells[0].status == KaliStatus::Ok);
  CHECK(cells[1].index == 1);
  CHECK(cells[1].status == KaliStatus::Differs);
  CHECK(*cells[1].kali == *Decimal::parse("272"));
  // The table of catégorie B was used; that of catégorie A (no cell A here) is listed as not encoded.
  REQUIRE(r->tables.size() == 1);
  CHECK(r->tables[0].number == 1);
}

TEST_CASE("abrogated article and unknown grid") {
  const char* toml = R"toml(
[grid]
name = "bad"

[[param]]
id = "bad.old.x"
label = "Annexe"
kind = "table"

[[param.version]]
from = 2013-01-01
source = "Règles de reclassement (KALIARTI000025805792)"
kali = "KALIARTI000025805792"

[param.version.cells]
A = 1
)toml";
  // Avenant 49-2021, art. 2 (KALIARTI000044391999) abrogates KALIARTI000025805792; avenant 49's date is 2021-10-01.
  auto a49 = read_kali_file(excerpt("avenant49-art2.json"));
  REQUIRE(a49.ok());
  GridSet g = grid(toml);
  auto r = verify_grids(g, *a49, "bad");
  REQUIRE(r.ok());
  const CellCheck& c = r->params[0].cells[0];
  CHECK(c.status == KaliStatus::Absent);
  CHECK(c.reason.rfind("l'article KALIARTI000025805792 n'est pas dans ce fichier : abrogé le 2021-10-01 par "
                       "KALIARTI000044391999 (Avenant n° 49-2021",
                       0) == 0);
  auto unknown = verify_grids(g, *a49, "ccn66");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.error().kind == ErrorKind::Input);
}
