// The primes of the public grids computed from the grade (grids/fph/primes.toml): prime spéciale de sujétion (10 % of
// the traitement, subject to the CNRACL), prime forfaitaire, prime « Grand âge » (by structure in the FPH, by the
// employer's délibération in the FPT). Each prorated like the traitement. Pure function, no I/O.
#pragma once
#include <string>
#include <vector>

#include "grid_model.h"
#include "profile.h"
#include "public_pay.h"

namespace revalo::fph {

// The primes of `grade` at d on the month's traitement; `warnings` receives what could not be decided.
Result<std::vector<GridPrime>> grade_primes(const GridSet& g, const Profile& p, const std::string& grade, Date d,
                                            const Traitement& t, const CalcOptions& opt,
                                            std::vector<std::string>& warnings);

}  // namespace revalo::fph
