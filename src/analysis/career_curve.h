// Pay over a career (`revalo career`): the monthly pay of a position for each year of seniority, under two dates or
// across a measure, and the difference per year and over the whole career. Pure functions, no I/O.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "grid_model.h"
#include "pay.h"
#include "profile.h"

namespace revalo {

struct CareerYear {
  int years = 0;  // completed years of seniority
  std::optional<Decimal> gross_before, gross_after;
  std::optional<Decimal> net_before, net_after;  // net payé
  std::optional<Decimal> difference() const {
    if (!gross_before || !gross_after) return std::nullopt;
    return *gross_after - *gross_before;
  }
};

struct Career {
  Date before, after;
  std::vector<CareerYear> years;
  // Σ over the years of (monthly difference × 12): the career's gross difference, one year at each seniority; none when
  // a year lacks a side.
  std::optional<Decimal> total_gross_difference;
  std::vector<std::string> warnings;  // French: why a side could not be computed (first message of each side)
};

// Each year from `from_years` to `to_years` (--seniority = that many completed years); a side that cannot be computed
// at some year has no value there (the curve breaks), and the reason is a warning. An error only when no year has any
// side.
Result<Career> compute_career(const GridSet& grids, const Profile& p, Date before, Date after,
                              const PositionOverride& before_position, const PositionOverride& after_position,
                              int from_years, int to_years);

}  // namespace revalo
