// The CCN 51 (IDCC 29, FEHAP) as a convention of the registry: its gross pay (ccn51_pay.h), its cadre rule, its own
// profile fields and the checks of its job table. The Ségur-type allowances of grids/segur are added on top by pay/.
#include "ccn51_convention.h"

#include <fmt/format.h>

#include "ccn51_pay.h"
#include "vocabulary.h"

namespace revalo {
namespace {

Result<Payslip> ccn51_gross(const GridSet& g, const Profile& p, Date d, const PositionOverride&, const CalcOptions& opt) {
  return compute_ccn51_pay(g, p, d, opt);
}

// The métiers that annexe I classes as cadres (grid rule ccn51.cadres).
bool ccn51_cadre(const GridSet& g, const Payslip& s) { return ccn51_rule_lists(g, "ccn51.cadres", s.date, s.position); }

// Each job points at métiers of ccn51.coefficient, and each of its names is a job of the Ségur vocabulary, so that
// the measures on top can be decided for the same --job.
void check_ccn51_job(const GridSet& g, const Job& j, std::vector<Finding>& out) {
  auto table = g.params.find("ccn51.coefficient");
  for (const auto& v : j.position)
    for (const std::string* key : {&v.text, &v.otherwise}) {
      if (key->empty()) continue;
      bool known = table != g.params.end() &&
                   std::any_of(table->second.versions.begin(), table->second.versions.end(),
                               [&](const Version& t) { return t.cells.count(*key); });
      if (!known)
        add_finding(out, Severity::Error, v.provenance,
                    fmt::format("emploi {} : métier '{}' absent de la grille ccn51.coefficient", j.id, *key));
    }
  const Vocabulary* jobs = g.vocabulary("job");
  if (!jobs || j.position.empty()) return;
  std::vector<std::string> names = j.aliases;
  names.insert(names.begin(), j.id);
  for (const auto& n : names)
    if (!find_term(*jobs, n))
      add_finding(out, Severity::Error, j.position.front().provenance,
                  fmt::format("emploi {} : le nom « {} » n'est pas un emploi du vocabulaire job (grids/segur)", j.id, n));
}

}  // namespace

const Convention& ccn51_convention() {
  static const Convention kCcn51{
      .id = "ccn51",
      .idcc = "29",
      .aliases = {"idcc29", "fehap", "ccn-51", "ccn-1951", "0029"},
      .name = "CCN 51 (IDCC 29, FEHAP)",
      .gross_pay = ccn51_gross,
      .is_cadre = ccn51_cadre,
      .point_param = "ccn51.point",
      .prevoyance_param = "",
      // The FEHAP and Axess measures of grids/segur name the convention; the employer type is the profile's (the
      // convention implies non-lucratif).
      .employer_type = "",
      .measures_on_top = true,
      .measures = {},
      .line_codes = {"base", "smc_guarantee", "technicity_supplement", "seniority_bonus", "functional_bonus",
                     "structure_abatement", "night_allowance", "sunday_holiday_allowance", "decentralized_bonus"},
      .fields =
          {
              {"prime_decentralisee", FieldType::Decimal,
               "CCN 51: prime décentralisée of the month, euros, as the local agreement sets it (no default)"},
              {"reprise", FieldType::Decimal,
               "CCN 51: years of prior experience taken over at hiring (at least 30 %), added to the seniority",
               {}, Decimal::from_int(50)},
              {"cadre_since", FieldType::Date,
               "CCN 51: start of the years in the cadre métier, prior cadre service taken over included (technicité)"},
              {"complements", FieldType::Text,
               "CCN 51: compléments of the post, comma-separated (e.g. hygieniste, diplome, autonomie, metier)"},
              {"complement_points", FieldType::Decimal,
               "CCN 51: other compléments (encadrement, diplôme, métier) of the post, in points"},
              {"service", FieldType::Text,
               "CCN 51: service of a prime fonctionnelle",
               {"bloc", "electrophysiologie", "cec", "hemodialyse", "soutien-domicile-soir", "secretariat-direction"}},
              {"nights", FieldType::Integer, "CCN 51: nights worked this month (night allowance)", {},
               Decimal::from_int(31)},
              {"point_source", FieldType::Text,
               "CCN 51: valeur du point: avenant (last agreed text, default) or jourdepaye (values of 2025-2026)",
               {"avenant", "jourdepaye"}},
          },
      .check_job = check_ccn51_job,
  };
  return kCcn51;
}

}  // namespace revalo
