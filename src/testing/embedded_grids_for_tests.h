// For unit tests: the embedded grids, loaded once per test binary.
#pragma once
#include "grid_loader.h"

namespace revalo {

inline const GridSet& embedded_grids_for_tests() {
  static const GridSet g = *load_grids(*collect_grid_sources(""));
  return g;
}

}  // namespace revalo
