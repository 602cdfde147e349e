// Tests of the coefficient-table and point-value reader on real excerpts of KALI (@socialgouv/kali-data 3.449.0,
// data/KALICONT000025805800.json), saved under tests/kali/. Every expected number is the one printed in the
// excerpt's article, quoted in the comment.
#include "kali_tables.h"

#include <doctest/doctest.h>

#include <string>

using namespace revalo;

namespace {

std::string excerpt(const std::string& name) { return std::string(REVALO_SOURCE_DIR) + "/tests/kali/" + name; }

KaliArticle article(const std::string& file, const std::string& id) {
  auto doc = read_kali_file(excerpt(file));
  REQUIRE(doc.ok());
  const KaliArticle* a = doc->article(id);
  REQUIRE(a != nullptr);
  return *a;
}

Decimal d(const char* s) { return *Decimal::parse(s); }

}  // namespace

TEST_CASE("fold drops case and French accents") {
  CHECK(fold("Échelon 1") == "echelon 1");
  CHECK(fold("technicien (ne) – agent(e) de maîtrise degré 2") == "technicien (ne) – agent(e) de maitrise degre 2");
  CHECK(fold("Œuvres sociales, l’emploi") == "oeuvres sociales, l'emploi");
}

TEST_CASE("avenant 43 grid: III.13.2, employé(e)s of the filière intervention, version of 2024-01-01") {
  // KALIARTI000049306344, 13.2: « Filière intervention Employé(e) degré 1 | … degré 2 », « Échelon 1 … 3 »,
  // « Coef. 308 | Coef. 315 | Coef. 331 | Coef. 344 | Coef. 359 | Coef. 383 ».
  auto tables = coefficient_tables(article("base-titre3-13-14.json", "KALIARTI000049306344"));
  REQUIRE(tables.size() == 1);  // the two tables of 13.1 (passage conditions) are not coefficient tables
  CHECK(tables[0].number == 3);
  const auto& v = tables[0].values;
  REQUIRE(v.size() == 6);
  CHECK(v[0].key == "employe.1.1");
  CHECK(v[0].value == d("308"));
  CHECK(v[0].index == -1);
  CHECK(v[0].where == "filière intervention");
  CHECK(v[1].key == "employe.1.2");
  CHECK(v[1].value == d("315"));
  CHECK(v[2].key == "employe.1.3");
  CHECK(v[2].value == d("331"));
  CHECK(v[3].key == "employe.2.1");
  CHECK(v[3].value == d("344"));
  CHECK(v[4].key == "employe.2.2");
  CHECK(v[4].value == d("359"));
  CHECK(v[5].key == "employe.2.3");
  CHECK(v[5].value == d("383"));
}

TEST_CASE("avenant 43 grid: III.14.2, technicien(ne) – agent(e) de maîtrise, and III.16.2, filière support") {
  // KALIARTI000044232614, 14.2: « Coefficient 363 | 379 | 404 | 436 | 456 | 485 ».
  auto tam = coefficient_tables(article("base-titre3-13-14.json", "KALIARTI000044232614"));
  REQUIRE(tam.size() == 1);
  REQUIRE(tam[0].values.size() == 6);
  CHECK(tam[0].values[0].key == "tam.1.1");
  CHECK(tam[0].values[0].value == d("363"));
  CHECK(tam[0].values[5].key == "tam.2.3");
  CHECK(tam[0].values[5].value == d("485"));
  // KALIARTI000049306342, 16.2: « Filière Support Employé(e) degré 1 … », « Coef. 308 … Coef. 383 ».
  auto support = coefficient_tables(article("base-titre3-16.json", "KALIARTI000049306342"));
  REQUIRE(support.size() == 1);
  REQUIRE(support[0].values.size() == 6);
  CHECK(support[0].values[0].key == "employe.1.1");
  CHECK(support[0].values[0].value == d("308"));
  CHECK(support[0].values[0].where == "filière support");
}

TEST_CASE("an avenant restating two articles gives both tables") {
  // Avenant 51-2022, art. 1 (KALIARTI000047011451): « Article 13.2 » and « Article 16.2 », each « Coefficient 291 |
  // 304 | 324 | 344 | 359 | 383 ».
  auto tables = coefficient_tables(article("avenant51.json", "KALIARTI000047011451"));
  REQUIRE(tables.size() == 2);
  CHECK(tables[0].values[0].key == "employe.1.1");
  CHECK(tables[0].values[0].value == d("291"));
  CHECK(tables[0].values[0].where == "filière intervention");
  CHECK(tables[1].values[2].key == "employe.1.3");
  CHECK(tables[1].values[2].value == d("324"));
  CHECK(tables[1].values[2].where == "filière support");
}

TEST_CASE("old grid: Année | Coefficient, category from the heading") {
  // Avenant 8-2013, art. 1 (KALIARTI000027662354): « Article 7 Catégorie A », « 1 | 270 » … « 30 | 306 »;
  // « Article 8 Catégorie B », « 1 | 271 » … « 12 | 295 » … « 30 | 337 ».
  auto tables = coefficient_tables(article("avenant8-2013.json", "KALIARTI000027662354"));
  REQUIRE(tables.size() == 2);
  const auto& a = tables[0].values;
  REQUIRE(a.size() == 30);
  CHECK(a[0].key == "A");
  CHECK(a[0].index == 0);
  CHECK(a[0].value == d("270"));
  CHECK(a[0].where == "catégorie A");
  CHECK(a[29].index == 29);
  CHECK(a[29].value == d("306"));
  const auto& b = tables[1].values;
  REQUIRE(b.size() == 30);
  CHECK(b[0].key == "B");
  CHECK(b[0].value == d("271"));
  CHECK(b[11].value == d("295"));
  CHECK(b[29].value == d("337"));
}

TEST_CASE("point values stated in a text") {
  // Avenant 51-2022, art. 1: « La valeur du point est de 5,51 euros. »
  auto a51 = stated_point_values(html_to_text(article("avenant51.json", "KALIARTI000047011451").html));
  REQUIRE(a51.size() == 1);
  CHECK(a51[0] == d("5.51"));
  // Avenant 31-2016, art. 1 (KALIARTI000034826510): « La valeur du point est portée, à compter du 1er août 2016, à
  // 5,38 €. »
  auto a31 = stated_point_values("La valeur du point est portée, à compter du 1er août 2016, à 5,38 €. »");
  REQUIRE(a31.size() == 1);
  CHECK(a31[0] == d("5.38"));
  // III.13 states none.
  CHECK(stated_point_values(html_to_text(article("base-titre3-13-14.json", "KALIARTI000049306344").html)).empty());
}

TEST_CASE("old grid: the category in the article's surtitre") {
  // @socialgouv/kali-data 1.131.0 (texts up to 2020), art. III.9 of the 2010 text (KALIARTI000025805591), surtitre
  // « Catégorie C », no heading before its table « Année | Coefficient », « 1 | 296 » … « 12 | 341 » … « 30 | 398 ».
  auto tables = coefficient_tables(article("old-1.131.0-titre3-9.json", "KALIARTI000025805591"));
  REQUIRE(tables.size() == 1);
  const auto& c = tables[0].values;
  REQUIRE(c.size() == 30);
  CHECK(c[0].key == "C");
  CHECK(c[0].value == d("296"));
  CHECK(c[11].value == d("341"));
  CHECK(c[29].value == d("398"));
}
