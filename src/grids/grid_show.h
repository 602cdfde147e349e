// `revalo grids list` and `revalo grids show`: the loaded grids as French text.
#pragma once
#include <optional>
#include <string>

#include "grid_model.h"
#include "result.h"

namespace revalo {

std::string grids_list_text(const GridSet& grids);
// Every parameter of grid `name`: the version in force at `at`, or every version when `at` is empty.
Result<std::string> grid_show_text(const GridSet& grids, const std::string& name, std::optional<Date> at);

}  // namespace revalo
