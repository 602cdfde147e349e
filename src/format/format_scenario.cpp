// French text and JSON of `scenario show` and `scenario breakeven` (format_scenario.h).
#include "format_scenario.h"

#include <fmt/format.h>

#include "format_number.h"

namespace revalo {
namespace {

std::string value_fr(Decimal d, const std::string& unit) { return unit == "EUR" ? fr_euros(d) : fr_number(d); }
std::string json_number(const std::optional<Decimal>& d) { return d ? d->str() : "null"; }

std::string period_fr(const ScenarioChange& c) {
  return c.open_ended ? fmt::format("à partir du {}", c.from.iso()) : fmt::format("du {} au {}", c.from.iso(), c.to.iso());
}

std::string source_line(const char* who, const Provenance* p, std::string_view extra = {}) {
  if (!p) return "";
  return fmt::format("    {} : {}{}{}\n", who, p->source, p->url.empty() ? "" : " — " + p->url, extra);
}

}  // namespace

std::string scenario_show_text(const ScenarioInfo& info, const std::vector<ScenarioChange>& changes,
                               const std::vector<const Measure*>& measures) {
  std::string out = fmt::format("Scénario « {} » ({}) — {}\n", info.title, info.name, info.file);
  out += fmt::format("Fondé sur : {}\n", info.based_on);
  if (!info.description.empty()) out += info.description + "\n";
  out += "C'est une proposition, pas la loi : les grilles embarquées ne sont pas modifiées.\n\n";
  out += changes.empty() ? "Aucune valeur changée.\n" : "Valeurs changées (loi → scénario) :\n";
  for (const auto& c : changes) {
    out += fmt::format("- {} — {}, {}", c.param, c.label, period_fr(c));
    if (c.value) {
      out += fmt::format(" : {} → {}\n", c.law_value ? value_fr(*c.law_value, c.unit) : "(pas de valeur dans la loi)",
                         value_fr(*c.value, c.unit));
    } else if (!c.cells.empty()) {
      out += fmt::format(" : {} case(s)\n", c.cells.size());
      for (const auto& cell : c.cells)
        out += fmt::format("    {} : {} → {}\n", cell.key,
                           cell.law_value ? value_fr(*cell.law_value, c.unit) : "(nouvelle case)",
                           value_fr(cell.value, c.unit));
    } else {
      out += " : aucune case ne change\n";
    }
    if (!c.law_source && !c.value && c.cells.empty()) out += "    (nouveau paramètre)\n";
    out += c.law_source ? source_line("loi remplacée", c.law_source) : "    loi : pas de valeur à cette date (nouveau)\n";
    out += source_line("scénario", c.source);
  }
  if (!measures.empty()) {
    out += "\nMesures ajoutées :\n";
    for (const Measure* m : measures) {
      out += fmt::format("- {} — {}\n", m->id, m->label);
      for (const auto& cl : m->clauses) {
        std::string who;
        for (const auto& [vocabulary, terms] : cl.terms)
          who += fmt::format("{}{} = {}", who.empty() ? "" : ", ", vocabulary, fmt::join(terms, " | "));
        out += fmt::format("    règle « {} » ({}), {} : montant {}\n", cl.label, who,
                           cl.open_ended ? "à partir du " + cl.from.iso() : "du " + cl.from.iso() + " au " + cl.to.iso(),
                           cl.amount.empty() ? "aucun (exclusion)" : cl.amount);
      }
    }
  }
  return out;
}

std::string scenario_show_json(const ScenarioInfo& info, const std::vector<ScenarioChange>& changes,
                               const std::vector<const Measure*>& measures) {
  std::string out = fmt::format(
      "{{\n  \"scenario\": {{\"name\": \"{}\", \"title\": \"{}\", \"file\": \"{}\", \"based_on\": \"{}\", "
      "\"description\": \"{}\"}},\n  \"changes\": [",
      json_escape(info.name), json_escape(info.title), json_escape(info.file), json_escape(info.based_on),
      json_escape(info.description));
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const auto& c = changes[i];
    out += fmt::format("{}\n    {{\"param\": \"{}\", \"label\": \"{}\", \"unit\": \"{}\", \"from\": \"{}\", \"to\": {}, "
                       "\"law_value\": {}, \"value\": {}, \"law_source\": {}, \"source\": \"{}\", \"cells\": [",
                       i ? "," : "", c.param, json_escape(c.label), c.unit, c.from.iso(),
                       c.open_ended ? "null" : "\"" + c.to.iso() + "\"", json_number(c.law_value), json_number(c.value),
                       c.law_source ? "\"" + json_escape(c.law_source->source) + "\"" : "null",
                       json_escape(c.source->source));
    for (std::size_t j = 0; j < c.cells.size(); ++j)
      out += fmt::format("{}{{\"key\": \"{}\", \"law_value\": {}, \"value\": {}}}", j ? ", " : "", c.cells[j].key,
                         json_number(c.cells[j].law_value), c.cells[j].value.str());
    out += "]}";
  }
  out += "\n  ],\n  \"measures\": [";
  for (std::size_t i = 0; i < measures.size(); ++i)
    out += fmt::format("{}{{\"id\": \"{}\", \"label\": \"{}\"}}", i ? ", " : "", measures[i]->id,
                       json_escape(measures[i]->label));
  out += "]\n}\n";
  return out;
}

