// Tests of the Ségur allowance line: the public CTI follows the point d'indice, a private allowance does not; both are
// prorated like the base. Every figure is worked out in the comment above it.
#include "segur_pay.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"

using namespace revalo;

namespace {

const GridSet& grids() { return embedded_grids_for_tests(); }

Profile profile(const std::vector<std::pair<const char*, const char*>>& fields) {
  Profile p;
  for (const auto& [k, v] : fields) REQUIRE_FALSE(set_profile_field(p, k, v));
  return p;
}

// The allowance line's amount at a date, "none" without a line, or the error kind.
std::string line(const Profile& p, const char* date, Status status, WorkingTime wt = {}) {
  auto l = segur_line(grids(), p, *Date::parse(date), status, wt);
  if (!l) return "error " + std::to_string(static_cast<int>(l.error().kind));
  if (!*l) return "none";
  return std::string((*l)->code) + " " + (*l)->amount.str(2);
}

// An aide-soignante of a public EHPAD (P1) and an éducateur of a CCN 66 foyer (S5).
Profile as_ehpad() { return profile({{"employer", "fph"}, {"structure", "ehpad"}, {"job", "aide-soignant"}}); }
Profile es_foyer() {
  return profile({{"convention", "ccn66"}, {"structure", "foyer-handicap"}, {"job", "educateur-specialise"}});
}

}  // namespace

TEST_CASE("the public CTI: 24 then 49 points, moving with the point d'indice") {
  // Point 56.2323 € (décret 2016-670): 24 × 56.2323 / 12 = 1 349.5752 / 12 = 112.4646 → 112.46
  CHECK(line(as_ehpad(), "2020-09-01", Status::PublicTitulaire) == "cti 112.46");
  CHECK(line(as_ehpad(), "2020-11-30", Status::PublicTitulaire) == "cti 112.46");
  // 2020-12-01: 49 × 56.2323 / 12 = 2 755.3827 / 12 = 229.615225 → 229.62
  CHECK(line(as_ehpad(), "2020-12-01", Status::PublicTitulaire) == "cti 229.62");
  // Point 58.2004 € (décret 2022-994) from 2022-07-01: 49 × 58.2004 / 12 = 2 851.8196 / 12 = 237.651633 → 237.65
  CHECK(line(as_ehpad(), "2022-06-30", Status::PublicTitulaire) == "cti 229.62");
  CHECK(line(as_ehpad(), "2022-07-01", Status::PublicTitulaire) == "cti 237.65");
  // Point 59.0734 € (décret 2023-519) from 2023-07-01: 49 × 59.0734 / 12 = 2 894.5966 / 12 = 241.216383 → 241.22
  CHECK(line(as_ehpad(), "2023-07-01", Status::PublicTitulaire) == "cti 241.22");
  // Before the Ségur: nothing.
  CHECK(line(as_ehpad(), "2020-08-31", Status::PublicTitulaire) == "none");
}

TEST_CASE("the CTI is reduced like the traitement; contractuels get the indemnité équivalente (U)") {
  // 80 %: 241.216383 × 0.8 = 192.973107 → 192.97
  WorkingTime part{*Decimal::parse("0.8"), Decimal::from_int(1)};
  CHECK(line(as_ehpad(), "2024-01-01", Status::PublicTitulaire, part) == "cti 192.97");
  auto l = segur_line(grids(), as_ehpad(), *Date::parse("2024-01-01"), Status::PublicContractuel, {});
  REQUIRE(l);
  REQUIRE(*l);
  CHECK((*l)->code == "cti_equivalent");
  CHECK((*l)->amount.str(2) == "241.22");
  CHECK((*l)->uncertain);
}

TEST_CASE("a private non-profit allowance is a fixed amount, pro rata of working time") {
  // Conférence des métiers, CCN 66 (S5): 238 € before and after the point d'indice change of 2022-07-01.
  CHECK(line(es_foyer(), "2022-06-30", Status::Prive) == "segur_allowance 238.00");
  CHECK(line(es_foyer(), "2022-07-01", Status::Prive) == "segur_allowance 238.00");
  CHECK(line(es_foyer(), "2022-03-31", Status::Prive) == "none");
  // Half time: 238 × 0.5 = 119.00; 130 h of 151.67: 238 × 130 / 151.67 = 30 940 / 151.67 = 203.9955 → 204.00
  CHECK(line(es_foyer(), "2023-01-01", Status::Prive, {*Decimal::parse("0.5"), Decimal::from_int(1)}) ==
        "segur_allowance 119.00");
  CHECK(line(es_foyer(), "2023-01-01", Status::Prive, {Decimal::from_int(130), *Decimal::parse("151.67")}) ==
        "segur_allowance 204.00");
  // Points are for public agents.
  CHECK(line(as_ehpad(), "2023-01-01", Status::Prive) == "error 3");
}

TEST_CASE("no line for the BAD; missing amounts and undecidable cases are errors") {
  // BAD (IDCC 2941): avenant 43 instead of any Ségur allowance.
  CHECK(line(profile({{"convention", "bad"}, {"structure", "ssiad"}, {"job", "aide-soignant"}}), "2022-01-01",
             Status::Prive) == "none");
  CHECK(line(profile({{"convention", "bad"}, {"structure", "saad"}, {"job", "avs"}}), "2024-09-01", Status::Prive) ==
        "none");
  CHECK_FALSE(has_segur_context(profile({{"job", "aide-soignant"}})));
  CHECK(line(profile({{"employer", "bad"}, {"structure", "ssiad"}, {"job", "aide-soignant"}}), "2022-01-01",
             Status::Prive) == "none");
  // Croix-Rouge (S3) in October 2020: the first-step amount is not in the sheet → MissingData (4).
  CHECK(line(profile({{"convention", "crf"}, {"structure", "ehpad"}, {"job", "infirmier"}}), "2020-10-01",
             Status::Prive) == "error 4");
  // FPT médecin of a PMI (P5): the 517 € prime needs a délibération → Input (3) until declared.
  Profile doctor = profile({{"employer", "fpt"}, {"structure", "pmi"}, {"job", "medecin"}});
  CHECK(line(doctor, "2022-06-01", Status::PublicTitulaire) == "error 3");
  doctor.segur = "applied";
  CHECK(line(doctor, "2022-06-01", Status::PublicTitulaire) == "prime_revalorisation 517.00");
}

TEST_CASE("the private payslip from a declared base: base and allowance prorated alike") {
  // Base 2 100 € at half time = 1 050.00; allowance 238 × 0.5 = 119.00; gross 1 169.00.
  Profile p = es_foyer();
  p.base = Decimal::from_int(2100);
  p.fte = Decimal::parse("0.5");
  auto s = compute_base_pay(grids(), p, *Date::parse("2023-01-01"), Status::Prive);
  REQUIRE(s);
  REQUIRE(s->lines.size() == 2);
  CHECK(s->lines[0].amount.str(2) == "1050.00");
  CHECK(s->lines[1].amount.str(2) == "119.00");
  CHECK(s->gross.str(2) == "1169.00");
  CHECK(s->position_label == "base déclarée, CCN 66 (Nexem)");
  CHECK_FALSE(compute_base_pay(grids(), p, *Date::parse("2023-01-01"), Status::PublicTitulaire));
}
