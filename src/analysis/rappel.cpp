// Back pay (rappel.h).
#include "rappel.h"

#include <fmt/format.h>

#include "format_number.h"

namespace revalo {
namespace {

// The prescription inputs of a profile, with warnings for the ones its regime does not use.
Result<PrescriptionInputs> prescription_inputs(const Profile& p, bool public_agent, Date claim,
                                               std::vector<std::string>& warnings) {
  PrescriptionInputs in;
  in.claim = claim;
  in.public_agent = public_agent;
  if (p.pay_day && (*p.pay_day < 1 || *p.pay_day > 31))
    return make_error(ErrorKind::Usage, fmt::format("--pay-day {} : un jour du mois entre 1 et 31", *p.pay_day));
  if (p.interrupted && claim < *p.interrupted)
    return make_error(ErrorKind::Usage, fmt::format("--interrupted {} est après la date de la demande {}",
                                                    p.interrupted->iso(), claim.iso()));
  if (public_agent) {
    in.interrupted = p.interrupted;
    if (p.pay_day || p.contract_end)
      warnings.push_back("--pay-day et --contract-end ne servent qu'aux salariés de droit privé : la prescription "
                         "quadriennale d'un agent public court du 1er janvier qui suit l'année de service");
    if (p.contract == "apprenti" || p.contract == "contrat-aide")
      warnings.push_back("contrat de droit privé chez un employeur public : la prescription qui s'applique (Code du "
                         "travail ou loi 68-1250) n'est pas tranchée ; la prescription quadriennale est appliquée "
                         "[incertain]");
  } else {
    in.pay_day = p.pay_day.value_or(0);
    in.contract_end = p.contract_end;
    if (p.interrupted)
      warnings.push_back("--interrupted ne sert qu'aux agents publics (loi 68-1250) : ignoré pour un salarié de droit "
                         "privé");
  }
  return in;
}

}  // namespace

Result<Rappel> compute_rappel(const GridSet& grids, const Profile& p, Date first, Date last,
                              const std::map<Date, PaidMonth>& paid, Date claim_date) {
  auto months = monthly_pay(grids, p, first, last);
  if (!months) return months.error();
  Rappel r;
  r.claim_date = claim_date;
  const bool public_agent = !months->empty() && months->front().slip.status.starts_with("public");
  auto inputs = prescription_inputs(p, public_agent, claim_date, r.warnings);
  if (!inputs) return inputs.error();
  bool all_net = true, uniform = true;
  for (auto& m : *months) {
    auto it = paid.find(m.month);
    if (it == paid.end())
      return make_error(ErrorKind::Input, fmt::format("pas de montant payé pour le mois {}", month_key(m.month)));
    auto presc = month_prescription(grids, m.month, *inputs);
    if (!presc) return presc.error();
    RappelMonth rm{std::move(m), it->second, Decimal(), std::nullopt, presc->prescribed, std::move(*presc)};
    rm.gross_difference = rm.pay.slip.gross - rm.paid.gross;
    if (rm.paid.net && rm.pay.slip.net && rm.pay.slip.net->net_paid.amount)
      rm.net_difference = *rm.pay.slip.net->net_paid.amount - *rm.paid.net;
    else
      all_net = false;
    r.total_gross += rm.gross_difference;
    if (!rm.prescribed) r.total_gross_not_prescribed += rm.gross_difference;
    if (rm.net_difference) r.total_net = r.total_net.value_or(Decimal()) + *rm.net_difference;
    const auto& cut = rm.prescription.prescribed_before;
    if (!cut || (!r.months.empty() && r.months.front().prescription.prescribed_before != cut)) uniform = false;
    if (!rm.prescription.partial.empty())
      r.warnings.push_back(fmt::format("{} : {} ({})", month_key(rm.pay.month), rm.prescription.partial,
                                       rm.prescription.article));
    r.months.push_back(std::move(rm));
  }
  if (!all_net) r.total_net.reset();
  if (uniform && !r.months.empty()) r.prescribed_before = r.months.front().prescription.prescribed_before;
  return r;
}

}  // namespace revalo
