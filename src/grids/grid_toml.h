// Reading grid files (internal to the loader): located messages, typed values and provenance of a TOML table.
// Shared by grid_loader.cpp (parameters, jobs) and grid_loader_measures.cpp (vocabularies, measures).
#pragma once
#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "grid_model.h"
#include "result.h"

namespace revalo::grid_toml {

// End of an open-ended version or rule.
inline const Date kEndOfTime = *Date::from_ymd(2199, 12, 31);

// Carries the file name so that every message is located.
class Checker {
 public:
  explicit Checker(std::string file) : file_(std::move(file)) {}

  Error at(const toml::node& n, const std::string& msg) const { return at(n.source(), msg); }
  Error at(const toml::source_region& r, const std::string& msg) const {
    return make_error(ErrorKind::Grid, fmt::format("{}:{}:{}: {}", file_, r.begin.line, r.begin.column, msg));
  }
  const std::string& file() const { return file_; }

  // Rejects keys the schema does not know (typos would otherwise be silently ignored).
  std::optional<Error> only_keys(const toml::table& t, std::initializer_list<std::string_view> allowed,
                                 std::string_view where) const {
    for (const auto& [k, v] : t) {
      if (std::find(allowed.begin(), allowed.end(), k.str()) == allowed.end())
        return at(v, fmt::format("clé inconnue « {} » dans {}", k.str(), where));
    }
    return std::nullopt;
  }

  Result<std::string> string(const toml::table& t, std::string_view key, bool required,
                             std::string_view where) const {
    const toml::node* n = t.get(key);
    if (!n) {
      if (required) return at(t, fmt::format("« {1} » manque dans {0}", where, key));
      return std::string();
    }
    if (!n->is_string()) return at(*n, fmt::format("« {} » doit être une chaîne", key));
    return std::string(*n->value<std::string>());
  }

  Result<Decimal> number(const toml::node& n, std::string_view what) const {
    if (n.is_integer()) {
      std::int64_t v = *n.value<std::int64_t>();
      if (v >= Decimal::kMaxUnits || v <= -Decimal::kMaxUnits) return at(n, fmt::format("{} : valeur hors limites", what));
      return Decimal::from_int(v);
    }
    if (n.is_floating_point())
      return at(n, fmt::format("{} : nombre à virgule flottante TOML, inexact : écrivez-le entre guillemets, par exemple \"5.355\"", what));
    if (n.is_string()) {
      auto d = Decimal::parse(*n.value<std::string>());
      if (!d) return at(n, fmt::format("{} : \"{}\" n'est pas un nombre décimal", what, *n.value<std::string>()));
      return *d;
    }
    return at(n, fmt::format("{} : un nombre est attendu (entier TOML ou décimal entre guillemets)", what));
  }

  Result<Date> date(const toml::node& n, std::string_view key) const {
    if (n.is_date()) {
      auto d = *n.value<toml::date>();
      if (auto out = Date::from_ymd(d.year, d.month, d.day)) return *out;
      return at(n, fmt::format("« {} » n'est pas une date valide", key));
    }
    if (n.is_string()) {
      if (auto out = Date::parse(*n.value<std::string>())) return *out;
    }
    return at(n, fmt::format("« {} » doit être une date écrite AAAA-MM-JJ (sans guillemets)", key));
  }

 private:
  std::string file_;
};

// A dated rule's range: `from` (required) and optional `to` (inclusive); open-ended ranges end at kEndOfTime.
struct DateRange {
  Date from;
  Date to;
  bool open_ended = true;
};
Result<DateRange> parse_date_range(const Checker& c, const toml::table& t, std::string_view owner);

// An array of strings (aliases, term lists); `what` names it in messages.
Result<std::vector<std::string>> string_array(const Checker& c, const toml::node& n, std::string_view what);

// [[vocabulary]] and [[measure]] tables of one file (grid_loader_measures.cpp), then the checks across files once
// every file is loaded (references to vocabularies, terms, parameters and measures).
std::optional<Error> load_vocabularies(const Checker& c, const toml::node& node, GridSet& set);
std::optional<Error> load_measures(const Checker& c, const toml::node& node, GridSet& set);
std::optional<Error> check_measure_references(const GridSet& set);

// Scenario files (grid_loader_scenario.cpp, docs/scenarios.md): the [scenario] table, the scenario flag on every
// value a scenario gives, and [[rise]] entries (a rise in points or % on cells of a law table or on a scalar).
Result<ScenarioInfo> parse_scenario_header(const Checker& c, const toml::table& doc);
void mark_scenario(std::vector<Version>& versions);
std::optional<Error> apply_rises(const Checker& c, const toml::node& node, GridSet& set);

// The provenance of a dated value (source, url, note, kali, confidence, inferred), inheriting `inherited` unless the
// table gives its own source. A U value needs a note.
Result<Provenance> parse_provenance(const Checker& c, const toml::table& t, bool source_required,
                                    const Provenance* inherited);

}  // namespace revalo::grid_toml
