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

// Where a value comes from: its legal text, and how sure the reference sheet is of it.
struct Provenance {
  std::string source;  // legal text, as the reference sheet cites it
  std::string url;
  std::string note;
  std::string kali;    // KALI article id, for `grids verify`
  Confidence confidence = Confidence::High;
  bool inferred = false;
  std::string file;    // grid file and line, for messages
  int line = 0;
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

struct GridFileInfo {
  std::string path;  // "grids/bad/point.toml"
  std::string grid;  // "bad"
  std::string title;
  bool overridden = false;  // replaced or added by --grids / REVALO_GRIDS
};

// Every loaded grid file, merged.
class GridSet {
 public:
  std::map<std::string, Parameter, std::less<>> params;  // transparent: lookups by string_view allocate nothing
  std::vector<Job> jobs;
  std::vector<GridFileInfo> files;

  Result<const Parameter*> param(std::string_view id) const;
  // The version of `id` in force at `d`, or a MissingData error naming the parameter, the date and the known range.
  Result<const Version*> at(std::string_view id, Date d) const;
  Result<Decimal> number_at(std::string_view id, Date d) const;
  // The cell `key` of table `id` at `d` (MissingData when the table or the key has no value then).
  Result<const Cell*> cell_at(std::string_view id, std::string_view key, Date d) const;
};

// The version of a list in force at d (nullptr if none).
const Version* version_at(const std::vector<Version>& versions, Date d);
// Value of a scale at x: the last step whose threshold ≤ x (nullptr if below the first threshold).
const ScaleStep* scale_step(const Version& v, Decimal x);
std::string confidence_tag(Confidence c);

}  // namespace revalo
