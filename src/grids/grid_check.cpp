// Grid checks (see grid_check.h). Generic over parameters; the job references follow the BAD position syntax.
#include "grid_check.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>


namespace revalo {
namespace {

void add(std::vector<Finding>& out, Severity s, const Provenance& p, std::string msg) {
  out.push_back({s, p.file, p.line, std::move(msg)});
}

// Keys "a.b.N" grouped by "a.b", so that values can be compared along N (échelons).
bool split_last_number(const std::string& key, std::string& prefix, int& n) {
  auto dot = key.rfind('.');
  if (dot == std::string::npos || dot + 1 >= key.size()) return false;
  for (std::size_t i = dot + 1; i < key.size(); ++i)
    if (key[i] < '0' || key[i] > '9') return false;
  prefix = key.substr(0, dot);
  n = std::stoi(key.substr(dot + 1));
  return true;
}

void check_param(const Parameter& p, std::vector<Finding>& out) {
  for (std::size_t i = 0; i + 1 < p.versions.size(); ++i) {
    const Version& a = p.versions[i];
    const Version& b = p.versions[i + 1];
    if (a.to.add_days(1) < b.from)
      add(out, Severity::Error, b.provenance,
          fmt::format("{} : aucune valeur du {} au {} (trou entre deux versions)", p.id, a.to.add_days(1).iso(),
                      b.from.add_days(-1).iso()));
    // A point value or an amount that moves by a factor of 5 or more is more likely a typo (a misplaced decimal
    // mark) than a law; a two-step allowance does double (Ségur: 117 → 238 €, 103 → 206 €).
    if (p.kind == ParamKind::Scalar && p.unit == "EUR" && !a.number.is_zero()) {
      Decimal ratio = b.number.div(a.number);
      if (ratio >= Decimal::from_int(5) || ratio * Decimal::from_int(5) <= Decimal::from_int(1))
        add(out, Severity::Error, b.provenance,
            fmt::format("{} : saut suspect de {} à {} le {}", p.id, a.number.str(), b.number.str(), b.from.iso()));
    }
  }
  for (const auto& v : p.versions) {
    if (v.provenance.uncertain())
      add(out, Severity::Info, v.provenance, fmt::format("{} (depuis le {}) est incertain (U) : {}", p.id,
                                                         v.from.iso(), v.provenance.note));
    if (p.kind != ParamKind::Table || p.unit != "coefficient") continue;
    std::map<std::string, std::vector<std::pair<int, Decimal>>> by_prefix;
    for (const auto& [key, cell] : v.cells) {
      if (cell.provenance.uncertain())
        add(out, Severity::Info, cell.provenance,
            fmt::format("{} [{}] (depuis le {}) est incertain (U) : {}", p.id, key, v.from.iso(), cell.provenance.note));
      // A row of coefficients by year of seniority never goes down.
      for (std::size_t i = 1; i < cell.values.size(); ++i)
        if (cell.values[i] < cell.values[i - 1])
          add(out, Severity::Error, cell.provenance,
              fmt::format("{} [{}] (depuis le {}) : le coefficient baisse de l'année {} ({}) à l'année {} ({})", p.id,
                          key, v.from.iso(), i, cell.values[i - 1].str(), i + 1, cell.values[i].str()));
      std::string prefix;
      int n = 0;
      if (split_last_number(key, prefix, n) && cell.values.size() == 1)
        by_prefix[prefix].emplace_back(n, cell.values.front());
    }
    // Within one catégorie and degré, a higher échelon never has a lower coefficient.
    for (auto& [prefix, cells] : by_prefix) {
      std::sort(cells.begin(), cells.end());
      for (std::size_t i = 1; i < cells.size(); ++i)
        if (cells[i].second < cells[i - 1].second)
          add(out, Severity::Error, v.provenance,
              fmt::format("{} (depuis le {}) : {}.{} ({}) est inférieur à {}.{} ({})", p.id, v.from.iso(), prefix,
                          cells[i].first, cells[i].second.str(), prefix, cells[i - 1].first, cells[i - 1].second.str()));
    }
  }
}

}  // namespace

void add_finding(std::vector<Finding>& out, Severity s, const Provenance& where, std::string message) {
  add(out, s, where, std::move(message));
}

std::vector<Finding> check_grids(const GridSet& g, const JobCheck& check_job) {
  std::vector<Finding> out;
  for (const auto& [id, p] : g.params) check_param(p, out);
  for (const auto& j : g.jobs) {
    if (check_job) check_job(j, out);
    for (const auto& v : j.position)
      if (v.provenance.uncertain())
        add(out, Severity::Info, v.provenance, fmt::format("emploi {} : position incertaine (U) : {}", j.id, v.provenance.note));
  }
  for (const auto& m : g.measures)
    for (const auto& c : m.clauses)
      if (c.provenance.uncertain())
        add(out, Severity::Info, c.provenance,
            fmt::format("mesure {}, règle {}(depuis le {}) est incertaine (U) : {}", m.id,
                        c.row.empty() ? "" : c.row + " ", c.from.iso(), c.provenance.note));
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) { return a.severity < b.severity; });
  return out;
}

bool has_errors(const std::vector<Finding>& f) {
  return std::any_of(f.begin(), f.end(), [](const Finding& x) { return x.severity == Severity::Error; });
}

std::string check_report_text(const std::vector<Finding>& findings) {
  std::string out;
  int errors = 0, warnings = 0, infos = 0;
  for (const auto& f : findings) {
    const char* tag = f.severity == Severity::Error ? "erreur" : f.severity == Severity::Warning ? "attention" : "info";
    (f.severity == Severity::Error ? errors : f.severity == Severity::Warning ? warnings : infos)++;
    out += fmt::format("{}:{}: {} : {}\n", f.file, f.line, tag, f.message);
  }
  out += fmt::format("{} erreur(s), {} avertissement(s), {} valeur(s) incertaine(s) signalée(s)\n", errors, warnings, infos);
  return out;
}

}  // namespace revalo
