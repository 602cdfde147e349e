// `revalo grids check`: checks of the loaded grids beyond the schema — gaps in a parameter's validity,
// references from jobs to unknown positions, values that look mistyped (a coefficient that goes down with
// seniority or échelon, a point value off by ×10), and the list of uncertain (U) values and measure rules.
#pragma once
#include <string>
#include <vector>

#include "grid_model.h"

namespace revalo {

enum class Severity { Error, Warning, Info };

struct Finding {
  Severity severity;
  std::string file;
  int line = 0;
  std::string message;
};

std::vector<Finding> check_grids(const GridSet& grids);
// French report, one finding a line, errors first, then a count.
std::string check_report_text(const std::vector<Finding>& findings);
bool has_errors(const std::vector<Finding>& findings);

}  // namespace revalo
