// For unit tests: a small grid file with vocabularies, amounts and two measures, to test the loader and the
// eligibility engine on rules that do not change with the law (the real measures are tested on grids/segur).
#pragma once
#include <string>

#include "grid_loader.h"

namespace revalo {

inline const char* kMiniMeasures = R"(
[grid]
name = "t"

[[vocabulary]]
id = "employer"
label = "Employeur"
[[vocabulary.term]]
id = "public"
label = "Public"
group = true
[[vocabulary.term]]
id = "fph"
label = "FPH"
groups = ["public"]
[[vocabulary.term]]
id = "assoc"
label = "Association"
aliases = ["associatif"]

[[vocabulary]]
id = "convention"
label = "Convention"
[[vocabulary.term]]
id = "ccn-x"
label = "CCN X"
implies = { employer = "assoc" }

[[vocabulary]]
id = "structure"
label = "Structure"
[[vocabulary.term]]
id = "soin"
label = "Soin"
group = true
[[vocabulary.term]]
id = "ehpad"
label = "EHPAD"
groups = ["soin"]
[[vocabulary.term]]
id = "foyer"
label = "Foyer"

[[vocabulary]]
id = "job"
label = "Emploi"
[[vocabulary.term]]
id = "medical"
label = "Médical"
group = true
[[vocabulary.term]]
id = "medecin"
label = "Médecin"
groups = ["medical"]
[[vocabulary.term]]
id = "aide-soignant"
label = "Aide-soignant"
aliases = ["as", "aide soignante"]
[[vocabulary.term]]
id = "secretaire"
label = "Secrétaire"

[[vocabulary]]
id = "contract"
label = "Contrat"
default = "ordinaire"
[[vocabulary.term]]
id = "ordinaire"
label = "Ordinaire"
[[vocabulary.term]]
id = "apprenti"
label = "Apprenti"

[[param]]
id = "t.points"
label = "Points"
kind = "table"
unit = "points"
[[param.version]]
from = 2020-01-01
source = "points 1"
[param.version.cells]
"public-titulaire" = 10
[[param.version]]
from = 2021-01-01
source = "points 2"
[param.version.cells]
"public-titulaire" = 20

[[param]]
id = "t.euros"
label = "Euros"
kind = "scalar"
unit = "EUR"
[[param.version]]
from = 2020-01-01
value = "100"
source = "euros"

[[measure]]
id = "m1"
label = "Mesure 1"

[[measure.rule]]
effect = "exclude"
row = "R0"
label = "médecins exclus"
employer = ["public"]
job = ["medical"]
from = 2020-01-01
source = "exclusion"

[[measure.rule]]
effect = "undecidable"
row = "R1"
label = "apprentis"
employer = ["assoc"]
contract = ["apprenti"]
from = 2020-01-01
amount = "t.euros"
source = "doute"
confidence = "U"
note = "disputed"

[[measure.rule]]
row = "R2"
label = "public, soin"
employer = ["fph"]
structure = ["soin"]
from = 2020-01-01
amount = "t.points"
source = "public text"

[[measure.rule]]
row = "R3"
label = "associations, foyers, AS diplômés"
employer = ["assoc"]
structure = ["foyer"]
job = ["aide-soignant"]
diploma = true
from = 2021-01-01
amount = "t.euros"
source = "private text"

[[measure]]
id = "m2"
label = "Mesure résiduelle"
residual = true

[[measure.rule]]
row = "R4"
label = "toutes les associations"
employer = ["assoc"]
from = 2022-01-01
amount = "t.euros"
source = "residual text"
)";

inline Result<GridSet> load_mini_measures(const std::string& extra = "") {
  return load_grids({GridSource{"t.toml", "t.toml", std::string(kMiniMeasures) + extra, false}});
}

}  // namespace revalo
