// Tests of the regroupement, dated point and yearly-table readers on a real excerpt of KALI (@socialgouv/kali-data
// 3.449.0, data/KALICONT000005635234.json, CCN 51), saved as tests/kali/ccn51-excerpt.json. Every expected number is
// the one printed in the excerpt's article, quoted in the comment.
#include "kali_regroupement.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "kali_html.h"

using namespace revalo;

namespace {

const KaliDoc& doc() {
  static const KaliDoc d = *read_kali_file(std::string(REVALO_SOURCE_DIR) + "/tests/kali/ccn51-excerpt.json");
  return d;
}

const KaliValue* find(const std::vector<KaliValue>& v, const std::string& key) {
  auto it = std::find_if(v.begin(), v.end(), [&](const KaliValue& x) { return x.key == key; });
  return it == v.end() ? nullptr : &*it;
}

}  // namespace

TEST_CASE("métier headings with their reference coefficient") {
  // Regroupement 1.2 (KALIARTI000049216579): « AIDE-SOIGNANT Coef. Réf. 376 », « AUXILIAIRE DE PUERICULTURE Coef.
  // Réf. 376 ».
  auto v = reference_coefficients(*doc().article("KALIARTI000049216579"));
  REQUIRE(find(v, "aide-soignant"));
  CHECK(find(v, "aide-soignant")->value == Decimal::from_int(376));
  CHECK(find(v, "auxiliaire-de-puericulture")->value == Decimal::from_int(376));
  // Regroupement 1.6 (KALIARTI000049216564): « INFIRMIER D.E. OU AUTORISÉ Coef. Réf. 477 »: also keyed by its
  // leading plain word.
  auto w = reference_coefficients(*doc().article("KALIARTI000049216564"));
  REQUIRE(find(w, "infirmier"));
  CHECK(find(w, "infirmier")->value == Decimal::from_int(477));
  // Regroupement 1.9 (KALIARTI000049216586): « CADRE INFIRMIER (SURVEILLANT CHEF) Coef. Réf. 590 », « PSYCHOLOGUE
  // Coef. Réf. 518 ».
  auto x = reference_coefficients(*doc().article("KALIARTI000049216586"));
  CHECK(find(x, "cadre-infirmier")->value == Decimal::from_int(590));
  CHECK(find(x, "psychologue")->value == Decimal::from_int(518));
}

TEST_CASE("a point value stated with its date") {
  // Avenant 2017-02 art. 1 (KALIARTI000035744541): « est portée à 4,425 € au 1er juillet 2017 et à 4,447 € au 1er
  // juillet 2018. La valeur du point médical traditionnel est portée à 12,513 € … »
  const std::string text = html_to_text(doc().article("KALIARTI000035744541")->html);
  CHECK(point_value_on(text, *Date::parse("2017-07-01")) == *Decimal::parse("4.425"));
  CHECK(point_value_on(text, *Date::parse("2018-07-01")) == *Decimal::parse("4.447"));
  CHECK_FALSE(point_value_on(text, *Date::parse("2022-11-01")));
}

TEST_CASE("the prime d'ancienneté table by année d'exercice") {
  // Art. 08.01.1 (KALIARTI000029952708): « Année d'exercice | Prime d'ancienneté », rows 1 | 0 … 13 | 12, 14 | 12,
  // 15 | 14 … 35 | 34 … 41 | 34.
  auto rows = yearly_values(*doc().article("KALIARTI000029952708"));
  REQUIRE(rows.size() == 41);
  CHECK(rows.front() == std::pair{1, Decimal()});
  CHECK(rows[13] == std::pair{14, Decimal::from_int(12)});
  CHECK(rows[14] == std::pair{15, Decimal::from_int(14)});
  CHECK(rows.back() == std::pair{41, Decimal::from_int(34)});
}
