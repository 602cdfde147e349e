// JSON output: stable English keys (docs/output.md); amounts as JSON numbers with two decimals.
#include <fmt/format.h>

#include "format.h"
#include "format_number.h"
#include "registry.h"

namespace revalo {
namespace {

std::string num_or_null(const std::optional<Decimal>& d, std::string_view unit) {
  if (!d) return "null";
  return machine_number(*d, unit);
}

std::string source_text(const PayLine& l) {
  std::string out;
  for (const auto& s : l.sources) {
    if (!out.empty()) out += "; ";
    out += s.provenance->source;
  }
  return out;
}

std::string text_or_null(const std::string& s) { return s.empty() ? "null" : "\"" + json_escape(s) + "\""; }

std::string payslip_body(const Payslip& s, const std::string& in) {
  std::string out;
  out += fmt::format("{}  \"date\": \"{}\",\n", in, s.date.iso());
  out += fmt::format("{}  \"convention\": {},\n", in, text_or_null(s.convention));
  out += fmt::format("{}  \"position\": {{\"key\": \"{}\", \"label\": \"{}\", \"classification\": \"{}\", "
                     "\"inferred\": {}, \"note\": \"{}\"}},\n",
                     in, json_escape(s.position), json_escape(s.position_label), s.classification,
                     s.position_inferred, json_escape(s.position_note));
  out += fmt::format("{}  \"working_time\": {},\n", in,
                     s.working_time.num.mul_div(Decimal::from_int(1), s.working_time.den).round_to(6).str());
  out += fmt::format("{}  \"lines\": [", in);
  for (std::size_t i = 0; i < s.lines.size(); ++i) {
    const PayLine& l = s.lines[i];
    out += fmt::format("{}\n{}    {{\"code\": \"{}\", \"label\": \"{}\", \"kind\": \"{}\", \"base\": {}, "
                       "\"base_unit\": \"{}\", \"rate\": {}, \"rate_unit\": \"{}\", \"amount\": {}, "
                       "\"source\": \"{}\", \"inferred\": {}, \"uncertain\": {}, \"scenario\": {},\n{}     \"formula\": \"{}\",\n"
                       "{}     \"sources\": [",
                       i ? "," : "", in, l.code, json_escape(l.label), line_kind_name(l.kind),
                       num_or_null(l.base, l.base_unit), l.base_unit, num_or_null(l.rate, l.rate_unit), l.rate_unit,
                       l.amount.fixed(2), json_escape(source_text(l)), l.inferred, l.uncertain, l.scenario, in,
                       json_escape(l.formula), in);
    for (std::size_t j = 0; j < l.sources.size(); ++j) {
      const SourceRef& r = l.sources[j];
      out += fmt::format("{}\n{}       {{\"param\": \"{}\", \"from\": \"{}\", \"text\": \"{}\", \"url\": \"{}\", "
                         "\"confidence\": \"{}\", \"inferred\": {}}}",
                         j ? "," : "", in, json_escape(r.param), r.from.iso(), json_escape(r.provenance->source),
                         json_escape(r.provenance->url), confidence_tag(r.provenance->confidence),
                         r.provenance->inferred);
    }
    out += "]}";
  }
  out += fmt::format("\n{}  ],\n", in);
  out += fmt::format("{}  \"gross\": {},\n", in, s.gross.fixed(2));
  out += fmt::format("{}  \"status\": {},\n", in, text_or_null(s.status));
  out += fmt::format("{}  \"status_note\": {},\n", in, text_or_null(s.status_note));
  out += fmt::format("{}  \"pss\": {},\n", in, s.net ? s.net->pss.fixed(2) : "null");
  for (std::size_t i = 0; i < std::size(kNetFigureCodes); ++i)
    out += fmt::format("{}  \"{}\": {},\n", in, kNetFigureCodes[i],
                       s.net ? amount_or_null(s.net->all()[i]->amount) : "null");
  out += fmt::format("{}  \"net_social_rule\": {},\n", in, text_or_null(s.net ? s.net->net_social_rule : ""));
  if (s.employer) {
    // The employer side (docs/employer.md), only when the effectif was given: other payslips keep their keys.
    const EmployerFigures& e = *s.employer;
    out += fmt::format("{}  \"employer_contributions\": {},\n", in, e.contributions.fixed(2));
    out += fmt::format("{}  \"employer_reduction\": {},\n", in, e.reduction.fixed(2));
    out += fmt::format("{}  \"employer_reduction_coefficient\": {},\n", in,
                       e.reduction_coefficient ? e.reduction_coefficient->str(4) : "null");
    out += fmt::format("{}  \"employer_taxe_salaires\": {},\n", in, e.taxe_salaires.fixed(2));
    out += fmt::format("{}  \"employer_cost\": {},\n", in, e.cost.fixed(2));
    out += fmt::format("{}  \"employer_missing\": {},\n", in, json_string_array(e.missing));
    out += fmt::format("{}  \"employer_cost_formula\": {},\n", in, text_or_null(e.formula));
  }
  out += fmt::format("{}  \"warnings\": {}\n", in, json_string_array(s.warnings));
  return out;
}

}  // namespace

std::string profile_json(const Profile& p, const std::string& indent) {
  std::string out = "{";
  bool first = true;
  for (const auto& [k, v] : profile_echo(p, profile_fields())) {
    out += fmt::format("{}\n{}  \"{}\": \"{}\"", first ? "" : ",", indent, k, json_escape(v));
    first = false;
  }
  out += first ? "}" : "\n" + indent + "}";
  return out;
}

std::string amount_or_null(const std::optional<Decimal>& d) { return d ? d->fixed(2) : "null"; }


std::string line_kind_name(LineKind k) {
  switch (k) {
    case LineKind::Earning: return "earning";
    case LineKind::Deduction: return "deduction";
    case LineKind::Info: return "info";
    case LineKind::Employer: return "employer";
  }
  return "info";
}

std::string json_string_array(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += fmt::format("{}\"{}\"", i ? ", " : "", json_escape(items[i]));
  return out + "]";
}

std::string json_escape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) out += fmt::format("\\u{:04x}", c);
        else out += c;
    }
  }
  return out;
}

