// The computed cells of one batch row (see batch_rows.h), in the column order of docs/output.md.
#include "batch_rows.h"

#include <algorithm>

#include <fmt/format.h>

#include "pay.h"
#include "registry.h"
#include "scenario.h"

namespace revalo::batch_detail {
namespace {

// Batch output has no labels, formulas or sources: lean payslips, the same computation.
const CalcOptions kLean{false};

// The flags of a row: inferred, uncertain, scenario, when any line of either payslip (law and proposal, before and
// after) carries it.
std::string_view flags_of(const Payslip& s, const Payslip* other = nullptr) {
  SourceFlags f;
  for (const Payslip* slip : {&s, other}) {
    if (!slip) continue;
    f.inferred = f.inferred || slip->position_inferred;
    for (const auto& l : slip->lines) f.add(l.flags());
    if (slip->net) f.add(slip->net->lean_flags);  // the net layer's, whose lines a lean payslip does not have
  }
  const bool inferred = f.inferred, uncertain = f.uncertain, scenario = f.scenario;
  static constexpr std::string_view kFlags[] = {"",
                                                "inferred",
                                                "uncertain",
                                                "inferred|uncertain",
                                                "scenario",
                                                "inferred|scenario",
                                                "uncertain|scenario",
                                                "inferred|uncertain|scenario"};
  return kFlags[(inferred ? 1 : 0) | (uncertain ? 2 : 0) | (scenario ? 4 : 0)];
}

// Whether the payslip tops the base up to the SMIC (an indemnité différentielle SMIC line).
bool at_smic_floor(const Payslip& s) {
  return std::any_of(s.lines.begin(), s.lines.end(), [](const PayLine& l) { return l.code == "smic_differential"; });
}

// The five net figures of a payslip, empty where not computed (net_social before 2023-07-01).
void net_cells(RowWriter& w, const Payslip& s) {
  if (!s.net) {
    for (std::size_t i = 0; i < std::size(kNetFigureCodes); ++i) w.money(std::nullopt);
    return;
  }
  for (const NetFigure* f : s.net->all()) w.money(f->amount);
}

std::optional<Decimal> employer_figure(const Payslip& s, Decimal EmployerFigures::*field) {
  return s.employer ? std::optional<Decimal>(s.employer.value().*field) : std::nullopt;
}
Decimal employer_cost(const Payslip& s) { return s.employer ? s.employer->cost : Decimal(); }
Decimal net_paid(const Payslip& s) { return s.net ? s.net->net_paid.amount.value_or(Decimal()) : Decimal(); }

}  // namespace

void add_to(BatchSummary& s, const RowTotals& t) {
  s.total_gross += t.gross;
  s.total_net_paid += t.net_paid;
  s.total_employer_cost += t.employer_cost;
  if (s.compare) {
    s.total_gross_before += t.gross_before;
    s.total_net_paid_before += t.net_paid_before;
    s.total_delta += t.delta_gross;
    s.total_employer_cost_before += t.employer_cost_before;
    s.total_delta_employer_cost += t.delta_employer_cost;
  }
  if (s.scenario) {
    s.scenario_gross += t.scenario_gross;
    s.scenario_net_paid += t.scenario_net_paid;
    s.gross_deltas.push_back(t.delta_gross);
    s.total_delta += t.delta_gross;
    s.total_delta_net_paid += t.delta_net_paid;
    if (!t.delta_gross.is_zero() || !t.delta_net_paid.is_zero()) ++s.affected;
    s.smic_floor_law += t.smic_floor_law;
    s.smic_floor_scenario += t.smic_floor_scenario;
    s.scenario_employer_cost += t.scenario_employer_cost;
    s.total_delta_employer_cost += t.delta_employer_cost;
  }
}

std::optional<std::string> RowComputer::row(const Profile& p, RowWriter& w, RowTotals& t) {
  const RowWriter::Mark start = w.mark();
  auto error = (o_.before && o_.after) || !o_.measure.empty() ? compare(p, w, t) : pay(p, w, t);
  if (error) w.rewind(start);
  return error;
}

std::string_view RowComputer::iso(Date d) {
  auto it = dates_.find(d);
  if (it == dates_.end()) it = dates_.emplace(d, d.iso()).first;
  return it->second;
}

Result<const GridSet*> RowComputer::proposal(const Profile& p) {
  if (o_.scenario) return o_.scenario;
  if (p.convention.empty())
    return make_error(ErrorKind::Input, "--point : la ligne n'a pas de convention (colonne « convention » ou --convention)");
  auto it = point_scenarios_.find(p.convention);
  if (it == point_scenarios_.end())
    it = point_scenarios_
             .emplace(p.convention, point_scenario(grids_, p.convention, point_param_of(p.convention), *o_.point_from,
                                                   *o_.point))
             .first;
  if (!it->second) return it->second.error();
  return &*it->second;
}

std::optional<std::string> RowComputer::pay(const Profile& p, RowWriter& w, RowTotals& t) {
  if (!p.at) return "pas de date : donnez --at ou une colonne « at »";
  auto s = compute_pay(sheets_.at(grids_, *p.at), p, {}, kLean);
  if (!s) return s.error().message;
  w.text(iso(s->date));
  w.text(s->convention);
  w.text(s->position);
  w.text(s->status);
  w.money(s->gross);
  net_cells(w, *s);
  if (employer_)
    for (auto field : {&EmployerFigures::contributions, &EmployerFigures::reduction, &EmployerFigures::taxe_salaires,
                       &EmployerFigures::cost})
      w.money(employer_figure(*s, field));
  t.gross = s->gross;
  t.net_paid = net_paid(*s);
  t.employer_cost = employer_cost(*s);
  if (!o_.scenario && !o_.point) {
    w.text(flags_of(*s));
    return std::nullopt;
  }
  auto g = proposal(p);
  if (!g) return "scénario : " + g.error().message;
  auto proposed = compute_pay(sheets_.at(**g, *p.at), p, {}, kLean);
  if (!proposed) return "scénario : " + proposed.error().message;
  const Payslip& law = *s;
  const Payslip& after = *proposed;
  const PayDeltas d = pay_deltas(law, after);
  w.money(after.gross);
  net_cells(w, after);
  w.money(d.gross);
  for (const auto& delta : d.net) w.money(delta);
  t.smic_floor_law = at_smic_floor(law);
  t.smic_floor_scenario = at_smic_floor(after);
  w.boolean(t.smic_floor_law);
  w.boolean(t.smic_floor_scenario);
  if (employer_) {
    w.money(employer_figure(after, &EmployerFigures::cost));
    w.money(d.employer_cost);
  }
  w.text(flags_of(law, &after));
  t.scenario_gross = after.gross;
  t.scenario_net_paid = net_paid(after);
  t.delta_gross = d.gross;
  t.delta_net_paid = t.scenario_net_paid - t.net_paid;
  t.scenario_employer_cost = employer_cost(after);
  t.delta_employer_cost = d.employer_cost.value_or(Decimal());
  return std::nullopt;
}

std::optional<std::string> RowComputer::compare(const Profile& p, RowWriter& w, RowTotals& t) {
  Date before, after;
  if (o_.measure.empty()) {
    before = *o_.before;
    after = *o_.after;
  } else {
    // An agreement's measure starts on one date for every row, found once; a Ségur measure starts when it applies
    // to the person (measure_dates without a profile says so).
    if (!same_dates_) same_dates_ = measure_dates(grids_, o_.measure, nullptr);
    auto m = *same_dates_ ? **same_dates_ : measure_dates(grids_, o_.measure, &p);
    if (!m) return m.error().message;
    before = m->before;
    after = m->after;
  }
  // The two payslips of compute_compare, written without building a Comparison (pay_deltas).
  auto b = compute_pay(sheets_.at(grids_, before), p, {}, kLean);
  if (!b) return b.error().message;
  auto a = compute_pay(sheets_.at(grids_, after), p, {}, kLean);
  if (!a) return a.error().message;
  const PayDeltas d = pay_deltas(*b, *a);
  w.text(iso(b->date));
  w.text(iso(a->date));
  w.text(b->position);
  w.text(a->position);
  w.money(b->gross);
  w.money(a->gross);
  w.money(d.gross);
  w.money(d.gross_pct);
  for (const Payslip* side : {&*b, &*a}) net_cells(w, *side);
  for (const auto& delta : d.net) w.money(delta);
  if (employer_) {
    w.money(employer_figure(*b, &EmployerFigures::cost));
    w.money(employer_figure(*a, &EmployerFigures::cost));
    w.money(d.employer_cost);
  }
  w.text(flags_of(*b, &*a));
  t.gross_before = b->gross;
  t.gross = a->gross;
  t.delta_gross = d.gross;
  t.net_paid_before = net_paid(*b);
  t.net_paid = net_paid(*a);
  t.employer_cost_before = employer_cost(*b);
  t.employer_cost = employer_cost(*a);
  t.delta_employer_cost = d.employer_cost.value_or(Decimal());
  return std::nullopt;
}

}  // namespace revalo::batch_detail
