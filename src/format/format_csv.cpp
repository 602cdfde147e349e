// CSV output: one row per payslip line plus total rows (gross and net figures); '.' decimals by default, ';' and ',' with --csv-fr.
#include <fmt/format.h>

#include "format.h"
#include "format_number.h"

namespace revalo {
namespace {

struct Csv {
  char sep;
  bool fr;
  std::string num(const std::optional<Decimal>& d, std::string_view unit = "EUR") const {
    if (!d) return "";
    std::string s = machine_number(*d, unit);
    if (fr)
      for (char& c : s)
        if (c == '.') c = ',';
    return s;
  }
  std::string row(std::initializer_list<std::string_view> fields) const {
    std::string out;
    bool first = true;
    for (const auto& f : fields) {
      if (!first) out += sep;
      out += csv_field(f, sep);
      first = false;
    }
    return out + "\n";
  }
};

std::string flags(const PayLine& l) {
  std::string f = l.inferred ? "inferred" : "";
  if (l.uncertain) f += f.empty() ? "uncertain" : "|uncertain";
  if (l.scenario) f += f.empty() ? "scenario" : "|scenario";
  return f;
}

std::string source_text(const PayLine& l) {
  std::string out;
  for (const auto& s : l.sources) out += (out.empty() ? "" : "; ") + s.provenance->source;
  return out;
}

}  // namespace

std::string csv_field(std::string_view s, char separator) {
  if (s.find_first_of(std::string{separator, '"', '\n', '\r'}) == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string pay_csv(const Payslip& s, const Profile&, const FormatOptions& o) {
  Csv csv{o.csv_fr ? ';' : ',', o.csv_fr};
  std::string out = csv.row({"date", "position", "code", "label", "kind", "base", "base_unit", "rate", "rate_unit",
                             "amount", "flags", "source"});
  for (const auto& l : s.lines)
    out += csv.row({s.date.iso(), s.position, l.code, l.label, line_kind_name(l.kind), csv.num(l.base, l.base_unit),
                    l.base_unit, csv.num(l.rate, l.rate_unit), l.rate_unit, csv.num(l.amount), flags(l),
                    source_text(l)});
  out += csv.row({s.date.iso(), s.position, "gross", "Salaire brut", "total", "", "", "", "", csv.num(s.gross), "", ""});
  // The net totals; the income tax is already a line (code income_tax).
  if (s.net)
    for (const NetFigure* f : s.net->all())
      if (f != &s.net->income_tax)
        out += csv.row({s.date.iso(), s.position, f->code, f->label, "total", "", "", "", "", csv.num(f->amount), "",
                        ""});
  if (s.employer)
    for (const auto& [code, label, amount] :
         {std::tuple{"employer_contributions", "Cotisations patronales", s.employer->contributions},
          std::tuple{"employer_reduction", "Réduction générale", s.employer->reduction},
          std::tuple{"employer_taxe_salaires", "Taxe sur les salaires", s.employer->taxe_salaires},
          std::tuple{"employer_cost", "Coût employeur", s.employer->cost}})
      out += csv.row({s.date.iso(), s.position, code, label, "total", "", "", "", "", csv.num(amount), "", ""});
  return out;
}

std::string compare_csv(const Comparison& c, const Profile&, const FormatOptions& o) {
  Csv csv{o.csv_fr ? ';' : ',', o.csv_fr};
  std::string out = csv.row({"code", "label", "before_date", "after_date", "before", "after", "delta"});
  for (const auto& [code, b, a] : pair_lines(c)) {
    Decimal bv = b ? b->amount : Decimal(), av = a ? a->amount : Decimal();
    out += csv.row({code, (a ? a : b)->label, c.before.date.iso(), c.after.date.iso(), csv.num(bv),
                    csv.num(av), csv.num(av - bv)});
  }
  out += csv.row({"gross", "Salaire brut", c.before.date.iso(), c.after.date.iso(), csv.num(c.before.gross),
                  csv.num(c.after.gross), csv.num(c.delta_gross)});
  // The net totals (the income tax is already a line): empty where a side has no such figure.
  for (std::size_t i = 0; i < std::size(kNetFigureCodes); ++i) {
    const NetFigure* b = c.before.net ? c.before.net->all()[i] : nullptr;
    const NetFigure* a = c.after.net ? c.after.net->all()[i] : nullptr;
    if ((!b && !a) || (a ? a : b)->code == kNetFigureCodes[3]) continue;
    out += csv.row({kNetFigureCodes[i], (a ? a : b)->label, c.before.date.iso(), c.after.date.iso(),
                    csv.num(b ? b->amount : std::nullopt), csv.num(a ? a->amount : std::nullopt),
                    csv.num(c.delta_net[i])});
  }
  if (c.before.employer || c.after.employer) {
    auto cost = [](const Payslip& s) { return s.employer ? std::optional<Decimal>(s.employer->cost) : std::nullopt; };
    out += csv.row({"employer_cost", "Coût employeur", c.before.date.iso(), c.after.date.iso(), csv.num(cost(c.before)),
                    csv.num(cost(c.after)), csv.num(c.delta_employer_cost)});
  }
  return out;
}

}  // namespace revalo
