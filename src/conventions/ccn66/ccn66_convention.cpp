// The CCN du 15 mars 1966 (CCN 66, IDCC 413) as a convention of the registry: its gross pay (ccn66_pay.h), its cadre
// rule (annexe 6), its point parameter, its own profile fields and the checks of its job table.
#include "ccn66_convention.h"

#include <fmt/format.h>

#include "ccn66_pay.h"

namespace revalo {
namespace {

Result<Payslip> ccn66_gross(const RateSheet& rs, const Profile& p, const PositionOverride& o, const CalcOptions& opt) {
  return compute_ccn66_pay(rs.grids(), p, rs.date(), o.position, opt);
}

// Cadres are the employees of the annexe 6 grids.
bool ccn66_cadre(const RateSheet&, const Payslip& s) { return s.position.starts_with("cadre."); }

// Jobs of grids/ccn66/jobs.toml name a position whose grid exists, with the row a cadre position needs.
void check_ccn66_job(const GridSet& g, const Job& j, std::vector<Finding>& out) {
  for (const auto& v : j.position) {
    auto pos = parse_ccn66_position(v.text);
    bool known = false;
    if (pos) {
      auto param = g.params.find(pos->param());
      const std::string key = (pos->cadre() ? pos->row : std::string("externat")) + ".0";
      if (param != g.params.end())
        for (const auto& t : param->second.versions) known = known || t.cells.count(key);
    }
    if (!known)
      add_finding(out, Severity::Error, v.provenance,
                  fmt::format("emploi {} : position '{}' inconnue des grilles de la CCN 66", j.id, v.text));
  }
}

// The profile fields only the CCN 66 reads (Profile::extra); the help texts are French (--help). years_in_job and
// sunday_hours are also the BAD's: declared once (the first agreement's help), the years counted at the pay date.
std::vector<ProfileField> ccn66_profile_fields() {
  using F = FieldType;
  return {
      {.name = "years_in_job", .type = F::Decimal,
       .help = "CCN 66 : années dans l'emploi à la date de paie, reprise d'ancienneté (art. 38) comprise : l'échelon",
       .counts_years = true},
      {.name = "step", .type = F::Integer, .help = "CCN 66 : l'échelon lui-même (1 = début), au lieu de --years-in-job",
       .min = Decimal::from_int(1), .max = Decimal::from_int(13), .expected = "un échelon de 1 à 13"},
      {.name = "internat", .type = F::Bool,
       .help = "CCN 66 : colonne internat / « avec anomalie de rythme du travail », là où la grille de l'emploi en a une"},
      {.name = "nexem_member", .type = F::Bool,
       .help = "CCN 66 : employeur adhérent de Nexem, tenu par ses recommandations patronales (séries du point et du "
               "plancher) ; par défaut : non"},
      {.name = "prevention", .type = F::Bool,
       .help = "CCN 66 : éducateur d'un club ou d'une équipe de prévention (+12 points de coefficient)"},
      {.name = "cer_cef", .type = F::Bool,
       .help = "CCN 66 : poste éducatif ou de nuit d'un centre éducatif renforcé ou fermé (40 points)"},
      {.name = "risques_sujetions", .type = F::Bool,
       .help = "CCN 66 : services généraux en contact avec des mineurs dans un établissement pour enfants (7 points)"},
      {.name = "sunday_hours", .type = F::Decimal,
       .help = "CCN 66 : heures travaillées le dimanche et les jours fériés ce mois-ci (2 points par heure)"},
  };
}

}  // namespace

const Convention& ccn66_convention() {
  static const Convention kCcn66{
      .id = "ccn66",
      .idcc = "413",
      .aliases = {"idcc413", "ccn-66", "ccn-1966", "nexem"},
      .name = "CCN 66 (IDCC 413)",
      .gross_pay = ccn66_gross,
      .is_cadre = ccn66_cadre,
      .point_param = "ccn66.point",
      .prevoyance_param = "",
      // The Ségur, Laforcade and Conférence des métiers allowances of the private non-profit sector, each with its
      // eligibility (grids/segur), are paid on top of the grid pay, after the SMIC comparison.
      .employer_type = "non-lucratif",
      .measures_on_top = true,
      .measures = {},
      .line_codes = {"base", "iss", "prime_metier", "risques_sujetions", "prime_cer_cef", "sunday_holiday",
                     "smic_differential"},
      .fields = ccn66_profile_fields(),
      .check_job = check_ccn66_job,
  };
  return kCcn66;
}

}  // namespace revalo
