// Job names → jobs of the grids (exact, accent- and case-insensitive), with "did you mean" suggestions.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "grid_model.h"
#include "names.h"
#include "result.h"

namespace revalo {

// The job of `convention` called `name` (by id, label or alias). Unknown → Input error with three suggestions.
Result<const Job*> find_job(const GridSet& grids, const std::string& convention, std::string_view name);

}  // namespace revalo
