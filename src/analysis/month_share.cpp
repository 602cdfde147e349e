// A month shared between the values before and after a change inside it (month_share.h). The rule of each sector is
// data (month_rule.public, month_rule.prive); this file cuts the month into parts at the days a value of an earning
// line took effect, weighs each part, and sums each earning line over the parts, rounded once to the cent.
#include "month_share.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "format_number.h"
#include "names.h"

namespace revalo {
namespace {

// The days after the 1st on which a value of the law used by an earning line took effect (inputs are not dated).
std::vector<Date> change_days(const Payslip& slip, Date first, Date last) {
  std::set<Date> days;
  for (const auto& l : slip.lines) {
    if (l.kind != LineKind::Earning) continue;
    for (const auto& s : l.sources)
      if (s.param != "input" && first < s.from && s.from <= last) days.insert(s.from);
  }
  return {days.begin(), days.end()};
}

long calendar_days(const MonthPart& p) { return p.last.days() - p.first.days() + 1; }

}  // namespace

Result<MonthShare> share_month(const GridSet& g, bool public_agent, Date first, Date last,
                               const std::vector<Date>& changes, SourceRef* rule_source) {
  MonthShare sh;
  std::vector<Date> starts{first};
  starts.insert(starts.end(), changes.begin(), changes.end());
  for (std::size_t i = 0; i < starts.size(); ++i)
    sh.parts.push_back({starts[i], i + 1 < starts.size() ? starts[i + 1].add_days(-1) : last, 0});
  const char* id = public_agent ? "month_rule.public" : "month_rule.prive";
  auto v = g.at(id, last);
  if (!v) return v.error();
  if (rule_source) *rule_source = grid_source(g, id, **v);
  sh.rule = (*v)->text;
  std::string how;
  if (sh.rule == "trentiemes") {
    // Décret 62-765 art. 1: the month counts thirty days; the days from each change are counted on the calendar
    // (CE 26 févr. 1996: 24–31 August = 8/30), the first part takes the rest of the thirty.
    sh.total = 30;
    long later = 0;
    for (std::size_t i = 1; i < sh.parts.size(); ++i) {
      sh.parts[i].share = std::min(calendar_days(sh.parts[i]), sh.total - later);
      later += sh.parts[i].share;
    }
    sh.parts.front().share = sh.total - later;
    how = "des trentièmes";
  } else if (sh.rule == "heures_planifiees") {
    // Hours scheduled in each part over the month's: an even schedule from Monday to Friday (month_rule.prive).
    sh.total = weekdays(first, last);
    for (auto& part : sh.parts) part.share = weekdays(part.first, part.last);
    how = "des heures planifiées (jours du lundi au vendredi)";
  } else {
    return make_error(ErrorKind::Grid, fmt::format("{} : règle inconnue « {} » pour {}", g.params.at(id).file, sh.rule, id));
  }
  sh.prorated = true;
  std::vector<std::string> parts;
  for (const auto& part : sh.parts)
    parts.push_back(fmt::format("{}/{} du {} au {}", part.share, sh.total, part.first.iso(), part.last.iso()));
  sh.note = fmt::format("au prorata {} : {}", how, fmt::join(parts, ", "));
  return sh;
}

namespace {

const PayLine* find_line(const Payslip& s, std::string_view code) {
  for (const auto& l : s.lines)
    if (l.code == code) return &l;
  return nullptr;
}

// The month's earning lines: a line equal in every part is kept; another is Σ amount × share / total, rounded once.
// `changed`: some line differs between the parts (otherwise nothing was shared: the values were equal).
Payslip combine(const std::vector<Payslip>& slips, const MonthShare& sh, const SourceRef& rule_source,
                const CalcOptions& opt, bool& changed) {
  changed = false;
  Payslip out = slips.back();
  std::vector<std::string_view> codes;
  for (const auto& s : slips)
    for (const auto& l : s.lines)
      if (l.kind == LineKind::Earning && std::find(codes.begin(), codes.end(), l.code) == codes.end())
        codes.emplace_back(l.code);
  // Lines of the last part first, in its order; a line that stopped inside the month after them.
  std::stable_partition(codes.begin(), codes.end(), [&](std::string_view c) { return find_line(out, c) != nullptr; });
  std::vector<PayLine> lines;
  Decimal gross;
  for (const auto& code : codes) {
    std::vector<const PayLine*> in;
    for (const auto& s : slips) in.push_back(find_line(s, code));
    const bool same = std::all_of(in.begin(), in.end(), [&](const PayLine* l) { return l && l->amount == in.front()->amount; });
    const PayLine* model = nullptr;
    for (const PayLine* l : in)
      if (l) model = l;
    PayLine l = *model;
    if (!same) {
      changed = true;
      Decimal sum;
      std::vector<std::string> terms;
      for (std::size_t i = 0; i < in.size(); ++i) {
        const Decimal amount = in[i] ? in[i]->amount : Decimal();
        sum += amount.mul_div(Decimal::from_int(sh.parts[i].share), Decimal::from_int(sh.total));
        if (opt.explain) terms.push_back(fmt::format("{} × {}/{}", fr_euros(amount), sh.parts[i].share, sh.total));
        if (in[i] && in[i] != model)
          for (const auto& src : in[i]->sources)
            if (std::none_of(l.sources.begin(), l.sources.end(), [&](const SourceRef& r) {
                  return r.param == src.param && r.from == src.from && r.provenance == src.provenance;
                }))
              l.sources.push_back(src);
      }
      l.sources.push_back(rule_source);
      l.amount = sum;
      l.label += " (au prorata)";
      for (const PayLine* other : in)
        if (!other || other->rate != model->rate) l.rate.reset();
      for (const PayLine* other : in)
        if (!other || other->base != model->base) l.base.reset();
      if (opt.explain)
        l.formula = fmt::format("{} : {} = {}", sh.note, fmt::join(terms, " + "), fr_euros(sum.round_cents()));
      l.inferred = l.uncertain = l.scenario = false;
      std::vector<PayLine> one;
      append_line(one, std::move(l));  // rounds the amount once and flags it from all its sources
      l = std::move(one.front());
    }
    gross += l.amount;
    lines.push_back(std::move(l));
  }
  // The last part's non-earning lines (none before the net) stay after the earnings.
  for (auto& l : out.lines)
    if (l.kind != LineKind::Earning) lines.push_back(std::move(l));
  out.lines = std::move(lines);
  out.gross = gross;
  for (std::size_t i = 0; i + 1 < slips.size(); ++i)
    for (const auto& w : slips[i].warnings)
      if (std::find(out.warnings.begin(), out.warnings.end(), w) == out.warnings.end()) out.warnings.push_back(w);
  return out;
}

}  // namespace

std::vector<std::string> month_rule_keys() { return {"prorata", "whole"}; }

long weekdays(Date first, Date last) {
  long n = 0;
  for (long d = first.days(); d <= last.days(); ++d)
    if (((d % 7) + 7 + 3) % 7 < 5) ++n;  // 1970-01-01 was a Thursday: (days + 3) mod 7 = 0 on Mondays
  return n;
}

Result<MonthPayslip> month_payslip(const GridSet& g, const Profile& p, Date month, const CalcOptions& opt) {
  const Date first = month_start(month), last = month_end(month);
  if (!p.month_rule.empty() && p.month_rule != "prorata" && p.month_rule != "whole")
    return make_error(ErrorKind::Usage, fmt::format("--month-rule : « {} » inconnu ; valeurs : {}", p.month_rule,
                                                    fmt::join(nearest_names(p.month_rule, month_rule_keys()), ", ")));
  if (p.month_rule == "whole") {
    auto slip = compute_pay(g, p, last, {}, opt);
    if (!slip) return slip.error();
    return MonthPayslip{std::move(*slip), {}};
  }
  auto end = compute_gross_pay(g, p, last, {}, opt);
  if (!end) return end.error();
  MonthPayslip out{std::move(*end), {}};
  const auto changes = change_days(out.slip, first, last);
  if (!changes.empty()) {
    SourceRef rule_source;
    auto share = share_month(g, out.slip.status.starts_with("public"), first, last, changes, &rule_source);
    if (!share) return share.error();
    std::vector<Payslip> slips;
    for (std::size_t i = 0; i + 1 < share->parts.size(); ++i) {
      auto part = compute_gross_pay(g, p, share->parts[i].last, {}, opt);
      if (!part) {
        out.slip.warnings.push_back(fmt::format("au {} le calcul échoue ({}) : le mois {} est compté entier au {}",
                                                share->parts[i].last.iso(), part.error().message, month_key(month),
                                                last.iso()));
        break;
      }
      slips.push_back(std::move(*part));
    }
    if (slips.size() + 1 == share->parts.size()) {
      slips.push_back(std::move(out.slip));
      bool changed = false;
      out.slip = combine(slips, *share, rule_source, opt, changed);
      if (changed) out.share = std::move(*share);
    }
  }
  if (auto e = add_net_pay(g, p, out.slip, last, opt)) return *e;
  return out;
}

}  // namespace revalo
