// Column names and their French aliases (see column_names.h; the same tables in docs/columns.md).
#include "column_names.h"

#include "names.h"
#include "registry.h"

namespace revalo {

const std::vector<ColumnAliases>& profile_column_aliases() {
  // Names as HR and payroll exports write them; matched with same_column(), so "Ancienneté", "ANCIENNETE" and
  // "anciennete" are one alias.
  static const std::vector<ColumnAliases> kAliases = {
      {"name", {"nom", "libellé", "nom prénom", "salarié"}},
      {"convention", {"convention collective", "ccn", "idcc"}},
      {"position", {"classification", "classement", "position conventionnelle"}},
      {"old_position", {"ancienne position", "ancienne catégorie", "catégorie avant avenant 43"}},
      {"job", {"emploi", "métier", "poste", "intitulé du poste", "fonction"}},
      {"seniority", {"ancienneté", "ancienneté branche", "ancienneté (ans)", "années d'ancienneté"}},
      {"hired", {"date d'embauche", "embauche", "date d'entrée", "entrée", "date entrée"}},
      {"practice_years", {"années de pratique", "années d'expérience", "expérience"}},
      {"diploma_level", {"niveau de diplôme", "niveau diplôme", "niveau rncp"}},
      {"hours", {"heures", "heures mensuelles", "heures par mois", "heures mois", "horaire mensuel", "nb heures"}},
      {"hours_per_week", {"heures hebdo", "heures hebdomadaires", "heures par semaine", "heures semaine",
                          "horaire hebdomadaire"}},
      {"fte", {"quotité", "quotité de travail", "taux d'activité", "temps de travail"}},
      {"idr", {"indemnité différentielle de reclassement"}},
      {"tutored", {"tutorat", "tutorés", "nombre de tutorés"}},
      {"apprentices", {"apprentis", "nombre d'apprentis"}},
      {"apprentice_age", {"âge de l'apprenti", "âge apprenti"}},
      {"apprentice_year", {"année d'apprentissage", "année du contrat d'apprentissage"}},
      {"contract_start", {"début du contrat", "date du contrat", "signature du contrat"}},
      {"sunday_hours", {"heures dimanche", "heures dimanches et fériés", "heures dimanche férié"}},
      {"night_hours", {"heures de nuit", "heures nuit"}},
      {"status", {"statut"}},
      {"mutuelle_salarie", {"mutuelle salarié", "mutuelle part salariale"}},
      {"mutuelle_employeur", {"mutuelle part patronale", "mutuelle part employeur"}},
      {"prevoyance_salarie", {"prévoyance salarié", "prévoyance part salariale"}},
      {"prevoyance_employeur", {"prévoyance part patronale", "prévoyance part employeur"}},
      {"taux_pas", {"taux de prélèvement à la source", "taux pas", "taux prélèvement"}},
      {"gross", {"brut", "salaire brut", "brut déclaré"}},
      {"indice_majore", {"indice majoré", "im"}},
      {"zone_residence", {"zone de résidence", "zone"}},
      {"enfants", {"nombre d'enfants", "enfants à charge"}},
      {"categorie", {"catégorie"}},
      {"base", {"salaire de base", "salaire base"}},
      {"employer", {"employeur", "type d'employeur"}},
      {"structure", {"type de structure", "établissement", "type d'établissement"}},
      {"funder", {"financeur"}},
      {"attachment", {"rattachement"}},
      {"contract", {"contrat", "type de contrat"}},
      {"diploma", {"diplômé", "diplôme"}},
      {"axess_member", {"adhérent axess"}},
      {"usb_member", {"adhérent usb", "adhérent usb-domicile"}},
      {"headcount", {"effectif"}},
      {"taux_at", {"taux at/mp", "taux atmp"}},
      {"at", {"date", "date de paie", "date de la paie"}},
      {"pay_day", {"jour de paie"}},
      {"contract_end", {"fin du contrat", "date de fin du contrat"}},
      {"month_rule", {"règle du mois"}},
  };
  return kAliases;
}

const std::vector<ColumnAliases>& paid_column_aliases() {
  static const std::vector<ColumnAliases> kAliases = {
      {"month", {"mois", "période", "mois de paie"}},
      {"gross", {"brut", "salaire brut", "brut payé", "brut versé"}},
      {"net", {"net payé", "net versé", "net à payer"}},
  };
  return kAliases;
}

bool same_column(std::string_view a, std::string_view b) { return normalize_name(a) == normalize_name(b); }

std::optional<std::string> canonical_column(std::string_view header, const std::vector<std::string>& names,
                                            const std::vector<ColumnAliases>& aliases) {
  for (const auto& n : names)
    if (same_column(header, n)) return n;
  for (const auto& a : aliases)
    for (auto alias : a.aliases)
      if (same_column(header, alias)) return std::string(a.name);
  return std::nullopt;
}

std::optional<std::string> profile_field_column(std::string_view header) {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> v;
    for (const auto& f : profile_fields()) v.emplace_back(f.name);
    return v;
  }();
  return canonical_column(header, kNames, profile_column_aliases());
}

}  // namespace revalo
