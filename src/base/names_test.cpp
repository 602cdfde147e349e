// Tests of name normalisation and suggestions.
#include "names.h"

#include <doctest/doctest.h>

using namespace revalo;

TEST_CASE("names are compared without accents, case or separators") {
  CHECK(normalize_name("Auxiliaire de vie sociale") == "auxiliaire-de-vie-sociale");
  CHECK(normalize_name("Aide-soignant(e)") == "aide-soignant-e");
  CHECK(normalize_name("Éducateur  spécialisé") == "educateur-specialise");
}

TEST_CASE("close names are typos of the known ones, not any name") {
  std::vector<std::string> known = {"pay", "compare", "history", "rappel"};
  CHECK(close_names("pya", known) == std::vector<std::string>{"pay"});  // a transposition: 2 edits
  CHECK(close_names("histroy", known) == std::vector<std::string>{"history"});
  CHECK(close_names("salaire", known).empty());
  CHECK(close_names("D", {"A", "B", "C"}).empty());  // a letter is near every letter: no guess
  CHECK(close_names("--form", {"--from", "--format", "--fte"}) == std::vector<std::string>{"--format", "--from"});
}

TEST_CASE("the nearest names come first") {
  std::vector<std::string> known = {"aide-soignant", "auxiliaire-de-vie-sociale", "agent-a-domicile", "infirmier",
                                    "secretaire"};
  auto near = nearest_names("auxilliaire de vie", known);
  REQUIRE(near.size() == 3);
  CHECK(near[0] == "auxiliaire-de-vie-sociale");
  CHECK(nearest_names("aide soignante", known)[0] == "aide-soignant");
}
