// Tests of the grid loader: schema checks with located messages, dates, cells and scales.
#include "grid_loader.h"

#include <doctest/doctest.h>

#include "mini_measures_for_tests.h"

using namespace revalo;

namespace {

Result<GridSet> load(const std::string& text) { return load_grids({GridSource{"t.toml", "t.toml", text, false}}); }

const char* kHeader = "[grid]\nname = \"t\"\n";

}  // namespace

TEST_CASE("the embedded grids load and hold the BAD and SMIC parameters") {
  auto sources = collect_grid_sources("");
  REQUIRE(sources);
  auto g = load_grids(*sources);
  REQUIRE_MESSAGE(g, (g ? "" : g.error().message));
  CHECK(g->params.count("bad.point"));
  CHECK(g->params.count("bad.a43.coefficient"));
  CHECK(g->params.count("smic.monthly"));
  // Avenant 54-2022: point 5.77 € from 2022-08-01.
  CHECK(g->number_at("bad.point", *Date::parse("2022-08-01"))->str(2) == "5.77");
  CHECK(g->number_at("bad.point", *Date::parse("2022-07-31"))->str(2) == "5.62");
}

TEST_CASE("a version without 'to' ends the day before the next one") {
  auto g = load(std::string(kHeader) +
                "[[param]]\nid = \"p\"\nlabel = \"P\"\nkind = \"scalar\"\n"
                "[[param.version]]\nfrom = 2020-01-01\nvalue = \"1.5\"\nsource = \"s1\"\n"
                "[[param.version]]\nfrom = 2021-01-01\nvalue = 2\nsource = \"s2\"\n");
  REQUIRE(g);
  const auto& v = g->params.at("p").versions;
  CHECK(v[0].to.iso() == "2020-12-31");
  CHECK(v[1].open_ended);
  CHECK(g->number_at("p", *Date::parse("2020-12-31"))->str() == "1.5");
  CHECK(g->number_at("p", *Date::parse("2021-01-01"))->str() == "2");
  auto missing = g->number_at("p", *Date::parse("2019-12-31"));
  REQUIRE_FALSE(missing);
  CHECK(missing.error().kind == ErrorKind::MissingData);
  CHECK(missing.error().message.find("2019-12-31") != std::string::npos);
}

TEST_CASE("an explicit gap is missing data, never the neighbour's value") {
  auto g = load(std::string(kHeader) +
                "[[param]]\nid = \"p\"\nlabel = \"P\"\nkind = \"scalar\"\n"
                "[[param.version]]\nfrom = 2020-01-01\nto = 2020-06-30\nvalue = 1\nsource = \"s\"\n"
                "[[param.version]]\nfrom = 2021-01-01\nvalue = 2\nsource = \"s\"\n");
  REQUIRE(g);
  CHECK_FALSE(g->number_at("p", *Date::parse("2020-08-01")));
}

TEST_CASE("schema violations are located") {
  auto floaty = load(std::string(kHeader) +
                     "[[param]]\nid = \"p\"\nlabel = \"P\"\nkind = \"scalar\"\n"
                     "[[param.version]]\nfrom = 2020-01-01\nvalue = 5.5\nsource = \"s\"\n");
  REQUIRE_FALSE(floaty);
  CHECK(floaty.error().kind == ErrorKind::Grid);
  CHECK(floaty.error().message.rfind("t.toml:9:9:", 0) == 0);

  auto unknown_key = load(std::string(kHeader) + "[[param]]\nid = \"p\"\nlabl = \"P\"\n");
  REQUIRE_FALSE(unknown_key);
  CHECK(unknown_key.error().message.find("clé inconnue « labl »") != std::string::npos);

  auto bad_kind = load(std::string(kHeader) + "[[param]]\nid = \"p\"\nlabel = \"P\"\nkind = \"matrix\"\n");
  REQUIRE_FALSE(bad_kind);
  CHECK(bad_kind.error().message.find("kind inconnu « matrix »") != std::string::npos);

  auto unordered = load(std::string(kHeader) +
                        "[[param]]\nid = \"p\"\nlabel = \"P\"\nkind = \"scalar\"\n"
                        "[[param.version]]\nfrom = 2021-01-01\nvalue = 1\nsource = \"s\"\n"
                        "[[param.version]]\nfrom = 2020-01-01\nvalue = 2\nsource = \"s\"\n");
  REQUIRE_FALSE(unordered);
  CHECK(unordered.error().message.find("l'ordre croissant de « from »") != std::string::npos);

  auto dup = load_grids({GridSource{"a.toml", "a.toml", std::string(kHeader) + "[[param]]\nid = \"p\"\nlabel = \"P\"\nkind = \"scalar\"\n[[param.version]]\nfrom = 2020-01-01\nvalue = 1\nsource = \"s\"\n", false},
                         GridSource{"b.toml", "b.toml", std::string(kHeader) + "[[param]]\nid = \"p\"\nlabel = \"P\"\nkind = \"scalar\"\n[[param.version]]\nfrom = 2020-01-01\nvalue = 1\nsource = \"s\"\n", false}});
  REQUIRE_FALSE(dup);
  CHECK(dup.error().message.find("déjà défini dans a.toml") != std::string::npos);
}

