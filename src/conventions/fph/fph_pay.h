// Gross pay on the public grids (FPH, and FPT where the grids have them): grade and échelon at the date
// (fph_career.h) → indice majoré of the échelon (fph_grade.h) → the public payslip of public_pay.h (traitement on at
// least the minimum IM, NBI, CTI, indemnité de résidence, SFT, the grade's primes and declared primes with the PPCR
// abattement of its catégorie, indemnité différentielle). Pure function of the grids, the profile and the date.
#pragma once
#include <string>

#include "grid_model.h"
#include "payslip.h"
#include "profile.h"

namespace revalo {

// `position` ("as-cs.3") replaces the profile's grade and échelon (compare --position-before / --position-after).
Result<Payslip> compute_fph_pay(const GridSet& grids, const Profile& profile, Date date, const std::string& position,
                                const CalcOptions& options = {});

}  // namespace revalo
