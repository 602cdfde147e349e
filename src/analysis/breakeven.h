// `scenario breakeven`: the smallest point value for which a profile's net pay reaches a target — what a
// negotiator asks before proposing a point value. A search over the one-line --point scenario (scenario.h).
#pragma once
#include <optional>

#include "date.h"
#include "decimal.h"
#include "grid_model.h"
#include "profile.h"
#include "result.h"

namespace revalo {

struct Breakeven {
  Decimal target;                   // net à payer avant impôt wanted
  std::optional<Decimal> law_point;  // the law's point value at the date
  Decimal law_net;                   // the profile's net at that value
  // The smallest point value, to the thousandth of a euro, that gives at least `target`; none when even a point of
  // 0,001 € does (the SMIC floor alone gives it).
  std::optional<Decimal> point;
  Decimal gross, net;  // at `point`
  Decimal net_below;   // at `point` − 0,001 €: below target, which shows that `point` is the smallest
};

// The net compared is the net à payer avant impôt: it grows with the gross, while the net payé can dip where the
// taux neutre steps up. Input error when no point value up to 1 000 € reaches the target.
Result<Breakeven> point_breakeven(const GridSet& law, const Profile& p, Date d, Decimal target);

}  // namespace revalo
