// Point-value breakeven (breakeven.h): bisection over thousandths of a euro, each step a --point scenario.
#include "breakeven.h"

#include <fmt/format.h>

#include "format_number.h"
#include "pay.h"
#include "registry.h"
#include "scenario.h"

namespace revalo {
namespace {

const CalcOptions kLean{false};

struct Point {
  Decimal gross, net;
};

Result<Point> pay_at(const GridSet& law, const Profile& p, Date d, Decimal point) {
  auto g = point_scenario(law, p.convention, point_param_of(p.convention), d, point);
  if (!g) return g.error();
  auto s = compute_pay(*g, p, d, {}, kLean);
  if (!s) return s.error();
  if (!s->net || !s->net->net_before_tax.amount)
    return make_error(ErrorKind::MissingData, "pas de net calculé pour ce profil à cette date");
  return Point{s->gross, *s->net->net_before_tax.amount};
}

Decimal thousandths(std::int64_t n) { return Decimal::from_int(n).mul_div(Decimal::from_int(1), Decimal::from_int(1000)); }

}  // namespace

Result<Breakeven> point_breakeven(const GridSet& law, const Profile& p, Date d, Decimal target) {
  Breakeven b;
  b.target = target;
  if (const Version* v = law.find_at(point_param_of(p.convention), d)) b.law_point = v->number;
  auto law_pay = compute_pay(law, p, d, {}, kLean);
  if (!law_pay) return law_pay.error();
  if (law_pay->net && law_pay->net->net_before_tax.amount) b.law_net = *law_pay->net->net_before_tax.amount;
  // Net à payer avant impôt grows with the point value (flat while the SMIC floor tops the base up), so the smallest
  // value that reaches the target is found by bisection on whole thousandths: lo never reaches it, hi does.
  std::int64_t lo = 1, hi = 1000;
  auto first = pay_at(law, p, d, thousandths(lo));
  if (!first) return first.error();
  if (first->net >= target) {
    b.gross = first->gross;
    b.net = first->net;
    return b;
  }
  for (;;) {
    auto top = pay_at(law, p, d, thousandths(hi));
    if (!top) return top.error();
    if (top->net >= target) break;
    if (hi >= 1000000)
      return make_error(ErrorKind::Input, fmt::format("aucune valeur du point jusqu'à 1 000 € ne donne un net de {}",
                                                      fr_euros(target)));
    lo = hi;
    hi *= 2;
  }
  while (hi - lo > 1) {
    std::int64_t mid = lo + (hi - lo) / 2;
    auto m = pay_at(law, p, d, thousandths(mid));
    if (!m) return m.error();
    (m->net >= target ? hi : lo) = mid;
  }
  auto at = pay_at(law, p, d, thousandths(hi));
  if (!at) return at.error();
  auto below = pay_at(law, p, d, thousandths(lo));
  if (!below) return below.error();
  b.point = thousandths(hi);
  b.gross = at->gross;
  b.net = at->net;
  b.net_below = below->net;
  return b;
}

}  // namespace revalo
