// The public grids as data (fph_grade.h): parameter ids fph.grade.<grade>, fph.reclassement.<grade> and
// fph.<family>.{echelons,ib,im,duration}; the barème of an indice brut comes from public_index.h.
#include "fph_grade.h"

#include <algorithm>
#include <sstream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "format_number.h"
#include "public_index.h"
#include "names.h"

namespace revalo::fph {
namespace {

std::string param_id(std::string_view family, std::string_view what) { return fmt::format("fph.{}.{}", family, what); }

std::string where(const GradeGrid& gg, int e, Date d) {
  return fmt::format("grade {} ({}), échelon {}, au {}", gg.grade, gg.label, e, d.iso());
}

// The words of a rule's text: "family catégorie fonction-publique" of fph.grade.<grade>, "grade [table]" of
// fph.reclassement.<grade>.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string word(const std::string& text, std::size_t i) {
  auto w = words(text);
  return i < w.size() ? w[i] : std::string();
}

// The versions of a parameter, or none.
const std::vector<Version>* versions_of(const GridSet& g, std::string_view id) {
  auto it = g.params.find(id);
  return it == g.params.end() ? nullptr : &it->second.versions;
}

}  // namespace

Date add_months(Date d, int months) {
  int y = d.year(), m = d.month() - 1 + months;
  y += m >= 0 ? m / 12 : -((11 - m) / 12);
  m = ((m % 12) + 12) % 12 + 1;
  return *Date::from_ymd(y, m, std::min(d.day(), days_in_month(y, m)));
}

std::vector<std::string> grade_ids(const GridSet& g) {
  std::vector<std::string> out;
  constexpr std::string_view prefix = "fph.grade.";
  for (auto it = g.params.lower_bound(prefix); it != g.params.end() && it->first.starts_with(prefix); ++it)
    out.push_back(it->first.substr(prefix.size()));
  return out;
}

Result<std::string> grade_id(const GridSet& g, std::string_view name) {
  if (g.params.count(fmt::format("fph.grade.{}", name))) return std::string(name);
  return make_error(ErrorKind::Input, fmt::format("grade inconnu : « {} » ; grades les plus proches : {} (revalo grids show "
                                                  "fph les liste tous)",
                                                  name, fmt::join(nearest_names(name, grade_ids(g)), ", ")));
}

std::string grade_label(const GridSet& g, std::string_view grade) {
  auto it = g.params.find(fmt::format("fph.grade.{}", grade));
  return it == g.params.end() ? std::string(grade) : it->second.label;
}

Result<GradeGrid> grade_grid(const GridSet& g, std::string_view grade, Date d) {
  const std::string id = fmt::format("fph.grade.{}", grade);
  const Version* v = g.find_at(id, d);
  if (!v) {
    std::string known;
    if (const auto* all = versions_of(g, id))
      for (const auto& x : *all)
        known += fmt::format("{}{}", known.empty() ? "" : ", ",
                             x.open_ended ? fmt::format("à partir du {}", x.from.iso())
                                          : fmt::format("du {} au {}", x.from.iso(), x.to.iso()));
    return make_error(ErrorKind::MissingData,
                      fmt::format("grade {} ({}) : aucune grille connue au {}{}", grade, grade_label(g, grade), d.iso(),
                                  known.empty() ? "" : fmt::format(" (grade encodé {})", known)));
  }
  return GradeGrid{std::string(grade), grade_label(g, grade), word(v->text, 0), word(v->text, 1), word(v->text, 2),
                   grid_source(g, id, *v)};
}

std::optional<Date> grade_start(const GridSet& g, std::string_view grade) {
  const auto* all = versions_of(g, fmt::format("fph.grade.{}", grade));
  if (!all || all->empty()) return std::nullopt;
  return all->front().from;
}

std::optional<int> echelon_count(const GridSet& g, const GradeGrid& gg, Date d) {
  const Version* v = g.find_at(param_id(gg.family, "echelons"), d);
  if (!v) return std::nullopt;
  return static_cast<int>(v->number.integer_part());
}

Result<Duration> echelon_duration(const GridSet& g, const GradeGrid& gg, int e, Date d) {
  const std::string id = param_id(gg.family, "duration");
  const Version* v = g.find_at(id, d);
  const Cell* cell = nullptr;
  if (v)
    if (auto it = v->cells.find(std::to_string(e)); it != v->cells.end()) cell = &it->second;
  if (!cell)
    return make_error(ErrorKind::MissingData,
                      fmt::format("{} : durée de l'échelon inconnue (grille {} partielle) ; l'avancement ne peut être "
                                  "calculé : donnez l'échelon tenu à une date plus récente (--echelon, --echelon-since)",
                                  where(gg, e, d), gg.family));
  const Decimal months = cell->values.front() * Decimal::from_int(12);
  if (!months.is_integer())
    return make_error(ErrorKind::Grid, fmt::format("{} : durée {} ans, pas un nombre entier de mois", id,
                                                   cell->values.front().str()));
  return Duration{static_cast<int>(months.integer_part()), grid_source(g, id, *v, &cell->provenance)};
}

