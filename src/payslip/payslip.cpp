// The helpers every calculator uses to add a line to a payslip (payslip.h).
#include "payslip.h"

#include <set>

#include <fmt/format.h>

#include "format_number.h"

namespace revalo {

void PayLine::cite(const SourceRef& s) {
  inferred = inferred || s.provenance->inferred;
  uncertain = uncertain || s.provenance->uncertain();
  scenario = scenario || s.provenance->scenario;
  if (explained) sources.push_back(s);
}

std::string_view line_code(std::string_view code) {
  static std::set<std::string, std::less<>> codes;  // node-based: the text of each code stays in place
  auto it = codes.find(code);
  if (it == codes.end()) it = codes.emplace(code).first;
  return *it;
}

void append_line(std::vector<PayLine>& lines, PayLine line) {
  for (const auto& s : line.sources) {
    line.inferred = line.inferred || s.provenance->inferred;
    line.uncertain = line.uncertain || s.provenance->uncertain();
    line.scenario = line.scenario || s.provenance->scenario;
  }
  line.amount = line.amount.round_cents();
  lines.push_back(std::move(line));
}

std::string prorata_fr(const WorkingTime& wt) {
  if (wt.full_time()) return "temps plein";
  return fmt::format("{} / {}", fr_number(wt.num), fr_number(wt.den));
}

Result<WorkingTime> working_time(const RateSheet& rs, const Profile& p, const ParamKey& full_time_param) {
  WorkingTime wt;
  if (p.hours && p.fte) return make_error(ErrorKind::Usage, "donnez --hours ou --fte, pas les deux");
  if (p.hours) {
    auto full = rs.number(full_time_param);
    if (!full) return full.error();
    if (*p.hours > *full)
      return make_error(ErrorKind::Input, fmt::format("--hours {} dépasse le temps plein de {} heures par mois",
                                                      p.hours->str(), full->str()));
    wt.num = *p.hours;
    wt.den = *full;
  } else if (p.fte) {
    wt.num = *p.fte;
  }
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
