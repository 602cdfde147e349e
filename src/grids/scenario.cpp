// Scenarios (see scenario.h): loading a scenario file over the law, the in-memory --point scenario, and the list of
// what a scenario changes for `scenario show`.
#include "scenario.h"

#include <algorithm>

#include <fmt/format.h>

#include "grid_loader.h"
#include "format_number.h"
#include "grid_toml.h"
#include "text_file.h"

namespace revalo {

Result<GridSet> load_scenario(const std::vector<GridSource>& law, const std::string& path) {
  auto text = read_text_file(path);
  if (!text) return make_error(ErrorKind::Input, fmt::format("impossible de lire le scénario « {} »", path));
  std::vector<GridSource> sources = law;
  // Loaded last, so that its values are laid over the law's (grid_loader.cpp).
  sources.push_back(GridSource{"scenario/" + path, path, std::move(*text), true, true});
  return load_grids(sources);
}

Result<GridSet> point_scenario(const GridSet& law, const std::string& convention, std::string_view point_param,
                               Date from, Decimal value) {
  const std::string id(point_param);
  auto it = law.params.find(id);
  if (id.empty() || it == law.params.end() || it->second.kind != ParamKind::Scalar)
    return make_error(ErrorKind::Input,
                      fmt::format("--point : la convention « {} » n'a pas de valeur du point dans les grilles{}", convention,
                                  id.empty() ? "" : " (" + id + ")"));
  GridSet scenario = law;
  scenario.scenario = ScenarioInfo{"point", fmt::format("Valeur du point {} € au {}", fr_number(value, 2), from.iso()),
                                   fmt::format("la loi encodée (grilles embarquées ou --grids), {} remplacé", id), "",
                                   "--point"};
  Version v;
  v.from = from;
  v.to = grid_toml::kEndOfTime;
  v.open_ended = true;
  v.number = value;
  v.provenance.source = fmt::format("proposition en ligne de commande : --point {}", value.str());
  v.provenance.file = "--point";
  v.provenance.scenario = true;
  overlay_version(scenario.params.find(id)->second, std::move(v));
  return scenario;
}

std::vector<ScenarioChange> scenario_changes(const GridSet& law, const GridSet& scenario) {
  std::vector<ScenarioChange> out;
  for (const auto& [id, p] : scenario.params) {
    auto law_param = law.params.find(id);
    for (const auto& v : p.versions) {
      if (!v.provenance.scenario && std::none_of(v.cells.begin(), v.cells.end(), [](const auto& c) {
            return c.second.provenance.scenario;
          }))
        continue;
      ScenarioChange ch;
      ch.param = id;
      ch.label = p.label;
      ch.unit = p.unit;
      ch.from = v.from;
      ch.to = v.to;
      ch.open_ended = v.open_ended;
      ch.source = &v.provenance;
      const Version* before = law_param == law.params.end() ? nullptr : version_at(law_param->second.versions, v.from);
      if (before) ch.law_source = &before->provenance;
      if (p.kind == ParamKind::Scalar) {
        ch.value = v.number;
        if (before) ch.law_value = before->number;
      } else if (p.kind == ParamKind::Table) {
        for (const auto& [key, cell] : v.cells) {
          std::optional<Decimal> old;
          if (before)
            if (auto c = before->cells.find(key); c != before->cells.end() && !c->second.values.empty())
              old = c->second.values.front();
          if (cell.values.empty() || (old && *old == cell.values.front())) continue;
          ch.cells.push_back({key, old, cell.values.front()});
        }
      }
      out.push_back(std::move(ch));
    }
  }
  return out;
}

std::vector<const Measure*> scenario_measures(const GridSet& scenario) {
  std::vector<const Measure*> out;
  for (const auto& m : scenario.measures)
    if (!m.clauses.empty() && m.clauses.front().provenance.scenario) out.push_back(&m);
  return out;
}

}  // namespace revalo
