// CCN 66 positions, job placement and steps (see ccn66_placement.h). Which grid a job is on is data
// (grids/ccn66/jobs.toml); the steps and their durations are the keys of the grid tables.
#include "ccn66_placement.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "format_number.h"
#include "jobs.h"
#include "names.h"
#include "seniority.h"

namespace revalo {
namespace {

const char* kPositionSyntax =
    "une position CCN 66 s'écrit A à G (grilles des non-cadres, suffixe .externat ou .internat pour imposer la "
    "colonne) ou cadre.CLASSE.NIVEAU (annexe 6 : cadre.1.1 … cadre.3.3, cadre.dg, cadre.dga)";

}  // namespace

std::string Ccn66Position::param() const { return cadre() ? "ccn66.cadre" : "ccn66.grille." + grid; }

std::optional<Ccn66Position> parse_ccn66_position(std::string_view text) {
  const std::string t = ascii_lower(text);
  Ccn66Position p;
  if (t.rfind("cadre.", 0) == 0) {
    p.grid = "cadre";
    p.row = t.substr(6);
    if (p.row == "dg" || p.row == "dga") return p;
    if (p.row.size() == 3 && p.row[0] >= '1' && p.row[0] <= '3' && p.row[1] == '.' && p.row[2] >= '1' &&
        p.row[2] <= '3')
      return p;
    return std::nullopt;
  }
  if (t.empty() || t[0] < 'a' || t[0] > 'g') return std::nullopt;
  p.grid = std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(t[0]))));
  const std::string rest = t.substr(1);
  if (rest == ".externat") p.column = Ccn66Position::Column::ExternatOnly;
  else if (rest == ".internat") p.column = Ccn66Position::Column::InternatOnly;
  else if (!rest.empty()) return std::nullopt;
  return p;
}

Result<std::optional<Decimal>> ccn66_years_in_job(const Profile& p, Date d) {
  if (p.hired) {
    auto years = completed_years(p, d);
    if (!years) return years.error();
    return std::optional<Decimal>(*years);
  }
  if (auto v = extra_decimal(p, "years_in_job")) return v;
  // Seniority acts only through the steps in the CCN 66: a seniority given (or a career's year) is taken as years in
  // the job, and said so.
  return p.seniority;
}

Result<Ccn66Placement> place_ccn66(const GridSet& g, const Profile& p, Date d, const std::string& wanted) {
  Ccn66Placement r;
  if (!p.job.empty()) {
    auto job = find_job(g, "ccn66", p.job);
    if (!job) return job.error();
    r.job = *job;
  }
  const std::string& given = !wanted.empty() ? wanted : p.position;
  if (!given.empty()) {
    auto pos = parse_ccn66_position(given);
    if (!pos) return make_error(ErrorKind::Input, fmt::format("position inconnue : « {} » ; {}", given, kPositionSyntax));
    r.position = *pos;
    r.note = "position donnée (--position)";
    return r;
  }
  if (!r.job)
    return make_error(ErrorKind::Input, fmt::format("placez la personne sur une grille de la CCN 66 : donnez --job (par exemple "
                                                    "educateur-specialise) ou --position ; {}",
                                                    kPositionSyntax));
  const Job& job = *r.job;
  if (job.position.empty())
    return make_error(ErrorKind::Input, fmt::format("l'emploi « {} » n'a pas de grille unique : {}", job.label, job.note));
  const Version* v = version_at(job.position, d);
  if (!v)
    return make_error(ErrorKind::MissingData, fmt::format("la table des emplois ne donne pas de grille pour l'emploi « {} » au "
                                                          "{} : elle la donne à partir du {} ({})",
                                                          job.label, d.iso(), job.position.front().from.iso(), job.file));
  auto pos = parse_ccn66_position(v->text);
  if (!pos)
    return make_error(ErrorKind::Grid, fmt::format("{} : l'emploi « {} » a une position invalide « {} »", job.file, job.id, v->text));
  r.position = *pos;
  r.inferred = v->provenance.inferred || v->provenance.confidence != Confidence::High;
  r.note = fmt::format("grille de l'emploi « {} »", job.label);
  if (!v->provenance.note.empty()) {
    std::string note = v->provenance.note;
    if (note.ends_with('.')) note.pop_back();
    r.note += " : " + note;
  }
  r.sources.push_back(SourceRef{"job", job.label, v->from, &v->provenance});
  return r;
}

