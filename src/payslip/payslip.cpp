// The helpers every calculator uses to add a line to a payslip (payslip.h).
#include "payslip.h"

#include <fmt/format.h>

#include "format_number.h"

namespace revalo {

void append_line(std::vector<PayLine>& lines, PayLine line) {
  for (const auto& s : line.sources) {
    line.inferred = line.inferred || s.provenance->inferred;
    line.uncertain = line.uncertain || s.provenance->uncertain();
    line.scenario = line.scenario || s.provenance->scenario;
  }
  line.amount = line.amount.round_cents();
  lines.push_back(std::move(line));
}

SourceRef grid_source(const GridSet& g, std::string_view id, const Version& v, const Provenance* cell) {
  const Parameter& param = g.params.find(id)->second;
  return SourceRef{param.id, param.label, v.from, cell ? cell : &v.provenance};
}

std::string prorata_fr(const WorkingTime& wt) {
  if (wt.full_time()) return "temps plein";
  return fmt::format("{} / {}", fr_number(wt.num), fr_number(wt.den));
}

Result<WorkingTime> working_time(const GridSet& g, const Profile& p, Date d, std::string_view full_time_param) {
  WorkingTime wt;
  if ((p.hours || p.hours_per_week) && p.fte) return make_error(ErrorKind::Usage, "donnez --hours ou --fte, pas les deux");
  if (p.hours && p.hours_per_week)
    return make_error(ErrorKind::Usage, "donnez --hours (par mois) ou --hours-per-week (par semaine), pas les deux");
  if (p.hours || p.hours_per_week) {
    auto full = g.number_at(full_time_param, d);
    if (!full) return full.error();
    wt.num = p.hours.value_or(Decimal());
    wt.den = *full;
    std::string too_many = p.hours ? fmt::format("--hours {} dépasse le temps plein de {} heures par mois",
                                                 p.hours->str(), full->str())
                                   : std::string();
    if (p.hours_per_week) {
      // Weekly hours count in the ratio of the legal durations (35 h a week for 151,67 h a month): the ratio is
      // (weekly hours × legal monthly hours) / (legal weekly hours × full-time monthly hours), kept exact.
      auto monthly = g.number_at("net.legal_monthly_hours", d);
      if (!monthly) return monthly.error();
      auto weekly = g.number_at("net.legal_weekly_hours", d);
      if (!weekly) return weekly.error();
      wt.num = *p.hours_per_week;
      wt.den = *weekly;
      if (*monthly != *full) {
        wt.num = *p.hours_per_week * *monthly;
        wt.den = *weekly * *full;
      }
      too_many = fmt::format("--hours-per-week {} dépasse le temps plein de {} heures par semaine",
                             p.hours_per_week->str(), fr_number(weekly->mul_div(*full, *monthly).round_to(2)));
    }
    if (wt.num > wt.den) return make_error(ErrorKind::Input, too_many);
  } else if (p.fte) {
    wt.num = *p.fte;
  }
  return wt;
}

const Provenance& input_provenance() {
  static const Provenance kInput{"montant saisi par l'utilisateur", "", "", "", Confidence::High, false, "", 0};
  return kInput;
}

Result<WorkingTime> legal_working_time(const GridSet& g, const Profile& p, Date d) {
  return working_time(g, p, d, "net.legal_monthly_hours");
}

}  // namespace revalo
