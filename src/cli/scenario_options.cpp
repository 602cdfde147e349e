// --scenario / --point (scenario_options.h).
#include "scenario_options.h"

#include <fmt/format.h>

#include "registry.h"
#include "scenario.h"

namespace revalo {

void add_scenario_options(CLI::App* cmd, ScenarioOptions& so) {
  auto* file = cmd->add_option("--scenario", so.file,
                               "scenario file (docs/scenarios.md): the law against this proposal at --at");
  cmd->add_option("--point", so.point, "one-line scenario: the convention's point value from --at (e.g. 6.00)")
      ->excludes(file);
}

Result<Decimal> ScenarioOptions::point_value(const Profile& defaults) const {
  auto value = Decimal::parse(point);
  if (!value || *value <= Decimal())
    return make_error(ErrorKind::Usage, fmt::format("--point : « {} » n'est pas une valeur du point > 0", point));
  if (!defaults.at) return make_error(ErrorKind::Usage, "--point demande une date de début : --at AAAA-MM-JJ");
  return *value;
}

Result<GridSet> ScenarioOptions::load(const CliContext& ctx, const Profile& defaults) const {
  if (!file.empty()) return load_scenario(ctx.sources, file);
  auto value = point_value(defaults);
  if (!value) return value.error();
  return point_scenario(ctx.grids, defaults.convention, point_param_of(defaults.convention), *defaults.at, *value);
}

}  // namespace revalo
