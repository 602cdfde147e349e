// The comparison of a printed payslip with the texts (payslip_check.h): lines matched by code in payslip order
// (pair_lines), one cent of tolerance, base and rate compared at the precision they are printed with.
#include "payslip_check.h"

#include <algorithm>

#include <fmt/format.h>

#include "format_number.h"
#include "month_share.h"

namespace revalo {
namespace {

bool within_tolerance(Decimal expected, Decimal found) {
  Decimal d = found - expected;
  return (d < Decimal() ? -d : d) <= kCheckTolerance;
}

// A printed base or rate matches when it is the expected value rounded to the decimals it is printed with (two at
// least): "5.51" for 5.51, "1959.07" for 1 959.0657, "6.9" for 6.90 %, "344" for a coefficient of 344.
bool printed_matches(Decimal expected, Decimal found, int decimals) {
  return expected.round_to(std::max(2, decimals)) == found;
}

const PrintedLine* printed(const PayslipFile& f, std::string_view code) {
  for (const auto& l : f.lines)
    if (l.code == code) return &l;
  return nullptr;
}

// The printed lines as a payslip, so that pair_lines orders them with the expected ones.
Payslip printed_payslip(const PayslipFile& f) {
  Payslip s;
  s.date = f.date;
  for (const auto& l : f.lines) {
    PayLine p;
    p.code = l.code;
    p.label = l.label;
    p.kind = l.kind;
    p.amount = l.amount;
    s.lines.push_back(std::move(p));
  }
  return s;
}

CheckRow line_row(const PayLine* expected, const PayLine* found, const PrintedLine* printed) {
  CheckRow r;
  const PayLine* shown = expected ? expected : found;
  r.code = shown->code;
  r.kind = shown->kind;
  r.label = found && !found->label.empty() ? found->label : !shown->label.empty() ? shown->label : shown->code;
  if (expected) {
    r.expected = expected->amount;
    r.expected_base = expected->base;
    r.expected_rate = expected->rate;
    r.base_unit = expected->base_unit;
    r.rate_unit = expected->rate_unit;
    r.formula = expected->formula;
    r.sources = expected->sources;
    r.inferred = expected->inferred;
    r.uncertain = expected->uncertain;
  }
  if (found) {
    r.found = found->amount;
    r.found_base = printed->base;
    r.found_rate = printed->rate;
  }
  if (!expected) r.status = CheckStatus::Unexpected;
  else if (!found) r.status = CheckStatus::Missing;
  else {
    r.base_differs = r.expected_base && r.found_base &&
                     !printed_matches(*r.expected_base, *r.found_base, printed->base_decimals);
    r.rate_differs = r.expected_rate && r.found_rate &&
                     !printed_matches(*r.expected_rate, *r.found_rate, printed->rate_decimals);
    r.status = within_tolerance(*r.expected, *r.found) && !r.base_differs && !r.rate_differs ? CheckStatus::Ok
                                                                                              : CheckStatus::Differs;
  }
  return r;
}

// The expected figure of a [totals] key: the gross, or a net figure (none when the texts give none at that date).
CheckRow total_row(const Payslip& expected, const PrintedTotal& t) {
  CheckRow r;
  r.code = t.code;
  r.total = true;
  r.found = t.amount;
  if (t.code == "gross") {
    r.label = "Salaire brut";
    r.expected = expected.gross;
    std::vector<std::string> terms;
    for (const auto& l : expected.lines)
      if (l.kind == LineKind::Earning) terms.push_back(fr_fixed(l.amount, 2));
    r.formula = fmt::format("somme des gains attendus : {} = {}", fmt::join(terms, " + "), fr_euros(expected.gross));
  } else if (expected.net) {
    for (const NetFigure* f : expected.net->all()) {
      if (f->code != t.code) continue;
      r.label = f->label;
      r.expected = f->amount;
      r.formula = f->formula;
      r.sources = f->sources;
    }
  }
  if (r.label.empty()) r.label = t.code;
  r.status = !r.expected                               ? CheckStatus::Unexpected
             : within_tolerance(*r.expected, t.amount) ? CheckStatus::Ok
                                                       : CheckStatus::Differs;
  return r;
}

// What a payslip has at a date, for the within-month warning: its lines and totals by code; `gross_part` marks the
// earnings and the gross, which the deductions and nets follow.
struct Figure {
  std::string_view code;
  std::optional<Decimal> amount;
  bool gross_part = false;
};
std::vector<Figure> figures(const Payslip& s) {
  std::vector<Figure> out;
  for (const auto& l : s.lines) out.push_back({l.code, l.amount, l.kind == LineKind::Earning});
  out.push_back({"gross", s.gross, true});
  if (s.net)
    for (const NetFigure* f : s.net->all())
      if (f != &s.net->income_tax) out.push_back({f->code, f->amount, false});  // income_tax: already a line
  return out;
}

std::string figure_text(const std::optional<Decimal>& d) { return d ? fr_euros(*d) : "absent"; }

// "cti 237,65 € → 241,22 €" for each line or total that differs between two payslips of the month; only the
// earnings and the gross when they change (the deductions and nets follow them).
std::vector<std::string> changes(const Payslip& first, const Payslip& last) {
  auto a = figures(first), b = figures(last);
  auto find = [](const std::vector<Figure>& v, std::string_view code) -> const Figure* {
    for (const auto& f : v)
      if (f.code == code) return &f;
    return nullptr;
  };
  struct Change {
    std::string text;
    bool gross_part;
  };
  std::vector<Change> changed;
  for (const auto& f : a)
    if (const Figure* g = find(b, f.code); !g || g->amount != f.amount)
      changed.push_back({fmt::format("{} {} → {}", f.code, figure_text(f.amount), figure_text(g ? g->amount : std::nullopt)),
                         f.gross_part || (g && g->gross_part)});
  for (const auto& g : b)
    if (!find(a, g.code)) changed.push_back({fmt::format("{} absent → {}", g.code, figure_text(g.amount)), g.gross_part});
  const bool gross_changed = std::any_of(changed.begin(), changed.end(), [](const Change& c) { return c.gross_part; });
  std::vector<std::string> out;
  for (const auto& c : changed)
    if (c.gross_part || !gross_changed) out.push_back(c.text);
  if (gross_changed && out.size() < changed.size()) out.push_back("et les retenues et nets qui en découlent");
  return out;
}

// Where a row stands, as on a payslip (and in `pay`): earnings, gross, deductions, net before tax, income tax, net
// paid, net taxable, net social, information lines.
int section(const CheckRow& r) {
  if (r.code == kNetFigureCodes[3]) return 4;  // the income tax, line or total
  if (r.total) {
    static const char* const kOrder[] = {"gross", "", "net_before_tax", "", "net_paid", "net_taxable", "net_social"};
    for (int i = 0; i < 7; ++i)
      if (r.code == kOrder[i]) return i + 1;
  }
  return r.kind == LineKind::Earning ? 0 : r.kind == LineKind::Deduction ? 2 : 8;
}

}  // namespace

std::string check_status_key(CheckStatus s) {
  switch (s) {
    case CheckStatus::Ok: return "ok";
    case CheckStatus::Differs: return "differs";
    case CheckStatus::Missing: return "missing";
    case CheckStatus::Unexpected: return "unexpected";
  }
  return "ok";
}

std::size_t CheckReport::count(CheckStatus s) const {
  return static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [&](const CheckRow& r) { return r.status == s; }));
}

