// Prescription of back pay (`revalo rappel`): for one month of pay, whether a claim made on a date is out of time,
// the last day it could be made, and the rule that says so with its legal text. Private employees: Code du travail
// L3245-1 (each month from its pay date, the years before the end of the contract, the 2013 transitional rule);
// public agents: loi 68-1250 (four years from 1 January after the year of service, restarted by an interruption).
// Every duration and date is a parameter of grids/common/prescription.toml. Pure functions, no I/O.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "grid_model.h"
#include "pay.h"
#include "result.h"

namespace revalo {

struct PrescriptionInputs {
  Date claim;                        // the day the claim is made (--claim-date)
  bool public_agent = false;         // titulaire or contractuel de droit public: loi 68-1250
  int pay_day = 0;                   // private: the usual pay day of the month (0: its last day)
  std::optional<Date> contract_end;  // private: the end of the contract (--contract-end)
  std::optional<Date> interrupted;   // public: a written claim, a payment… (--interrupted)
};

struct MonthPrescription {
  bool prescribed = false;
  Date last_claim_day;             // the last day a claim for this month is in time
  std::string rule;                // French: the rule applied and its dates
  std::string article;             // short legal reference ("Code du travail, art. L3245-1")
  std::vector<SourceRef> sources;  // the grid values used
  bool uncertain = false;          // one of them is marked U
  std::string partial;             // French, when only part of the month can be claimed (after a contract end)
  // The date that splits months under this same rule: pay dates (private) or months (public, after a contract end)
  // before it are prescribed. None when the rule is the month's own (the 2013 transition, an interruption).
  std::optional<Date> prescribed_before;
};

// The prescription of the pay of `month` (its first day) for a claim made on in.claim.
Result<MonthPrescription> month_prescription(const GridSet& g, Date month, const PrescriptionInputs& in);

// "Code du travail, art. L3245-1 (LEGIARTI…), modifié par …" → "Code du travail, art. L3245-1".
std::string short_reference(std::string_view source);

}  // namespace revalo
