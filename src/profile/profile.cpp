// The table of profile fields and their parsers (one parser per field type, used by every input path).
#include "profile.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "french_input.h"
#include "names.h"

namespace revalo {
namespace {

std::optional<Error> bad_value(std::string_view name, std::string_view value, std::string_view expected) {
  return make_error(ErrorKind::Input, fmt::format("{} : « {} » n'est pas {}", name, value, expected));
}

// A decimal field in the French forms its unit allows (french_input.h): "18 mois", "80 %", "130 h", "20 €".
std::optional<Decimal> parse_decimal_field(std::string_view name, std::string_view value) {
  if (name == "seniority" || name.ends_with("_years") || name.starts_with("years_")) return parse_years_fr(value);
  if (name == "fte") return parse_ratio_fr(value);
  if (name.starts_with("taux_") || name == "versement_mobilite") return parse_percent_fr(value);
  if (name.find("hours") != std::string_view::npos || name.starts_with("astreinte_")) return parse_hours_fr(value);
  return parse_amount_fr(value);
}

}  // namespace

// The common fields, by what they are for; each agreement adds its own (Convention::fields).
namespace {

using F = FieldType;

Decimal dec(const char* text) { return *Decimal::parse(text); }

// The person and the working time.
std::vector<ProfileField> who_fields() {
  return {
      {.name = "name", .type = F::Text, .help = "libellé libre du profil", .slot = &Profile::name},
      {.name = "convention", .type = F::Text, .help = "convention collective ou grille (identifiant, IDCC ou alias)",
       .slot = &Profile::convention},
      {.name = "position", .type = F::Text, .help = "position dans la classification de la convention",
       .slot = &Profile::position},
      {.name = "job", .type = F::Text, .help = "emploi (par exemple « auxiliaire de vie sociale »), placé par les grilles",
       .slot = &Profile::job},
      {.name = "seniority", .type = F::Decimal, .help = "années d'ancienneté accomplies dans la branche (7, 7,5, « 18 mois »)",
       .max = dec("50"), .expected = "une ancienneté d'au plus 50 ans", .slot = &Profile::seniority},
      {.name = "hired", .type = F::Date, .help = "date de début de l'ancienneté dans la branche (JJ/MM/AAAA)",
       .slot = &Profile::hired},
      {.name = "hours", .type = F::Decimal, .help = "heures mensuelles du contrat (temps plein : 151,67)",
       .max = dec("400"), .nonzero = true, .expected = "un nombre d'heures par mois dans ]0, 400]",
       .slot = &Profile::hours},
      {.name = "hours_per_week", .type = F::Decimal,
       .help = "heures du contrat par semaine (temps plein : 35), au lieu des heures par mois", .max = dec("100"),
       .nonzero = true, .expected = "un nombre d'heures par semaine dans ]0, 100]", .slot = &Profile::hours_per_week},
      {.name = "fte", .type = F::Decimal, .help = "quotité de temps de travail, 0 < fte <= 1 (0,8 ou « 80 % »)", .max = dec("1"),
       .nonzero = true, .expected = "un ratio dans ]0, 1]", .slot = &Profile::fte},
      {.name = "apprentice_age", .type = F::Integer, .help = "le salarié est un apprenti de cet âge (années)",
       .min = dec("14"), .max = dec("70"), .expected = "un âge entre 14 et 70 ans", .slot = &Profile::apprentice_age},
      {.name = "apprentice_year", .type = F::Integer, .help = "année du contrat d'apprentissage (1, 2 ou 3)",
       .min = dec("1"), .max = dec("3"), .expected = "une année de contrat 1, 2 ou 3", .slot = &Profile::apprentice_year},
      {.name = "contract_start", .type = F::Date,
       .help = "date de conclusion du contrat d'apprentissage (décide de son exonération de cotisations)",
       .slot = &Profile::contract_start},
  };
}

// Gross → net: status, régime local, health and prévoyance shares, PAS; a declared gross.
std::vector<ProfileField> net_inputs_fields() {
  return {
      {.name = "status", .type = F::Text,
       .help = "statut pour le net : prive, prive-cadre, public-titulaire, public-contractuel (par défaut : déduit de la "
               "convention et de la position)",
       .slot = &Profile::status},
      {.name = "alsace_moselle", .type = F::Bool,
       .help = "régime local d'assurance maladie d'Alsace-Moselle (yes/no ; l'option seule vaut yes)",
       .slot = &Profile::alsace_moselle},
      {.name = "mutuelle_salarie", .type = F::Decimal, .help = "complémentaire santé, part salariale, euros par mois",
       .slot = &Profile::mutuelle_salarie},
      {.name = "mutuelle_employeur", .type = F::Decimal, .help = "complémentaire santé, part employeur, euros par mois",
       .slot = &Profile::mutuelle_employeur},
      {.name = "prevoyance_salarie", .type = F::Decimal, .help = "prévoyance, part salariale, euros par mois",
       .slot = &Profile::prevoyance_salarie},
      {.name = "prevoyance_employeur", .type = F::Decimal, .help = "prévoyance, part employeur, euros par mois",
       .slot = &Profile::prevoyance_employeur},
      {.name = "taux_pas", .type = F::Decimal,
       .help = "taux personnalisé du prélèvement à la source, % (par défaut : le taux neutre)", .max = dec("100"),
       .expected = "un taux en % entre 0 et 100", .slot = &Profile::taux_pas},
      {.name = "gross", .type = F::Decimal,
       .help = "salaire brut mensuel déclaré, euros (le net sans convention ; demande --status)", .nonzero = true,
       .expected = "un montant brut > 0", .slot = &Profile::gross},
  };
}

// Public agents: indice, NBI, indemnité de résidence, SFT, primes; a declared base for private grids revalo lacks.
std::vector<ProfileField> public_inputs_fields() {
  return {
      {.name = "indice_majore", .type = F::Integer,
       .help = "public : indice majoré (traitement indiciaire = IM × valeur du point d'indice / 12)", .nonzero = true,
       .expected = "un indice majoré entre 1 et 1000", .slot = &Profile::indice_majore},
      {.name = "nbi", .type = F::Integer, .help = "public : points de nouvelle bonification indiciaire (NBI)",
       .slot = &Profile::nbi},
      {.name = "zone_residence", .type = F::Integer, .help = "public : zone de l'indemnité de résidence (1, 2 ou 3)",
       .min = dec("1"), .max = dec("3"), .expected = "une zone 1, 2 ou 3", .slot = &Profile::zone_residence},
      {.name = "enfants", .type = F::Integer,
       .help = "public : enfants à charge, pour le supplément familial de traitement (SFT)", .slot = &Profile::enfants},
      {.name = "primes", .type = F::Decimal,
       .help = "public : primes et indemnités mensuelles, euros (abattement PPCR selon --categorie)",
       .slot = &Profile::primes},
      {.name = "categorie", .type = F::Text,
       .help = "public : catégorie A, B ou C du corps (abattement PPCR sur les primes)", .choices = {"A", "B", "C"},
       .expected = "une catégorie A, B ou C", .slot = &Profile::categorie},
      {.name = "base", .type = F::Decimal,
       .help = "salaire de base mensuel de la grille de l'employeur à temps plein, euros (proratisé par --fte/--hours ; "
               "demande --status)",
       .nonzero = true, .expected = "un salaire de base > 0", .slot = &Profile::base},
  };
}

// Ségur eligibility: the values of the vocabularies of grids/segur.
std::vector<ProfileField> segur_inputs_fields() {
  return {
      {.name = "employer", .type = F::Text,
       .help = "type d'employeur : fph, fpt, fpe, non-lucratif, commercial… (éligibilité Ségur)",
       .slot = &Profile::employer},
      {.name = "structure", .type = F::Text,
       .help = "type de structure : ehpad, hopital, ssiad, saad, foyer-handicap, ime, mecs… (éligibilité Ségur)",
       .slot = &Profile::structure_type},
      {.name = "funder", .type = F::Text,
       .help = "financeur de la structure : assurance-maladie, departement, etat (éligibilité Ségur)",
       .slot = &Profile::funder},
      {.name = "attachment", .type = F::Text,
       .help = "ESSMS public : eps (rattaché à un hôpital), organisme-ehpad, autonome (éligibilité Ségur)",
       .slot = &Profile::attachment},
      {.name = "contract", .type = F::Text,
       .help = "contrat : salarie (CDI/CDD, par défaut), apprenti, contrat-aide (éligibilité Ségur)",
       .slot = &Profile::contract},
      {.name = "diploma", .type = F::Bool,
       .help = "titulaire du diplôme de l'emploi (no : faisant fonction) (éligibilité Ségur)", .slot = &Profile::diploma},
      {.name = "axess_member", .type = F::Bool,
       .help = "employeur adhérent d'Axess : FEHAP, Nexem, Croix-Rouge, Unicancer (éligibilité Ségur)",
       .slot = &Profile::axess_member},
      {.name = "segur", .type = F::Text,
       .help = "tranche une éligibilité Ségur indécidable : applied ou not-applied", .choices = {"applied", "not-applied"},
       .expected = "applied ou not-applied", .slot = &Profile::segur},
  };
}

// Employer cost.
std::vector<ProfileField> employer_inputs_fields() {
  return {
      {.name = "headcount", .type = F::Integer,
       .help = "coût employeur : effectif de l'employeur (active le côté employeur)", .integer_cap = 1'000'000,
       .slot = &Profile::headcount},
      {.name = "taux_at", .type = F::Decimal,
       .help = "coût employeur : taux AT/MP notifié par la CARSAT, % (pas de défaut : la ligne est signalée manquante)",
       .max = dec("100"), .expected = "un taux en % entre 0 et 100", .slot = &Profile::taux_at},
      {.name = "versement_mobilite", .type = F::Decimal,
       .help = "coût employeur : taux du versement mobilité de l'autorité organisatrice, % (0 si exonéré)",
       .max = dec("100"), .expected = "un taux en % entre 0 et 100", .slot = &Profile::versement_mobilite},
      {.name = "taxe_salaires", .type = F::Bool,
       .help = "coût employeur : assujetti à la taxe sur les salaires (par défaut : oui pour non-lucratif, bad, fph ; "
               "non pour commercial, fpt)",
       .slot = &Profile::taxe_salaires},
      {.name = "taxe_apprentissage", .type = F::Bool,
       .help = "coût employeur : assujetti à la taxe d'apprentissage (par défaut : selon le type d'employeur et la date)",
       .slot = &Profile::taxe_apprentissage},
  };
}

// The pay date, and back pay.
std::vector<ProfileField> time_inputs_fields() {
  return {
      {.name = "at", .type = F::Date, .help = "date de paie (JJ/MM/AAAA ou AAAA-MM-JJ)", .slot = &Profile::at, .echoed = false},
      {.name = "pay_day", .type = F::Integer,
       .help = "rappel : jour de paie habituel du mois, pour la prescription (par défaut : son dernier jour)",
       .min = dec("1"), .max = dec("31"), .expected = "un jour du mois entre 1 et 31", .slot = &Profile::pay_day,
       .echoed = false},
      {.name = "contract_end", .type = F::Date,
       .help = "rappel : fin du contrat (la demande couvre les 3 années qui la précèdent)", .slot = &Profile::contract_end,
       .echoed = false},
      {.name = "interrupted", .type = F::Date,
       .help = "rappel, agents publics : date d'une réclamation écrite ou d'un paiement qui interrompt la prescription",
       .slot = &Profile::interrupted, .echoed = false},
      {.name = "month_rule", .type = F::Text,
       .help = "valeur qui change dans le mois : prorata (par défaut) ou whole (le mois à son dernier jour)",
       .choices = {"prorata", "whole"}, .expected = "prorata ou whole", .slot = &Profile::month_rule, .echoed = false},
  };
}

}  // namespace

const std::vector<ProfileField>& core_profile_fields() {
  static const std::vector<ProfileField> kFields = [] {
    std::vector<ProfileField> all;
    for (auto group : {who_fields, net_inputs_fields, public_inputs_fields, segur_inputs_fields,
                       employer_inputs_fields, time_inputs_fields})
      for (auto& f : group()) all.push_back(std::move(f));
    return all;
  }();
  return kFields;
}

const ProfileField* find_field(const std::vector<ProfileField>& fields, std::string_view name) {
  for (const auto& f : fields)
    if (f.name == name) return &f;
  return nullptr;
}

namespace {

// The value of `text` for field `f`, checked against its type and range.
Result<FieldValue> parse_value(const ProfileField& f, std::string_view text) {
  const std::string_view name = f.name;
  auto out_of_range = [&](std::string fallback) {
    return make_error(ErrorKind::Input, fmt::format("{} : « {} » n'est pas {}", name, text,
                                                    f.expected.empty() ? fallback : std::string(f.expected)));
  };
  switch (f.type) {
    case FieldType::Text:
      if (!f.choices.empty() && std::find(f.choices.begin(), f.choices.end(), text) == f.choices.end()) {
        const std::vector<std::string> choices(f.choices.begin(), f.choices.end());
        const auto near = close_names(text, choices, 1);
        return make_error(ErrorKind::Input,
                          fmt::format("{} : « {} » n'est pas {}{}", name, text,
                                      f.expected.empty() ? fmt::format("l'une des valeurs {}", fmt::join(f.choices, ", "))
                                                         : std::string(f.expected),
                                      near.empty() ? "" : fmt::format(" ; vouliez-vous dire « {} » ?", near.front())));
      }
      return FieldValue(std::string(text));
    case FieldType::Date: {
      auto d = Date::parse(text);  // AAAA-MM-JJ as written; else the French forms
      if (!d) d = parse_date_fr(text);
      if (!d) return *bad_value(name, text, "une date JJ/MM/AAAA ou AAAA-MM-JJ");
      return FieldValue(*d);
    }
    case FieldType::Bool:
      if (text == "yes" || text == "true" || text == "oui" || text == "1") return FieldValue(true);
      if (text == "no" || text == "false" || text == "non" || text == "0") return FieldValue(false);
      return *bad_value(name, text, "yes ou no (oui ou non)");
    case FieldType::Decimal:
    case FieldType::Integer:
      break;
  }
  // A bare number ("7", "121.34") reads the same in every French form: parsed as it is, without the forms' work.
  const bool bare = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
  auto d = bare                             ? Decimal::parse(text)
           : f.type == FieldType::Decimal ? parse_decimal_field(name, text)
                                          : parse_decimal_fr(text);
  if (f.type == FieldType::Decimal) {
    if (!d) return *bad_value(name, text, "un nombre décimal");
    if (*d < Decimal()) return *bad_value(name, text, "un nombre ≥ 0");
  } else if (!d || !d->is_integer() || *d < Decimal() || d->integer_part() > f.integer_cap) {
    return *bad_value(name, text, fmt::format("un nombre entier entre 0 et {}", f.integer_cap));
  }
  if ((f.nonzero && d->is_zero()) || (f.min && *d < *f.min))
    return out_of_range(fmt::format("une valeur d'au moins {}", f.min ? f.min->str() : "1"));
  if (f.max && *d > *f.max) return out_of_range(fmt::format("une valeur d'au plus {}", f.max->str()));
  if (f.type == FieldType::Integer) return FieldValue(static_cast<int>(d->integer_part()));
  return FieldValue(*d);
}

// Stores `v` in the member `slot` points to.
struct StoreInSlot {
  Profile& p;
  const FieldValue& v;
  void operator()(std::monostate) const {}
  void operator()(std::string Profile::*m) const { p.*m = std::get<std::string>(v); }
  void operator()(std::optional<Decimal> Profile::*m) const { p.*m = std::get<Decimal>(v); }
  void operator()(std::optional<int> Profile::*m) const { p.*m = std::get<int>(v); }
  void operator()(std::optional<Date> Profile::*m) const { p.*m = std::get<Date>(v); }
  void operator()(std::optional<bool> Profile::*m) const { p.*m = std::get<bool>(v); }
  void operator()(bool Profile::*m) const { p.*m = std::get<bool>(v); }
};

// The text of a value, as a user would type it back.
std::string value_text(const FieldValue& v) {
  struct Text {
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(Decimal d) const { return d.str(); }
    std::string operator()(int i) const { return std::to_string(i); }
    std::string operator()(Date d) const { return d.iso(); }
    std::string operator()(bool b) const { return b ? "yes" : "no"; }
  };
  return std::visit(Text{}, v);
}

// Reads the value a common field holds in a profile (none when not given; a false plain bool counts as not given).
struct ReadSlot {
  const Profile& p;
  std::optional<FieldValue> operator()(std::monostate) const { return std::nullopt; }
  std::optional<FieldValue> operator()(std::string Profile::*m) const {
    if ((p.*m).empty()) return std::nullopt;
    return FieldValue(p.*m);
  }
  template <typename T>
  std::optional<FieldValue> operator()(std::optional<T> Profile::*m) const {
    if (!(p.*m)) return std::nullopt;
    return FieldValue(*(p.*m));
  }
  std::optional<FieldValue> operator()(bool Profile::*m) const {
    if (!(p.*m)) return std::nullopt;
    return FieldValue(true);
  }
};

}  // namespace

std::optional<Error> set_profile_field(Profile& p, std::string_view name, std::string_view value,
                                       const std::vector<ProfileField>& fields) {
  const ProfileField* field = find_field(fields, name);
  if (!field) {
    std::vector<std::string> known;
    for (const auto& f : fields) known.emplace_back(f.name);
    return make_error(ErrorKind::Input, fmt::format("champ de profil inconnu : « {} » ; champs les plus proches : {}", name,
                                                    fmt::join(nearest_names(name, known), ", ")));
  }
  return set_profile_field(p, *field, value);
}

Result<FieldValue> parse_profile_field(const ProfileField& field, std::string_view value) {
  return parse_value(field, value);
}

void store_profile_field(Profile& p, const ProfileField& field, const FieldValue& value) {
  if (std::holds_alternative<std::monostate>(field.slot)) {
    p.extra.insert_or_assign(field.name, value);
  } else {
    std::visit(StoreInSlot{p, value}, field.slot);
  }
}

std::optional<Error> set_profile_field(Profile& p, const ProfileField& field, std::string_view value) {
  auto v = parse_value(field, value);
  if (!v) return v.error();
  store_profile_field(p, field, *v);
  return std::nullopt;
}

void reset_profile_field(Profile& p, const ProfileField& field, const Profile& from) {
  if (!std::holds_alternative<std::monostate>(field.slot)) {
    std::visit([&](auto member) {
      if constexpr (!std::is_same_v<decltype(member), std::monostate>) p.*member = from.*member;
    }, field.slot);
    return;
  }
  if (auto it = from.extra.find(field.name); it != from.extra.end())
    p.extra.insert_or_assign(field.name, it->second);
  else if (auto mine = p.extra.find(field.name); mine != p.extra.end())
    p.extra.erase(mine);
}

std::vector<std::pair<std::string, std::string>> profile_echo(const Profile& p,
                                                              const std::vector<ProfileField>& fields) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& f : fields) {
    if (!f.echoed) continue;
    std::optional<FieldValue> v;
    if (std::holds_alternative<std::monostate>(f.slot)) {
      if (auto it = p.extra.find(f.name); it != p.extra.end()) v = it->second;
    } else {
      v = std::visit(ReadSlot{p}, f.slot);
    }
    if (v) out.emplace_back(std::string(f.name), value_text(*v));
  }
  return out;
}

namespace {

template <typename T>
std::optional<T> extra_of(const Profile& p, std::string_view name) {
  auto it = p.extra.find(name);
  if (it == p.extra.end()) return std::nullopt;
  const T* v = std::get_if<T>(&it->second);
  return v ? std::optional<T>(*v) : std::nullopt;
}

}  // namespace

std::optional<Decimal> extra_decimal(const Profile& p, std::string_view name) { return extra_of<Decimal>(p, name); }
std::optional<int> extra_int(const Profile& p, std::string_view name) { return extra_of<int>(p, name); }
std::optional<Date> extra_date(const Profile& p, std::string_view name) { return extra_of<Date>(p, name); }
std::optional<bool> extra_bool(const Profile& p, std::string_view name) { return extra_of<bool>(p, name); }

std::string_view extra_text(const Profile& p, std::string_view name) {
  auto it = p.extra.find(name);
  if (it == p.extra.end()) return {};
  const std::string* v = std::get_if<std::string>(&it->second);
  return v ? std::string_view(*v) : std::string_view();
}

}  // namespace revalo
