// A person's pay profile (job, position, seniority, working time…) and the one table of its fields, shared by
// the CLI flags, profile TOML files and (later) batch columns, so that every input has one name and one parser.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"
#include "decimal.h"
#include "result.h"

namespace revalo {

struct Profile {
  std::string name;                       // free label ("AVS en SAAD")
  std::string convention;                 // "bad"
  std::string position;                   // avenant 43 position "employe.2.1" / "intervention.employe.2.1", or "C"
  std::string old_position;               // position in the classification before avenant 43 ("C")
  std::string job;                        // job name, mapped to a position by grids/*/jobs.toml
  std::optional<Decimal> seniority;       // completed years in the branch at the pay date
  std::optional<Date> hired;              // start of the seniority in the branch (alternative to seniority)
  std::optional<Decimal> practice_years;  // years of practice in the job (placement on 2021-10-01)
  std::optional<int> diploma_level;       // RNCP level 3..8 of the diploma linked to the missions
  std::optional<Decimal> hours;           // contract hours per month
  std::optional<Decimal> fte;             // working-time ratio (0 < fte ≤ 1), alternative to hours
  std::optional<Decimal> idr;             // indemnité différentielle de reclassement, full-time €/month
  int tutored = 0;                        // employees or trainees accompanied as tutor this month
  int apprentices = 0;                    // apprentices accompanied as maître d'apprentissage this month
  std::optional<int> apprentice_age;      // the employee is an apprentice of this age …
  std::optional<int> apprentice_year;     // … in this year of the contract (1–3)
  std::optional<Date> contract_start;     // the day the (apprenticeship) contract was signed: its exemption regime
  std::optional<Decimal> sunday_hours;    // hours worked on Sundays and public holidays this month
  std::optional<Decimal> night_hours;     // night-band hours of a night worker this month
  std::map<std::string, Decimal> astreinte_hours;  // on-call hours by kind (ouvrable, ouvrable_fractionnee…)
  std::map<std::string, Decimal> structure;        // cadre ECR criteria: etp, structures, activites, places, years_in_job
  std::string cadre_superieur;            // "a" or "b": which cadre supérieur ECR scale applies
  std::optional<bool> usb_member;         // employer member of an organisation of USB-Domicile
  // Gross → net (net_pay.h), and payslips built without a convention.
  std::string status;                     // "prive", "prive-cadre", "public-titulaire", "public-contractuel"
  bool alsace_moselle = false;            // régime local d'assurance maladie d'Alsace-Moselle
  std::optional<Decimal> mutuelle_salarie;      // complementary health, employee share, €/month
  std::optional<Decimal> mutuelle_employeur;    // complementary health, employer share, €/month
  std::optional<Decimal> prevoyance_salarie;    // prévoyance, employee share, €/month
  std::optional<Decimal> prevoyance_employeur;  // prévoyance, employer share, €/month
  std::optional<Decimal> taux_pas;        // personal PAS rate, %; default: the taux neutre
  std::optional<Decimal> gross;           // declared monthly gross, instead of a convention's
  std::optional<int> indice_majore;       // public: indice majoré of the traitement
  std::optional<int> nbi;                 // public: points of nouvelle bonification indiciaire
  std::optional<int> zone_residence;      // public: zone of the indemnité de résidence (1, 2, 3)
  std::optional<int> enfants;             // public: dependent children, for the supplément familial de traitement
  std::optional<Decimal> primes;          // public: monthly primes and indemnités, euros
  std::string categorie;                  // public: catégorie A, B or C (PPCR abattement on the primes)
  std::optional<Decimal> base;            // monthly gross base of the person's own grid, full time (no grid in revalo)
  // Ségur eligibility (grids/segur, eligibility.h): values of the vocabularies of the same names.
  std::string employer;                   // employer type: fph, fpt, fpe, non-lucratif, commercial, bad
  std::string structure_type;             // field "structure": ehpad, ssiad, foyer-handicap…
  std::string funder;                     // who funds the structure: assurance-maladie, departement, etat
  std::string attachment;                 // public ESSMS: eps, organisme-ehpad, autonome
  std::string contract;                   // salarie (default), apprenti, contrat-aide
  std::optional<bool> diploma;            // holds the diploma of the job (no: faisant-fonction)
  std::optional<bool> axess_member;       // employer member of Axess (FEHAP, Nexem, Croix-Rouge, Unicancer)
  std::string segur;                      // "applied" / "not-applied": settles an undecidable Ségur eligibility
  // Employer cost (employer_rates.h): the effectif turns it on.
  std::optional<int> headcount;           // effectif of the employer
  std::optional<Decimal> taux_at;         // AT/MP rate notified by the CARSAT, %
  std::optional<Decimal> versement_mobilite;  // versement mobilité rate of the mobility authority, %
  std::optional<bool> taxe_salaires;      // liable to the taxe sur les salaires
  std::optional<bool> taxe_apprentissage; // liable to the taxe d'apprentissage
  std::optional<Date> at;                 // pay date
  // The fields an agreement declares for itself (conventions/<id>/, Convention::fields): name → the text given,
  // already checked against its type. Read with extra_decimal(), extra_int(), extra_date(), extra_bool().
  std::map<std::string, std::string, std::less<>> extra;
  // Back pay and months (rappel, history, check).
  std::optional<int> pay_day;             // usual pay day of the month (private prescription); none: the last day
  std::optional<Date> contract_end;       // end of the contract (private prescription: the 3 years before it)
  std::optional<Date> interrupted;        // public: a claim or payment interrupting the prescription (loi 68-1250)
  std::string month_rule;                 // "prorata" (default) or "whole": a value that changes inside a month
};

enum class FieldType { Text, Decimal, Integer, Date, Bool };

struct ProfileField {
  std::string_view name;  // TOML key and CSV column; the CLI flag is the same with '-' for '_'
  FieldType type;
  std::string_view help;
  std::vector<std::string_view> choices = {};  // Text: the values accepted (empty: any)
  std::optional<Decimal> max = std::nullopt;   // Decimal / Integer: the largest value accepted
  // Decimal: a count of years at the pay date (years in the job…). history and rappel age it with the months from the
  // first one, career sets it to each year (analysis/), as they do for the seniority.
  bool counts_years = false;
};

// The fields every payslip may use; each agreement adds its own (registry.h, profile_fields()).
const std::vector<ProfileField>& core_profile_fields();

// Sets one field of `fields` from its text form ("7.5", "2014-03-01", "yes"). A field that is not a common one is
// kept in Profile::extra. Errors name the field and the bad value, and suggest the nearest field names.
std::optional<Error> set_profile_field(Profile& p, std::string_view name, std::string_view value,
                                       const std::vector<ProfileField>& fields = core_profile_fields());

// An agreement's own field, parsed by its type (none when not given).
std::optional<Decimal> extra_decimal(const Profile& p, std::string_view name);
std::optional<int> extra_int(const Profile& p, std::string_view name);
std::optional<Date> extra_date(const Profile& p, std::string_view name);
std::optional<bool> extra_bool(const Profile& p, std::string_view name);
std::string_view extra_text(const Profile& p, std::string_view name);

// The same profile as field → text pairs, in the order of profile_fields(), for echoing in outputs.
std::vector<std::pair<std::string, std::string>> profile_echo(const Profile& p);

// Working time as an exact ratio num/den (hours / full-time hours, or fte / 1).
struct WorkingTime {
  Decimal num = Decimal::from_int(1);
  Decimal den = Decimal::from_int(1);
  bool full_time() const { return num == den; }
  Decimal prorate(Decimal full_time_amount) const { return full_time_amount.mul_div(num, den); }
};

}  // namespace revalo
