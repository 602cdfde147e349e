// Pay month by month (`revalo history`, `revalo rappel`): each month's payslip and the events that changed it — a new
// value of the law (point, SMIC, measure amount…), a line that starts or stops, a seniority step or a new position —
// each with its legal source. Pure functions of (grids, profile, months), no I/O.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "grid_model.h"
#include "pay.h"
#include "profile.h"
#include "result.h"

namespace revalo {

// Something that changed the pay in a month, with its source.
struct PayEvent {
  std::string label;   // French, short ("Valeur du point : 5,51 €", "Début : Complément de traitement indiciaire")
  std::string source;  // legal text (empty for a seniority step, whose rule is the grid's)
  Date on;             // the day it took effect (inside the month)
  std::string share = {};  // French, when the month was shared between the values before and after (month_share.h)
};

struct MonthPay {
  Date month;  // first day of the month
  Payslip slip;
  std::vector<PayEvent> events;  // empty for the first month of a series
  std::string share;             // French: how the month was shared (au prorata …); empty when counted whole
};

// A profile given with --seniority N (completed years) keeps its seniority at the first month and ages with the
// months: it is turned into a hire date N years and one day before the first month (past its N-th anniversary, as
// for `pay`, README "Seniority"). A profile with --hired keeps it. Without --at, the profile's date (the date an
// indice majoré or an échelon is given for) is the first month.
Profile ageing_profile(const Profile& p, Date first_month);

// The profile of month `m` of a series that starts at `first_month`: every field that counts years at the pay date
// (ProfileField::counts_years: the years in the job…) grows by the whole months since the first month (12 months =
// one year), so that the steps it selects move up as they do with the seniority.
Profile years_at_month(const Profile& p, Date first_month, Date m);

// The profile of a career year: the seniority and every field that counts years at the pay date set to `years`.
Profile profile_at_years(const Profile& p, int years);

// Every month from `first` to `last` (first days of months, first ≤ last). The first error stops the series.
Result<std::vector<MonthPay>> monthly_pay(const GridSet& grids, const Profile& p, Date first, Date last);

}  // namespace revalo
