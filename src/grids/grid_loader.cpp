// Grid file parser and validator: TOML syntax (toml++), then the schema of docs/grid-schema.md.
#include "grid_loader.h"

#include <algorithm>
#include <set>
#include <thread>
#include <tuple>

#include <fmt/format.h>

#include "grid_toml.h"

namespace revalo {

using grid_toml::Checker;
using grid_toml::parse_provenance;

namespace {

Result<Cell> parse_cell(const Checker& c, const toml::node& n, const std::string& key, const Provenance& version) {
  Cell cell;
  cell.provenance = version;
  auto add_values = [&](const toml::node& v) -> std::optional<Error> {
    if (const toml::array* arr = v.as_array()) {
      if (arr->empty()) return c.at(v, fmt::format("la cellule « {} » est un tableau vide", key));
      for (const auto& x : *arr) {
        auto d = c.number(x, fmt::format("la cellule « {} »", key));
        if (!d) return d.error();
        cell.values.push_back(*d);
      }
      return std::nullopt;
    }
    auto d = c.number(v, fmt::format("la cellule « {} »", key));
    if (!d) return d.error();
    cell.values.push_back(*d);
    return std::nullopt;
  };
  if (const toml::table* t = n.as_table()) {
    if (auto e = c.only_keys(*t, {"value", "values", "source", "url", "note", "kali", "confidence", "inferred"},
                             fmt::format("la cellule « {} »", key)))
      return *e;
    const toml::node* v = t->get("values");
    if (!v) v = t->get("value");
    if (!v) return c.at(n, fmt::format("la cellule « {} » n'a ni « value » ni « values »", key));
    if (auto e = add_values(*v)) return *e;
    auto p = parse_provenance(c, *t, false, &version);
    if (!p) return p.error();
    cell.provenance = *p;
    return cell;
  }
  if (auto e = add_values(n)) return *e;
  return cell;
}

Result<std::vector<Version>> parse_versions(const Checker& c, const toml::node* node, ParamKind kind,
                                            bool is_job, std::string_view owner) {
  std::vector<Version> out;
  if (!node) return out;
  const toml::array* arr = node->as_array();
  if (!arr) return c.at(*node, fmt::format("les versions de « {} » doivent être un tableau de tables ([[...]])", owner));
  for (const auto& item : *arr) {
    const toml::table* t = item.as_table();
    if (!t) return c.at(item, "une version doit être une table");
    if (is_job) {
      if (auto e = c.only_keys(*t, {"from", "to", "value", "source", "url", "note", "kali", "confidence", "inferred",
                                    "condition", "otherwise"},
                               "une version d'emploi"))
        return *e;
    } else if (auto e = c.only_keys(*t, {"from", "to", "value", "cells", "steps", "source", "url", "note", "kali",
                                         "confidence", "inferred"},
                                    "une version")) {
      return *e;
    }
    Version v;
    auto range = grid_toml::parse_date_range(c, *t, fmt::format("une version de « {} »", owner));
    if (!range) return range.error();
    v.from = range->from;
    v.to = range->to;
    v.open_ended = range->open_ended;
    auto p = parse_provenance(c, *t, true, nullptr);
    if (!p) return p.error();
    v.provenance = *p;

    if (is_job || kind == ParamKind::Rule) {
      auto s = c.string(*t, "value", true, "cette version");
      if (!s) return s.error();
      v.text = *s;
      if (is_job) {
        auto cond = c.string(*t, "condition", false, "une version d'emploi");
        if (!cond) return cond.error();
        v.condition = *cond;
        auto other = c.string(*t, "otherwise", false, "une version d'emploi");
        if (!other) return other.error();
        v.otherwise = *other;
        if (!v.condition.empty() && v.otherwise.empty())
          return c.at(*t, "une version d'emploi avec une « condition » demande une valeur « otherwise »");
      }
    } else if (kind == ParamKind::Scalar) {
      const toml::node* n = t->get("value");
      if (!n) return c.at(*t, fmt::format("« value » manque dans une version de « {} »", owner));
      auto d = c.number(*n, "« value »");
      if (!d) return d.error();
      v.number = *d;
    } else if (kind == ParamKind::Table) {
      const toml::table* cells = t->get_as<toml::table>("cells");
      if (!cells) return c.at(*t, fmt::format("il manque une table « cells » à une version de la table « {} »", owner));
      for (const auto& [k, cn] : *cells) {
        auto cell = parse_cell(c, cn, std::string(k.str()), v.provenance);
        if (!cell) return cell.error();
        v.cells.emplace(std::string(k.str()), std::move(*cell));
      }
    } else {  // Scale
      const toml::array* steps = t->get_as<toml::array>("steps");
      if (!steps || steps->empty()) return c.at(*t, fmt::format("il manque « steps » à une version du barème « {} »", owner));
      for (const auto& sn : *steps) {
        const toml::table* st = sn.as_table();
        if (!st) return c.at(sn, "un palier doit être une table { threshold = …, value = … }");
        if (auto e = c.only_keys(*st, {"threshold", "value"}, "un palier")) return *e;
        const toml::node* th = st->get("threshold");
        if (!th) return c.at(sn, "« threshold » manque dans un palier");
        ScaleStep step;
        auto d = c.number(*th, "« threshold »");
        if (!d) return d.error();
        step.threshold = *d;
        if (const toml::node* val = st->get("value")) {
          auto x = c.number(*val, "« value »");
          if (!x) return x.error();
          step.value = *x;
        }
        if (!v.steps.empty() && !(v.steps.back().threshold < step.threshold))
          return c.at(sn, "les seuils d'un barème doivent croître");
        v.steps.push_back(step);
      }
    }
    if (!out.empty()) {
      Version& prev = out.back();
      if (!(prev.from < v.from))
        return c.at(*t, fmt::format("les versions de « {} » ne sont pas dans l'ordre croissant de « from » ({} après {})", owner,
                                    v.from.iso(), prev.from.iso()));
      if (!prev.open_ended && !(prev.to < v.from))
        return c.at(*t, fmt::format("les versions de « {} » se chevauchent : celle du {} court jusqu'au {}, au-delà du {}", owner,
                                    prev.from.iso(), prev.to.iso(), v.from.iso()));
      if (prev.open_ended) {
        prev.to = v.from.add_days(-1);
        prev.open_ended = false;
      }
    }
    out.push_back(std::move(v));
  }
  return out;
}

Result<ParamKind> parse_kind(const Checker& c, const toml::table& t) {
  auto s = c.string(t, "kind", true, "un [[param]]");
  if (!s) return s.error();
  if (*s == "scalar") return ParamKind::Scalar;
  if (*s == "table") return ParamKind::Table;
  if (*s == "scale") return ParamKind::Scale;
  if (*s == "rule") return ParamKind::Rule;
  return c.at(*t.get("kind"), fmt::format("kind inconnu « {} » (scalar, table, scale ou rule)", *s));
}

// A scenario's [[param]] naming a parameter of the law: its label, unit and kind may be left out (they are the
// law's), its versions are laid over the law's.
std::optional<Error> overlay_param(const Checker& c, const toml::table& t, Parameter& law) {
  if (auto e = c.only_keys(t, {"id", "label", "kind", "unit", "note", "version"}, "un [[param]] de scénario")) return e;
  if (t.get("kind")) {
    auto kind = parse_kind(c, t);
    if (!kind) return kind.error();
    if (*kind != law.kind)
      return c.at(*t.get("kind"), fmt::format("« {} » est de kind différent dans la loi ({})", law.id, law.file));
  }
  auto versions = parse_versions(c, t.get("version"), law.kind, false, law.id);
  if (!versions) return versions.error();
  if (versions->empty()) return c.at(t, fmt::format("le paramètre « {} » n'a pas de [[param.version]]", law.id));
  grid_toml::mark_scenario(*versions);
  for (auto& v : *versions) overlay_version(law, std::move(v));
  return std::nullopt;
}

// The file's [grid] table (or a scenario's [scenario] table): its name, recorded in set.files. Result: the grid name
// its parameters belong to.
Result<std::string> load_header(const Checker& c, const GridSource& src, const toml::table& doc, GridSet& set) {
  if (src.scenario) {
    if (auto e = c.only_keys(doc, {"scenario", "param", "rise", "vocabulary", "measure"}, "un fichier de scénario"))
      return *e;
    auto info = grid_toml::parse_scenario_header(c, doc);
    if (!info) return info.error();
    set.files.push_back({src.path, "scenario", info->title, true});
    set.scenario = std::move(*info);
    return std::string("scenario");
  }
  if (auto e = c.only_keys(doc, {"grid", "param", "job", "vocabulary", "measure"}, "un fichier de grille")) return *e;
  const toml::table* grid = doc.get_as<toml::table>("grid");
  if (!grid)
    return make_error(ErrorKind::Grid, fmt::format("{}:1:1: table [grid] avec « name » manquante", src.display_path));
  if (auto e = c.only_keys(*grid, {"name", "title"}, "[grid]")) return *e;
  auto gname = c.string(*grid, "name", true, "[grid]");
  if (!gname) return gname.error();
  auto title = c.string(*grid, "title", false, "[grid]");
  if (!title) return title.error();
  set.files.push_back({src.path, *gname, *title, src.overridden});
  return *gname;
}

// One [[param]] of grid `name`: a new parameter, or a scenario's value laid over the law's.
std::optional<Error> load_param(const Checker& c, const GridSource& src, const toml::table& t, const std::string& name,
                                GridSet& set, std::map<std::string, std::string>& seen_ids) {
  if (auto e = c.only_keys(t, {"id", "label", "kind", "unit", "note", "kali", "version"}, "un [[param]]")) return e;
  Parameter p;
  auto id = c.string(t, "id", true, "un [[param]]");
  if (!id) return id.error();
  p.id = *id;
  if (auto law = set.params.find(p.id); src.scenario && law != set.params.end())
    return overlay_param(c, t, law->second);  // a scenario's value for a parameter of the law (docs/scenarios.md)
  if (auto it = seen_ids.find(p.id); it != seen_ids.end())
    return c.at(t, fmt::format("le paramètre « {} » est déjà défini dans {}", p.id, it->second));
  for (auto [key, field, required] : {std::tuple{"label", &p.label, true}, std::tuple{"unit", &p.unit, false},
                                      std::tuple{"note", &p.note, false}, std::tuple{"kali", &p.kali, false}}) {
    auto v = c.string(t, key, required, "un [[param]]");
    if (!v) return v.error();
    *field = *v;
  }
  auto kind = parse_kind(c, t);
  if (!kind) return kind.error();
  p.kind = *kind;
  p.grid = name;
  p.file = src.display_path;
  auto versions = parse_versions(c, t.get("version"), p.kind, false, p.id);
  if (!versions) return versions.error();
  if (versions->empty()) return c.at(t, fmt::format("le paramètre « {} » n'a pas de [[param.version]]", p.id));
  p.versions = std::move(*versions);
  if (src.scenario) grid_toml::mark_scenario(p.versions);
  seen_ids[p.id] = src.display_path;
  set.params.emplace(p.id, std::move(p));
  return std::nullopt;
}

// One [[job]]: its agreement, names and dated positions.
std::optional<Error> load_job(const Checker& c, const GridSource& src, const toml::table& t, GridSet& set) {
  if (auto e = c.only_keys(t, {"id", "label", "convention", "aliases", "note", "old_category", "position"},
                           "un [[job]]"))
    return e;
  Job j;
  j.file = src.display_path;
  for (auto [key, field, required] : {std::tuple{"id", &j.id, true}, std::tuple{"label", &j.label, true},
                                      std::tuple{"convention", &j.convention, true},
                                      std::tuple{"note", &j.note, false}}) {
    auto v = c.string(t, key, required, "un [[job]]");
    if (!v) return v.error();
    *field = *v;
  }
  if (const toml::node* al = t.get("aliases")) {
    auto a = grid_toml::string_array(c, *al, "aliases");
    if (!a) return a.error();
    j.aliases = std::move(*a);
  }
  // Job ids are unique within an agreement: two agreements may both name an "aide-soignant".
  for (const auto& other : set.jobs)
    if (other.id == j.id && other.convention == j.convention)
      return c.at(t, fmt::format("l'emploi « {} » est déjà défini dans {}", j.id, other.file));
  auto oc = parse_versions(c, t.get("old_category"), ParamKind::Rule, true, j.id);
  if (!oc) return oc.error();
  j.old_category = std::move(*oc);
  auto pos = parse_versions(c, t.get("position"), ParamKind::Rule, true, j.id);
  if (!pos) return pos.error();
  j.position = std::move(*pos);
  set.jobs.push_back(std::move(j));
  return std::nullopt;
}

// Each table of the array `key` of the file ([[param]], [[job]]), given to `load`.
template <typename Load>
std::optional<Error> each_table(const Checker& c, const toml::table& doc, const char* key, Load load) {
  const toml::node* node = doc.get(key);
  if (!node) return std::nullopt;
  const toml::array* arr = node->as_array();
  if (!arr) return c.at(*node, fmt::format("« {0} » doit être un tableau de tables ([[{0}]])", key));
  for (const auto& n : *arr) {
    const toml::table* t = n.as_table();
    if (!t) return c.at(n, fmt::format("un [[{}]] doit être une table", key));
    if (auto e = load(*t)) return e;
  }
  return std::nullopt;
}

// A grid file's text parsed as TOML, or why it is not TOML.
struct ParsedFile {
  toml::table doc;
  std::optional<toml::parse_error> error;
};

ParsedFile parse_file(const GridSource& src) {
  ParsedFile f;
  try {
    f.doc = toml::parse(src.text, src.display_path);
  } catch (const toml::parse_error& e) {
    f.error = e;
  }
  return f;
}

// Parsing the TOML texts is most of the loading (every run loads the embedded grids): two threads parse them side
// by side, each about half of the text; the files are then read into the set one by one, in order.
std::vector<ParsedFile> parse_files(const std::vector<GridSource>& sources) {
  std::vector<ParsedFile> parsed(sources.size());
  std::vector<std::size_t> by_size(sources.size());
  for (std::size_t i = 0; i < by_size.size(); ++i) by_size[i] = i;
  std::sort(by_size.begin(), by_size.end(),
            [&](std::size_t a, std::size_t b) { return sources[a].text.size() > sources[b].text.size(); });
  std::vector<std::size_t> shares[2];
  std::size_t load[2] = {0, 0};
  for (std::size_t i : by_size) {
    const int lighter = load[1] < load[0] ? 1 : 0;
    shares[lighter].push_back(i);
    load[lighter] += sources[i].text.size();
  }
  auto parse_share = [&](int k) {
    for (std::size_t i : shares[k]) parsed[i] = parse_file(sources[i]);
  };
  if (sources.size() < 8) {
    parse_share(0);
    parse_share(1);
    return parsed;
  }
  std::thread other(parse_share, 1);
  parse_share(0);
  other.join();
  return parsed;
}

std::optional<Error> load_one(const GridSource& src, ParsedFile& parsed, GridSet& set,
                              std::map<std::string, std::string>& seen_ids) {
  Checker c(src.display_path);
  if (parsed.error) return c.at(parsed.error->source(), fmt::format("TOML invalide : {}", parsed.error->description()));
  const toml::table& doc = parsed.doc;
  auto name = load_header(c, src, doc, set);
  if (!name) return name.error();
  if (auto e = each_table(c, doc, "param",
                          [&](const toml::table& t) { return load_param(c, src, t, *name, set, seen_ids); }))
    return e;
  if (auto e = each_table(c, doc, "job", [&](const toml::table& t) { return load_job(c, src, t, set); })) return e;
  if (const toml::node* v = doc.get("vocabulary"))
    if (auto e = grid_toml::load_vocabularies(c, *v, set)) return e;
  if (const toml::node* m = doc.get("measure")) {
    if (auto e = grid_toml::load_measures(c, *m, set)) return e;
    if (src.scenario)
      for (auto& measure : set.measures)
        if (measure.file == src.display_path)
          for (auto& clause : measure.clauses) clause.provenance.scenario = true;
  }
  if (const toml::node* r = doc.get("rise"))
    if (auto e = grid_toml::apply_rises(c, *r, set)) return e;
  return std::nullopt;
}

}  // namespace

Result<GridSet> load_grids(const std::vector<GridSource>& sources) {
  GridSet set;
  std::map<std::string, std::string> seen_ids;
  std::vector<ParsedFile> parsed = parse_files(sources);
  for (std::size_t i = 0; i < sources.size(); ++i)
    if (auto e = load_one(sources[i], parsed[i], set, seen_ids)) return *e;
  if (auto e = grid_toml::check_measure_references(set)) return *e;
  return set;
}

}  // namespace revalo
