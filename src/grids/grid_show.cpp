// Text views of the grids (see grid_show.h).
#include "grid_show.h"

#include <fmt/format.h>

#include <map>
#include <set>

#include "format_number.h"
#include "jobs.h"

namespace revalo {
namespace {

std::string range(const Version& v) {
  return v.open_ended ? fmt::format("depuis le {}", v.from.iso())
                      : fmt::format("du {} au {}", v.from.iso(), v.to.iso());
}

std::string tag(const Provenance& p) {
  std::string t = "[" + confidence_tag(p.confidence);
  if (p.inferred) t += ", inféré";
  return t + "]";
}

std::string values(const std::vector<Decimal>& v) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? " " : "") + fr_number(v[i]);
  return out;
}

void show_version(std::string& out, const Parameter& p, const Version& v) {
  out += fmt::format("  {} {} — {}{}\n", range(v), tag(v.provenance), v.provenance.source,
                     v.provenance.url.empty() ? "" : " — " + v.provenance.url);
  if (!v.provenance.note.empty()) out += fmt::format("    note : {}\n", v.provenance.note);
  switch (p.kind) {
    case ParamKind::Scalar: out += fmt::format("    {} {}\n", fr_number(v.number), p.unit); break;
    case ParamKind::Rule: out += fmt::format("    {}\n", v.text); break;
    case ParamKind::Table:
      for (const auto& [key, cell] : v.cells) {
        out += fmt::format("    {:<12} {}", key, values(cell.values));
        if (cell.provenance.source != v.provenance.source) out += fmt::format("   ({} {})", tag(cell.provenance), cell.provenance.source);
        out += "\n";
      }
      break;
    case ParamKind::Scale:
      for (const auto& s : v.steps)
        out += fmt::format("    à partir de {:<8} {}\n", fr_number(s.threshold),
                           s.value ? fr_number(*s.value) : "(aucune valeur dans le texte)");
      break;
  }
}

}  // namespace

std::string grids_list_text(const GridSet& g) {
  std::map<std::string, std::pair<std::string, std::vector<const GridFileInfo*>>> by_grid;
  for (const auto& f : g.files) {
    auto& e = by_grid[f.grid];
    if (e.first.empty()) e.first = f.title;
    e.second.push_back(&f);
  }
  std::string out;
  for (const auto& [name, e] : by_grid) {
    std::size_t n = 0;
    for (const auto& [id, p] : g.params)
      if (p.grid == name) ++n;
    out += fmt::format("{:<8} {} ({} paramètres)\n", name, e.first, n);
    for (const auto* f : e.second) out += fmt::format("         {}{}\n", f->path, f->overridden ? " [remplacé/ajouté par --grids]" : "");
  }
  return out;
}

Result<std::string> grid_show_text(const GridSet& g, const std::string& name, std::optional<Date> at) {
  std::vector<const Parameter*> params;
  std::set<std::string> names;
  for (const auto& [id, p] : g.params) {
    names.insert(p.grid);
    if (p.grid == name) params.push_back(&p);
  }
  if (params.empty())
    return make_error(ErrorKind::Input,
                      fmt::format("grille inconnue : « {} » ; grilles connues : {}", name,
                                  fmt::join(nearest_names(name, {names.begin(), names.end()}, names.size()), ", ")));
  std::string out = at ? fmt::format("Grille {} en vigueur le {}\n", name, at->iso()) : fmt::format("Grille {} (toutes les versions)\n", name);
  for (const Parameter* p : params) {
    out += fmt::format("\n{} ({}, {})\n", p->label, p->id, p->unit);
    if (at) {
      if (const Version* v = version_at(p->versions, *at)) show_version(out, *p, *v);
      else out += "  (aucune valeur à cette date)\n";
    } else {
      for (const auto& v : p->versions) show_version(out, *p, v);
    }
  }
  return out;
}

}  // namespace revalo
