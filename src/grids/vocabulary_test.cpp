// Tests of vocabulary lookups: ids, labels and aliases without accents or case, groups, suggestions.
#include "vocabulary.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"
#include "mini_measures_for_tests.h"

using namespace revalo;

TEST_CASE("a profile value is found by id, label or alias, whatever its accents and case") {
  auto g = load_mini_measures();
  REQUIRE(g);
  const Vocabulary& job = *g->vocabulary("job");
  CHECK((*find_term(job, "aide-soignant"))->id == "aide-soignant");
  CHECK((*find_term(job, "AS"))->id == "aide-soignant");
  CHECK((*find_term(job, "Aide soignante"))->id == "aide-soignant");
  CHECK((*find_term(job, "Médecin"))->id == "medecin");
  CHECK((*find_term(job, "SECRÉTAIRE"))->id == "secretaire");
}

TEST_CASE("an unknown value gets suggestions; a group is not a value") {
  auto g = load_mini_measures();
  REQUIRE(g);
  const Vocabulary& job = *g->vocabulary("job");
  auto typo = find_term(job, "secretair");
  REQUIRE_FALSE(typo);
  CHECK(typo.error().kind == ErrorKind::Input);
  CHECK(typo.error().message.find("valeur inconnue pour job : « secretair » ; valeurs connues les plus proches : secretaire") == 0);
  auto family = find_term(job, "medical");
  REQUIRE_FALSE(family);
  CHECK(family.error().message.find("est un groupe (Médical), pas une valeur : donnez l'un de ses membres : medecin") !=
        std::string::npos);
}

TEST_CASE("group membership is transitive") {
  const GridSet& g = embedded_grids_for_tests();
  const Vocabulary& s = *g.vocabulary("structure");
  const Term& ehpad = **find_term(s, "ehpad");
  CHECK(term_in(s, ehpad, "ehpad"));
  CHECK(term_in(s, ehpad, "personnes-agees"));
  CHECK(term_in(s, ehpad, "essms"));  // through personnes-agees
  CHECK_FALSE(term_in(s, ehpad, "handicap"));
  const Vocabulary& jobs = *g.vocabulary("job");
  std::vector<std::string> medical;
  for (const Term* t : group_members(jobs, "medical")) medical.push_back(t->id);
  CHECK(medical == std::vector<std::string>{"medecin", "chirurgien-dentiste", "pharmacien"});
  CHECK(term_label(s, "ssiad") == "Service de soins infirmiers à domicile (SSIAD)");
}
