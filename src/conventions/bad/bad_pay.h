// Gross pay of the home-care branch (BAD, IDCC 2941): old grid A–I until avenant 43, then the avenant 43 grid,
// ECR (art. III.19) and the SMIC floor. Pure function of the rate sheet (grids at a date) and the profile.
#pragma once
#include <string_view>

#include "bad_position.h"
#include "payslip.h"
#include "profile.h"
#include "rate_sheet.h"

namespace revalo {

// `position`: the position wanted on one side of a comparison (empty: the profile's).
Result<Payslip> compute_bad_pay(const RateSheet& rates, const Profile& profile, std::string_view position,
                                const CalcOptions& options = {});
Result<Payslip> compute_bad_pay(const GridSet& grids, const Profile& profile, Date date, std::string_view position,
                                const CalcOptions& options = {});

}  // namespace revalo
