// Batch driver (see batch.h): maps columns to profile fields once, then computes each record.
#include "batch.h"

#include <algorithm>

#include <fmt/format.h>

#include "format.h"
#include "format_number.h"
#include "names.h"
#include "pay.h"
#include "profile.h"
#include "registry.h"

namespace revalo {
namespace {

enum class ColumnRole { Field, Keep, Ignored };

// Batch output has no formulas: building them is most of the cost of a payslip.
const CalcOptions kNoFormulas{false};

struct Column {
  std::string name;
  ColumnRole role = ColumnRole::Ignored;
  bool kept = false;  // a profile field can also be kept
};

// Output row writer for CSV or JSON lines, into a string buffer flushed in large blocks.
class RowWriter {
 public:
  RowWriter(std::ostream& out, const BatchOptions& o) : out_(out), o_(o), sep_(o.csv_fr ? ';' : ',') {}
  ~RowWriter() { flush(); }
  void header(const std::vector<std::string>& names) {
    names_ = names;
    if (o_.jsonl) return;
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (i) buf_ += sep_;
      buf_ += csv_field(names[i], sep_);
    }
    buf_ += '\n';
  }
  // values[i] for names_[i]; numbers are marked so that JSON writes them unquoted.
  void row(const std::vector<std::pair<std::string, bool>>& values) {
    if (o_.jsonl) {
      buf_ += '{';
      for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) buf_ += ", ";
        buf_ += '"' + names_[i] + "\": ";
        const auto& [v, number] = values[i];
        if (number) buf_ += v.empty() ? "null" : v;
        else buf_ += '"' + json_escape(v) + '"';
      }
      buf_ += "}\n";
    } else {
      for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) buf_ += sep_;
        std::string v = values[i].first;
        if (o_.csv_fr && values[i].second) std::replace(v.begin(), v.end(), '.', ',');
        buf_ += csv_field(v, sep_);
      }
      buf_ += '\n';
    }
    if (buf_.size() > (1 << 16)) flush();
  }
  void flush() {
    out_ << buf_;
    buf_.clear();
  }

 private:
  std::ostream& out_;
  const BatchOptions& o_;
  char sep_;
  std::vector<std::string> names_;
  std::string buf_;
};

// The flags of a row: inferred, uncertain, scenario, when any line of either payslip (law and proposal, before and
// after) carries it.
std::string flags_of(const Payslip& s, const Payslip* other = nullptr) {
  bool inferred = false, uncertain = false, scenario = false;
  for (const Payslip* slip : {&s, other}) {
    if (!slip) continue;
    inferred = inferred || slip->position_inferred;
    for (const auto& l : slip->lines) {
      inferred = inferred || l.inferred;
      uncertain = uncertain || l.uncertain;
      scenario = scenario || l.scenario;
    }
  }
  std::string f = inferred ? "inferred" : "";
  if (uncertain) f += f.empty() ? "uncertain" : "|uncertain";
  if (scenario) f += f.empty() ? "scenario" : "|scenario";
  return f;
}

// Output columns written as JSON numbers (null when empty).
bool numeric(const std::string& name) {
  return name == "line" || name.starts_with("gross") || name.starts_with("delta") || name.starts_with("net") ||
         name.starts_with("employer") ||
         name.starts_with("income_tax") || name.starts_with("scenario_") || name.ends_with("smic_floor");
}

// Whether the payslip tops the base up to the SMIC (an indemnité différentielle SMIC line).
bool at_smic_floor(const Payslip& s) {
  return std::any_of(s.lines.begin(), s.lines.end(), [](const PayLine& l) { return l.code == "smic_differential"; });
}

// The five net figures of a payslip, empty where not computed (net_social before 2023-07-01).
void add_net(std::vector<std::pair<std::string, bool>>& row, const Payslip& s) {
  for (std::size_t i = 0; i < std::size(kNetFigureCodes); ++i) {
    const std::optional<Decimal>* amount = s.net ? &s.net->all()[i]->amount : nullptr;
    row.emplace_back(amount && *amount ? (*amount)->fixed(2) : "", true);
  }
}

// The employer cost of a payslip as a cell, empty without the employer side (no effectif on that row).
std::pair<std::string, bool> employer_cell(const Payslip& s, Decimal EmployerFigures::*field) {
  return {s.employer ? (s.employer.value().*field).fixed(2) : "", true};
}
Decimal employer_cost(const Payslip& s) { return s.employer ? s.employer->cost : Decimal(); }

