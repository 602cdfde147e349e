// Scenarios for negotiators (docs/scenarios.md): a proposal — a new point value, a new table, a rise, a new
// allowance — laid over the law as a second GridSet, so that the law and the proposal are computed side by side.
// The law's GridSet is never changed. Pure functions apart from load_scenario, which reads the file it is given.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "decimal.h"
#include "grid_model.h"
#include "grid_sources.h"
#include "result.h"

namespace revalo {

// The law (its grid files) with the scenario file at `path` laid over it. Errors: the file cannot be read (Input), or
// it breaks the schema (Grid, "file:line:column: message").
Result<GridSet> load_scenario(const std::vector<GridSource>& law, const std::string& path);

// The one-line scenario of `--point VALUE`: the convention's point value (parameter `<convention>.point`) set to
// `value` from `from` on. Input error when the convention has no point value.
// `point_param` is the agreement's point value (Convention::point_param, registry.h); empty when it has none.
Result<GridSet> point_scenario(const GridSet& law, const std::string& convention, std::string_view point_param,
                               Date from, Decimal value);

// One value a scenario gives, against the law's value on the day it starts (none: the law has no value then).
struct ScenarioChange {
  std::string param;
  std::string label;
  std::string unit;
  Date from;
  Date to;
  bool open_ended = false;
  const Provenance* source = nullptr;      // the scenario's (never null)
  const Provenance* law_source = nullptr;  // the law's version it replaces (null: a new parameter, or none then)
  std::optional<Decimal> law_value;        // scalars
  std::optional<Decimal> value;
  struct CellChange {
    std::string key;
    std::optional<Decimal> law_value;  // first value of the law's cell (none: a new cell)
    Decimal value;
  };
  std::vector<CellChange> cells;  // tables: the cells that differ from the law
};

// Every version of the scenario, in parameter order, with what it replaces; then the measures the scenario adds.
std::vector<ScenarioChange> scenario_changes(const GridSet& law, const GridSet& scenario);
std::vector<const Measure*> scenario_measures(const GridSet& scenario);

}  // namespace revalo
