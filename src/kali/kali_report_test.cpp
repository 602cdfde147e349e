// Tests of the text of `revalo grids verify`, on a small grid and a real KALI excerpt (tests/kali/avenant51.json:
// avenant 51-2022, art. 1, KALIARTI000047011451: employé D1 « Coefficient 291 | 304 | 324 »).
#include "kali_report.h"

#include <doctest/doctest.h>

#include <string>

#include "grid_loader.h"

using namespace revalo;

TEST_CASE("verify report: ok, differing and absent cells, footnotes, summary") {
  const char* toml = R"toml(
[grid]
name = "bad"

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

[[param.version]]
from = 2026-06-01
source = "Avenant 75/2026 (KALITEXT000054880770); JourDePaye"

[param.version.cells]
"employe.1.1" = 319
)toml";
  auto g = load_grids({GridSource{"grids/bad/test.toml", "test.toml", toml, false}});
  REQUIRE(g.ok());
  auto kali = read_kali_file(std::string(REVALO_SOURCE_DIR) + "/tests/kali/avenant51.json");
  REQUIRE(kali.ok());
  auto r = verify_grids(*g, *kali, "bad");
  REQUIRE(r.ok());
  std::string text = verify_report_text(*r, {"avenant51.json"});
  CHECK(text.find("Vérification des grilles contre KALI : avenant51.json (KALICONT000025805800, Convention "
                  "collective nationale") == 0);
  CHECK(text.find("\nbad.a43.coefficient — Coefficient (test.toml)\n  version du 2022-01-01\n") != std::string::npos);
  CHECK(text.find("    employe.1.1           291  ok  KALIARTI000047011451 du 2022-01-01\n") != std::string::npos);
  // 305: the KALI value 304 changed on purpose.
  CHECK(text.find("    employe.1.2           305  DIFFÈRE : KALI 304, grille 305 — KALIARTI000047011451 du "
                  "2022-01-01, filière intervention\n") != std::string::npos);
  CHECK(text.find("  version du 2026-06-01\n    employe.1.1           319  absent de KALI [1]\n") !=
        std::string::npos);
  CHECK(text.find("  [1] KALITEXT000054880770 de la source n'est pas dans ce fichier KALI. Source : Avenant 75/2026 "
                  "(KALITEXT000054880770); JourDePaye\n") != std::string::npos);
  // Both tables of the article (13.2 and 16.2) were used by the cells: none is listed as not cited.
  CHECK(text.find("Tableaux de coefficients KALI qu'aucune case ne cite :\n  aucun\n") != std::string::npos);
  CHECK(text.find("Bilan : cases ok : 1, différentes : 1, absentes de KALI : 1, non reliées : 0 ;") !=
        std::string::npos);
  CHECK(text.find("Des valeurs des grilles diffèrent de KALI (code de sortie 6).\n") != std::string::npos);
}