Decimal net_paid(const Payslip& s) { return s.net ? s.net->net_paid.amount.value_or(Decimal()) : Decimal(); }

const ProfileField* field_named(const std::string& name) {
  for (const auto& f : profile_fields())
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace

Result<BatchSummary> run_batch(const GridSet& grids, BatchReader& reader, const BatchOptions& o, std::ostream& out) {
  const bool compare = (o.before && o.after) || !o.measure.empty();
  std::vector<std::string> field_names;
  for (const auto& f : profile_fields()) field_names.emplace_back(f.name);

  // Column roles, decided once for CSV (per key for JSON lines, see classify()).
  auto classify = [&](const std::string& name) -> Result<ColumnRole> {
    bool kept = std::find(o.keep.begin(), o.keep.end(), name) != o.keep.end();
    if (field_named(name)) return ColumnRole::Field;
    if (kept) return ColumnRole::Keep;
    if (o.ignore_unknown_columns) return ColumnRole::Ignored;
    return make_error(ErrorKind::Input,
                      fmt::format("colonne inconnue : « {} » (champs de profil les plus proches : {}) ; --keep {} la copie dans "
                                  "la sortie, --ignore-unknown-columns l'ignore",
                                  name, fmt::join(nearest_names(name, field_names), ", "), name));
  };
  std::vector<Column> columns;
  if (reader.is_csv()) {
    for (const auto& h : reader.header()) {
      auto role = classify(h);
      if (!role) return role.error();
      columns.push_back({h, *role, false});
    }
    for (const auto& k : o.keep)
      if (std::find(reader.header().begin(), reader.header().end(), k) == reader.header().end())
        return make_error(ErrorKind::Input, fmt::format("la colonne « {} » de --keep n'est pas dans l'en-tête", k));
  }

  // Employer cost columns when the effectif is given for all rows (a flag) or by a column.
  const bool employer = o.defaults.headcount ||
                        (reader.is_csv() && std::find(reader.header().begin(), reader.header().end(), "headcount") !=
                                                reader.header().end());
  std::vector<std::string> names = {"line"};
  for (const auto& k : o.keep) names.push_back(k);
  if (compare) {
    for (const char* n : {"before_date", "after_date", "position_before", "position_after", "gross_before",
                          "gross_after", "delta_gross", "delta_gross_pct"})
      names.emplace_back(n);
    for (const char* side : {"_before", "_after"})
      for (const char* code : kNetFigureCodes) names.push_back(std::string(code) + side);
    for (const char* code : kNetFigureCodes) names.push_back(std::string("delta_") + code);
    if (employer)
      for (const char* n : {"employer_cost_before", "employer_cost_after", "delta_employer_cost"}) names.emplace_back(n);
  } else {
    for (const char* n : {"date", "convention", "position", "status", "gross"}) names.emplace_back(n);
    for (const char* code : kNetFigureCodes) names.emplace_back(code);
    if (employer)
      for (const char* n : {"employer_contributions", "employer_reduction", "employer_taxe_salaires", "employer_cost"})
        names.emplace_back(n);
    if (o.scenario) {
      // The law's columns above are those of a plain batch; the proposal's and the differences follow.
      names.emplace_back("scenario_gross");
      for (const char* code : kNetFigureCodes) names.push_back(std::string("scenario_") + code);
      names.emplace_back("delta_gross");
      for (const char* code : kNetFigureCodes) names.push_back(std::string("delta_") + code);
      names.emplace_back("smic_floor");
      names.emplace_back("scenario_smic_floor");
      if (employer) {
        names.emplace_back("scenario_employer_cost");
        names.emplace_back("delta_employer_cost");
      }
    }
  }
  names.emplace_back("flags");
  names.emplace_back("error");

  RowWriter w(out, o);
  w.header(names);
  BatchSummary summary;
  summary.compare = compare;
  summary.scenario = o.scenario != nullptr;
  summary.employer = employer;
  BatchRecord rec;
  std::vector<std::pair<std::string, bool>> row;
  std::vector<std::string> kept(o.keep.size());
  while (reader.next(rec)) {
    ++summary.rows;
    std::fill(kept.begin(), kept.end(), std::string());
    std::string error = rec.error;
    Profile p = o.defaults;
    const std::vector<std::string>& keys = reader.is_csv() ? reader.header() : rec.keys;
    for (std::size_t i = 0; i < rec.values.size() && i < keys.size(); ++i) {
      const std::string& key = keys[i];
      auto k = std::find(o.keep.begin(), o.keep.end(), key);
      if (k != o.keep.end()) kept[k - o.keep.begin()] = rec.values[i];
      ColumnRole role = ColumnRole::Ignored;
      if (reader.is_csv()) {
        role = columns[i].role;
      } else {
        auto r = classify(key);
        if (!r) {
          if (error.empty()) error = r.error().message;
          continue;
        }
        role = *r;
      }
      if (role != ColumnRole::Field || rec.values[i].empty() || !error.empty()) continue;
      if (auto e = set_any_profile_field(p, key, rec.values[i])) error = e->message;
    }
    row.clear();
    row.emplace_back(std::to_string(rec.line), true);
    for (const auto& k : kept) row.emplace_back(k, false);
    if (error.empty()) {
      if (compare) {
        Result<Comparison> c = make_error(ErrorKind::Internal, "");
        if (o.measure.empty()) {
          c = compute_compare(grids, p, *o.before, *o.after, {}, {}, kNoFormulas);
        } else if (auto m = measure_dates(grids, o.measure, &p)) {
          c = compute_compare(grids, p, m->before, m->after, {}, {}, kNoFormulas);
        } else {
          c = m.error();
        }
        if (!c) {
          error = c.error().message;
        } else {
          row.emplace_back(c->before.date.iso(), false);
          row.emplace_back(c->after.date.iso(), false);
          row.emplace_back(c->before.position, false);
          row.emplace_back(c->after.position, false);
          row.emplace_back(c->before.gross.fixed(2), true);
          row.emplace_back(c->after.gross.fixed(2), true);
          row.emplace_back(c->delta_gross.fixed(2), true);
          row.emplace_back(c->delta_gross_pct ? c->delta_gross_pct->fixed(2) : "", true);
          for (const Payslip* side : {&c->before, &c->after}) add_net(row, *side);
          for (const auto& d : c->delta_net) row.emplace_back(d ? d->fixed(2) : "", true);
          if (employer) {
            row.push_back(employer_cell(c->before, &EmployerFigures::cost));
            row.push_back(employer_cell(c->after, &EmployerFigures::cost));
            row.emplace_back(c->delta_employer_cost ? c->delta_employer_cost->fixed(2) : "", true);
            summary.total_employer_cost_before += employer_cost(c->before);
            summary.total_employer_cost += employer_cost(c->after);
            summary.total_delta_employer_cost += c->delta_employer_cost.value_or(Decimal());
          }
          row.emplace_back(flags_of(c->before, &c->after), false);
          summary.total_gross_before += c->before.gross;
          summary.total_gross += c->after.gross;
          summary.total_delta += c->delta_gross;
          summary.total_net_paid_before += net_paid(c->before);
          summary.total_net_paid += net_paid(c->after);
        }
      } else {
        if (!p.at) {
          error = "pas de date : donnez --at ou une colonne « at »";
        } else {
          auto s = compute_pay(grids, p, *p.at, {}, kNoFormulas);
          if (!s) {
            error = s.error().message;
          } else {
            row.emplace_back(s->date.iso(), false);
            row.emplace_back(s->convention, false);
            row.emplace_back(s->position, false);
            row.emplace_back(s->status, false);
            row.emplace_back(s->gross.fixed(2), true);
            add_net(row, *s);
            if (employer)
              for (auto field : {&EmployerFigures::contributions, &EmployerFigures::reduction,
                                 &EmployerFigures::taxe_salaires, &EmployerFigures::cost})
                row.push_back(employer_cell(*s, field));
            Result<Payslip> proposal = o.scenario ? compute_pay(*o.scenario, p, *p.at, {}, kNoFormulas) : *s;
            if (!proposal) {
              error = "scénario : " + proposal.error().message;
            } else {
              std::string flags = flags_of(*s);
              if (o.scenario) {
                Comparison c = compare_payslips(*s, *proposal);
                row.emplace_back(c.after.gross.fixed(2), true);
                add_net(row, c.after);
                row.emplace_back(c.delta_gross.fixed(2), true);
                for (const auto& d : c.delta_net) row.emplace_back(d ? d->fixed(2) : "", true);
                row.emplace_back(at_smic_floor(c.before) ? "true" : "false", true);
                row.emplace_back(at_smic_floor(c.after) ? "true" : "false", true);
                flags = flags_of(c.before, &c.after);
                const Decimal delta_net_paid = net_paid(c.after) - net_paid(c.before);
                summary.scenario_gross += c.after.gross;
                summary.scenario_net_paid += net_paid(c.after);
                summary.gross_deltas.push_back(c.delta_gross);
                summary.total_delta += c.delta_gross;
                summary.total_delta_net_paid += delta_net_paid;
                if (!c.delta_gross.is_zero() || !delta_net_paid.is_zero()) ++summary.affected;
                summary.smic_floor_law += at_smic_floor(c.before);
                summary.smic_floor_scenario += at_smic_floor(c.after);
                if (employer) {
                  row.push_back(employer_cell(c.after, &EmployerFigures::cost));
                  row.emplace_back(c.delta_employer_cost ? c.delta_employer_cost->fixed(2) : "", true);
                  summary.scenario_employer_cost += employer_cost(c.after);
                  summary.total_delta_employer_cost += c.delta_employer_cost.value_or(Decimal());
                }
              }
              row.emplace_back(flags, false);
              summary.total_gross += s->gross;
              summary.total_net_paid += net_paid(*s);
              summary.total_employer_cost += employer_cost(*s);
            }
          }
        }
      }
    }
    if (!error.empty()) {
      ++summary.errors;
      row.resize(1 + kept.size());
      while (row.size() + 1 < names.size()) row.emplace_back("", numeric(names[row.size()]));
      row.emplace_back(fmt::format("ligne {} : {}", rec.line, error), false);
    } else {
      row.emplace_back("", false);
    }
    w.row(row);
  }
  return summary;
}

std::string batch_summary_text(const BatchSummary& s) {
  std::string out = fmt::format("revalo batch : {} ligne(s), {} calculée(s), {} en erreur", s.rows, s.rows - s.errors,
                                s.errors);
  if (s.compare)
    out += fmt::format(" ; brut total avant {}, après {}, coût mensuel brut de la mesure {} ; net payé total avant {}, "
                       "après {}",
                       fr_euros(s.total_gross_before), fr_euros(s.total_gross), fr_euros(s.total_delta),
                       fr_euros(s.total_net_paid_before), fr_euros(s.total_net_paid));
  else
    out += fmt::format(" ; brut total {} ; net payé total {}", fr_euros(s.total_gross), fr_euros(s.total_net_paid));
  if (s.employer && s.compare)
    out += fmt::format(" ; coût employeur total avant {}, après {}, coût employeur mensuel de la mesure {} (annuel ×12 : {})",
                       fr_euros(s.total_employer_cost_before), fr_euros(s.total_employer_cost),
                       fr_euros(s.total_delta_employer_cost), fr_euros(s.total_delta_employer_cost * Decimal::from_int(12)));
  else if (s.employer)
    out += fmt::format(" ; coût employeur total {}", fr_euros(s.total_employer_cost));
  out += "\n";
  if (s.scenario) {
    // Yearly = 12 × monthly: the monthly pay of the date given, without 13th month, bonuses or changes in the year.
    const Decimal twelve = Decimal::from_int(12);
    out += fmt::format("scénario : {} salarié(s) concerné(s) sur {} calculé(s) ; brut total loi {}, scénario {} ; "
                       "écart mensuel brut {} (annuel ×12 : {}), net payé {} (annuel ×12 : {})\n",
                       s.affected, s.rows - s.errors, fr_euros(s.total_gross), fr_euros(s.scenario_gross),
                       fr_euros(s.total_delta), fr_euros(s.total_delta * twelve), fr_euros(s.total_delta_net_paid),
                       fr_euros(s.total_delta_net_paid * twelve));
    if (!s.gross_deltas.empty()) {
      std::vector<Decimal> d = s.gross_deltas;
      std::sort(d.begin(), d.end());
      // The median of an even count is the mean of the two middle values, rounded to the cent.
      const std::size_t n = d.size();
      const Decimal median =
          n % 2 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]).mul_div(Decimal::from_int(1), Decimal::from_int(2)).round_cents();
      out += fmt::format("écart mensuel brut par salarié : minimum {}, médiane {}, maximum {}\n", fr_euros(d.front()),
                         fr_euros(median), fr_euros(d.back()));
    }
    out += fmt::format("au plancher SMIC (indemnité différentielle) : {} avec la loi, {} avec le scénario\n",
                       s.smic_floor_law, s.smic_floor_scenario);
    if (s.employer)
      out += fmt::format("coût employeur : loi {}, scénario {} ; coût employeur de la mesure {} par mois, {} par an (×12)\n",
                         fr_euros(s.total_employer_cost), fr_euros(s.scenario_employer_cost),
                         fr_euros(s.total_delta_employer_cost),
                         fr_euros(s.total_delta_employer_cost * Decimal::from_int(12)));
  }
  return out;
}

}  // namespace revalo
