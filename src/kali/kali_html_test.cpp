// Tests of the KALI HTML reader on real article contents (KALI, @socialgouv/kali-data 3.449.0,
// data/KALICONT000025805800.json; the same articles are saved under tests/kali/).
#include "kali_html.h"

#include <doctest/doctest.h>

#include <string>

using namespace revalo;

namespace {

// Art. III.13.2 of the convention (KALIARTI000049306344, version of 2024-01-01), the end of its `content`, verbatim.
const std::string kIII_13_2 =
    "<p align=\"center\">13.2. Salaire de base à temps plein des employé(e)s de degré 1 et 2 de la filière "
    "d'intervention, en fonction des échelons</p><center><table border=\"1\"><tbody><tr><th colspan=\"3\">Filière "
    "intervention<br/>\n\t\t\tEmployé(e) degré 1</th><th colspan=\"3\">Filière intervention<br/>\n\t\t\tEmployé(e) "
    "degré 2</th></tr><tr><th>Échelon 1</th><th>Échelon 2</th><th>Échelon 3</th><th>Échelon 1</th><th>Échelon "
    "2</th><th>Échelon 3</th></tr><tr><td align=\"center\">Coef. 308</td><td align=\"center\">Coef. 315</td><td "
    "align=\"center\">Coef. 331</td><td align=\"center\">Coef. 344</td><td align=\"center\">Coef. 359</td><td "
    "align=\"center\">Coef. 383</td></tr></tbody></table></center><p></p>";

// Art. III.13.1, first table (same article): a cell spanning two rows.
const std::string kIII_13_1 =
    "<center><table border=\"1\"><tbody><tr><td align=\"center\">Échelon 1</td><td rowspan=\"2\" "
    "align=\"center\">Salarié(e) en cours d'appropriation des missions de base de l'emploi et qui n'effectue pas "
    "d'actes essentiels de la vie quotidienne (cf. art. 5.1).</td></tr><tr><td align=\"center\">En phase "
    "d'appropriation des missions de base de l'emploi</td></tr><tr><td align=\"center\">Échelon 2</td><td "
    "align=\"center\">Passage en échelon 2</td></tr></tbody></table></center>";

}  // namespace

TEST_CASE("html_to_text drops tags, decodes references and collapses white space") {
  // Avenant 51-2022, art. 1 (KALIARTI000047011451): « Article 13.2<br/>\nSalaire de base … ».
  CHECK(html_to_text("<p align=\"center\">« Article 13.2<br/>\nSalaire de base à temps plein</p>") ==
        "« Article 13.2 Salaire de base à temps plein");
  CHECK(html_to_text("5,51&nbsp;euros &amp; 5&#44;62&#x20AC;") == "5,51 euros & 5,62€");
  CHECK(html_to_text("a\xC2\xA0\xC2\xA0 b") == "a b");  // no-break spaces
  CHECK(html_to_text("x < y") == "x < y");              // a lone '<' is text
}

TEST_CASE("html_tables expands colspan and keeps the heading before the table") {
  auto tables = html_tables(kIII_13_2);
  REQUIRE(tables.size() == 1);
  const HtmlTable& t = tables[0];
  CHECK(t.caption ==
        "13.2. Salaire de base à temps plein des employé(e)s de degré 1 et 2 de la filière d'intervention, en "
        "fonction des échelons");
  REQUIRE(t.rows.size() == 3);
  REQUIRE(t.rows[0].size() == 6);
  CHECK(t.rows[0][0].header);
  CHECK(t.rows[0][2].text == "Filière intervention Employé(e) degré 1");
  CHECK(t.rows[0][3].text == "Filière intervention Employé(e) degré 2");
  CHECK(t.rows[1][4].text == "Échelon 2");
  CHECK_FALSE(t.rows[2][0].header);
  CHECK(t.rows[2][0].text == "Coef. 308");
  CHECK(t.rows[2][5].text == "Coef. 383");
}

TEST_CASE("html_tables expands rowspan") {
  auto tables = html_tables(kIII_13_1);
  REQUIRE(tables.size() == 1);
  const HtmlTable& t = tables[0];
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[1][0].text == "En phase d'appropriation des missions de base de l'emploi");
  CHECK(t.rows[1][1].text == t.rows[0][1].text);
  CHECK(t.rows[2][1].text == "Passage en échelon 2");
}

TEST_CASE("html_tables reads a nested table as the text of its cell") {
  auto tables = html_tables("<table><tr><td>a<table><tr><td>b</td></tr></table></td><td>c</td></tr></table>");
  REQUIRE(tables.size() == 1);
  REQUIRE(tables[0].rows.size() == 1);
  CHECK(tables[0].rows[0][0].text == "a b");
  CHECK(tables[0].rows[0][1].text == "c");
}

TEST_CASE("numbers_in reads French numbers") {
  // Avenant 19-2014, art. 1 (KALIARTI000030334917): « La valeur du point est portée, à compter du 1er juillet
  // 2014, à 5,355 €. »
  auto n = numbers_in("La valeur du point est portée, à compter du 1er juillet 2014, à 5,355 €.");
  REQUIRE(n.size() == 3);
  CHECK(n[0].value == *Decimal::parse("1"));
  CHECK(n[1].value == *Decimal::parse("2014"));
  CHECK(n[2].value == *Decimal::parse("5.355"));
  // III.13.2: « Coef. 308 ».
  auto c = numbers_in("Coef. 308");
  REQUIRE(c.size() == 1);
  CHECK(c[0].value == *Decimal::parse("308"));
  CHECK(c[0].begin == 6);
  // Thousands groups (the written form Decimal::parse documents), and a sentence's final point is not a decimal mark.
  auto t = numbers_in("1 539,42 et 12.");
  REQUIRE(t.size() == 2);
  CHECK(t[0].value == *Decimal::parse("1539.42"));
  CHECK(t[1].value == *Decimal::parse("12"));
}
