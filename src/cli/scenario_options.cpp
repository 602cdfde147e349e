// --scenario / --point (scenario_options.h).
#include "scenario_options.h"

#include "french_input.h"

#include <fmt/format.h>

#include "registry.h"
#include "scenario.h"

namespace revalo {

void add_scenario_options(CLI::App* cmd, ScenarioOptions& so) {
  auto* file = cmd->add_option("--scenario", so.file,
                               "fichier de scénario (docs/scenarios.md) : la loi face à cette proposition à la date --at")
      ->type_name("FICHIER");
  cmd->add_option("--point", so.point, "scénario d'une ligne : la valeur du point de la convention à partir de --at (par exemple 6,00)")
      ->type_name("VALEUR")
      ->excludes(file);
}

Result<Decimal> ScenarioOptions::point_value(const Profile& defaults) const {
  auto value = parse_amount_fr(point);
  if (!value || *value <= Decimal())
    return make_error(ErrorKind::Usage, fmt::format("--point : « {} » n'est pas une valeur du point > 0", point));
  if (!defaults.at) return make_error(ErrorKind::Usage, "--point demande une date de début : --at JJ/MM/AAAA");
  return *value;
}

Result<GridSet> ScenarioOptions::load(const CliContext& ctx, const Profile& defaults) const {
  if (!file.empty()) return load_scenario(ctx.sources, file);
  auto value = point_value(defaults);
  if (!value) return value.error();
  return point_scenario(ctx.grids, defaults.convention, point_param_of(defaults.convention), *defaults.at, *value);
}

}  // namespace revalo
