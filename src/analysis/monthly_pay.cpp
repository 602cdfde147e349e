// Month-by-month pay and its events (monthly_pay.h).
#include "monthly_pay.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "format_number.h"
#include "month_share.h"
#include "registry.h"

namespace revalo {

Profile ageing_profile(const Profile& p, Date first_month) {
  Profile aged = p;
  // What a profile states "at a date" (an indice majoré, an échelon) is stated at the first month without --at.
  if (!aged.at) aged.at = first_month;
  if (p.hired || !p.seniority) return aged;
  const Decimal years = *p.seniority;
  const long whole = years.integer_part();
  // Fractional years (7.5) become whole months: the seniority a payslip shows is counted in months at the finest.
  const long months = (years - Decimal::from_int(whole)).mul_div(Decimal::from_int(12), Decimal::from_int(1)).integer_part();
  Date hired = first_month.add_years(-static_cast<int>(whole));
  int y = hired.year(), m = hired.month() - static_cast<int>(months);
  while (m < 1) { m += 12; --y; }
  hired = *Date::from_ymd(y, m, std::min(hired.day(), days_in_month(y, m)));
  aged.hired = hired.add_days(-1);
  aged.seniority.reset();
  return aged;
}

namespace {

// Sets each field that counts years (ProfileField::counts_years) that the profile gives to f(its value).
template <class F>
void set_year_fields(Profile& p, F f) {
  auto given = profile_echo(p, profile_fields());
  for (const ProfileField& field : profile_fields()) {
    if (!field.counts_years) continue;
    auto it = std::find_if(given.begin(), given.end(), [&](const auto& kv) { return kv.first == field.name; });
    if (it == given.end()) continue;
    auto years = Decimal::parse(it->second);
    if (years) set_any_profile_field(p, field.name, f(*years).str());
  }
}

}  // namespace

Profile years_at_month(const Profile& p, Date first_month, Date m) {
  const int months = (m.year() - first_month.year()) * 12 + m.month() - first_month.month();
  Profile at = p;
  if (months > 0)
    set_year_fields(at, [&](Decimal y) { return y + Decimal::from_int(months).div(Decimal::from_int(12)); });
  return at;
}

Profile profile_at_years(const Profile& p, int years) {
  Profile at = p;
  at.hired.reset();
  at.seniority = Decimal::from_int(years);
  set_year_fields(at, [&](Decimal) { return Decimal::from_int(years); });
  return at;
}

namespace {

// The earning lines' legal values that took effect in the month (after the previous month's day), as events.
void value_events(const GridSet& g, const Payslip& before, const Payslip& slip, std::vector<PayEvent>& out) {
  const Date after = before.date;
  std::set<std::string_view> seen;
  for (const auto& l : slip.lines) {
    if (l.kind != LineKind::Earning) continue;
    const PayLine* prev = nullptr;
    for (const auto& b : before.lines)
      if (b.code == l.code) prev = &b;
    for (const auto& s : l.sources) {
      // Grid parameters only: a measure's rule is shown by the line it starts ("Début : …").
      auto param = g.params.find(s.param);
      if (param == g.params.end() || !(after < s.from) || !seen.insert(s.param).second) continue;
      std::string label(s.label);
      if (const Version* v = g.find_at(s.param, s.from); v && param->second.kind == ParamKind::Scalar) {
        const std::string& unit = param->second.unit;
        label += " : " + (unit == "EUR" ? fr_number(v->number, 2) + " €" : fr_number(v->number));
      } else if (param->second.kind == ParamKind::Table && prev && prev->base == l.base) {
        continue;  // a new version of the table that leaves this cell as it was
      } else if (l.base && l.base_unit != "EUR") {
        label += fmt::format(" ({} {})", fr_number(*l.base), unit_fr(l.base_unit));
      }
      out.push_back({label, s.provenance->source, s.from});
    }
  }
}

// Lines that start or stop, rates and non-euro bases that change (a seniority step), a new position.
void line_events(const Payslip& before, const Payslip& now, Date on, std::vector<PayEvent>& out) {
  // A line whose base or rate changes because a value of the law changed is already told by that value's event.
  auto explained = [&](const PayLine& l) {
    for (const auto& s : l.sources)
      if (before.date < s.from) return true;
    return false;
  };
  if (before.position != now.position)
    out.push_back({fmt::format("Position : {} → {}", before.position_label, now.position_label), now.position_note, on});
  auto find = [](const Payslip& s, std::string_view code) -> const PayLine* {
    for (const auto& l : s.lines)
      if (l.code == code) return &l;
    return nullptr;
  };
  for (const auto& l : now.lines) {
    if (l.kind != LineKind::Earning) continue;
    const PayLine* b = find(before, l.code);
    if (!b) {
      out.push_back({"Début : " + l.label, l.sources.empty() ? "" : l.sources.front().provenance->source, on});
    } else if (explained(l)) {
      continue;
    } else if (b->rate && l.rate && *b->rate != *l.rate && l.rate_unit == "%") {
      out.push_back({fmt::format("{} : {} % → {} %", l.code == "ecr_seniority" ? "Échelon d'ancienneté" : l.label,
                                 fr_number(*b->rate), fr_number(*l.rate)),
                     "", on});
    } else if (b->base && l.base && *b->base != *l.base && l.base_unit != "EUR" && b->base_unit == l.base_unit) {
      out.push_back({fmt::format("{} : {} → {} {}", l.label, fr_number(*b->base), fr_number(*l.base), unit_fr(l.base_unit)),
                     "", on});
    }
  }
  for (const auto& l : before.lines)
    if (l.kind == LineKind::Earning && !find(now, l.code)) out.push_back({"Fin : " + l.label, "", on});
}

}  // namespace

Result<std::vector<MonthPay>> monthly_pay(const GridSet& grids, const Profile& p, Date first, Date last) {
  std::vector<MonthPay> out;
  const Profile aged = ageing_profile(p, first);
  for (Date m = first; m <= last; m = month_end(m).add_days(1)) {
    auto month = month_payslip(grids, years_at_month(aged, first, m), m);
    if (!month) {
      Error e = month.error();
      e.message = fmt::format("{} : {}", month_key(m), e.message);
      return e;
    }
    MonthPay mp{m, std::move(month->slip), {}, month->share.prorated ? month->share.note : std::string()};
    if (!out.empty()) {
      const Payslip& before = out.back().slip;
      value_events(grids, before, mp.slip, mp.events);
      line_events(before, mp.slip, m, mp.events);
    }
    for (auto& e : mp.events) e.share = mp.share;
    out.push_back(std::move(mp));
  }
  return out;
}

}  // namespace revalo
