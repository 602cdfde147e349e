// `revalo check` output: a French table of the lines (expected, found, difference, result) with the rule and source
// of every line that is not OK, or JSON / CSV with the keys of docs/output.md ("check").
#include "format_check.h"

#include <algorithm>

#include <fmt/format.h>

#include "format_number.h"
#include "registry.h"

namespace revalo {
namespace {

// The payslip's month, "2023-03".
std::string month_key(const PayslipFile& f) { return fmt::format("{:04}-{:02}", f.date.year(), f.date.month()); }

std::string status_fr(CheckStatus s) {
  switch (s) {
    case CheckStatus::Ok: return "OK";
    case CheckStatus::Differs: return "diffère";
    case CheckStatus::Missing: return "manquante";
    case CheckStatus::Unexpected: return "inattendue";
  }
  return "";
}

// "344 coef.", "5,51 €/pt", "1 959,07 €": a base or rate with its unit, in French.
std::string quantity_fr(Decimal d, const std::string& unit) {
  std::string u = unit_fr(unit);
  return (unit == "EUR" ? fr_fixed(d, 2) : fr_number(d)) + (u.empty() ? "" : " " + u);
}

std::string optional_euros(const std::optional<Decimal>& d) { return d ? fr_euros(*d) : "—"; }

std::string signed_euros(const std::optional<Decimal>& d) {
  if (!d) return "";
  return (*d > Decimal() ? "+" : "") + fr_euros(*d);
}

// The rule and the legal sources of a row's expected amount.
void rule_and_sources(std::string& out, const CheckRow& r) {
  if (!r.formula.empty()) out += fmt::format("    règle : {}\n", r.formula);
  for (const auto& s : r.sources)
    out += fmt::format("    source : {} — {} ({}, en vigueur depuis le {}){}\n", s.label, s.provenance->source, s.param,
                       s.from.iso(), s.provenance->url.empty() ? "" : " " + s.provenance->url);
}

std::string row_text(const CheckRow& r, const CheckReport& report, const FormatOptions& o) {
  std::string flags = std::string(r.inferred ? " [inféré]" : "") + (r.uncertain ? " [incertain]" : "");
  std::string out = pad(r.label + flags, 48) + pad(optional_euros(r.expected), 14, true) +
                    pad(optional_euros(r.found), 14, true) + pad(signed_euros(r.difference()), 13, true) + "  " +
                    status_fr(r.status) + "\n";
  if (r.base_differs)
    out += fmt::format("    base imprimée {}, attendue {}\n", quantity_fr(*r.found_base, r.base_unit),
                       quantity_fr(*r.expected_base, r.base_unit));
  if (r.rate_differs)
    out += fmt::format("    taux imprimé {}, attendu {}\n", quantity_fr(*r.found_rate, r.rate_unit),
                       quantity_fr(*r.expected_rate, r.rate_unit));
  if (r.status == CheckStatus::Missing) out += "    absente de la fiche, due selon les textes\n";
  if (r.status == CheckStatus::Unexpected)
    out += fmt::format("    {} par les textes pour ce profil au {}\n",
                       r.total ? "non défini" : "non prévue", report.expected.date.iso());
  if (r.status == CheckStatus::Ok && r.difference() && !r.difference()->is_zero())
    out += "    écart d'arrondi toléré\n";
  if (r.status == CheckStatus::Differs || r.status == CheckStatus::Missing || o.explain) rule_and_sources(out, r);
  return out;
}

std::string verdict_fr(const CheckReport& r) {
  std::size_t n = r.rows.size(), ok = r.count(CheckStatus::Ok);
  if (r.matches()) return fmt::format("Verdict : fiche conforme aux textes ({} ligne(s) vérifiée(s)).", n);
  return fmt::format("Verdict : écarts trouvés — {} ligne(s) sur {} conforme(s) ; {} différente(s), {} manquante(s), "
                     "{} inattendue(s).",
                     ok, n, r.count(CheckStatus::Differs), r.count(CheckStatus::Missing),
                     r.count(CheckStatus::Unexpected));
}

std::string json_number(const std::optional<Decimal>& d, const std::string& unit = "EUR") {
  return d ? machine_number(*d, unit) : "null";
}

std::string row_json(const CheckRow& r) {
  std::string out = fmt::format(
      "    {{\"code\": \"{}\", \"label\": \"{}\", \"kind\": \"{}\", \"status\": \"{}\", \"expected\": {}, "
      "\"found\": {}, \"difference\": {},\n     \"expected_base\": {}, \"found_base\": {}, \"base_unit\": \"{}\", "
      "\"base_differs\": {}, \"expected_rate\": {}, \"found_rate\": {}, \"rate_unit\": \"{}\", \"rate_differs\": {}, "
      "\"inferred\": {}, \"uncertain\": {},\n     \"formula\": \"{}\",\n     \"sources\": [",
      r.code, json_escape(r.label), r.total ? "total" : line_kind_name(r.kind), check_status_key(r.status),
      json_number(r.expected), json_number(r.found), json_number(r.difference()),
      json_number(r.expected_base, r.base_unit), json_number(r.found_base, r.base_unit), r.base_unit, r.base_differs,
      json_number(r.expected_rate, r.rate_unit), json_number(r.found_rate, r.rate_unit), r.rate_unit, r.rate_differs,
      r.inferred, r.uncertain, json_escape(r.formula));
  for (std::size_t i = 0; i < r.sources.size(); ++i) {
    const SourceRef& s = r.sources[i];
    out += fmt::format("{}\n       {{\"param\": \"{}\", \"from\": \"{}\", \"text\": \"{}\", \"url\": \"{}\"}}",
                       i ? "," : "", json_escape(s.param), s.from.iso(), json_escape(s.provenance->source),
                       json_escape(s.provenance->url));
  }
  return out + "]}";
}

}  // namespace

std::string check_text(const CheckReport& r, const PayslipFile& f, const FormatOptions& o) {
  const Payslip& s = r.expected;
  std::string out = fmt::format("Vérification de la fiche de paie {} — mois {}\n", f.path, month_key(f));
  out += fmt::format("Textes appliqués au {}{}\n", s.date.iso(), f.whole_month ? " (dernier jour du mois)" : " (date donnée par la fiche)");
  out += fmt::format("Position selon les textes : {}{}\n", s.position_label.empty() ? "salaire brut déclaré" : s.position_label,
                     s.position_inferred ? " [inféré]" : "");
  out += "Tolérance : 0,01 € par ligne et par total (arrondi au centime)\n\n";
  out += pad("Ligne", 48) + pad("Attendu", 14, true) + pad("Trouvé", 14, true) + pad("Écart", 13, true) +
         "  Résultat\n";
  for (const auto& row : r.rows) out += row_text(row, r, o);
  out += "\n";
  if (!r.deductions_checked)
    out += "Cotisations non vérifiées : la fiche n'en donne aucune ligne.\n";
  for (const auto& w : r.warnings) out += "Attention : " + w + "\n";
  auto any = [&](bool CheckRow::*flag) {
    return std::any_of(r.rows.begin(), r.rows.end(), [&](const CheckRow& x) { return x.*flag; });
  };
  if (any(&CheckRow::inferred) || s.position_inferred)
    out += "[inféré] : valeur déduite des textes par raisonnement, non écrite telle quelle dans un texte\n";
  if (any(&CheckRow::uncertain)) out += "[incertain] : valeur marquée incertaine (U) : sources contradictoires ou faibles\n";
  out += verdict_fr(r) + "\n";
  return out;
}

std::string check_json(const CheckReport& r, const PayslipFile& f, const FormatOptions&) {
  std::string out = "{\n";
  out += fmt::format("  \"file\": \"{}\",\n  \"month\": \"{}\",\n  \"date\": \"{}\",\n  \"tolerance\": {},\n",
                     json_escape(f.path), month_key(f), r.expected.date.iso(), kCheckTolerance.fixed(2));
  out += "  \"profile\": {";
  auto echo = profile_echo(f.profile, profile_fields());
  for (std::size_t i = 0; i < echo.size(); ++i)
    out += fmt::format("{}\"{}\": \"{}\"", i ? ", " : "", echo[i].first, json_escape(echo[i].second));
  out += "},\n";
  out += fmt::format("  \"position\": {{\"key\": \"{}\", \"label\": \"{}\", \"inferred\": {}}},\n",
                     json_escape(r.expected.position), json_escape(r.expected.position_label),
                     r.expected.position_inferred);
  out += fmt::format("  \"deductions_checked\": {},\n  \"rows\": [\n", r.deductions_checked);
  for (std::size_t i = 0; i < r.rows.size(); ++i) out += row_json(r.rows[i]) + (i + 1 < r.rows.size() ? ",\n" : "\n");
  out += "  ],\n";
  out += fmt::format("  \"counts\": {{\"ok\": {}, \"differs\": {}, \"missing\": {}, \"unexpected\": {}}},\n",
                     r.count(CheckStatus::Ok), r.count(CheckStatus::Differs), r.count(CheckStatus::Missing),
                     r.count(CheckStatus::Unexpected));
  out += fmt::format("  \"verdict\": \"{}\",\n  \"warnings\": {}\n}}\n", r.matches() ? "matches" : "differs",
                     json_string_array(r.warnings));
  return out;
}

std::string check_csv(const CheckReport& r, const PayslipFile&, const FormatOptions& o) {
  const char sep = o.csv_fr ? ';' : ',';
  auto num = [&](const std::optional<Decimal>& d, const std::string& unit = "EUR") {
    std::string s = d ? machine_number(*d, unit) : "";
    if (o.csv_fr) std::replace(s.begin(), s.end(), '.', ',');
    return s;
  };
  auto row = [&](const std::vector<std::string>& fields) {
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) line += (i ? std::string(1, sep) : "") + csv_field(fields[i], sep);
    return line + "\n";
  };
  std::string out = row({"code", "label", "kind", "status", "expected", "found", "difference", "expected_base",
                         "found_base", "base_unit", "expected_rate", "found_rate", "rate_unit", "formula", "source"});
  for (const auto& x : r.rows) {
    std::string sources;
    for (const auto& s : x.sources) sources += (sources.empty() ? "" : "; ") + s.provenance->source;
    out += row({x.code, x.label, x.total ? "total" : line_kind_name(x.kind), check_status_key(x.status),
                num(x.expected), num(x.found), num(x.difference()), num(x.expected_base, x.base_unit),
                num(x.found_base, x.base_unit), x.base_unit, num(x.expected_rate, x.rate_unit),
                num(x.found_rate, x.rate_unit), x.rate_unit, x.formula, sources});
  }
  return out;
}

}  // namespace revalo