std::string breakeven_text(const Breakeven& b, const Profile& p, Date d) {
  std::string out = fmt::format("Valeur du point nécessaire pour un net à payer avant impôt de {} au {}\n",
                                fr_euros(b.target), d.iso());
  out += fmt::format("Position {} (convention {})", p.position, p.convention);
  if (b.law_point)
    out += fmt::format(" ; loi : point {} €, net avant impôt {}", fr_number(*b.law_point, 2), fr_euros(b.law_net));
  out += "\n";
  if (!b.point) {
    out += fmt::format("Atteint quelle que soit la valeur du point : le plancher SMIC donne déjà un net de {} (brut "
                       "{}).\n",
                       fr_euros(b.net), fr_euros(b.gross));
    return out;
  }
  out += fmt::format("Point nécessaire : {} € (arrondi au millième supérieur)", fr_number(*b.point, 2));
  if (b.law_point)
    out += fmt::format(", soit {}{} € par rapport à la loi", *b.point >= *b.law_point ? "+" : "",
                       fr_number(*b.point - *b.law_point, 2));
  out += "\n";
  out += fmt::format("À {} € : brut {}, net à payer avant impôt {} ; à {} € : net {} (sous la cible).\n",
                     fr_number(*b.point, 2), fr_euros(b.gross), fr_euros(b.net),
                     fr_number(*b.point - Decimal::from_int(1).mul_div(Decimal::from_int(1), Decimal::from_int(1000)), 2),
                     fr_euros(b.net_below));
  out += "Le net comparé est le net à payer avant impôt (le net payé dépend du taux de prélèvement à la source).\n";
  return out;
}

std::string breakeven_json(const Breakeven& b, const Profile& p, Date d) {
  return fmt::format(
      "{{\"date\": \"{}\", \"convention\": \"{}\", \"position\": \"{}\", \"target_net_before_tax\": {}, "
      "\"law_point\": {}, \"law_net_before_tax\": {}, \"point\": {}, \"gross\": {}, \"net_before_tax\": {}, "
      "\"net_before_tax_below\": {}}}\n",
      d.iso(), json_escape(p.convention), json_escape(p.position), b.target.fixed(2), json_number(b.law_point),
      b.law_net.fixed(2), json_number(b.point), b.gross.fixed(2), b.net.fixed(2),
      b.point ? b.net_below.fixed(2) : "null");
}

}  // namespace revalo
