// Career curves (career_curve.h).
#include "career_curve.h"

#include <fmt/format.h>

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
    Profile at = p;
    at.hired.reset();
    at.seniority = Decimal::from_int(y);
    CareerYear cy;
    cy.years = y;
    auto b = compute_pay(grids, at, before, before_position, lean);
    if (b) {
      cy.gross_before = b->gross;
      if (b->net) cy.net_before = b->net->net_paid.amount;
    } else if (!before_error) {
      before_error = b.error().message;
    }
    auto a = compute_pay(grids, at, after, after_position, lean);
    if (a) {
      cy.gross_after = a->gross;
      if (a->net) cy.net_after = a->net->net_paid.amount;
    } else if (!after_error) {
      after_error = a.error().message;
    }
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
