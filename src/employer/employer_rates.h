// The employer side of a payslip (coût employeur): the employer contributions of private employers (associations,
// commercial clinics) and public employers (fonctionnaires CNRACL, contractuels IRCANTEC), the réduction générale /
// RGDU (reduction.h), the taxe sur les salaires (taxe_salaires.h), and the employer cost
// = gross + employer contributions − réduction + taxe sur les salaires. Rates: grids/employer (docs/employer.md).
// Pure function of the grids, the payslip with its net lines, the date and the employer inputs; no I/O.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "grid_model.h"
#include "net_pay.h"
#include "payslip.h"
#include "profile.h"

namespace revalo {

struct EmployerInputs {
  Status status = Status::Prive;
  std::string employer;                      // vocabulary "employer": non-lucratif, commercial, bad, fph, fpt, fpe; "" unknown
  int headcount = 0;                         // effectif (CSS L130-1)
  std::optional<Decimal> taux_at;            // AT/MP rate notified by the CARSAT, %; none: the line is missing
  std::optional<Decimal> versement_mobilite; // rate of the mobility authority, %; none: not counted
  std::optional<bool> taxe_salaires;         // liable to the taxe sur les salaires; none: from the employer type
  std::optional<bool> taxe_apprentissage;    // liable to the taxe d'apprentissage; none: from the employer type
  bool alsace_moselle = false;
  WorkingTime working_time;
};

// The employer inputs of a profile; the employer type its agreement implies is set by the caller (pay.h).
EmployerInputs employer_inputs(const Profile& p, Status status, const WorkingTime& wt);

// Whether a profile asks for the employer side: the effectif is needed by the FNAL, the formation rate and the
// réduction, so without it no employer cost is computed (and the other employer inputs are reported unused).
bool wants_employer_cost(const Profile& p);

struct EmployerLayer {
  std::vector<PayLine> lines;  // kind Employer, in payslip order; the réduction is negative
  EmployerFigures figures;
  std::vector<std::string> warnings;
};

// `slip` is the payslip with its gross and net lines (the employer health / prévoyance shares are read from them).
Result<EmployerLayer> compute_employer(const RateSheet& rates, const Payslip& slip, const EmployerInputs& in,
                                       const CalcOptions& options = {});
Result<EmployerLayer> compute_employer(const GridSet& g, const Payslip& slip, Date d, const EmployerInputs& in,
                                       const CalcOptions& options = {});

}  // namespace revalo
