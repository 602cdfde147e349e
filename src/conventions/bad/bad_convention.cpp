// The home-care branch (BAD, IDCC 2941) as a convention of the registry: its gross pay (bad_pay.h), its cadre
// rule, its prévoyance and point parameters, and the checks of its job table.
#include "bad_convention.h"

#include <algorithm>

#include <fmt/format.h>

#include "bad_pay.h"
#include "names.h"

namespace revalo {
namespace {

Result<Payslip> bad_gross(const RateSheet& rs, const Profile& p, const PositionOverride& o, const CalcOptions& opt) {
  return compute_bad_pay(rs, p, o.position, opt);
}

const ParamKey kOldCadreCategories{"bad.old.cadre_categories"};

// Cadre positions of the BAD: avenant 43 catégorie "cadre"; before it, the old categories of the grid rule
// bad.old.cadre_categories (old art. III.3).
bool bad_cadre(const RateSheet& rs, const Payslip& s) {
  if (s.classification == "a43") return s.position.starts_with("cadre.");
  const Version* v = rs.find(kOldCadreCategories);
  return v && has_word(v->text, s.position);
}

// Jobs of grids/bad/jobs.toml point at old categories and avenant 43 positions that the grids must hold.
void check_bad_job(const GridSet& g, const Job& j, std::vector<Finding>& out) {
  auto old_table = g.params.find("bad.old.coefficient");
  auto new_table = g.params.find("bad.a43.coefficient");
  for (const auto& v : j.old_category) {
    bool known = old_table != g.params.end() &&
                 std::any_of(old_table->second.versions.begin(), old_table->second.versions.end(),
                             [&](const Version& t) { return t.cells.count(v.text); });
    if (!known)
      add_finding(out, Severity::Error, v.provenance,
          fmt::format("emploi {} : catégorie '{}' absente de la grille bad.old.coefficient", j.id, v.text));
  }
  for (const auto& v : j.position) {
    for (const std::string* value : {&v.text, &v.otherwise}) {
      if (value->empty()) continue;
      auto pos = parse_a43_position(*value);
      bool known = false;
      if (pos && new_table != g.params.end()) {
        pos->echelon = 1;
        for (const auto& t : new_table->second.versions) known = known || t.cells.count(pos->key());
      }
      if (!known)
        add_finding(out, Severity::Error, v.provenance,
            fmt::format("emploi {} : position '{}' inconnue de la grille bad.a43.coefficient", j.id, *value));
    }
  }
}

// The profile fields only the BAD reads: the old category, placement, ECR inputs (art. III.19) and USB-Domicile
// membership. Kept in Profile::extra; the help texts are French (--help).
std::vector<ProfileField> bad_profile_fields() {
  using F = FieldType;
  return {
      {.name = "old_position", .type = F::Text,
       .help = "BAD : catégorie de l'ancienne classification A–I, pour les dates avant l'avenant 43"},
      {.name = "practice_years", .type = F::Decimal,
       .help = "BAD : années de pratique dans l'emploi (placement au 2021-10-01) ; par défaut : l'ancienneté"},
      {.name = "diploma_level", .type = F::Integer,
       .help = "BAD : niveau RNCP (3 à 8) du diplôme lié aux missions (ECR diplôme)"},
      {.name = "idr", .type = F::Decimal,
       .help = "BAD : indemnité différentielle de reclassement, euros par mois à temps plein"},
      {.name = "tutored", .type = F::Integer, .help = "BAD : salariés ou stagiaires accompagnés comme tuteur ce mois-ci"},
      {.name = "apprentices", .type = F::Integer,
       .help = "BAD : apprentis accompagnés comme maître d'apprentissage ce mois-ci"},
      {.name = "sunday_hours", .type = F::Decimal, .help = "BAD : heures travaillées le dimanche et les jours fériés ce mois-ci"},
      {.name = "night_hours", .type = F::Decimal, .help = "BAD : heures de nuit d'un travailleur de nuit ce mois-ci"},
      {.name = "astreinte_ouvrable", .type = F::Decimal, .help = "BAD : heures d'astreinte, jours ouvrables, non fractionnée"},
      {.name = "astreinte_ouvrable_fractionnee", .type = F::Decimal,
       .help = "BAD : heures d'astreinte, jours ouvrables, fractionnée"},
      {.name = "astreinte_dimanche_ferie_nuit", .type = F::Decimal,
       .help = "BAD : heures d'astreinte, dimanches, jours fériés et nuits, non fractionnée"},
      {.name = "astreinte_dimanche_ferie_nuit_fractionnee", .type = F::Decimal,
       .help = "BAD : heures d'astreinte, dimanches, jours fériés et nuits, fractionnée"},
      {.name = "etp", .type = F::Decimal, .help = "BAD, ECR cadre responsabilité : ETP du périmètre"},
      {.name = "structures", .type = F::Decimal,
       .help = "BAD, ECR cadre associations : structures de 5 ETP ou plus de la fédération"},
      {.name = "activites", .type = F::Decimal, .help = "BAD, ECR cadre complexité : nombre d'activités"},
      {.name = "places", .type = F::Decimal, .help = "BAD, ECR cadre nombre de places : places du service de soins"},
      {.name = "years_in_job", .type = F::Decimal, .help = "BAD, ECR cadre supérieur : années dans l'emploi"},
      {.name = "cadre_superieur", .type = F::Text,
       .help = "BAD, barème de l'ECR cadre supérieur : a (directeurs, médecin) ou b (directeur général)",
       .choices = {"a", "b"}, .expected = "a ou b"},
      {.name = "usb_member", .type = F::Bool,
       .help = "BAD : employeur adhérent d'une organisation de l'USB-Domicile (yes/no)"},
  };
}

}  // namespace

const Convention& bad_convention() {
  static const Convention kBad{
      .id = "bad",
      .idcc = "2941",
      .aliases = {"idcc2941", "aide-a-domicile", "bad-2941"},
      .name = "BAD (IDCC 2941)",
      .gross_pay = bad_gross,
      .is_cadre = bad_cadre,
      .point_param = "bad.point",
      .prevoyance_param = "bad.prevoyance",
      .employer_type = "bad",
      // Avenant 43 replaced the Ségur allowances for the branch: the law's measures exclude employer "bad", so only
      // a scenario's allowance that names it is added.
      .measures_on_top = true,
      .measures = {{"avenant43", "bad.a43.coefficient"}},
      .line_codes = {"apprentice_pay", "base", "reclassification_allowance", "smic_differential", "ecr_diploma",
                     "ecr_seniority", "ecr_tutoring", "ecr_apprenticeship_master", "ecr_sunday_holiday", "ecr_night",
                     "ecr_on_call_*", "ecr_cadre_responsibility", "ecr_cadre_associations", "ecr_cadre_complexity",
                     "ecr_cadre_places", "ecr_cadre_senior"},
      .fields = bad_profile_fields(),
      // A reclassification across avenant 43 that lowers pay is made up by the IDR, an input (its computation is not
      // in the texts).
      .fall_allowance_code = "reclassification_allowance",
      .fall_allowance_hint = "si la baisse vient d'un reclassement, l'indemnité différentielle de reclassement peut la "
                             "compenser ; donnez son montant mensuel à temps plein avec --idr MONTANT (idr dans un "
                             "fichier de profil)",
      .check_job = check_bad_job,
  };
  return kBad;
}

}  // namespace revalo
