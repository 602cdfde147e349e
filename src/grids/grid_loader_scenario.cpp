// Scenario files (docs/scenarios.md), read by the grid loader: the [scenario] table that says what the proposal is
// and what it starts from, the flag that marks every value it gives as a proposal, and [[rise]] entries, which the
// loader expands into explicit table or scalar versions so that `scenario show` and --explain see plain values.
#include <fmt/format.h>

#include "grid_toml.h"
#include "names.h"

namespace revalo::grid_toml {

Result<ScenarioInfo> parse_scenario_header(const Checker& c, const toml::table& doc) {
  const toml::table* t = doc.get_as<toml::table>("scenario");
  if (!t)
    return make_error(ErrorKind::Grid, fmt::format("{}:1:1: table [scenario] manquante (name, title, based_on)",
                                                   c.file()));
  if (auto e = c.only_keys(*t, {"name", "title", "based_on", "description"}, "[scenario]")) return *e;
  ScenarioInfo info;
  info.file = c.file();
  for (auto [key, field, required] : {std::tuple{"name", &info.name, true}, std::tuple{"title", &info.title, true},
                                      std::tuple{"based_on", &info.based_on, true},
                                      std::tuple{"description", &info.description, false}}) {
    auto s = c.string(*t, key, required, "[scenario]");
    if (!s) return s.error();
    *field = *s;
  }
  return info;
}

void mark_scenario(std::vector<Version>& versions) {
  for (auto& v : versions) {
    v.provenance.scenario = true;
    for (auto& [key, cell] : v.cells) cell.provenance.scenario = true;
  }
}

namespace {

// value + add, or value × (100 + percent) / 100, exactly (no rounding: the payslip line rounds, decimal.h).
Decimal raised(Decimal value, const std::optional<Decimal>& add, const std::optional<Decimal>& percent) {
  return add ? value + *add : value + value.percent(*percent);
}

std::optional<Error> apply_rise(const Checker& c, const toml::table& t, GridSet& set) {
  if (auto e = c.only_keys(t, {"param", "from", "to", "cells", "add", "percent", "source", "url", "note",
                               "confidence", "inferred"},
                           "un [[rise]]"))
    return e;
  auto id = c.string(t, "param", true, "un [[rise]]");
  if (!id) return id.error();
  auto it = set.params.find(*id);
  if (it == set.params.end()) {
    std::vector<std::string> known;
    for (const auto& [pid, p] : set.params) known.push_back(pid);
    return c.at(*t.get("param"), fmt::format("paramètre inconnu « {} » ; les plus proches : {}", *id,
                                             fmt::join(nearest_names(*id, known), ", ")));
  }
  Parameter& p = it->second;
  if (p.kind != ParamKind::Table && p.kind != ParamKind::Scalar)
    return c.at(*t.get("param"), fmt::format("« {} » n'est ni une table ni un scalaire : une hausse ne s'y applique pas",
                                             *id));
  auto range = parse_date_range(c, t, "un [[rise]]");
  if (!range) return range.error();
  std::optional<Decimal> add, percent;
  if (const toml::node* n = t.get("add")) {
    auto d = c.number(*n, "« add »");
    if (!d) return d.error();
    add = *d;
  }
  if (const toml::node* n = t.get("percent")) {
    auto d = c.number(*n, "« percent »");
    if (!d) return d.error();
    percent = *d;
  }
  if (add.has_value() == percent.has_value())
    return c.at(t, "un [[rise]] donne soit « add » (en unité du paramètre), soit « percent »");
  const Version* base = version_at(p.versions, range->from);
  if (!base)
    return c.at(*t.get("from"), fmt::format("« {} » n'a pas de valeur au {} : pas de base pour la hausse", *id,
                                            range->from.iso()));
  auto prov = parse_provenance(c, t, true, nullptr);
  if (!prov) return prov.error();
  prov->scenario = true;
  Version v = *base;
  v.from = range->from;
  if (t.get("to")) {
    v.to = range->to;
    v.open_ended = false;
  }
  v.provenance = *prov;
  if (p.kind == ParamKind::Scalar) {
    v.number = raised(v.number, add, percent);
  } else {
    std::vector<std::string> keys;
    if (const toml::node* n = t.get("cells")) {
      auto a = string_array(c, *n, "cells");
      if (!a) return a.error();
      keys = std::move(*a);
    } else {
      for (const auto& [key, cell] : v.cells) keys.push_back(key);
    }
    for (const auto& key : keys) {
      auto cell = v.cells.find(key);
      if (cell == v.cells.end()) {
        std::vector<std::string> known;
        for (const auto& [k, x] : v.cells) known.push_back(k);
        return c.at(*t.get("cells"), fmt::format("« {} » n'est pas une case de « {} » au {} ; les plus proches : {}", key,
                                                 *id, range->from.iso(), fmt::join(nearest_names(key, known), ", ")));
      }
      for (auto& x : cell->second.values) x = raised(x, add, percent);
      cell->second.provenance = *prov;
    }
  }
  overlay_version(p, std::move(v));
  return std::nullopt;
}

}  // namespace

std::optional<Error> apply_rises(const Checker& c, const toml::node& node, GridSet& set) {
  const toml::array* arr = node.as_array();
  if (!arr) return c.at(node, "« rise » doit être un tableau de tables ([[rise]])");
  for (const auto& n : *arr) {
    const toml::table* t = n.as_table();
    if (!t) return c.at(n, "un [[rise]] doit être une table");
    if (auto e = apply_rise(c, *t, set)) return e;
  }
  return std::nullopt;
}

}  // namespace revalo::grid_toml
