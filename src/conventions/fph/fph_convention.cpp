// The public grids (FPH, and FPT where the grids have them) as a convention of the registry: their gross pay
// (fph_pay.h), public status, and the profile fields of a grade and échelon. Its Ségur measure (the CTI) is computed
// with the traitement, like the indice majoré path, so none is added on top.
#include "fph_convention.h"

#include "fph_pay.h"

namespace revalo {
namespace {

Result<Payslip> fph_gross(const RateSheet& rs, const Profile& p, const PositionOverride& o, const CalcOptions& opt) {
  return compute_fph_pay(rs.grids(), p, rs.date(), o.position, opt);
}

// The profile fields of a grade and échelon (Profile::extra); the help texts are French (--help).
std::vector<ProfileField> fph_profile_fields() {
  using F = FieldType;
  const auto one = Decimal::from_int(1);
  return {
      {.name = "grade", .type = F::Text,
       .help = "grilles publiques : grade (revalo grids show fph les liste : as-cn, as-cs, ide-g1, ide-g2, aes, ashq-cn, "
               "ase-g1, me…)"},
      {.name = "echelon", .type = F::Integer, .help = "grilles publiques : échelon dans le grade (à --at, ou depuis --echelon-since)",
       .min = one, .max = Decimal::from_int(20), .expected = "un échelon entre 1 et 20"},
      {.name = "echelon_since", .type = F::Date,
       .help = "grilles publiques : date d'entrée dans l'échelon ; l'agent avance à la durée de chaque échelon"},
      {.name = "echelon_seniority", .type = F::Decimal,
       .help = "grilles publiques : ancienneté dans l'échelon à --at, en années (1.5 = 1 an 6 mois), au lieu de --echelon-since",
       .max = Decimal::from_int(50)},
      {.name = "echelon_after", .type = F::Integer,
       .help = "grilles publiques : échelon après une réforme dont le tableau de reclassement n'est pas connu",
       .min = one, .max = Decimal::from_int(20), .expected = "un échelon entre 1 et 20"},
      {.name = "echelon_after_since", .type = F::Date,
       .help = "grilles publiques : date d'entrée dans l'échelon d'après la réforme (ancienneté conservée)"},
      {.name = "grade_since", .type = F::Date,
       .help = "grilles publiques : date de la promotion au grade --grade (avant elle : --grade-before)"},
      {.name = "grade_before", .type = F::Text, .help = "grilles publiques : grade tenu avant --grade-since"},
      {.name = "echelon_before", .type = F::Integer, .help = "grilles publiques : échelon tenu avant --grade-since",
       .min = one, .max = Decimal::from_int(20), .expected = "un échelon entre 1 et 20"},
      {.name = "echelon_before_since", .type = F::Date, .help = "grilles publiques : date d'entrée dans --echelon-before"},
      {.name = "prime_grand_age", .type = F::Bool,
       .help = "grilles publiques : prime « Grand âge » versée (FPT : votée par délibération ; FPH : service gériatrique "
               "d'un hôpital) (yes/no)"},
  };
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
      .fields = fph_profile_fields(),
      .check_job = nullptr,
  };
  return kFph;
}

}  // namespace revalo