std::string pay_json(const Payslip& s, const Profile& p, const FormatOptions&) {
  std::string out = "{\n";
  out += "  \"profile\": " + profile_json(p, "  ") + ",\n";
  out += payslip_body(s, "");
  out += "}\n";
  return out;
}

std::string compare_json(const Comparison& c, const Profile& p, const FormatOptions&) {
  std::string out = "{\n";
  out += "  \"profile\": " + profile_json(p, "  ") + ",\n";
  // before = the law, after = the proposal, when a scenario is compared (docs/output.md).
  if (c.scenario)
    out += fmt::format("  \"scenario\": {{\"name\": \"{}\", \"title\": \"{}\", \"file\": \"{}\", \"based_on\": \"{}\"}},\n",
                       json_escape(c.scenario->name), json_escape(c.scenario->title), json_escape(c.scenario->file),
                       json_escape(c.scenario->based_on));
  else
    out += "  \"scenario\": null,\n";
  out += "  \"before\": {\n" + payslip_body(c.before, "  ") + "  },\n";
  out += "  \"after\": {\n" + payslip_body(c.after, "  ") + "  },\n";
  out += fmt::format("  \"delta\": {{\"gross\": {}, \"gross_pct\": {}", c.delta_gross.fixed(2),
                     c.delta_gross_pct ? c.delta_gross_pct->fixed(2) : "null");
  for (std::size_t i = 0; i < std::size(kNetFigureCodes); ++i)
    out += fmt::format(", \"{}\": {}", kNetFigureCodes[i], amount_or_null(c.delta_net[i]));
  if (c.delta_employer_cost) {
    // Monthly, and yearly as 12 × the month (no 13th month or change within the year).
    out += fmt::format(", \"employer_contributions\": {}, \"employer_cost\": {}, \"employer_cost_yearly\": {}",
                       c.delta_employer_contributions->fixed(2), c.delta_employer_cost->fixed(2),
                       (*c.delta_employer_cost * Decimal::from_int(12)).fixed(2));
  }
  out += "},\n";
  out += fmt::format("  \"warnings\": {}\n", json_string_array(c.warnings));
  out += "}\n";
  return out;
}

}  // namespace revalo
