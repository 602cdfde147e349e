// `scenario show` and `scenario breakeven` as French text and JSON (keys in docs/output.md).
#pragma once
#include <string>
#include <vector>

#include "breakeven.h"
#include "format.h"
#include "scenario.h"

namespace revalo {

std::string scenario_show_text(const ScenarioInfo& info, const std::vector<ScenarioChange>& changes,
                               const std::vector<const Measure*>& measures);
std::string scenario_show_json(const ScenarioInfo& info, const std::vector<ScenarioChange>& changes,
                               const std::vector<const Measure*>& measures);

std::string breakeven_text(const Breakeven& b, const Profile& p, Date d);
std::string breakeven_json(const Breakeven& b, const Profile& p, Date d);

}  // namespace revalo
