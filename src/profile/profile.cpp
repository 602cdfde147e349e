// The table of profile fields and their parsers (one parser per field type, used by every input path).
#include "profile.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "names.h"

namespace revalo {
namespace {

std::optional<Error> bad_value(std::string_view name, std::string_view value, std::string_view expected) {
  return make_error(ErrorKind::Input, fmt::format("{} : « {} » n'est pas {}", name, value, expected));
}

}  // namespace

const std::vector<ProfileField>& core_profile_fields() {
  static const std::vector<ProfileField> kFields = {
      {"name", FieldType::Text, "free label of the profile"},
      {"convention", FieldType::Text, "collective agreement: bad (IDCC 2941), ccn66 (IDCC 413)"},
      {"position", FieldType::Text, "position: avenant 43 'employe.2.1' (catégorie.degré.échelon, optional filière prefix) or old category A–I"},
      {"old_position", FieldType::Text, "old category A–I, used for dates before avenant 43"},
      {"job", FieldType::Text, "job name (e.g. \"auxiliaire de vie sociale\"), mapped to a position by the grids"},
      {"seniority", FieldType::Decimal, "completed years of seniority in the branch (7 or 7.5)"},
      {"hired", FieldType::Date, "start date of the seniority in the branch (YYYY-MM-DD)"},
      {"practice_years", FieldType::Decimal, "years of practice in the job (placement on 2021-10-01); default: seniority"},
      {"diploma_level", FieldType::Integer, "RNCP level (3–8) of the diploma linked to the missions"},
      {"hours", FieldType::Decimal, "contract hours per month (full time: 151.67)"},
      {"fte", FieldType::Decimal, "working-time ratio, 0 < fte <= 1"},
      {"idr", FieldType::Decimal, "indemnité différentielle de reclassement, full-time euros per month"},
      {"tutored", FieldType::Integer, "employees or trainees accompanied as tutor this month"},
      {"apprentices", FieldType::Integer, "apprentices accompanied as maître d'apprentissage this month"},
      {"apprentice_age", FieldType::Integer, "the employee is an apprentice of this age (years)"},
      {"apprentice_year", FieldType::Integer, "year of the apprenticeship contract (1, 2 or 3)"},
      {"contract_start", FieldType::Date, "date the apprenticeship contract was signed (chooses its contribution exemption)"},
      {"sunday_hours", FieldType::Decimal, "hours worked on Sundays and public holidays this month"},
      {"night_hours", FieldType::Decimal, "night-band hours of a night worker this month"},
      {"astreinte_ouvrable", FieldType::Decimal, "on-call hours, working days, non fractionnée"},
      {"astreinte_ouvrable_fractionnee", FieldType::Decimal, "on-call hours, working days, fractionnée"},
      {"astreinte_dimanche_ferie_nuit", FieldType::Decimal, "on-call hours, Sundays, holidays and nights, non fractionnée"},
      {"astreinte_dimanche_ferie_nuit_fractionnee", FieldType::Decimal, "on-call hours, Sundays, holidays and nights, fractionnée"},
      {"etp", FieldType::Decimal, "cadre ECR responsabilité: ETP in scope"},
      {"structures", FieldType::Decimal, "cadre ECR associations: structures of 5 ETP or more in the federation"},
      {"activites", FieldType::Decimal, "cadre ECR complexité: number of activities"},
      {"places", FieldType::Decimal, "cadre ECR nombre de places: places of the care service"},
      {"years_in_job", FieldType::Decimal, "years in the job at the pay date (BAD: cadre ECR cadre supérieur; CCN 66: the step, reprise d'ancienneté included)", {}, std::nullopt, true},
      {"cadre_superieur", FieldType::Text, "cadre supérieur ECR scale: a (directeurs, médecin) or b (directeur général)"},
      {"usb_member", FieldType::Bool, "employer member of an organisation of USB-Domicile (yes/no)"},
      {"status", FieldType::Text, "status for the net pay: prive, prive-cadre, public-titulaire, public-contractuel (default for a convention: from the position)"},
      {"alsace_moselle", FieldType::Bool, "régime local d'assurance maladie d'Alsace-Moselle (yes/no; the flag alone means yes)"},
      {"mutuelle_salarie", FieldType::Decimal, "complementary health (mutuelle), employee share, euros per month"},
      {"mutuelle_employeur", FieldType::Decimal, "complementary health (mutuelle), employer share, euros per month"},
      {"prevoyance_salarie", FieldType::Decimal, "prévoyance, employee share, euros per month"},
      {"prevoyance_employeur", FieldType::Decimal, "prévoyance, employer share, euros per month"},
      {"taux_pas", FieldType::Decimal, "personal rate of the prélèvement à la source, % (default: the taux neutre)"},
      {"gross", FieldType::Decimal, "declared monthly gross pay, euros (net pay without a convention; needs --status)"},
      {"indice_majore", FieldType::Integer, "public: indice majoré (traitement indiciaire = IM × point d'indice / 12)"},
      {"nbi", FieldType::Integer, "public: points of nouvelle bonification indiciaire (NBI)"},
      {"zone_residence", FieldType::Integer, "public: zone of the indemnité de résidence (1, 2 or 3)"},
      {"enfants", FieldType::Integer, "public: dependent children, for the supplément familial de traitement (SFT)"},
      {"primes", FieldType::Decimal, "public: monthly primes and indemnités, euros (PPCR abattement by --categorie)"},
      {"categorie", FieldType::Text, "public: catégorie A, B or C of the corps (PPCR abattement on the primes)"},
      {"base", FieldType::Decimal, "monthly gross base of the person's own grid for full time, euros (prorated by --fte/--hours; needs --status)"},
      {"employer", FieldType::Text, "employer type: fph, fpt, fpe, non-lucratif, commercial, bad (Ségur eligibility)"},
      {"structure", FieldType::Text, "structure type: ehpad, hopital, ssiad, saad, foyer-handicap, ime, mecs… (Ségur eligibility)"},
      {"funder", FieldType::Text, "who funds the structure: assurance-maladie, departement, etat (Ségur eligibility)"},
      {"attachment", FieldType::Text, "public ESSMS: eps (attached to a hospital), organisme-ehpad, autonome (Ségur eligibility)"},
      {"contract", FieldType::Text, "contract: salarie (CDI/CDD, default), apprenti, contrat-aide (Ségur eligibility)"},
      {"diploma", FieldType::Bool, "holds the diploma of the job (no: faisant-fonction) (Ségur eligibility)"},
      {"axess_member", FieldType::Bool, "employer member of Axess: FEHAP, Nexem, Croix-Rouge, Unicancer (Ségur eligibility)"},
      {"segur", FieldType::Text, "settles an undecidable Ségur eligibility: applied or not-applied"},
      {"headcount", FieldType::Integer, "employer cost: effectif of the employer (turns the employer side on)"},
      {"taux_at", FieldType::Decimal, "employer cost: AT/MP rate notified by the CARSAT, % (no default: the line is reported missing)"},
      {"versement_mobilite", FieldType::Decimal, "employer cost: versement mobilité rate of the mobility authority, % (0 if exempt)"},
      {"taxe_salaires", FieldType::Bool, "employer cost: liable to the taxe sur les salaires (default: yes for non-lucratif, bad, fph; no for commercial, fpt)"},
      {"taxe_apprentissage", FieldType::Bool, "employer cost: liable to the taxe d'apprentissage (default: from the employer type and date)"},
      {"at", FieldType::Date, "pay date (YYYY-MM-DD)"},
      {"pay_day", FieldType::Integer, "rappel: usual pay day of the month, for the prescription (default: its last day)"},
      {"contract_end", FieldType::Date, "rappel: end of the contract (the claim covers the 3 years before it)"},
      {"interrupted", FieldType::Date, "rappel, public agents: date of a written claim or payment interrupting the prescription"},
      {"month_rule", FieldType::Text, "a value changing inside a month: prorata (default) or whole (the month at its last day)"},
  };
  return kFields;
}

std::optional<Error> set_profile_field(Profile& p, std::string_view name, std::string_view value,
                                       const std::vector<ProfileField>& fields) {
  const ProfileField* field = nullptr;
  for (const auto& f : fields)
    if (f.name == name) field = &f;
  if (!field) {
    std::vector<std::string> known;
    for (const auto& f : fields) known.emplace_back(f.name);
    return make_error(ErrorKind::Input, fmt::format("champ de profil inconnu : « {} » ; champs les plus proches : {}", name,
                                                    fmt::join(nearest_names(name, known), ", ")));
  }

  std::optional<Decimal> dec;
  std::optional<Date> date;
  std::optional<bool> flag;
  int integer = 0;
  switch (field->type) {
    case FieldType::Text:
      break;
    case FieldType::Decimal:
      dec = Decimal::parse(value);
      if (!dec) return bad_value(name, value, "un nombre décimal");
      if (*dec < Decimal()) return bad_value(name, value, "un nombre ≥ 0");
      break;
    case FieldType::Integer: {
      auto d = Decimal::parse(value);
      // An effectif can be large; other integer fields are counts of points, children, years…
      const std::int64_t cap = name == "headcount" ? 1'000'000 : 1000;
      if (!d || !d->is_integer() || *d < Decimal() || d->integer_part() > cap)
        return bad_value(name, value, fmt::format("un nombre entier entre 0 et {}", cap));
      integer = static_cast<int>(d->integer_part());
      break;
    }
    case FieldType::Date:
      date = Date::parse(value);
      if (!date) return bad_value(name, value, "une date AAAA-MM-JJ");
      break;
    case FieldType::Bool:
      if (value == "yes" || value == "true" || value == "oui" || value == "1") flag = true;
      else if (value == "no" || value == "false" || value == "non" || value == "0") flag = false;
      else return bad_value(name, value, "yes ou no (oui ou non)");
      break;
  }
  std::string text(value);
  if (!field->choices.empty() &&
      std::find(field->choices.begin(), field->choices.end(), value) == field->choices.end())
    return bad_value(name, value, fmt::format("l'une des valeurs {}", fmt::join(field->choices, ", ")));
  if (field->max && ((dec && *dec > *field->max) || (field->type == FieldType::Integer &&
                                                     Decimal::from_int(integer) > *field->max)))
    return bad_value(name, value, fmt::format("une valeur d'au plus {}", field->max->str()));
  const auto& core = core_profile_fields();
  if (std::none_of(core.begin(), core.end(), [&](const ProfileField& f) { return f.name == name; })) {
    p.extra[std::string(name)] = field->type == FieldType::Bool ? (*flag ? "yes" : "no") : text;
    return std::nullopt;
  }
  if (name == "name") p.name = text;
  else if (name == "convention") p.convention = text;
  else if (name == "position") p.position = text;
  else if (name == "old_position") p.old_position = text;
  else if (name == "job") p.job = text;
  else if (name == "seniority") {
    if (*dec > Decimal::from_int(50)) return bad_value(name, value, "une ancienneté d'au plus 50 ans");
    p.seniority = dec;
  } else if (name == "hired") p.hired = date;
  else if (name == "practice_years") p.practice_years = dec;
  else if (name == "diploma_level") p.diploma_level = integer;
  else if (name == "hours") {
    if (dec->is_zero() || *dec > Decimal::from_int(400)) return bad_value(name, value, "un nombre d'heures par mois dans ]0, 400]");
    p.hours = dec;
  } else if (name == "fte") {
    if (dec->is_zero() || *dec > Decimal::from_int(1)) return bad_value(name, value, "un ratio dans ]0, 1]");
    p.fte = dec;
  } else if (name == "idr") p.idr = dec;
  else if (name == "tutored") p.tutored = integer;
  else if (name == "apprentices") p.apprentices = integer;
  else if (name == "apprentice_age") {
    if (integer < 14 || integer > 70) return bad_value(name, value, "un âge entre 14 et 70 ans");
    p.apprentice_age = integer;
  } else if (name == "apprentice_year") {
    if (integer < 1 || integer > 3) return bad_value(name, value, "une année de contrat 1, 2 ou 3");
    p.apprentice_year = integer;
  }
  else if (name == "sunday_hours") p.sunday_hours = dec;
  else if (name == "night_hours") p.night_hours = dec;
  else if (name.starts_with("astreinte_")) p.astreinte_hours[std::string(name.substr(10))] = *dec;
  else if (name == "etp" || name == "structures" || name == "activites" || name == "places" || name == "years_in_job")
    p.structure[std::string(name)] = *dec;
  else if (name == "cadre_superieur") {
    if (text != "a" && text != "b") return bad_value(name, value, "a ou b");
    p.cadre_superieur = text;
  } else if (name == "usb_member") p.usb_member = flag;
  else if (name == "status") p.status = text;
  else if (name == "alsace_moselle") p.alsace_moselle = *flag;
  else if (name == "mutuelle_salarie") p.mutuelle_salarie = dec;
  else if (name == "mutuelle_employeur") p.mutuelle_employeur = dec;
  else if (name == "prevoyance_salarie") p.prevoyance_salarie = dec;
  else if (name == "prevoyance_employeur") p.prevoyance_employeur = dec;
  else if (name == "taux_pas") {
    if (*dec > Decimal::from_int(100)) return bad_value(name, value, "un taux en % entre 0 et 100");
    p.taux_pas = dec;
  } else if (name == "gross") {
    if (dec->is_zero()) return bad_value(name, value, "un montant brut > 0");
    p.gross = dec;
  } else if (name == "indice_majore") {
    if (integer == 0) return bad_value(name, value, "un indice majoré entre 1 et 1000");
    p.indice_majore = integer;
  } else if (name == "nbi") p.nbi = integer;
  else if (name == "zone_residence") {
    if (integer < 1 || integer > 3) return bad_value(name, value, "une zone 1, 2 ou 3");
    p.zone_residence = integer;
  } else if (name == "enfants") p.enfants = integer;
  else if (name == "primes") p.primes = dec;
  else if (name == "categorie") {
    if (text != "A" && text != "B" && text != "C") return bad_value(name, value, "une catégorie A, B ou C");
    p.categorie = text;
  } else if (name == "base") {
    if (dec->is_zero()) return bad_value(name, value, "un salaire de base > 0");
    p.base = dec;
  } else if (name == "employer") p.employer = text;
  else if (name == "structure") p.structure_type = text;
  else if (name == "funder") p.funder = text;
  else if (name == "attachment") p.attachment = text;
  else if (name == "contract") p.contract = text;
  else if (name == "diploma") p.diploma = flag;
  else if (name == "axess_member") p.axess_member = flag;
  else if (name == "segur") {
    if (text != "applied" && text != "not-applied") return bad_value(name, value, "applied ou not-applied");
    p.segur = text;
  }
  else if (name == "headcount") p.headcount = integer;
  else if (name == "taux_at") {
    if (*dec > Decimal::from_int(100)) return bad_value(name, value, "un taux en % entre 0 et 100");
    p.taux_at = dec;
  } else if (name == "versement_mobilite") {
    if (*dec > Decimal::from_int(100)) return bad_value(name, value, "un taux en % entre 0 et 100");
    p.versement_mobilite = dec;
  } else if (name == "taxe_salaires") p.taxe_salaires = flag;
  else if (name == "taxe_apprentissage") p.taxe_apprentissage = flag;
  else if (name == "at") p.at = date;
  else if (name == "contract_start") p.contract_start = date;
  else if (name == "pay_day") {
    if (integer < 1 || integer > 31) return bad_value(name, value, "un jour du mois entre 1 et 31");
    p.pay_day = integer;
  } else if (name == "contract_end") p.contract_end = date;
  else if (name == "interrupted") p.interrupted = date;
  else if (name == "month_rule") {
    if (text != "prorata" && text != "whole") return bad_value(name, value, "prorata ou whole");
    p.month_rule = text;
  }
  return std::nullopt;
}

std::vector<std::pair<std::string, std::string>> profile_echo(const Profile& p) {
  std::vector<std::pair<std::string, std::string>> out;
  auto add = [&](std::string_view k, const std::string& v) {
    if (!v.empty()) out.emplace_back(std::string(k), v);
  };
  add("name", p.name);
  add("convention", p.convention);
  add("position", p.position);
  add("old_position", p.old_position);
  add("job", p.job);
  if (p.seniority) add("seniority", p.seniority->str());
  if (p.hired) add("hired", p.hired->iso());
  if (p.practice_years) add("practice_years", p.practice_years->str());
  if (p.diploma_level) add("diploma_level", std::to_string(*p.diploma_level));
  if (p.hours) add("hours", p.hours->str());
  if (p.fte) add("fte", p.fte->str());
  if (p.idr) add("idr", p.idr->str());
  if (p.tutored) add("tutored", std::to_string(p.tutored));
  if (p.apprentices) add("apprentices", std::to_string(p.apprentices));
  if (p.apprentice_age) add("apprentice_age", std::to_string(*p.apprentice_age));
  if (p.apprentice_year) add("apprentice_year", std::to_string(*p.apprentice_year));
  if (p.contract_start) add("contract_start", p.contract_start->iso());
  if (p.sunday_hours) add("sunday_hours", p.sunday_hours->str());
  if (p.night_hours) add("night_hours", p.night_hours->str());
  for (const auto& [k, v] : p.astreinte_hours) add("astreinte_" + k, v.str());
  for (const auto& [k, v] : p.structure) add(k, v.str());
  add("cadre_superieur", p.cadre_superieur);
  if (p.usb_member) add("usb_member", *p.usb_member ? "yes" : "no");
  add("status", p.status);
  if (p.alsace_moselle) add("alsace_moselle", "yes");
  if (p.mutuelle_salarie) add("mutuelle_salarie", p.mutuelle_salarie->str());
  if (p.mutuelle_employeur) add("mutuelle_employeur", p.mutuelle_employeur->str());
  if (p.prevoyance_salarie) add("prevoyance_salarie", p.prevoyance_salarie->str());
  if (p.prevoyance_employeur) add("prevoyance_employeur", p.prevoyance_employeur->str());
  if (p.taux_pas) add("taux_pas", p.taux_pas->str());
  if (p.gross) add("gross", p.gross->str());
  if (p.indice_majore) add("indice_majore", std::to_string(*p.indice_majore));
  if (p.nbi) add("nbi", std::to_string(*p.nbi));
  if (p.zone_residence) add("zone_residence", std::to_string(*p.zone_residence));
  if (p.enfants) add("enfants", std::to_string(*p.enfants));
  if (p.primes) add("primes", p.primes->str());
  add("categorie", p.categorie);
  if (p.base) add("base", p.base->str());
  add("employer", p.employer);
  add("structure", p.structure_type);
  add("funder", p.funder);
  add("attachment", p.attachment);
  add("contract", p.contract);
  if (p.diploma) add("diploma", *p.diploma ? "yes" : "no");
  if (p.axess_member) add("axess_member", *p.axess_member ? "yes" : "no");
  add("segur", p.segur);
  if (p.headcount) add("headcount", std::to_string(*p.headcount));
  if (p.taux_at) add("taux_at", p.taux_at->str());
  if (p.versement_mobilite) add("versement_mobilite", p.versement_mobilite->str());
  if (p.taxe_salaires) add("taxe_salaires", *p.taxe_salaires ? "yes" : "no");
  if (p.taxe_apprentissage) add("taxe_apprentissage", *p.taxe_apprentissage ? "yes" : "no");
  for (const auto& [k, v] : p.extra) add(k, v);
  return out;
}

std::optional<Decimal> extra_decimal(const Profile& p, std::string_view name) {
  auto it = p.extra.find(name);
  return it == p.extra.end() ? std::nullopt : Decimal::parse(it->second);
}

std::optional<int> extra_int(const Profile& p, std::string_view name) {
  auto d = extra_decimal(p, name);
  if (!d) return std::nullopt;
  return static_cast<int>(d->integer_part());
}

std::optional<Date> extra_date(const Profile& p, std::string_view name) {
  auto it = p.extra.find(name);
  return it == p.extra.end() ? std::nullopt : Date::parse(it->second);
}

std::optional<bool> extra_bool(const Profile& p, std::string_view name) {
  auto it = p.extra.find(name);
  if (it == p.extra.end()) return std::nullopt;
  return it->second == "yes";
}

std::string_view extra_text(const Profile& p, std::string_view name) {
  auto it = p.extra.find(name);
  return it == p.extra.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace revalo
