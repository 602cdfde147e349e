// Gross → net: the employee's deductions (cotisations salariales, CSG/CRDS, mutuelle), the net figures and the
// prélèvement à la source, for private employees, fonctionnaires (CNRACL) and public contract staff (IRCANTEC).
// Pure function of the grids (grids/net, docs/net-params.md), a gross payslip, the date and the net inputs; no I/O.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grid_model.h"
#include "payslip.h"
#include "status.h"
#include "profile.h"

namespace revalo {

struct NetInputs {
  Status status = Status::Prive;
  bool alsace_moselle = false;         // régime local d'assurance maladie
  Decimal health_employee;             // complémentaire santé (mutuelle), part salariale, €/month
  Decimal health_employer;             // part employeur (enters the CSG base and the net imposable)
  Decimal prevoyance_employee;         // prévoyance, part salariale
  Decimal prevoyance_employer;         // part employeur (enters the CSG base)
  // Parameter prefix of a convention's compulsory prévoyance ("bad.prevoyance": .salarie and .employeur in % of the
  // gross up to .ceiling_pss × PSS), used when the user gives no prévoyance amounts. Empty: none.
  std::string conventional_prevoyance;
  // The user gave the employer's prévoyance (--prevoyance-employeur, even 0): the cadres' minimum
  // (net.prive.prevoyance_cadre_employeur, 1.50 % of T1 by default for prive-cadre) is replaced by it.
  bool prevoyance_employer_given = false;
  // An apprentice: the contributions of net.apprenti.cotisations_exonerees are due only on the pay above a share of
  // the SMIC, and the CSG/CRDS follow net.apprenti.csg, both read at the date the contract was signed (none: the pay
  // date, with a warning).
  bool apprentice = false;
  std::optional<Date> contract_start;
  std::optional<Decimal> tax_rate;     // taux personnalisé du PAS, %; none: taux neutre
  WorkingTime working_time;            // the PSS is prorated by it
};

// The net inputs of a profile for a status.
NetInputs net_inputs(const Profile& p, Status status, const WorkingTime& wt);

// What the net layer adds to a gross payslip.
struct NetLayer {
  // Deductions, employer shares (info), then the income tax, in payslip order; none when lean (CalcOptions::explain
  // off: their flags are in figures.lean_flags).
  std::vector<PayLine> lines;
  NetFigures figures;
  std::vector<std::string> warnings;
};

// `gross` holds the earning lines and the gross; for a fonctionnaire its lines must include the traitement
// indiciaire ("tib", public_pay.h).
Result<NetLayer> compute_net(const RateSheet& rates, const Payslip& gross, const NetInputs& in,
                             const CalcOptions& options = {});
Result<NetLayer> compute_net(const GridSet& g, const Payslip& gross, Date d, const NetInputs& in,
                             const CalcOptions& options = {});
// The same computation, its lines appended to `slip` after its earnings, its figures in slip.net and its warnings
// after the payslip's (a payslip as the calculator builds it; the payslip is incomplete when an error is returned).
std::optional<Error> add_net(const RateSheet& rates, Payslip& slip, const NetInputs& in, const CalcOptions& options);

// The taux neutre of the PAS for a monthly net imposable at d (net.pas.taux_neutre), with its version.
struct TaxRate {
  Decimal rate;  // %
  const Version* version = nullptr;
};
Result<TaxRate> taux_neutre(const RateSheet& rates, Decimal net_taxable);
Result<TaxRate> taux_neutre(const GridSet& g, Decimal net_taxable, Date d);


}  // namespace revalo
