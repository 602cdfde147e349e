// Job names → jobs of the grids (exact, accent- and case-insensitive), with "did you mean" suggestions.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "grid_model.h"
#include "result.h"

namespace revalo {

// Lowercase ASCII with accents removed, and ' ', '_', '\'' and '-' all read as '-'.
std::string normalize_name(std::string_view name);
// The n known names nearest to `name` (edit distance on normalized names).
std::vector<std::string> nearest_names(std::string_view name, const std::vector<std::string>& known, std::size_t n = 3);

// The job of `convention` called `name` (by id, label or alias). Unknown → Input error with three suggestions.
Result<const Job*> find_job(const GridSet& grids, const std::string& convention, std::string_view name);

}  // namespace revalo
