// Parses and validates grid files (TOML, schema in docs/grid-schema.md) into the GridSet model.
#pragma once
#include <vector>

#include "grid_model.h"
#include "grid_sources.h"
#include "result.h"

namespace revalo {

// Parses every source and merges them. The first problem found is returned as a Grid error
// "file:line:column: message"; no partial GridSet is ever returned.
Result<GridSet> load_grids(const std::vector<GridSource>& sources);

}  // namespace revalo
