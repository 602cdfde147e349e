// The helpers every calculator uses to add a line to a payslip (payslip.h).
#include "payslip.h"

#include <mutex>
#include <set>

#include <fmt/format.h>

#include "format_number.h"

namespace revalo {

std::string_view line_code(std::string_view code) {
  static std::mutex guard;  // batch lanes ask side by side
  static std::set<std::string, std::less<>> codes;  // node-based: the text of each code stays in place
  std::lock_guard lock(guard);
  auto it = codes.find(code);
  if (it == codes.end()) it = codes.emplace(code).first;
  return *it;
}

void finish_line(PayLine& line) {
  for (const auto& s : line.sources) {
    line.inferred = line.inferred || s.provenance->inferred;
    line.uncertain = line.uncertain || s.provenance->uncertain();
    line.scenario = line.scenario || s.provenance->scenario;
  }
  line.amount = line.amount.round_cents();
}

void append_line(std::vector<PayLine>& lines, PayLine&& line) {
  finish_line(line);
  lines.push_back(std::move(line));
}

std::string prorata_fr(const WorkingTime& wt) {
  if (wt.full_time()) return "temps plein";
  return fmt::format("{} / {}", fr_number(wt.num), fr_number(wt.den));
}

Result<WorkingTime> working_time(const RateSheet& rs, const Profile& p, const ParamKey& full_time_param) {
  WorkingTime wt;
  if ((p.hours || p.hours_per_week) && p.fte) return make_error(ErrorKind::Usage, "donnez --hours ou --fte, pas les deux");
  if (p.hours && p.hours_per_week)
    return make_error(ErrorKind::Usage, "donnez --hours (par mois) ou --hours-per-week (par semaine), pas les deux");
  if (p.fte) {
    wt.num = *p.fte;
    return wt;
  }
  if (!p.hours && !p.hours_per_week) return wt;
  auto full = rs.number(full_time_param);
  if (!full) return full.error();
  if (p.hours) {
    wt.num = *p.hours;
    wt.den = *full;
    if (wt.num > wt.den)
      return make_error(ErrorKind::Input, fmt::format("--hours {} dépasse le temps plein de {} heures par mois",
                                                      p.hours->str(), full->str()));
    return wt;
  }
  // Weekly hours count in the ratio of the legal durations (35 h a week for 151,67 h a month): the ratio is
  // (weekly hours × legal monthly hours) / (legal weekly hours × full-time monthly hours), kept exact.
  static const ParamKey kMonthly{"net.legal_monthly_hours"}, kWeekly{"net.legal_weekly_hours"};
  auto monthly = rs.number(kMonthly);
  if (!monthly) return monthly.error();
  auto weekly = rs.number(kWeekly);
  if (!weekly) return weekly.error();
  wt.num = *p.hours_per_week;
  wt.den = *weekly;
  if (*monthly != *full) {
    wt.num = *p.hours_per_week * *monthly;
    wt.den = *weekly * *full;
  }
  if (wt.num > wt.den)
    return make_error(ErrorKind::Input,
                      fmt::format("--hours-per-week {} dépasse le temps plein de {} heures par semaine",
                                  p.hours_per_week->str(), fr_number(weekly->mul_div(*full, *monthly).round_to(2))));
  return wt;
}

Result<WorkingTime> working_time(const GridSet& g, const Profile& p, Date d, std::string_view full_time_param) {
  return working_time(RateSheet(g, d), p, ParamKey::of(full_time_param));
}

const Provenance& input_provenance() {
  static const Provenance kInput{"montant saisi par l'utilisateur", "", "", "", Confidence::High, false, "", 0};
  return kInput;
}

Result<WorkingTime> legal_working_time(const RateSheet& rs, const Profile& p) {
  static const ParamKey kLegalHours{"net.legal_monthly_hours"};
  return working_time(rs, p, kLegalHours);
}

Result<WorkingTime> legal_working_time(const GridSet& g, const Profile& p, Date d) {
  return legal_working_time(RateSheet(g, d), p);
}

}  // namespace revalo