CheckReport compare_payslip(const PayslipFile& file, Payslip expected) {
  CheckReport report;
  report.deductions_checked =
      std::any_of(file.lines.begin(), file.lines.end(), [](const PrintedLine& l) { return l.kind == LineKind::Deduction; });
  Comparison c = compare_payslips(std::move(expected), printed_payslip(file));
  for (const auto& [code, exp, found] : pair_lines(c)) {
    // Unchecked: deductions of a payslip that gives none, and information lines it does not print.
    if (!found && (exp->kind == LineKind::Info || (exp->kind == LineKind::Deduction && !report.deductions_checked)))
      continue;
    report.rows.push_back(line_row(exp, found, found ? printed(file, code) : nullptr));
  }
  for (const auto& t : file.totals) report.rows.push_back(total_row(c.before, t));
  std::stable_sort(report.rows.begin(), report.rows.end(),
                   [](const CheckRow& a, const CheckRow& b) { return section(a) < section(b); });
  report.expected = std::move(c.before);
  return report;
}

Result<CheckReport> check_payslip(const GridSet& grids, const PayslipFile& file) {
  // A payslip of a month: a value that changes inside it shares the month (month_share.h); a date: that day's values.
  auto expected = file.whole_month ? month_payslip(grids, file.profile, file.date)
                                   : [&]() -> Result<MonthPayslip> {
                                       auto s = compute_pay(grids, file.profile, file.date);
                                       if (!s) return s.error();
                                       return MonthPayslip{std::move(*s), {}};
                                     }();
  if (!expected) return expected.error();
  const MonthShare share = expected->share;
  CheckReport report = compare_payslip(file, std::move(expected->slip));
  report.warnings = report.expected.warnings;
  // The month's first and last days: a value that changes within the month makes the check depend on the day.
  const Date first = month_start(file.date), last = month_end(file.date);
  CalcOptions quick{false};
  auto at_first = compute_pay(grids, file.profile, first, {}, quick);
  auto at_last = compute_pay(grids, file.profile, last, {}, quick);
  if (!at_first || !at_last) {
    const auto& [day, e] = !at_first ? std::pair{first, at_first.error()} : std::pair{last, at_last.error()};
    report.warnings.push_back(fmt::format("au {} le calcul échoue ({}) : la fiche est vérifiée au {}", day.iso(),
                                          e.message, file.date.iso()));
  } else if (auto diff = changes(*at_first, *at_last); !diff.empty() && share.prorated) {
    report.warnings.push_back(fmt::format("des valeurs changent au cours du mois ({} → {}) : {} ; la fiche est "
                                          "vérifiée {}",
                                          first.iso(), last.iso(), fmt::join(diff, ", "), share.note));
  } else if (!diff.empty()) {
    report.warnings.push_back(fmt::format("des valeurs changent au cours du mois ({} → {}) : {} ; la fiche est "
                                          "vérifiée au {}{}",
                                          first.iso(), last.iso(), fmt::join(diff, ", "), file.date.iso(),
                                          file.whole_month ? " (dernier jour du mois)" : ""));
  }
  return report;
}

}  // namespace revalo