namespace {

// The column of the placement: internat only where the job's grid has it (a grid without it has no internat value).
Result<std::string> column_of(const Profile& p, const Ccn66Placement& place) {
  const std::optional<bool> internat = extra_bool(p, "internat");
  const auto& pos = place.position;
  if (pos.cadre()) {
    if (internat.value_or(false))
      return make_error(ErrorKind::Input, "les grilles des cadres (annexe 6) n'ont pas de colonne internat");
    return std::string("externat");
  }
  if (pos.column == Ccn66Position::Column::InternatOnly) return std::string("internat");
  if (pos.column == Ccn66Position::Column::ExternatOnly) {
    if (internat.value_or(false))
      return make_error(ErrorKind::Input,
                        fmt::format("{} n'a pas de colonne internat dans sa grille {} : seule la première colonne existe",
                                    place.job ? fmt::format("l'emploi « {} »", place.job->label) : "cette position",
                                    pos.grid));
    return std::string("externat");
  }
  return std::string(internat.value_or(false) ? "internat" : "externat");
}

}  // namespace

Result<Ccn66Step> ccn66_step(const GridSet& g, const Profile& p, Date d, const Ccn66Placement& place) {
  Ccn66Step s;
  s.param = place.position.param();
  auto v = g.at(s.param, d);
  if (!v) return v.error();
  s.version = *v;
  auto column = column_of(p, place);
  if (!column) return column.error();
  s.column = *column;
  const std::string prefix = (place.position.cadre() ? place.position.row : s.column) + ".";
  std::vector<int> afters;
  for (const auto& [key, cell] : s.version->cells) {
    if (key.rfind(prefix, 0) != 0) continue;
    if (auto n = Decimal::parse(key.substr(prefix.size())); n && n->is_integer())
      afters.push_back(static_cast<int>(n->integer_part()));
  }
  std::sort(afters.begin(), afters.end());
  if (afters.empty() || afters.front() != 0)
    return make_error(ErrorKind::MissingData, fmt::format("« {} » ({}) n'a pas d'échelon de début pour « {} » au {} ({})", s.param,
                                                          g.params.at(s.param).label, prefix.substr(0, prefix.size() - 1),
                                                          d.iso(), g.params.at(s.param).file));
  std::size_t index = 0;
  if (auto step = extra_int(p, "step")) {
    if (*step < 1 || static_cast<std::size_t>(*step) > afters.size())
      return make_error(ErrorKind::Input, fmt::format("step : la grille {} a {} échelons (1 à {}), pas {}",
                                                      place.position.cadre() ? "des cadres" : place.position.grid,
                                                      afters.size(), afters.size(), *step));
    index = static_cast<std::size_t>(*step - 1);
    s.years = Decimal::from_int(afters[index]);
    s.years_note = fmt::format("échelon {} donné (--step)", *step);
  } else {
    auto years = ccn66_years_in_job(p, d);
    if (!years) return years.error();
    s.years = years->value_or(Decimal());
    const bool from_seniority = *years && !p.hired && p.seniority && !extra_decimal(p, "years_in_job");
    s.years_note = !*years ? "aucune année dans l'emploi donnée : embauche au premier échelon (art. 38)"
                   : p.hired ? fmt::format("{} an(s) dans l'emploi depuis le {}", fr_number(s.years), p.hired->iso())
                   : from_seniority
                       ? fmt::format("ancienneté de {} an(s) prise comme années dans l'emploi", fr_number(s.years))
                       : fmt::format("{} an(s) dans l'emploi", fr_number(s.years));
    while (index + 1 < afters.size() && Decimal::from_int(afters[index + 1]) <= s.years) ++index;
  }
  s.number = static_cast<int>(index) + 1;
  s.after = afters[index];
  s.next_after = index + 1 < afters.size() ? afters[index + 1] : -1;
  s.cell = &s.version->cells.find(prefix + std::to_string(s.after))->second;
  s.coefficient = s.cell->values.front();
  return s;
}

}  // namespace revalo
