// The CCN du 15 mars 1966 (CCN 66, IDCC 413) as a convention of the registry: its gross pay (ccn66_pay.h), its cadre
// rule (annexe 6), its point parameter, its own profile fields and the checks of its job table.
#include "ccn66_convention.h"

#include <fmt/format.h>

#include "ccn66_pay.h"

namespace revalo {
namespace {

Result<Payslip> ccn66_gross(const GridSet& g, const Profile& p, Date d, const PositionOverride& o,
                            const CalcOptions& opt) {
  return compute_ccn66_pay(g, p, d, o.position, opt);
}

// Cadres are the employees of the annexe 6 grids.
bool ccn66_cadre(const GridSet&, const Payslip& s) { return s.position.starts_with("cadre."); }

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
      .fields =
          {
              {"years_in_job", FieldType::Decimal, "years in the job at the pay date (CCN 66: the step, reprise d'ancienneté included)",
               {}, std::nullopt, true},
              {"step", FieldType::Integer, "CCN 66: the step itself (1 = début), instead of --years-in-job"},
              {"internat", FieldType::Bool, "CCN 66: internat / « avec anomalie de rythme du travail » column, where the job's grid has one"},
              {"nexem_member", FieldType::Bool, "CCN 66: employer member of Nexem, bound by its recommandations patronales (point and floor series; default no)"},
              {"prevention", FieldType::Bool, "CCN 66: éducateur of a club or équipe de prévention (+12 coefficient points)"},
              {"cer_cef", FieldType::Bool, "CCN 66: educational or night post of a centre éducatif renforcé or fermé (40 points)"},
              {"risques_sujetions", FieldType::Bool, "CCN 66: services-généraux post in contact with minors in an establishment for children (7 points)"},
          },
      .check_job = check_ccn66_job,
  };
  return kCcn66;
}

}  // namespace revalo
