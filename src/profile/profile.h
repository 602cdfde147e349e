// A person's pay profile (job, position, seniority, working time…) and the one table of its fields, shared by
// the CLI flags, profile TOML files and batch columns, so that every input has one name, one parser and one echo.
#pragma once
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "date.h"
#include "decimal.h"
#include "result.h"

namespace revalo {

struct Profile;

// A value of an agreement's own field (Profile::extra), already parsed by its type.
using FieldValue = std::variant<std::string, Decimal, int, Date, bool>;

// An agreement's own fields given in a profile: name → value, in the order of the names. A profile holds a few: they
// are kept side by side and found by comparing names, and a batch row that sets them again allocates nothing.
class ProfileExtras {
 public:
  using Entry = std::pair<std::string, FieldValue>;
  using const_iterator = std::vector<Entry>::const_iterator;
  using iterator = std::vector<Entry>::iterator;
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  bool empty() const { return entries_.empty(); }
  const_iterator find(std::string_view name) const {
    return std::find_if(begin(), end(), [name](const Entry& e) { return e.first == name; });
  }
  iterator find(std::string_view name) {
    return std::find_if(begin(), end(), [name](const Entry& e) { return e.first == name; });
  }
  void insert_or_assign(std::string_view name, FieldValue v) { (*this)[name] = std::move(v); }
  void erase(const_iterator it) { entries_.erase(it); }
  FieldValue& operator[](std::string_view name) {
    auto at = std::lower_bound(begin(), end(), name, [](const Entry& e, std::string_view n) { return e.first < n; });
    if (at == end() || at->first != name) at = entries_.emplace(at, std::string(name), FieldValue());
    return at->second;
  }

 private:
  std::vector<Entry> entries_;  // sorted by name
};

// The fields every agreement may use. An agreement's own fields (conventions/<id>/, Convention::fields) are kept in
// `extra`, typed, and read with extra_decimal(), extra_int(), extra_date(), extra_bool(), extra_text().
struct Profile {
  std::string name;                       // free label ("AVS en SAAD")
  std::string convention;                 // agreement id, resolved from an IDCC or alias (registry.h)
  std::string position;                   // position in the agreement's classification
  std::string job;                        // job name, mapped to a position by grids/*/jobs.toml
  std::optional<Decimal> seniority;       // completed years in the branch at the pay date
  std::optional<Date> hired;              // start of the seniority in the branch (alternative to seniority)
  std::optional<Decimal> hours;           // contract hours per month
  std::optional<Decimal> hours_per_week;  // contract hours per week (alternative to hours)
  std::optional<Decimal> fte;             // working-time ratio (0 < fte ≤ 1), alternative to hours
  std::optional<int> apprentice_age;      // the employee is an apprentice of this age …
  std::optional<int> apprentice_year;     // … in this year of the contract (1–3)
  std::optional<Date> contract_start;     // the day the (apprenticeship) contract was signed: its exemption regime
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
  std::string employer;                   // employer type: fph, fpt, fpe, non-lucratif, commercial…
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
  // Back pay and months (rappel, history, check).
  std::optional<int> pay_day;             // usual pay day of the month (private prescription); none: the last day
  std::optional<Date> contract_end;       // end of the contract (private prescription: the 3 years before it)
  std::optional<Date> interrupted;        // public: a claim or payment interrupting the prescription (loi 68-1250)
  std::string month_rule;                 // "prorata" (default) or "whole": a value that changes inside a month
  // The fields an agreement declares for itself (Convention::fields): name → value, parsed by the field's type.
  ProfileExtras extra;
};

enum class FieldType { Text, Decimal, Integer, Date, Bool };

// Where a common field lives in Profile; none (monostate): an agreement's field, kept in Profile::extra.
using FieldSlot = std::variant<std::monostate, std::string Profile::*, std::optional<Decimal> Profile::*,
                               std::optional<int> Profile::*, std::optional<Date> Profile::*,
                               std::optional<bool> Profile::*, bool Profile::*>;

// One profile field, written once: its name (TOML key, CSV column; the CLI flag with '-' for '_'), type, French
// help, accepted values and where it is kept. Every input path (flags, profile files, batch columns) goes through it.
struct ProfileField {
  std::string_view name;
  FieldType type;
  std::string_view help;                       // French, shown by --help
  std::vector<std::string_view> choices = {};  // Text: the values accepted (empty: any)
  std::optional<Decimal> min = std::nullopt;   // Decimal / Integer: the smallest value accepted (default 0)
  std::optional<Decimal> max = std::nullopt;   // Decimal / Integer: the largest value accepted
  bool nonzero = false;                        // Decimal / Integer: 0 is refused
  std::string_view expected = {};              // French: what a value must be, in the error when out of range
  std::int64_t integer_cap = 1000;             // Integer: the largest integer read at all (counts, points, years)
  FieldSlot slot = {};
  bool echoed = true;                          // shown in the profile echoed by outputs (profile_echo)
  // Decimal: a count of years at the pay date (years in the job…). history and rappel age it with the months from the
  // first one, career sets it to each year (analysis/), as they do for the seniority.
  bool counts_years = false;
};

// The fields every payslip may use; each agreement adds its own (registry.h, profile_fields()).
const std::vector<ProfileField>& core_profile_fields();

// The field named `name` of `fields` (nullptr when none).
const ProfileField* find_field(const std::vector<ProfileField>& fields, std::string_view name);

// Sets one field of `fields` from its text form ("7.5", "2014-03-01", "yes"): a common field in its slot, an
// agreement's in Profile::extra. Errors name the field and the bad value, and suggest the nearest field names.
std::optional<Error> set_profile_field(Profile& p, std::string_view name, std::string_view value,
                                       const std::vector<ProfileField>& fields = core_profile_fields());
// The same for a field already found (a batch column, looked up once per file).
std::optional<Error> set_profile_field(Profile& p, const ProfileField& field, std::string_view value);

// The two steps of set_profile_field: the value of a field's text (the same error), and storing a value so read.
// A batch keeps the values of texts it has read (a column's few positions), and stores them again.
Result<FieldValue> parse_profile_field(const ProfileField& field, std::string_view value);
void store_profile_field(Profile& p, const ProfileField& field, const FieldValue& value);

// Gives `field` of `p` the value it has in `from` (a batch row's profile back to the run's defaults, field by field).
void reset_profile_field(Profile& p, const ProfileField& field, const Profile& from);

// An agreement's own field (none when not given, or not of that type).
std::optional<Decimal> extra_decimal(const Profile& p, std::string_view name);
std::optional<int> extra_int(const Profile& p, std::string_view name);
std::optional<Date> extra_date(const Profile& p, std::string_view name);
std::optional<bool> extra_bool(const Profile& p, std::string_view name);
std::string_view extra_text(const Profile& p, std::string_view name);

// The fields given in a profile as field → text pairs, in the order of `fields`, for echoing in outputs.
std::vector<std::pair<std::string, std::string>> profile_echo(const Profile& p,
                                                              const std::vector<ProfileField>& fields);

// Working time as an exact ratio num/den (hours / full-time hours, or fte / 1).
struct WorkingTime {
  Decimal num = Decimal::from_int(1);
  Decimal den = Decimal::from_int(1);
  bool full_time() const { return num == den; }
  Decimal prorate(Decimal full_time_amount) const { return full_time_amount.mul_div(num, den); }
};

}  // namespace revalo