Result<EchelonIndex> echelon_index(const GridSet& g, const GradeGrid& gg, int e, Date d) {
  const std::string key = std::to_string(e);
  EchelonIndex out;
  out.sources.push_back(gg.source);
  const std::string ib_id = param_id(gg.family, "ib"), im_id = param_id(gg.family, "im");
  const Version* ib_version = g.find_at(ib_id, d);
  const Cell* ib_cell = nullptr;
  if (ib_version)
    if (auto it = ib_version->cells.find(key); it != ib_version->cells.end()) ib_cell = &it->second;
  if (ib_cell) out.ib = ib_cell->values.front();
  if (const Version* v = g.find_at(im_id, d))
    if (auto it = v->cells.find(key); it != v->cells.end()) {
      out.im = it->second.values.front();
      if (ib_cell) out.sources.push_back(grid_source(g, ib_id, *ib_version, &ib_cell->provenance));
      out.sources.push_back(grid_source(g, im_id, *v, &it->second.provenance));
      return out;
    }
  if (!ib_cell) {
    const bool known_grid = ib_version || g.find_at(im_id, d);
    return make_error(ErrorKind::MissingData,
                      known_grid ? fmt::format("{} : indice inconnu (grille {} partielle : cette case n'est pas établie)",
                                               where(gg, e, d), gg.family)
                                 : fmt::format("{} : la grille {} n'est pas connue à cette date", where(gg, e, d), gg.family));
  }
  out.sources.push_back(grid_source(g, ib_id, *ib_version, &ib_cell->provenance));
  auto im = bareme_im(g, static_cast<int>(out.ib->integer_part()), d);
  if (!im)
    return make_error(ErrorKind::MissingData, fmt::format("{} : {}", where(gg, e, d), im.error().message));
  out.im = im->im;
  for (auto& s : im->sources) out.sources.push_back(s);
  return out;
}

std::optional<Reform> next_reform(const GridSet& g, const GradeGrid& gg, Date after, Date until) {
  std::optional<Date> first;
  auto consider = [&](Date day) {
    if (after < day && day <= until && (!first || day < *first)) first = day;
  };
  const std::string grade_param = fmt::format("fph.grade.{}", gg.grade);
  const std::string reform_param = fmt::format("fph.reclassement.{}", gg.grade);
  if (const auto* rs = versions_of(g, reform_param))
    for (const auto& v : *rs) consider(v.from);
  std::optional<Date> end_day;
  if (const auto* ms = versions_of(g, grade_param)) {
    for (std::size_t i = 1; i < ms->size(); ++i)
      if (word((*ms)[i].text, 0) != word((*ms)[i - 1].text, 0)) consider((*ms)[i].from);
    if (!ms->empty() && !ms->back().open_ended) {
      end_day = ms->back().to.add_days(1);
      consider(*end_day);
    }
  }
  // A new version of the family's indices bruts following an older one is a new échelonnement.
  const Version* new_grid = nullptr;
  if (const auto* ibs = versions_of(g, param_id(gg.family, "ib")))
    for (std::size_t i = 1; i < ibs->size(); ++i)
      if ((*ibs)[i - 1].covers((*ibs)[i].from.add_days(-1))) {
        consider((*ibs)[i].from);
        if (first && *first == (*ibs)[i].from) new_grid = &(*ibs)[i];
      }
  if (!first) return std::nullopt;
  const bool ends = end_day && *end_day == *first;
  Reform r{*first, ends ? std::string() : gg.grade, "", "", "", nullptr};
  if (const Version* v = g.find_at(reform_param, *first); v && v->from == *first) {
    r.grade_after = word(v->text, 0);
    r.table = word(v->text, 1);
    r.source = v->provenance.source;
    r.note = v->provenance.note;
    r.provenance = &v->provenance;
  } else if (new_grid) {
    r.source = new_grid->provenance.source;
    r.provenance = &new_grid->provenance;
  } else if (const Version* m = g.find_at(grade_param, *first)) {
    r.source = m->provenance.source;
    r.provenance = &m->provenance;
  }
  return r;
}

}  // namespace revalo::fph
