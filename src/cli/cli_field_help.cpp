// The French help of the profile fields (--help of pay, compare, batch…). The field table (profile.h, registry.h)
// keeps a short English description for developers; users read these. A field without an entry here shows its own.
#include <map>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli_french.h"

namespace revalo {
namespace {

const std::map<std::string_view, std::string_view>& french_help() {
  static const std::map<std::string_view, std::string_view> kHelp = {
      {"name", "libellé libre du profil"},
      {"convention", "convention collective : bad (IDCC 2941)…"},
      {"position", "position : avenant 43 « employe.2.1 » (catégorie.degré.échelon, filière en préfixe facultative) "
                   "ou ancienne catégorie A–I"},
      {"old_position", "ancienne catégorie A–I, pour les dates avant l'avenant 43"},
      {"job", "emploi (par exemple « auxiliaire de vie sociale »), placé sur une position par les grilles"},
      {"seniority", "ancienneté dans la branche, en années révolues (7 ou 7,5) ou en mois (18 mois)"},
      {"hired", "date de début de l'ancienneté dans la branche (JJ/MM/AAAA)"},
      {"practice_years", "années d'exercice de l'emploi (placement au 2021-10-01) ; défaut : l'ancienneté"},
      {"diploma_level", "niveau RNCP (3 à 8) du diplôme lié aux missions"},
      {"hours", "heures du contrat par mois (temps plein : 151,67)"},
      {"hours_per_week", "heures du contrat par semaine (temps plein : 35), au lieu des heures par mois"},
      {"fte", "quotité de temps de travail : 0,8 ou 80 %"},
      {"idr", "indemnité différentielle de reclassement, euros par mois à temps plein"},
      {"tutored", "salariés ou stagiaires accompagnés comme tuteur ce mois-ci"},
      {"apprentices", "apprentis accompagnés comme maître d'apprentissage ce mois-ci"},
      {"apprentice_age", "la personne est un apprenti de cet âge (ans)"},
      {"apprentice_year", "année du contrat d'apprentissage (1, 2 ou 3)"},
      {"contract_start", "date de signature du contrat d'apprentissage (choisit son exonération de cotisations)"},
      {"sunday_hours", "heures travaillées les dimanches et jours fériés ce mois-ci"},
      {"night_hours", "heures de nuit d'un travailleur de nuit ce mois-ci"},
      {"astreinte_ouvrable", "heures d'astreinte, jours ouvrables, non fractionnée"},
      {"astreinte_ouvrable_fractionnee", "heures d'astreinte, jours ouvrables, fractionnée"},
      {"astreinte_dimanche_ferie_nuit", "heures d'astreinte, dimanches, fériés et nuits, non fractionnée"},
      {"astreinte_dimanche_ferie_nuit_fractionnee", "heures d'astreinte, dimanches, fériés et nuits, fractionnée"},
      {"etp", "ECR cadre responsabilité : ETP du périmètre"},
      {"structures", "ECR cadre associations : structures de 5 ETP ou plus de la fédération"},
      {"activites", "ECR cadre complexité : nombre d'activités"},
      {"places", "ECR cadre nombre de places : places du service de soins"},
      {"years_in_job", "ECR cadre supérieur : années dans l'emploi"},
      {"cadre_superieur", "barème de l'ECR cadre supérieur : a (directeurs, médecin) ou b (directeur général)"},
      {"usb_member", "employeur adhérent d'une organisation de l'USB-Domicile (oui/non)"},
      {"status", "statut pour le net : prive, prive-cadre, public-titulaire, public-contractuel (défaut pour une "
                 "convention : selon la position)"},
      {"alsace_moselle", "régime local d'assurance maladie d'Alsace-Moselle (oui/non ; l'option seule vaut oui)"},
      {"mutuelle_salarie", "complémentaire santé (mutuelle), part salariale, euros par mois"},
      {"mutuelle_employeur", "complémentaire santé (mutuelle), part employeur, euros par mois"},
      {"prevoyance_salarie", "prévoyance, part salariale, euros par mois"},
      {"prevoyance_employeur", "prévoyance, part employeur, euros par mois"},
      {"taux_pas", "taux personnalisé du prélèvement à la source, en % (défaut : le taux neutre)"},
      {"gross", "salaire brut mensuel déclaré, euros (net sans convention ; demande --status)"},
      {"indice_majore", "public : indice majoré (traitement indiciaire = IM × point d'indice / 12)"},
      {"nbi", "public : points de nouvelle bonification indiciaire (NBI)"},
      {"zone_residence", "public : zone de l'indemnité de résidence (1, 2 ou 3)"},
      {"enfants", "public : enfants à charge, pour le supplément familial de traitement (SFT)"},
      {"primes", "public : primes et indemnités mensuelles, euros (abattement PPCR selon --categorie)"},
      {"categorie", "public : catégorie A, B ou C du corps (abattement PPCR sur les primes)"},
      {"base", "salaire de base mensuel de la grille propre de la personne, temps plein, euros (proratisé par "
               "--fte/--hours ; demande --status)"},
      {"employer", "type d'employeur : fph, fpt, fpe, non-lucratif, commercial, bad (éligibilité Ségur)"},
      {"structure", "type de structure : ehpad, hopital, ssiad, saad, foyer-handicap, ime, mecs… (éligibilité Ségur)"},
      {"funder", "financeur de la structure : assurance-maladie, departement, etat (éligibilité Ségur)"},
      {"attachment", "ESSMS public : eps (rattaché à un hôpital), organisme-ehpad, autonome (éligibilité Ségur)"},
      {"contract", "contrat : salarie (CDI/CDD, défaut), apprenti, contrat-aide (éligibilité Ségur)"},
      {"diploma", "titulaire du diplôme de l'emploi (non : faisant fonction) (éligibilité Ségur)"},
      {"axess_member", "employeur adhérent d'Axess : FEHAP, Nexem, Croix-Rouge, Unicancer (éligibilité Ségur)"},
      {"segur", "tranche une éligibilité Ségur indécidable : applied (appliquée) ou not-applied (non appliquée)"},
      {"headcount", "coût employeur : effectif de l'employeur (active le calcul côté employeur)"},
      {"taux_at", "coût employeur : taux AT/MP notifié par la CARSAT, en % (sans lui, la ligne est signalée "
                  "manquante)"},
      {"versement_mobilite", "coût employeur : taux du versement mobilité de l'autorité organisatrice, en % (0 si "
                             "exonéré)"},
      {"taxe_salaires", "coût employeur : assujetti à la taxe sur les salaires (défaut : oui pour non-lucratif, bad, "
                        "fph ; non pour commercial, fpt)"},
      {"taxe_apprentissage", "coût employeur : assujetti à la taxe d'apprentissage (défaut : selon le type "
                             "d'employeur et la date)"},
      {"at", "date de paie (JJ/MM/AAAA ou AAAA-MM-JJ)"},
      {"pay_day", "rappel : jour habituel de paie dans le mois, pour la prescription (défaut : le dernier jour)"},
      {"contract_end", "rappel : fin du contrat (la demande couvre les 3 ans qui la précèdent)"},
      {"interrupted", "rappel, agents publics : date d'une demande écrite ou d'un paiement qui interrompt la "
                      "prescription"},
      {"month_rule", "valeur qui change en cours de mois : prorata (défaut) ou whole (le mois aux valeurs de son "
                     "dernier jour)"},
  };
  return kHelp;
}

}  // namespace

std::string field_help_fr(const ProfileField& f) {
  auto it = french_help().find(f.name);
  return std::string(it == french_help().end() ? f.help : it->second);
}

std::string field_value_name(const ProfileField& f) {
  if (!f.choices.empty()) return fmt::format("{{{}}}", fmt::join(f.choices, ","));
  switch (f.type) {
    case FieldType::Decimal: return "NOMBRE";
    case FieldType::Integer: return "ENTIER";
    case FieldType::Date: return "DATE";
    case FieldType::Bool: return "[oui|non]";
    case FieldType::Text: break;
  }
  return "TEXTE";
}

}  // namespace revalo
