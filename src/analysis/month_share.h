// A value of the law that changes inside a month (a point value from the 8th, a measure that starts mid-month): the
// month's pay shared between the values before and after the change — by thirtieths for public agents (décret
// 62-765), by the month's scheduled hours for private employees (grids/common/month-rule.toml). `--month-rule whole`
// keeps the month whole at its last day's values. Used by history, rappel and check. Pure functions, no I/O.
#pragma once
#include <string>
#include <vector>

#include "date.h"
#include "grid_model.h"
#include "pay.h"
#include "profile.h"
#include "result.h"

namespace revalo {

// One part of a month between two changes, with its share of the month.
struct MonthPart {
  Date first, last;
  long share = 0;  // thirtieths, or scheduled days, out of `MonthShare::total`
};

struct MonthShare {
  bool prorated = false;        // a value changed inside the month and the month was shared
  std::string rule;             // "trentiemes", "heures_planifiees"; empty when whole
  long total = 0;               // 30, or the month's scheduled days
  std::vector<MonthPart> parts; // in date order
  std::string note;             // French: "au prorata des trentièmes : 7/30 avant le 2022-07-08, 23/30 à partir"
};

struct MonthPayslip {
  Payslip slip;
  MonthShare share;
};

// "prorata" (default, also empty) or "whole": the values of `--month-rule`.
std::vector<std::string> month_rule_keys();

// The pay of the month that contains `month`, computed at its last day; when a value of an earning line took effect
// after the 1st, each earning line is the sum of its amount under each value × that part's share of the month,
// rounded once, and the net is computed on the shared gross.
Result<MonthPayslip> month_payslip(const GridSet& g, const Profile& p, Date month, const CalcOptions& opt = {});

// The parts of the month [first, last] cut at `changes` (days after the 1st, increasing) and their shares, by the rule
// of the agent's sector at `last` (month_rule.public or month_rule.prive); `rule_source` receives that rule's source.
Result<MonthShare> share_month(const GridSet& g, bool public_agent, Date first, Date last,
                               const std::vector<Date>& changes, SourceRef* rule_source = nullptr);

// Monday to Friday in [first, last]: the scheduled days when no individual schedule is known.
long weekdays(Date first, Date last);

}  // namespace revalo
