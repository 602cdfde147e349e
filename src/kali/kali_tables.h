// What a KALI article states in numbers: its coefficient tables, cell by cell, named with the keys of our grid
// tables, and the point values it states. Two table shapes are read:
//  - avenant 43 grids (art. III.13.2 to III.18.2 and the avenants that restate them): header cells naming the
//    catégorie (employé, technicien – agent de maîtrise, cadre) and the degré over header cells naming the
//    échelon, above cells "Coefficient 363" / "Coef. 308" → keys "employe.1.1", "tam.1.1", "cadre.2.3";
//  - old grids A–I (art. III.7 to III.15 before avenant 43): a header row "Année | Coefficient", rows
//    "1 | 270", and the category in the heading before the table ("Article 7 Catégorie A") or, failing that, in
//    the article's `surtitre` ("Catégorie C") → key "A", year 1;
//  - step grids of the CCN 66 (annexes 2 to 6 and 10, avenants 341 and 361): rows « Début » / « Après N ans », value
//    columns « Coefficient » → "externat.N", « Coefficient (1) » / « Avec anomalie de rythme du travail » →
//    "internat.N"; the cadre grids of annexe 6: « Niveau I … III » (« Si niveau I exigé ») under a heading « Cadres
//    classe C » → "C.L.N", « Directeurs généraux (adjoints) » → "dg.N" / "dga.N".
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "decimal.h"
#include "kali_html.h"
#include "kali_json.h"

namespace revalo {

struct KaliValue {
  std::string key;    // "employe.1.1", "tam.2.3", "cadre.1.2" (catégorie.degré.échelon) or "A" … "I"
  int index = -1;     // year grids: year − 1 (the index in the grid cell's values); −1 otherwise
  Decimal value;
  std::string where;  // "filière intervention", "filière support", "catégorie A"
};

struct KaliTable {
  std::string article_id;
  int number = 0;  // rank of the table among the article's tables, from 1
  std::string caption;
  std::vector<KaliValue> values;
  // A step grid: one job's table, whose cells do not say which grid of ours it is (the CCN 66 has one per job).
  bool steps = false;
};

// The values of one HTML table when it is a coefficient table of a known shape (empty otherwise). `heading`: the
// article's own heading (surtitre), read when the text before the table names no category.
std::vector<KaliValue> coefficient_values(const HtmlTable& table, const std::string& heading = "");
// The values of a step grid (the third shape above), empty when the table is not one.
std::vector<KaliValue> step_values(const HtmlTable& table);
// The article's coefficient tables (tables of other kinds are left out).
std::vector<KaliTable> coefficient_tables(const KaliArticle& article);
// The point values stated in a plain text: "La valeur du point est de 5,51 euros", "La valeur du point est
// portée, à compter du 1er août 2016, à 5,38 €" → the first amount in euros after each "valeur du point est".
std::vector<Decimal> stated_point_values(std::string_view text);
// Lower case without French accents ("Échelon" → "echelon", "maîtrise" → "maitrise", "œ" → "oe"), for matching.
std::string fold(std::string_view text);

}  // namespace revalo
