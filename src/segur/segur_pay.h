// The Ségur allowance on a payslip (grids/segur, eligibility.h): the CTI in points of indice majoré for public agents
// (it follows the point d'indice), a fixed gross amount in euros in the private sector (it does not); both prorated
// like the base. And the private payslip built from a declared base (--base). Pure functions, no I/O.
#pragma once
#include <optional>

#include "grid_model.h"
#include "status.h"
#include "payslip.h"
#include "profile.h"

namespace revalo {

// Whether the profile says anything about the employer (an employer type, a structure or a convention), so that a
// Ségur measure is looked for. The BAD's exclusion (avenant 43 instead, §5) is a rule of grids/segur.
bool has_segur_context(const Profile& p);

// The line of the allowance paid at d, or none when no measure applies. Errors: an undecidable case that decides
// what is paid (Input: settle it with --segur or the missing field), an amount no text gives (MissingData).
Result<std::optional<PayLine>> segur_line(const GridSet& g, const Profile& p, Date d, Status status,
                                          const WorkingTime& wt, const CalcOptions& options = {});

// A private employee's gross pay from the base of their own grid (--base, full time), prorated to the working time,
// plus the Ségur allowance that applies.
Result<Payslip> compute_base_pay(const GridSet& g, const Profile& p, Date d, Status status,
                                 const CalcOptions& options = {});

}  // namespace revalo