TEST_CASE("table cells may carry their own source; scales may leave a band without value") {
  auto g = load(std::string(kHeader) +
                "[[param]]\nid = \"t\"\nlabel = \"T\"\nkind = \"table\"\n"
                "[[param.version]]\nfrom = 2020-01-01\nsource = \"version text\"\nurl = \"u\"\n"
                "[param.version.cells]\nA = [270, 271]\nB = { value = \"3.5\", source = \"cell text\", confidence = \"U\", note = \"why\" }\n"
                "[[param]]\nid = \"s\"\nlabel = \"S\"\nkind = \"scale\"\n"
                "[[param.version]]\nfrom = 2020-01-01\nsource = \"x\"\n"
                "steps = [{ threshold = 0, value = 0 }, { threshold = 300 }, { threshold = 301, value = 122 }]\n");
  REQUIRE_MESSAGE(g, (g ? "" : g.error().message));
  Date d = *Date::parse("2020-05-01");
  auto a = g->cell_at("t", "A", d);
  REQUIRE(a);
  CHECK((*a)->values.size() == 2);
  CHECK((*a)->provenance.source == "version text");
  auto b = g->cell_at("t", "B", d);
  REQUIRE(b);
  CHECK((*b)->provenance.source == "cell text");
  CHECK((*b)->provenance.url.empty());
  CHECK((*b)->provenance.uncertain());
  CHECK_FALSE(g->cell_at("t", "C", d));
  const Version* v = *g->at("s", d);
  CHECK(scale_step(*v, Decimal::from_int(299))->value->str() == "0");
  CHECK_FALSE(scale_step(*v, Decimal::from_int(300))->value);
  CHECK(scale_step(*v, Decimal::from_int(400))->value->str() == "122");
}

namespace {

// The mini grid of mini_measures_for_tests.h with `from` replaced by `to` (once), loaded.
Result<GridSet> mini_with(const std::string& from, const std::string& to) {
  std::string text = kMiniMeasures;
  auto at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  text.replace(at, from.size(), to);
  return load_grids({GridSource{"t.toml", "t.toml", text, false}});
}

void check_error(const Result<GridSet>& g, const std::string& located, const std::string& text) {
  REQUIRE_FALSE(g);
  CHECK(g.error().kind == ErrorKind::Grid);
  CHECK_MESSAGE(g.error().message.rfind(located, 0) == 0, g.error().message);
  CHECK_MESSAGE(g.error().message.find(text) != std::string::npos, g.error().message);
}

}  // namespace

TEST_CASE("vocabularies and measures load with their terms, groups, criteria and sources") {
  auto g = load_mini_measures();
  REQUIRE_MESSAGE(g, (g ? "" : g.error().message));
  REQUIRE(g->vocabularies.size() == 5);
  const Vocabulary* job = g->vocabulary("job");
  REQUIRE(job);
  CHECK(job->terms.size() == 4);
  CHECK(job->terms[0].group);
  CHECK(job->terms[1].groups == std::vector<std::string>{"medical"});
  CHECK(g->vocabulary("contract")->default_term == "ordinaire");
  CHECK(g->vocabulary("convention")->terms[0].implies.at("employer") == "assoc");
  const Measure* m1 = g->measure("m1");
  REQUIRE(m1);
  REQUIRE(m1->clauses.size() == 4);
  CHECK(m1->clauses[0].effect == ClauseEffect::Exclude);
  CHECK(m1->clauses[1].effect == ClauseEffect::Undecidable);
  CHECK(m1->clauses[1].provenance.uncertain());
  const Clause& r3 = m1->clauses[3];
  CHECK(r3.effect == ClauseEffect::Include);
  CHECK(r3.terms.at("structure") == std::vector<std::string>{"foyer"});
  CHECK(r3.flags.at("diploma"));
  CHECK(r3.amount == "t.euros");
  CHECK(r3.from.iso() == "2021-01-01");
  CHECK(r3.open_ended);
  CHECK(r3.provenance.source == "private text");
  CHECK(g->measure("m2")->residual);
}

TEST_CASE("vocabulary and measure errors are located") {
  // A term in a group that is not a group term of its vocabulary.
  check_error(mini_with("groups = [\"soin\"]", "groups = [\"care\"]"), "t.toml:", "est dans le groupe « care »");
  // Two terms named alike (an alias of one is the id of another).
  check_error(mini_with("aliases = [\"as\", \"aide soignante\"]", "aliases = [\"as\", \"secretaire\"]"), "t.toml:",
              "« secretaire » nomme à la fois");
  // A vocabulary must be named after a text profile field.
  check_error(mini_with("id = \"structure\"\nlabel = \"Structure\"", "id = \"colour\"\nlabel = \"Couleur\""),
              "t.toml:", "le vocabulaire « colour » doit porter le nom");
  // A criterion that is neither a vocabulary nor a yes/no field; an unknown term, with suggestions.
  check_error(mini_with("structure = [\"foyer\"]", "struct = [\"foyer\"]"), "t.toml:", "« struct » n'est ni");
  check_error(mini_with("structure = [\"foyer\"]", "structure = [\"foyers\"]"), "t.toml:",
              "« foyers » n'est pas un terme du vocabulaire « structure » ; les plus proches : foyer");
  check_error(mini_with("diploma = true", "colour = true"), "t.toml:", "« colour » n'est pas un champ oui/non du profil");
  // An inclusion needs an amount, in points or euros; an exclusion gives none.
  check_error(mini_with("amount = \"t.points\"\n", ""), "t.toml:", "demande un « amount »");
  check_error(mini_with("unit = \"EUR\"", "unit = \"pct\""), "t.toml:", "a pour unité « pct »");
  check_error(mini_with("source = \"exclusion\"", "source = \"exclusion\"\namount = \"t.euros\""), "t.toml:",
              "une règle d'exclusion ne donne pas de montant");
  check_error(mini_with("residual = true", "supersedes = [\"m9\"]"), "t.toml:1:1:", "remplace une mesure inconnue « m9 »");
  check_error(mini_with("effect = \"exclude\"", "effect = \"maybe\""), "t.toml:", "« effect » doit valoir");
  // A U rule needs its note, like any U value.
  check_error(mini_with("note = \"disputed\"\n", ""), "t.toml:", "demande une « note »");
}
