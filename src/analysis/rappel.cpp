// Back pay (rappel.h).
#include "rappel.h"

#include <fmt/format.h>

#include "format_number.h"

namespace revalo {

Result<Rappel> compute_rappel(const GridSet& grids, const Profile& p, Date first, Date last,
                              const std::map<Date, PaidMonth>& paid, Date claim_date) {
  auto months = monthly_pay(grids, p, first, last);
  if (!months) return months.error();
  Rappel r;
  r.claim_date = claim_date;
  const bool public_agent = !months->empty() && months->front().slip.status.starts_with("public");
  if (public_agent) {
    r.warnings.push_back("prescription non vérifiée : la prescription des créances des agents publics (loi 68-1250, "
                         "quadriennale) ne figure pas dans les fiches de référence");
  } else if (const Version* v = grids.find_at("prescription.salary_years", claim_date)) {
    // The pay of a month falls due at its end: a month is prescribed when its end is before claim date − N years.
    r.prescribed_before = claim_date.add_years(-static_cast<int>(v->number.integer_part()));
    if (v->provenance.uncertain())
      r.warnings.push_back(fmt::format("durée de prescription de {} ans [incertain] : {} ({})",
                                       v->number.integer_part(), v->provenance.source, v->provenance.note));
  } else {
    r.warnings.push_back("prescription non vérifiée : pas de durée de prescription dans les grilles à la date de la "
                         "demande");
  }
  bool all_net = true;
  for (auto& m : *months) {
    auto it = paid.find(m.month);
    if (it == paid.end())
      return make_error(ErrorKind::Input, fmt::format("pas de montant payé pour le mois {}", month_key(m.month)));
    RappelMonth rm{std::move(m), it->second, Decimal(), std::nullopt, false};
    rm.gross_difference = rm.pay.slip.gross - rm.paid.gross;
    if (rm.paid.net && rm.pay.slip.net && rm.pay.slip.net->net_paid.amount)
      rm.net_difference = *rm.pay.slip.net->net_paid.amount - *rm.paid.net;
    else
      all_net = false;
    rm.prescribed = r.prescribed_before && month_end(rm.pay.month) < *r.prescribed_before;
    r.total_gross += rm.gross_difference;
    if (!rm.prescribed) r.total_gross_not_prescribed += rm.gross_difference;
    if (rm.net_difference) r.total_net = r.total_net.value_or(Decimal()) + *rm.net_difference;
    r.months.push_back(std::move(rm));
  }
  if (!all_net) r.total_net.reset();
  return r;
}

}  // namespace revalo
