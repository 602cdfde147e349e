// Tests of the KALI step and cadre grids of the CCN 66 (IDCC 413) and of their comparison with grids written here, on
// real excerpts of @socialgouv/kali-data 3.449.0, data/KALICONT000005635407.json (tests/kali/ccn66-*.json). Every
// expected number is the one printed in the excerpt's article, quoted in the comment.
#include <doctest/doctest.h>

#include <string>

#include "grid_loader.h"
#include "kali_tables.h"
#include "kali_verify.h"

using namespace revalo;

namespace {

std::string excerpt(const std::string& name) { return std::string(REVALO_SOURCE_DIR) + "/tests/kali/" + name; }

KaliDoc doc(const std::string& file) {
  auto d = read_kali_file(excerpt(file));
  REQUIRE(d.ok());
  return *d;
}

std::optional<Decimal> value(const KaliTable& t, const std::string& key) {
  for (const auto& v : t.values)
    if (v.key == key) return v.value;
  return std::nullopt;
}

Decimal d(const char* s) { return *Decimal::parse(s); }

}  // namespace

TEST_CASE("CCN 66 step grids: « Coefficient » and « Coefficient (1) » columns, « Périodicité » left out") {
  const KaliDoc k = doc("ccn66-annexe3-4.json");
  // Éducateur spécialisé (KALIARTI000018881352): « Début 434 446 », « Après 9 ans 570 586 », « Après 28 ans 762 783 ».
  auto es = coefficient_tables(*k.article("KALIARTI000018881352"));
  REQUIRE(es.size() == 1);
  CHECK(es[0].steps);
  CHECK(es[0].values.size() == 24);
  CHECK(value(es[0], "externat.0") == d("434"));
  CHECK(value(es[0], "internat.0") == d("446"));
  CHECK(value(es[0], "externat.9") == d("570"));
  CHECK(value(es[0], "internat.28") == d("783"));
  // Rééducateurs (KALIARTI000005863383): one « Coefficient » column only, « Après 11 ans 581 ».
  auto reed = coefficient_tables(*k.article("KALIARTI000005863383"));
  REQUIRE(reed.size() == 1);
  CHECK(reed[0].values.size() == 12);
  CHECK(value(reed[0], "externat.11") == d("581"));
  CHECK_FALSE(value(reed[0], "internat.0"));
  // Moniteur-éducateur (KALIARTI000005863308): « Déroulement de carrière | Périodicité | Coefficient | Coefficient (1) »,
  // « Après 2 ans | 1 an | 438 | 450 »: the périodicité is not a coefficient.
  auto me = coefficient_tables(*k.article("KALIARTI000005863308"));
  REQUIRE(me.size() == 1);
  CHECK(me[0].values.size() == 26);
  CHECK(value(me[0], "externat.2") == d("438"));
  CHECK(value(me[0], "internat.2") == d("450"));
}

TEST_CASE("CCN 66 avenant 361: « Avec anomalie de rythme du travail » is the internat column; the point is stated") {
  const KaliDoc k = doc("ccn66-avenant361.json");
  // Art. 2.3 (KALIARTI000044201838), agent de service intérieur: « de début 373 383 », « après 28 ans 445 455 ».
  auto asi = coefficient_tables(*k.article("KALIARTI000044201838"));
  REQUIRE(asi.size() == 1);
  CHECK(value(asi[0], "externat.0") == d("373"));
  CHECK(value(asi[0], "internat.0") == d("383"));
  CHECK(value(asi[0], "internat.28") == d("455"));
  // Art. 1er (KALIARTI000044201832): « La valeur du point est portée à 3,82 € à compter du 1er février 2021 ».
  auto point = stated_point_values(html_to_text(k.article("KALIARTI000044201832")->html));
  REQUIRE(point.size() == 1);
  CHECK(point[0] == d("3.82"));
}

TEST_CASE("CCN 66 annexe 6: the cadre grids by classe and niveau, named by the heading before each table") {
  // KALIARTI000022837404: « Cadres hors classe »: DG « Début 1 000 », DGA « Après 28 ans 1 152 »; « Cadres classe 1 »:
  // « Si niveau I exigé 870,0 | Niveau II 800 »; classe 2 « Après 3 ans » niveau II 793,1; classe 3 niveau III 680.
  auto tables = coefficient_tables(*doc("ccn66-annexe6-cadres.json").article("KALIARTI000022837404"));
  REQUIRE(tables.size() == 4);
  CHECK(value(tables[0], "dg.0") == d("1000"));
  CHECK(value(tables[0], "dga.28") == d("1152"));
  CHECK(value(tables[1], "1.1.0") == d("870"));
  CHECK(value(tables[1], "1.2.0") == d("800"));
  CHECK(value(tables[2], "2.2.3") == d("793.1"));
  CHECK(value(tables[3], "3.3.0") == d("680"));
}

TEST_CASE("a CCN 66 grid cell is compared with every article that restates its grid") {
  // Grid A's first step (434 / 446) named in the éducateur spécialisé and rééducateurs articles; 447 after 1 year.
  // The rééducateurs' table has no internat column: internat.0 is compared with the éducateur's article only.
  auto g = load_grids({GridSource{"grids/ccn66/test.toml", "test.toml", R"toml(
[grid]
name = "ccn66"

[[param]]
id = "ccn66.grille.A"
label = "Grille A"
kind = "table"
unit = "coefficient"

[[param.version]]
from = 2020-01-01
source = "Annexes 3 et 4"
kali = "KALIARTI000018881352 KALIARTI000005863383"

[param.version.cells]
"externat.0" = 434
"externat.1" = 448
"internat.0" = 446
)toml",
                                       false}});
  REQUIRE(g.ok());
  auto r = verify_grids(*g, doc("ccn66-annexe3-4.json"), "ccn66");
  REQUIRE(r.ok());
  REQUIRE(r->params.size() == 1);
  const auto& cells = r->params[0].cells;
  // externat.0 twice ok, externat.1 twice different (448 written on purpose instead of 447), internat.0 once ok.
  REQUIRE(cells.size() == 5);
  CHECK(r->count(KaliStatus::Ok) == 3);
  CHECK(r->count(KaliStatus::Differs) == 2);
  // The moniteur-éducateur's and the éducateur technique's tables, cited by no cell, are listed, not compared.
  REQUIRE(r->tables.size() == 2);
  CHECK(r->tables[0].status == KaliStatus::Absent);
  CHECK(r->tables[0].reason.find("grille d'un emploi") != std::string::npos);
  CHECK(r->has_differences());
}
