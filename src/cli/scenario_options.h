// The scenario options shared by compare and batch: --scenario FILE or --point VALUE, turned into the proposal's
// GridSet (scenario.h) once the law is loaded.
#pragma once
#include <optional>
#include <string>

#include "cli_command.h"

namespace revalo {

struct ScenarioOptions {
  std::string file;
  std::string point;
  bool given() const { return !file.empty() || !point.empty(); }
  // The proposal laid over the law; --point needs the profile's convention and date (--at).
  Result<GridSet> load(const CliContext& ctx, const Profile& defaults) const;
  // The --point value, checked, with the date it starts from (--at).
  Result<Decimal> point_value(const Profile& defaults) const;
};
void add_scenario_options(CLI::App* cmd, ScenarioOptions& so);

}  // namespace revalo
