// A dated parameter as a payslip line uses it: its value at the date (a number, or the text of a rule) with its
// source. One lookup shared by the calculators (gross → net, employer cost): by rate sheet, or by grid set and date
// where the date is not the payslip's (an apprentice's contract date, the SMIC of a reference date).
#pragma once
#include <string_view>

#include "date.h"
#include "decimal.h"
#include "grid_model.h"
#include "rate_sheet.h"
#include "result.h"

namespace revalo {

// ParamValue: rate_sheet.h.
// The version in force, or the MissingData error naming the parameter and the date.
Result<ParamValue> param_at(const RateSheet& rs, const ParamKey& k);
Result<ParamValue> param_at(const GridSet& g, std::string_view id, Date d);

}  // namespace revalo
