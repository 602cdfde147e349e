// Calculator entry points: one profile at one date, and comparisons between two dates or across a measure.
#include "pay.h"

#include <algorithm>

#include <fmt/format.h>

#include "bad_pay.h"
#include "jobs.h"

namespace revalo {

const Provenance& input_provenance() {
  static const Provenance kInput{"montant saisi par l'utilisateur", "", "", "", Confidence::High, false, "", 0};
  return kInput;
}

Result<Payslip> compute_pay(const GridSet& grids, const Profile& profile, Date date, const PositionOverride& o) {
  if (profile.convention.empty())
    return make_error(ErrorKind::Input, "no convention: give --convention bad (or a profile with convention = \"bad\")");
  if (profile.convention == "bad" || profile.convention == "2941") return compute_bad_pay(grids, profile, date, o.position);
  auto near = nearest_names(profile.convention, {"bad"});
  return make_error(ErrorKind::Input, fmt::format("unknown convention '{}'; known: {}", profile.convention,
                                                  fmt::join(near, ", ")));
}

Result<MeasureDates> measure_dates(const GridSet& grids, const std::string& measure) {
  // A measure starts with the first version of the parameter that carries it; its date is data.
  static const std::pair<const char*, const char*> kMeasures[] = {{"avenant43", "bad.a43.coefficient"}};
  std::vector<std::string> known;
  for (const auto& [id, param] : kMeasures) {
    known.emplace_back(id);
    if (measure == id) {
      auto p = grids.param(param);
      if (!p) return p.error();
      Date start = (*p)->versions.front().from;
      return MeasureDates{start.add_days(-1), start};
    }
  }
  return make_error(ErrorKind::Input, fmt::format("unknown measure '{}'; known measures: {}", measure,
                                                  fmt::join(nearest_names(measure, known), ", ")));
}

Result<Comparison> compute_compare(const GridSet& grids, const Profile& profile, Date before, Date after,
                                   const PositionOverride& before_position, const PositionOverride& after_position) {
  auto b = compute_pay(grids, profile, before, before_position);
  if (!b) return b.error();
  auto a = compute_pay(grids, profile, after, after_position);
  if (!a) return a.error();
  Comparison c{std::move(*b), std::move(*a), Decimal(), std::nullopt};
  c.delta_gross = c.after.gross - c.before.gross;
  if (!c.before.gross.is_zero())
    c.delta_gross_pct = c.delta_gross.mul_div(Decimal::from_int(100), c.before.gross).round_to(2);
  return c;
}

std::vector<LinePair> pair_lines(const Comparison& c) {
  std::vector<LinePair> out;
  for (const auto& l : c.before.lines) out.push_back({l.code, &l, nullptr});
  for (const auto& l : c.after.lines) {
    auto it = std::find_if(out.begin(), out.end(), [&](const LinePair& p) { return p.code == l.code; });
    if (it != out.end()) it->after = &l;
    else out.push_back({l.code, nullptr, &l});
  }
  return out;
}

}  // namespace revalo
