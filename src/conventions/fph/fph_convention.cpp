// The public grids (FPH, and FPT where the grids have them) as a convention of the registry: their gross pay
// (fph_pay.h), public status, and the profile fields of a grade and échelon. Its Ségur measure (the CTI) is computed
// with the traitement, like the indice majoré path, so none is added on top.
#include "fph_convention.h"

#include "fph_pay.h"

namespace revalo {
namespace {

Result<Payslip> fph_gross(const GridSet& g, const Profile& p, Date d, const PositionOverride& o, const CalcOptions& opt) {
  return compute_fph_pay(g, p, d, o.position, opt);
}

}  // namespace

const Convention& fph_convention() {
  static const Convention kFph{
      .id = "fph",
      .idcc = "",
      .aliases = {"fpt", "fonction-publique", "grilles-publiques"},
      .name = "Grilles de la fonction publique hospitalière et territoriale",
      .public_sector = true,
      .gross_pay = fph_gross,
      .is_cadre = nullptr,
      .point_param = "",
      .prevoyance_param = "",
      .employer_type = "",
      .measures_on_top = false,
      .measures = {},
      .line_codes = {"tib", "nbi", "cti", "cti_equivalent", "residence_allowance", "family_supplement", "pss",
                     "prime_forfaitaire", "prime_grand_age", "bonuses", "ppcr_abattement", "smic_differential"},
      .fields =
          {
              {"grade", FieldType::Text, "public grid: grade id (revalo grids show fph lists them: as-cn, as-cs, ide-g1, ide-g2, aes, ashq-cn, ase-g1, me…)"},
              {"echelon", FieldType::Integer, "public grid: échelon in the grade (at --at, or from --echelon-since)"},
              {"echelon_since", FieldType::Date, "public grid: date the échelon was entered; the agent moves up at each échelon's duration"},
              {"echelon_seniority", FieldType::Decimal, "public grid: seniority in the échelon at --at, years (1.5 = 1 year 6 months), instead of --echelon-since"},
              {"echelon_after", FieldType::Integer, "public grid: échelon after a reform whose reclassement table is unknown"},
              {"echelon_after_since", FieldType::Date, "public grid: date the échelon after the reform counts from (seniority kept)"},
              {"grade_since", FieldType::Date, "public grid: date of the promotion to --grade (before it: --grade-before)"},
              {"grade_before", FieldType::Text, "public grid: grade held before --grade-since"},
              {"echelon_before", FieldType::Integer, "public grid: échelon held before --grade-since"},
              {"echelon_before_since", FieldType::Date, "public grid: date --echelon-before was entered"},
              {"prime_grand_age", FieldType::Bool, "public grid: prime « Grand âge » paid (FPT: voted by délibération; FPH: a geriatric service of a hospital) (yes/no)"},
          },
      .check_job = nullptr,
  };
  return kFph;
}

}  // namespace revalo
