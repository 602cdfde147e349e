// The convention interface: what revalo needs to know of a collective agreement (or a public grid) to compute a
// payslip from it. Each agreement is one folder conventions/<id>/ with its grids/<id>/ data, and one entry in the
// registry (registry.cpp), the way a tool table lists tools: nothing outside its folder names an agreement.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"
#include "grid_check.h"
#include "grid_model.h"
#include "payslip.h"
#include "profile.h"
#include "rate_sheet.h"
#include "result.h"
#include "status.h"

namespace revalo {

// A measure of an agreement that compare --measure knows by name: it starts with the first version of `param`
// (avenant 43 of the BAD starts with its grid), so its date is data.
struct GridMeasure {
  std::string_view id;     // "avenant43"
  std::string_view param;  // "bad.a43.coefficient"
};

struct Convention {
  std::string_view id = {};  // "bad": the grid name (grids/<id>/) and the prefix of its parameters
  std::string_view idcc = {};  // "2941" (empty for a public grid)
  std::vector<std::string_view> aliases = {};  // other names users type ("2941", "idcc2941"…)
  std::string_view name = {};  // "BAD (IDCC 2941)", printed in headers
  bool public_sector = false;                 // its agents are public-titulaire / public-contractuel, not prive
  // The gross payslip from the grids at the rate sheet's date: earning lines, gross, position, working time (no net,
  // no Ségur on top). A lean payslip when the options say so (CalcOptions::explain): the same computation.
  Result<Payslip> (*gross_pay)(const RateSheet&, const Profile&, const PositionOverride&, const CalcOptions&) = nullptr;
  // Whether the payslip's position is a cadre's (status prive-cadre: APEC, AGIRC-ARRCO T2…). Null: never cadre.
  bool (*is_cadre)(const RateSheet&, const Payslip&) = nullptr;
  std::string_view point_param = {};  // the point value a --point scenario replaces ("bad.point"); empty: none
  std::string_view prevoyance_param = {};  // prefix of the compulsory prévoyance rates ("bad.prevoyance"); empty: none
  // The employer type (vocabulary "employer") an agreement implies for measure eligibility ("bad"); empty: the
  // profile's --employer.
  std::string_view employer_type = {};
  // Whether the measure allowances of grids/segur (Ségur, Laforcade, Conférence des métiers…) are added on top of
  // the grid pay, each with its eligibility. The BAD's are only a scenario's (the law's measures exclude it).
  bool measures_on_top = true;
  std::vector<GridMeasure> measures = {};  // named measures of compare --measure
  std::vector<std::string_view> line_codes = {};  // the earning line codes it can produce (check --codes, docs)
  std::vector<ProfileField> fields = {};  // the profile fields only this agreement reads (stored in Profile::extra)
  // When a comparison's gross falls: the line of an allowance that may make up for it and, when the payslip after
  // has no such line, what to tell the user (French, the input to give). Empty: nothing to add.
  std::string_view fall_allowance_code = {};
  std::string_view fall_allowance_hint = {};
  // Checks of its own grid data beyond the schema (revalo grids check): job → position references…
  void (*check_job)(const GridSet&, const Job&, std::vector<Finding>&) = nullptr;
};

}  // namespace revalo
