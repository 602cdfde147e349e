// The validated, in-memory model of the grid files: dated, sourced legal values that the calculators read by id.
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

enum class Confidence { High, Medium, Uncertain };

// Where a value comes from: its legal text, and how sure its sources are.
struct Provenance {
  std::string source;  // legal text or named publication, as printed to users
  std::string url;
  std::string note;
  std::string kali;    // KALI article id, for `grids verify`
  Confidence confidence = Confidence::High;
  bool inferred = false;
  std::string file;    // grid file and line, for messages
  int line = 0;
  bool scenario = false;  // a proposal's value (scenario file, --point), not the law
  bool uncertain() const { return confidence == Confidence::Uncertain; }
};

// One entry of a table: one number, or a row of numbers (index 0 = year 1 for the old BAD grid).
struct Cell {
  std::vector<Decimal> values;
  Provenance provenance;
};

// One band of a scale: value applies for threshold ≤ x < next threshold; no value = the text gives none.
struct ScaleStep {
  Decimal threshold;
  std::optional<Decimal> value;
};

// A parameter's value over one date range.
struct Version {
  Date from;
  Date to;  // inclusive; Date::max() when open-ended
  bool open_ended = false;
  Provenance provenance;
  Decimal number;                       // kind scalar
  std::string text;                     // kind rule, and job positions
  std::map<std::string, Cell, std::less<>> cells;  // kind table
  std::vector<ScaleStep> steps;         // kind scale
  std::string condition;                // jobs: profile flag this version depends on
  std::string otherwise;                // jobs: value when the condition is false
  bool covers(Date d) const { return from <= d && d <= to; }
};

enum class ParamKind { Scalar, Table, Scale, Rule };

struct Parameter {
  std::string id;
  std::string label;
  std::string unit;
  ParamKind kind = ParamKind::Scalar;
  std::string grid;  // grid name of the file that defines it
  std::string file;
  std::string note;
  std::string kali;
  std::vector<Version> versions;  // increasing, non-overlapping
};

struct Job {
  std::string id;
  std::string label;
  std::string convention;
  std::string note;
  std::vector<std::string> aliases;
  std::vector<Version> old_category;
  std::vector<Version> position;
  std::string file;
};

// A value a profile field can take (a structure type, a job, an employer type…) or a group of such values (a job
// family, the "handicap" structures). Vocabularies are data (grids/segur/vocabulary.toml, docs/grid-schema.md).
struct Term {
  std::string id;
  std::string label;  // French
  std::vector<std::string> aliases;
  std::vector<std::string> groups;  // ids of the group terms of the same vocabulary it belongs to
  bool group = false;               // a group: eligibility rules name it, a profile never takes it
  std::map<std::string, std::string, std::less<>> implies;  // vocabulary id → term id this term implies
  std::string note;
  std::string file;
  int line = 0;
};

// A named vocabulary; its id is the profile field whose values it lists ("structure", "job", "employer"…).
struct Vocabulary {
  std::string id;
  std::string label;
  std::string default_term;  // the value taken when the profile does not give one (empty: none)
  std::vector<Term> terms;
  std::string file;
};

enum class ClauseEffect { Include, Exclude, Undecidable };

// One eligibility rule of a measure: who (a list of accepted terms for some vocabularies, yes/no profile fields),
// from when to when, with what effect, the amount it gives and its legal source.
struct Clause {
  ClauseEffect effect = ClauseEffect::Include;
  std::string row;    // short stable id of the rule ("P1", "S4"): JSON `row`
  std::string label;  // French: who the rule is about
  Date from;
  Date to;            // inclusive; Date::max()-like end when open-ended
  bool open_ended = true;
  std::map<std::string, std::vector<std::string>, std::less<>> terms;  // vocabulary id → accepted term or group ids
  std::map<std::string, bool, std::less<>> flags;                     // yes/no profile field → required value
  std::string amount;      // parameter id of the full-time monthly amount (unit "points" or "EUR")
  std::string amount_key;  // key of a table amount; empty: the profile's status
  std::string pay_label;   // French label of the payslip line (empty: the measure's)
  Provenance provenance;
  bool covers(Date d) const { return from <= d && d <= to; }
};

// A dated, sourced pay measure (a Ségur wave and its extensions) with its eligibility rules, in file order.
struct Measure {
  std::string id;
  std::string label;  // French
  std::string note;
  std::string line;       // payslip line code (empty: derived from the amount's unit and the status)
  std::string pay_label;  // French label of the payslip line
  bool residual = false;  // only for people that no other measure covers
  std::vector<std::string> supersedes;  // measures it replaces when both apply
  std::vector<Clause> clauses;
  std::string file;
};

struct GridFileInfo {
  std::string path;  // "grids/bad/point.toml"
  std::string grid;  // "bad"
  std::string title;
  bool overridden = false;  // replaced or added by --grids / REVALO_GRIDS
};

// What a scenario is (its [scenario] table, docs/scenarios.md): a proposal laid over the law, never the law.
struct ScenarioInfo {
  std::string name;
  std::string title;        // French
  std::string based_on;     // the law values it starts from, as its author states them
  std::string description;
  std::string file;
};

// Every loaded grid file, merged.
class GridSet {
 public:
  std::map<std::string, Parameter, std::less<>> params;  // transparent: lookups by string_view allocate nothing
  std::vector<Job> jobs;
  std::vector<Vocabulary> vocabularies;
  std::vector<Measure> measures;
  std::vector<GridFileInfo> files;
  std::optional<ScenarioInfo> scenario;  // set on the copy of the law a scenario was laid over

  Result<const Parameter*> param(std::string_view id) const;
  // The version of `id` in force at `d`, or a MissingData error naming the parameter, the date and the known range.
  Result<const Version*> at(std::string_view id, Date d) const;
  // The same for a value that may rightly be absent (a rate that starts later): nullptr, and no message is built.
  const Version* find_at(std::string_view id, Date d) const;
  Result<Decimal> number_at(std::string_view id, Date d) const;
  // The cell `key` of table `id` at `d` (MissingData when the table or the key has no value then).
  Result<const Cell*> cell_at(std::string_view id, std::string_view key, Date d) const;
  const Vocabulary* vocabulary(std::string_view id) const;  // nullptr if none
  const Measure* measure(std::string_view id) const;        // nullptr if none
};

// Lays `v` over the versions of `p`: the law's versions keep their dates outside [v.from, v.to] and are cut where
// they overlap it, so the law before and after the proposal stays intact.
void overlay_version(Parameter& p, Version v);

// The version of a list in force at d (nullptr if none).
const Version* version_at(const std::vector<Version>& versions, Date d);
// Value of a scale at x: the last step whose threshold ≤ x (nullptr if below the first threshold).
const ScaleStep* scale_step(const Version& v, Decimal x);
std::string confidence_tag(Confidence c);

}  // namespace revalo
