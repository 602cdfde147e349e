// `revalo grids check`: checks of the loaded grids beyond the schema — gaps in a parameter's validity,
// references from jobs to unknown positions, values that look mistyped (a coefficient that goes down with
// seniority or échelon, a point value off by ×10), and the list of uncertain (U) values and measure rules.
#pragma once
#include <functional>
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

// An agreement's own check of a job of its grids (conventions/<id>/, Convention::check_job).
using JobCheck = std::function<void(const Job&, std::vector<Finding>&)>;
std::vector<Finding> check_grids(const GridSet& grids, const JobCheck& check_job = {});
// Adds a finding located at a grid value's file and line.
void add_finding(std::vector<Finding>& out, Severity s, const Provenance& where, std::string message);
// French report, one finding a line, errors first, then a count.
std::string check_report_text(const std::vector<Finding>& findings);
bool has_errors(const std::vector<Finding>& findings);

}  // namespace revalo
