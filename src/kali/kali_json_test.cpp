// Tests of the KALI convention reader on real excerpts of @socialgouv/kali-data 3.449.0,
// data/KALICONT000025805800.json (IDCC 2941), saved under tests/kali/ (tests/kali/README.md says how they were cut).
#include "kali_json.h"

#include <doctest/doctest.h>

#include <string>

using namespace revalo;

namespace {
std::string excerpt(const std::string& name) { return std::string(REVALO_SOURCE_DIR) + "/tests/kali/" + name; }
}  // namespace

TEST_CASE("an avenant's article takes its text and the text's effect date") {
  auto doc = read_kali_file(excerpt("avenant51.json"));
  REQUIRE(doc.ok());
  CHECK(doc->id == "KALICONT000025805800");
  CHECK(doc->title.rfind("Convention collective nationale de la branche de l'aide", 0) == 0);
  const KaliArticle* a = doc->article("KALIARTI000047011451");
  REQUIRE(a != nullptr);
  CHECK(a->num == "1er");
  CHECK(a->text_id == "KALITEXT000047011447");
  CHECK(doc->texts.at("KALITEXT000047011447").title == "Avenant n° 51-2022 du 23 mars 2022 relatif aux salaires");
  // The text's modifDate is 2022-01-01 (avenant 51, art. 4: effect on 1 January 2022); the article's only
  // target-side link is its extension (ETEND), which dates nothing.
  REQUIRE(a->date.has_value());
  CHECK(a->date->iso() == "2022-01-01");
  CHECK(a->html.find("La valeur du point est de 5,51 euros.") != std::string::npos);
  CHECK(doc->article("KALIARTI000049306344") == nullptr);
}

TEST_CASE("a base-text article is dated by the link that created or last modified it") {
  auto doc = read_kali_file(excerpt("base-titre3-13-14.json"));
  REQUIRE(doc.ok());
  // III.13: MODIFIE by avenant 61/2023, art. 1 (KALIARTI000049300814), dateDebutCible 2024-01-01.
  const KaliArticle* iii13 = doc->article("KALIARTI000049306344");
  REQUIRE(iii13 != nullptr);
  CHECK(iii13->num == "13");
  CHECK(iii13->text_id == "KALITEXT000025805457");
  REQUIRE(iii13->date.has_value());
  CHECK(iii13->date->iso() == "2024-01-01");
  // III.14: CREE by avenant 43-2020, art. 1 (KALIARTI000044159636), dateDebutCible 2021-10-01.
  const KaliArticle* iii14 = doc->article("KALIARTI000044232614");
  REQUIRE(iii14 != nullptr);
  REQUIRE(iii14->date.has_value());
  CHECK(iii14->date->iso() == "2021-10-01");
  REQUIRE(doc->order.size() == 2);
  CHECK(doc->order[0] == "KALIARTI000049306344");
}

TEST_CASE("articles abrogated by an article of the file are known with the abrogation date") {
  // Avenant 49-2021, art. 2 (KALIARTI000044391999) abrogates the annex « Règles de reclassement de l'accord du
  // 29 mars 2002 »; the avenant's effect date (modifDate) is 2021-10-01.
  auto doc = read_kali_file(excerpt("avenant49-art2.json"));
  REQUIRE(doc.ok());
  auto it = doc->abrogated.find("KALIARTI000025805792");
  REQUIRE(it != doc->abrogated.end());
  CHECK(it->second.by_article == "KALIARTI000044391999");
  REQUIRE(it->second.date.has_value());
  CHECK(it->second.date->iso() == "2021-10-01");
  CHECK(it->second.by_text_title.rfind("Avenant n° 49-2021 du 1er juillet 2021", 0) == 0);
}

TEST_CASE("several files: each article from the first file that holds it") {
  // 3.449.0 no longer holds art. III.9 of the 2010 text (KALIARTI000025805591, « Catégorie C »), abrogated by
  // avenant 43-2020; 1.131.0 (texts up to 2020) still does.
  auto doc = read_kali_files({excerpt("avenant51.json"), excerpt("old-1.131.0-titre3-9.json")});
  REQUIRE(doc.ok());
  CHECK(doc->article("KALIARTI000047011451") != nullptr);
  const KaliArticle* iii9 = doc->article("KALIARTI000025805591");
  REQUIRE(iii9 != nullptr);
  CHECK(iii9->surtitre == "Catégorie C");
  CHECK_FALSE(iii9->date.has_value());  // only an extension link, and the 2010 text has no modifDate there
  REQUIRE(doc->order.size() == 2);
  CHECK(doc->order[1] == "KALIARTI000025805591");
  auto missing = read_kali_files({excerpt("avenant51.json"), excerpt("no-such-file.json")});
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == ErrorKind::Input);
}

TEST_CASE("unreadable or foreign files are input errors") {
  auto missing = read_kali_file(excerpt("no-such-file.json"));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().kind == ErrorKind::Input);
  auto bad = parse_kali_json("{\"type\": ", "x.json");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().kind == ErrorKind::Input);
  CHECK(bad.error().message.rfind("x.json : JSON illisible", 0) == 0);
  auto foreign = parse_kali_json("[1, 2]", "y.json");
  REQUIRE_FALSE(foreign.ok());
  CHECK(foreign.error().message.find("pas un fichier de convention KALI") != std::string::npos);
  auto empty = parse_kali_json("{\"data\": {}, \"children\": []}", "z.json");
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.error().message == "z.json : aucun article KALI dans ce fichier");
}
