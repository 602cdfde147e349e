// Tests of the eligibility engine: the order of the rules (exclusion, undecidable, inclusion), undecided criteria,
// declarations, the nearest miss, the no-cumul selection and the start of a measure. The mechanism is tested on the
// mini grid of mini_measures_for_tests.h; the real measures of grids/segur on a few cases of the Ségur texts.
#include "eligibility.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"
#include "mini_measures_for_tests.h"

using namespace revalo;

namespace {

const GridSet& mini() {
  static const GridSet g = *load_mini_measures();
  return g;
}

Date day(const char* iso) { return *Date::parse(iso); }

Profile profile(const std::vector<std::pair<const char*, const char*>>& fields) {
  Profile p;
  for (const auto& [k, v] : fields) REQUIRE_FALSE(set_profile_field(p, k, v));
  return p;
}

const MeasureOutcome& outcome(const Eligibility& e, const std::string& id) {
  for (const auto& m : e.measures)
    if (m.measure->id == id) return m;
  FAIL("no measure " << id);
  return e.measures.front();
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("an inclusion rule that matches applies, with its amount at the date") {
  // Public agent in an EHPAD (group soin): rule R2, 10 points in 2020, 20 points from 2021-01-01.
  Profile p = profile({{"employer", "fph"}, {"structure", "ehpad"}, {"job", "as"}, {"status", "public-titulaire"}});
  auto e = evaluate_eligibility(mini(), p, day("2020-06-01"));
  REQUIRE(e);
  const MeasureOutcome& m1 = outcome(*e, "m1");
  CHECK(m1.outcome == Outcome::Applies);
  CHECK(m1.clause->row == "R2");
  CHECK(m1.since->iso() == "2020-01-01");
  CHECK(m1.amount->value.str() == "10");
  CHECK(m1.amount->unit == "points");
  CHECK(m1.paid);
  REQUIRE(e->paid);
  auto later = evaluate_eligibility(mini(), p, day("2021-06-01"));
  CHECK(outcome(*later, "m1").amount->value.str() == "20");
}

TEST_CASE("an exclusion wins over an inclusion; a failed criterion is the reason") {
  auto doctor = evaluate_eligibility(mini(), profile({{"employer", "fph"}, {"structure", "ehpad"}, {"job", "medecin"}}),
                                     day("2020-06-01"));
  REQUIRE(doctor);
  const MeasureOutcome& m = outcome(*doctor, "m1");
  CHECK(m.outcome == Outcome::DoesNotApply);
  CHECK(m.clause->row == "R0");
  CHECK(contains(m.reason, "exclu : médecins exclus"));
  CHECK_FALSE(doctor->paid);

  auto foyer = evaluate_eligibility(mini(), profile({{"employer", "fph"}, {"structure", "foyer"}, {"job", "as"}}),
                                    day("2020-06-01"));
  const MeasureOutcome& f = outcome(*foyer, "m1");
  CHECK(f.outcome == Outcome::DoesNotApply);
  CHECK(f.clause->row == "R2");
  CHECK(contains(f.reason, "Structure « Foyer » hors du champ (Soin)"));
}

TEST_CASE("a rule in force later is the nearest miss; its start is the measure's start") {
  Profile p = profile({{"employer", "assoc"}, {"structure", "foyer"}, {"job", "as"}, {"diploma", "yes"}});
  auto before = evaluate_eligibility(mini(), p, day("2020-06-01"));
  REQUIRE(before);
  CHECK(outcome(*before, "m1").outcome == Outcome::DoesNotApply);
  CHECK(contains(outcome(*before, "m1").reason, "pas avant le 2021-01-01"));
  auto start = measure_start(mini(), p, *mini().measure("m1"));
  REQUIRE(start);
  CHECK(start->iso() == "2021-01-01");
  // A public agent in an EHPAD: from the first rule's day.
  CHECK(measure_start(mini(), profile({{"employer", "fph"}, {"structure", "ehpad"}, {"job", "as"}}),
                      *mini().measure("m1"))
            ->iso() == "2020-01-01");
  // Never: an Input error that says why.
  auto never = measure_start(mini(), profile({{"employer", "fph"}, {"structure", "foyer"}, {"job", "as"}}),
                             *mini().measure("m1"));
  REQUIRE_FALSE(never);
  CHECK(contains(never.error().message, "ne s'applique jamais"));
}

TEST_CASE("a criterion the profile does not give makes the measure undecidable, naming the field") {
  auto no_structure = evaluate_eligibility(mini(), profile({{"employer", "fph"}, {"job", "as"}}), day("2020-06-01"));
  REQUIRE(no_structure);
  const MeasureOutcome& m = outcome(*no_structure, "m1");
  CHECK(m.outcome == Outcome::Undecidable);
  CHECK(m.needs == std::vector<std::string>{"structure"});
  CHECK(contains(m.reason, "--structure"));
  REQUIRE(no_structure->blocked);
  CHECK(no_structure->blocked->kind == ErrorKind::Input);
  // The diploma: a yes/no criterion.
  auto no_diploma = evaluate_eligibility(mini(), profile({{"employer", "assoc"}, {"structure", "foyer"}, {"job", "as"}}),
                                         day("2021-06-01"));
  CHECK(outcome(*no_diploma, "m1").needs == std::vector<std::string>{"diploma"});
  CHECK(contains(outcome(*no_diploma, "m1").reason, "--diploma"));
}

TEST_CASE("an undecidable rule waits for the profile's declaration") {
  Profile p = profile({{"employer", "assoc"}, {"structure", "foyer"}, {"job", "as"}, {"contract", "apprenti"}});
  auto open = evaluate_eligibility(mini(), p, day("2021-06-01"));
  REQUIRE(open);
  CHECK(outcome(*open, "m1").outcome == Outcome::Undecidable);
  CHECK(contains(outcome(*open, "m1").reason, "disputed"));
  CHECK(outcome(*open, "m1").amount->value.str() == "100");
  CHECK(open->blocked);
  p.segur = "applied";
  auto applied = evaluate_eligibility(mini(), p, day("2021-06-01"));
  CHECK(outcome(*applied, "m1").outcome == Outcome::Applies);
  CHECK(outcome(*applied, "m1").declared);
  CHECK(outcome(*applied, "m1").paid);
  p.segur = "not-applied";
  auto refused = evaluate_eligibility(mini(), p, day("2021-06-01"));
  CHECK(outcome(*refused, "m1").outcome == Outcome::DoesNotApply);
  CHECK(outcome(*refused, "m1").declared);
}

TEST_CASE("a residual measure only covers people no other measure covers") {
  // An AS with diploma in a foyer has m1 (2021): m2 (2022, residual) does not apply to her.
  auto covered = evaluate_eligibility(
      mini(), profile({{"employer", "assoc"}, {"structure", "foyer"}, {"job", "as"}, {"diploma", "yes"}}),
      day("2022-06-01"));
  REQUIRE(covered);
  CHECK(outcome(*covered, "m1").paid);
  CHECK(outcome(*covered, "m2").outcome == Outcome::DoesNotApply);
  CHECK(contains(outcome(*covered, "m2").reason, "déjà couvert par m1"));
  // A secretary of the same foyer has only m2.
  auto other = evaluate_eligibility(mini(), profile({{"employer", "assoc"}, {"structure", "foyer"}, {"job", "secretaire"}}),
                                    day("2022-06-01"));
  CHECK(outcome(*other, "m2").paid);
  CHECK(outcome(*other, "m2").since->iso() == "2022-01-01");
}

TEST_CASE("profile values are checked against the vocabularies; a term implies another") {
  auto unknown = evaluate_eligibility(mini(), profile({{"structure", "foyr"}}), day("2021-06-01"));
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().message == "valeur inconnue pour structure : « foyr » ; valeurs connues les plus proches : foyer, ehpad");
  // The convention ccn-x implies the employer assoc …
  auto implied = evaluate_eligibility(
      mini(), profile({{"convention", "ccn-x"}, {"structure", "foyer"}, {"job", "as"}, {"diploma", "yes"}}),
      day("2021-06-01"));
  REQUIRE(implied);
  CHECK(outcome(*implied, "m1").outcome == Outcome::Applies);
  CHECK(implied->context_notes.size() == 1);
  // … and contradicts another one.
  auto clash = evaluate_eligibility(mini(), profile({{"convention", "ccn-x"}, {"employer", "fph"}}), day("2021-06-01"));
  REQUIRE_FALSE(clash);
  CHECK(clash.error().message == "convention « ccn-x » implique employer « assoc », pas « fph »");
}

TEST_CASE("the Ségur measures of the grids: one allowance, the first that covered the person") {
  const GridSet& g = embedded_grids_for_tests();
  // S1 and S5: a CCN 51 éducateur in an EHPAD has the Ségur 1 allowance since 2020-09-01; the
  // Conférence des métiers (2022-04-01) also covers him, but does not cumulate with it.
  Profile p = profile({{"convention", "ccn51"}, {"structure", "ehpad"}, {"job", "educateur-specialise"}});
  auto e = evaluate_eligibility(g, p, day("2022-06-01"));
  REQUIRE(e);
  CHECK(outcome(*e, "segur-cti").paid);
  CHECK(outcome(*e, "conference-metiers").outcome == Outcome::Applies);
  CHECK_FALSE(outcome(*e, "conference-metiers").paid);
  CHECK(contains(outcome(*e, "conference-metiers").not_paid, "segur-cti s'applique déjà depuis le 2020-09-01"));
  // P5/P6: in the FPH the CTI of the Conférence des métiers replaces the 2022 prime retroactively.
  // (An autonomous MECS: attached to a hospital, the agent would have had the CTI since 2021-06-01, P2.)
  Profile fph = profile(
      {{"employer", "fph"}, {"structure", "mecs"}, {"attachment", "autonome"}, {"job", "educateur-specialise"}});
  auto unsure = evaluate_eligibility(g, profile({{"employer", "fph"}, {"structure", "mecs"}, {"job", "educateur-specialise"}}),
                                     day("2022-06-01"));
  CHECK(outcome(*unsure, "laforcade").needs == std::vector<std::string>{"attachment"});
  CHECK(unsure->blocked);
  auto f = evaluate_eligibility(g, fph, day("2022-06-01"));
  CHECK(outcome(*f, "conference-metiers").paid);
  CHECK(outcome(*f, "prime-revalorisation-2022").outcome == Outcome::Applies);
  CHECK(contains(outcome(*f, "prime-revalorisation-2022").not_paid, "remplacée par conference-metiers"));
  // §5 (D1): a BAD employee gets no Ségur allowance.
  auto bad = evaluate_eligibility(g, profile({{"convention", "bad"}, {"structure", "saad"}, {"job", "avs"}}),
                                  day("2022-06-01"));
  CHECK_FALSE(bad->paid);
  CHECK(outcome(*bad, "conference-metiers").clause->row == "D1");
}
