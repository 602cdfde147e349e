// Seniority at a date, from completed years or a hire date, with the "day after the anniversary" rule.
#pragma once
#include "date.h"
#include "decimal.h"
#include "profile.h"
#include "result.h"

namespace revalo {

// Completed years at `d` (from `hired`, or `seniority` as given). InputError when neither is known.
Result<Decimal> completed_years(const Profile& p, Date d);

// Years to compare with a step that "opens the day after the anniversary" (ECR ancienneté, art. III.19.1).
// With a hire date, on the N-th anniversary itself the result is just under N. With completed years given
// as a number N, the person is taken to be past the N-th anniversary: N itself.
Result<Decimal> years_for_day_after_steps(const Profile& p, Date d);

}  // namespace revalo
