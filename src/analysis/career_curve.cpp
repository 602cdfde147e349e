// Career curves (career_curve.h).
#include "career_curve.h"

#include <fmt/format.h>

#include "monthly_pay.h"

namespace revalo {

Result<Career> compute_career(const GridSet& grids, const Profile& p, Date before, Date after,
                              const PositionOverride& before_position, const PositionOverride& after_position,
                              int from_years, int to_years) {
  Career c;
  c.before = before;
  c.after = after;
  const CalcOptions lean{false};
  std::optional<std::string> before_error, after_error;
  bool any = false, complete = true;
  Decimal total;
  for (int y = from_years; y <= to_years; ++y) {
    const Profile at = profile_at_years(p, y);
    CareerYear cy;
    cy.years = y;
    // One side of the year: its gross and net, or the first error of that curve.
    auto side = [&](Date d, const PositionOverride& pos, std::optional<Decimal>& gross, std::optional<Decimal>& net,
                    std::optional<std::string>& error) {
      auto s = compute_pay(grids, at, d, pos, lean);
      if (s) {
        gross = s->gross;
        if (s->net) net = s->net->net_paid.amount;
      } else if (!error) {
        error = s.error().message;
      }
      return static_cast<bool>(s);
    };
    const bool b = side(before, before_position, cy.gross_before, cy.net_before, before_error);
    const bool a = side(after, after_position, cy.gross_after, cy.net_after, after_error);
    any = any || b || a;
    if (auto d = cy.difference()) total += *d * Decimal::from_int(12);
    else complete = false;
    c.years.push_back(cy);
  }
  if (!any) return make_error(ErrorKind::Input, fmt::format("aucune année calculée : {}", *after_error));
  if (complete) c.total_gross_difference = total;
  if (before_error) c.warnings.push_back(fmt::format("courbe du {} non calculée : {}", before.iso(), *before_error));
  if (after_error) c.warnings.push_back(fmt::format("courbe du {} non calculée : {}", after.iso(), *after_error));
  return c;
}

}  // namespace revalo
