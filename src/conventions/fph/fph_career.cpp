// Échelon progression and reclassements (fph_career.h). Durations, reforms and reclassement tables are data
// (fph_grade.h); this file walks from the date the échelon is known to the pay date.
#include "fph_career.h"

#include <cctype>
#include <cstdlib>

#include <fmt/format.h>

#include "fph_grade.h"

namespace revalo::fph {
namespace {

// A grade and échelon held from `anchor` on (entered on `since` when known).
struct Holding {
  std::string grade;
  int echelon = 0;
  std::optional<Date> since;
  Date anchor;
  std::string note;  // how the holding started (a promotion)
};

std::optional<Error> check_count(const GridSet& g, const GradeGrid& gg, int e, Date d) {
  auto n = echelon_count(g, gg, d);
  if (e < 1 || (n && e > *n))
    return make_error(ErrorKind::Input, fmt::format("grade {} ({}) : échelon {} inexistant au {} ({} échelons)", gg.grade,
                                                    gg.label, e, d.iso(), n ? std::to_string(*n) : "nombre inconnu"));
  return std::nullopt;
}

// One row key of a reclassement table: "10", "10<12", "10>12<36" (seniority in the échelon, months, strict bounds).
bool row_matches(std::string_view key, int echelon, std::optional<Date> since, Date on, bool& needs_since) {
  std::size_t i = 0;
  while (i < key.size() && std::isdigit(static_cast<unsigned char>(key[i]))) ++i;
  if (std::atoi(std::string(key.substr(0, i)).c_str()) != echelon) return false;
  while (i < key.size()) {
    const char op = key[i++];
    std::size_t j = i;
    while (j < key.size() && std::isdigit(static_cast<unsigned char>(key[j]))) ++j;
    const int months = std::atoi(std::string(key.substr(i, j - i)).c_str());
    i = j;
    if (!since) {
      needs_since = true;
      return false;
    }
    const Date bound = add_months(*since, months);  // the day the seniority reaches `months`
    if (op == '<' && !(bound > on)) return false;
    if (op == '>' && !(bound < on)) return false;
  }
  return true;
}

// The reclassement table of a reform applied to the holding: the new échelon and the seniority it keeps, "dans la
// limite de la durée de l'échelon" (the heading of the table's last column, décret 2021-1257 art. 20).
Result<Standing> apply_table(const GridSet& g, const Reform& r, const GradeGrid& before, const Standing& st) {
  const Version* v = g.find_at(r.table, r.on);
  if (!v) return make_error(ErrorKind::Grid, fmt::format("{} : pas de tableau au {}", r.table, r.on.iso()));
  const Cell* row = nullptr;
  bool needs_since = false;
  for (const auto& [key, cell] : v->cells)
    if (row_matches(key, st.echelon, st.since, r.on, needs_since)) row = &cell;
  if (!row || row->values.size() != 4) {
    if (needs_since)
      return make_error(ErrorKind::Usage, fmt::format("reclassement du {} : le tableau dépend de l'ancienneté dans "
                                                      "l'échelon {} ; donnez --echelon-since",
                                                      r.on.iso(), st.echelon));
    return make_error(ErrorKind::MissingData,
                      fmt::format("grade {} ({}), échelon {}, au {} : ce cas n'est pas couvert par le tableau de "
                                  "reclassement ({} ; ancienneté dans l'échelon depuis le {})",
                                  before.grade, before.label, st.echelon, r.on.iso(), r.source,
                                  st.since ? st.since->iso() : "?"));
  }
  const int new_echelon = static_cast<int>(row->values[0].integer_part());
  const int fixed = static_cast<int>(row->values[1].integer_part());
  const Decimal num = row->values[2], den = row->values[3];
  if (!num.is_zero() && !st.since)
    return make_error(ErrorKind::Usage, fmt::format("reclassement du {} : l'ancienneté conservée dépend de l'ancienneté "
                                                    "acquise dans l'échelon {} ; donnez --echelon-since",
                                                    r.on.iso(), st.echelon));
  const long acquired = st.since ? r.on.days() - st.since->days() : 0;
  // Kept seniority: fixed months + num/den of the days acquired, whole days (the part of a day is not kept).
  const long ratio_days = Decimal::from_int(acquired).mul_div(num, den).integer_part();
  Date since = add_months(r.on, -fixed).add_days(-ratio_days);
  auto after = grade_grid(g, r.grade_after, r.on);
  if (!after) return after.error();
  if (auto n = echelon_count(g, *after, r.on); !n || new_echelon < *n)
    if (auto dur = echelon_duration(g, *after, new_echelon, r.on)) {
      const Date limit = add_months(r.on, -dur->months);
      if (since < limit) since = limit;
    }
  Standing out{r.grade_after, new_echelon, since, ""};
  out.note = fmt::format("reclassement au {} : {}, échelon {} → {}, échelon {}, ancienneté conservée depuis le {} ({})",
                         r.on.iso(), before.label, st.echelon, after->label, new_echelon, since.iso(), r.source);
  return out;
}

// The agent's standing walked from the holding's anchor to d.
Result<Standing> walk(const GridSet& g, const Profile& p, const Holding& h, Date d, bool inputs_after) {
  Standing st{h.grade, h.echelon, h.since, h.note};
  if (d < h.anchor) {
    if (h.since && d < *h.since)
      return make_error(ErrorKind::Input, fmt::format("avant le {} (--echelon-since), l'échelon {} du grade {} n'est pas "
                                                      "tenu : l'échelon d'avant n'est pas connu ; commencez la période "
                                                      "au {}",
                                                      h.since->iso(), h.echelon, h.grade, h.since->iso()));
    auto gg = grade_grid(g, h.grade, d);
    if (!gg) return gg.error();
    if (auto r = next_reform(g, *gg, d, h.anchor))
      return make_error(ErrorKind::Input, fmt::format("l'échelon {} est donné au {} ; le {} le grade {} a été reclassé : "
                                                      "l'échelon d'avant n'est pas connu (donnez l'échelon tenu au {}, "
                                                      "--at)",
                                                      h.echelon, h.anchor.iso(), r->on.iso(), h.grade, d.iso()));
    if (auto e = check_count(g, *gg, st.echelon, d)) return *e;
    return st;
  }
  Date t = h.anchor;
  // Seniority kept from before the grade existed (a reclassement into it) counts from its first day.
  if (auto start = grade_start(g, h.grade); start && t < *start && *start <= d) t = *start;
  auto gg = grade_grid(g, h.grade, t);
  if (!gg) return gg.error();
  if (auto e = check_count(g, *gg, st.echelon, t)) return *e;
  const auto after = extra_int(p, "echelon_after");
  const auto after_since = extra_date(p, "echelon_after_since");
  std::optional<Date> after_used;
  while (true) {
    auto reform = next_reform(g, *gg, t, d);
    const Date horizon = reform ? reform->on.add_days(-1) : d;
    // Échelon steps at each échelon's fixed duration, in the grid of this period (the last échelon has none).
    while (st.since) {
      auto n = echelon_count(g, *gg, horizon);
      if (n && st.echelon >= *n) break;
      auto dur = echelon_duration(g, *gg, st.echelon, horizon);
      if (!dur) return dur.error();
      const Date next = add_months(*st.since, dur->months);
      if (next > horizon) break;
      st.note = fmt::format("avancement à l'échelon {} le {} : durée de l'échelon {}, {} mois ({})", st.echelon + 1,
                            next.iso(), st.echelon, dur->months, dur->source.provenance->source);
      ++st.echelon;
      st.since = next;
    }
    if (!reform) return st;
    if (reform->grade_after.empty())
      return make_error(ErrorKind::MissingData,
                        fmt::format("grade {} ({}), échelon {} : le grade prend fin le {} et le grade suivant n'est pas "
                                    "connu ; donnez le grade et l'échelon tenus après cette date (--grade, --echelon, "
                                    "--echelon-since, --at)",
                                    gg->grade, gg->label, st.echelon, reform->on.add_days(-1).iso()));
    if (!reform->table.empty()) {
      auto moved = apply_table(g, *reform, *gg, st);
      if (!moved) return moved.error();
      st = std::move(*moved);
    } else if (inputs_after && after && !after_used) {
      if (after_since && *after_since > d)
        return make_error(ErrorKind::Input, fmt::format("--echelon-after-since {} est après la date de paie {}",
                                                        after_since->iso(), d.iso()));
      auto target = grade_grid(g, reform->grade_after, reform->on);
      if (!target) return target.error();
      st.note = fmt::format("reclassement au {} : {}, échelon {} → échelon {} donné (--echelon-after){} ({})",
                            reform->on.iso(), gg->label, st.echelon, *after,
                            after_since ? fmt::format(", tenu depuis le {}", after_since->iso()) : "", reform->source);
      st.grade = reform->grade_after;
      st.echelon = *after;
      st.since = after_since;
      after_used = reform->on;
    } else {
      return make_error(
          ErrorKind::MissingData,
          fmt::format("grade {} ({}), échelon {}, au {} : reclassé par la réforme de cette date ({}) dont le tableau de "
                      "reclassement n'est pas connu{}{} ; donnez l'échelon après la réforme : --echelon-after N (et "
                      "--echelon-after-since DATE, la date d'entrée dans cet échelon){}",
                      gg->grade, gg->label, st.echelon, reform->on.iso(), reform->source,
                      reform->note.empty() ? "" : " — ", reform->note,
                      after_used ? fmt::format(" ; --echelon-after sert déjà à la réforme du {} : commencez la période "
                                               "après elle",
                                               after_used->iso())
                                 : ""));
    }
    t = reform->on;
    auto next_grid = grade_grid(g, st.grade, t);
    if (!next_grid) return next_grid.error();
    gg = std::move(next_grid);
    if (auto e = check_count(g, *gg, st.echelon, t)) return *e;
  }
}

// "as-cs.3": a grade and an échelon.
std::optional<std::pair<std::string, int>> parse_position(const std::string& text) {
  const auto dot = text.rfind('.');
  if (dot == std::string::npos || dot + 1 >= text.size()) return std::nullopt;
  for (std::size_t i = dot + 1; i < text.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
  return std::pair{text.substr(0, dot), std::atoi(text.c_str() + dot + 1)};
}

// Without an échelon, the one reached after `seniority` years in the grade from its first échelon, in the grid of d
// (revalo career draws the pay of a grade against the years in it).
Result<Standing> by_seniority(const GridSet& g, const Profile& p, const std::string& grade, Date d) {
  auto gg = grade_grid(g, grade, d);
  if (!gg) return gg.error();
  long months = 0;
  if (p.seniority) {
    months = (*p.seniority * Decimal::from_int(12)).integer_part();
  } else {
    months = (d.year() - p.hired->year()) * 12L + d.month() - p.hired->month() - (d.day() < p.hired->day() ? 1 : 0);
    if (months < 0) months = 0;
  }
  Standing st{grade, 1, std::nullopt, ""};
  long left = months;
  while (true) {
    auto n = echelon_count(g, *gg, d);
    if (n && st.echelon >= *n) break;
    auto dur = echelon_duration(g, *gg, st.echelon, d);
    if (!dur) return dur.error();
    if (left < dur->months) break;
    left -= dur->months;
    ++st.echelon;
  }
  st.note = fmt::format("échelon atteint après {} mois dans le grade, aux durées de la grille du {}", months, d.iso());
  return st;
}

}  // namespace

Result<Standing> standing_at(const GridSet& g, const Profile& p, Date d, const std::string& position) {
  std::string grade_text(extra_text(p, "grade"));
  std::optional<int> echelon = extra_int(p, "echelon");
  if (!position.empty()) {
    auto pos = parse_position(position);
    if (!pos) return make_error(ErrorKind::Input, fmt::format("position « {} » : attendu grade.échelon (as-cs.3)", position));
    grade_text = pos->first;
    echelon = pos->second;
  }
  if (grade_text.empty())
    return make_error(ErrorKind::Usage, "la grille publique demande --grade (revalo grids show fph liste les grades)");
  auto grade = grade_id(g, grade_text);
  if (!grade) return grade.error();
  // Before a promotion (--grade-since), the grade held before it.
  if (auto since = extra_date(p, "grade_since"); since && d < *since && position.empty()) {
    const std::string_view before = extra_text(p, "grade_before");
    auto before_echelon = extra_int(p, "echelon_before");
    if (before.empty() || !before_echelon)
      return make_error(ErrorKind::Input, fmt::format("avant le {} (--grade-since), l'agent n'était pas au grade {} : "
                                                      "donnez --grade-before et --echelon-before, ou commencez la "
                                                      "période au {}",
                                                      since->iso(), *grade, since->iso()));
    auto before_id = grade_id(g, before);
    if (!before_id) return before_id.error();
    auto before_since = extra_date(p, "echelon_before_since");
    return walk(g, p, Holding{*before_id, *before_echelon, before_since, before_since.value_or(since->add_days(-1)), ""},
                d, false);
  }
  if (!echelon) {
    if (position.empty() && (p.seniority || p.hired)) return by_seniority(g, p, *grade, d);
    return make_error(ErrorKind::Usage, fmt::format("la grille publique demande --echelon (l'échelon dans le grade {})",
                                                    *grade));
  }
  std::optional<Date> since = position.empty() ? extra_date(p, "echelon_since") : std::nullopt;
  if (auto years = extra_decimal(p, "echelon_seniority"); years && position.empty()) {
    if (since) return make_error(ErrorKind::Usage, "donnez --echelon-since ou --echelon-seniority, pas les deux");
    const Decimal months = *years * Decimal::from_int(12);
    if (!months.is_integer())
      return make_error(ErrorKind::Input, fmt::format("--echelon-seniority {} : un nombre entier de mois (1.5 = 1 an "
                                                      "6 mois)", years->str()));
    since = add_months(p.at.value_or(d), -static_cast<int>(months.integer_part()));
  }
  Date anchor = since ? *since : position.empty() ? p.at.value_or(d) : d;
  std::string note;
  if (auto g_since = extra_date(p, "grade_since"); g_since && position.empty()) {
    if (anchor < *g_since) anchor = *g_since;
    note = fmt::format("promotion au grade {} le {} (--grade-since ; les promotions de grade sont des données)",
                       grade_label(g, *grade), g_since->iso());
  }
  return walk(g, p, Holding{*grade, *echelon, since, anchor, note}, d, position.empty());
}

}  // namespace revalo::fph
