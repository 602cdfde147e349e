// `revalo eligibility` output (see format_eligibility.h).
#include "format_eligibility.h"

#include <fmt/format.h>

#include "format_number.h"
#include "registry.h"

namespace revalo {
namespace {

std::string outcome_fr(const MeasureOutcome& o) {
  switch (o.outcome) {
    case Outcome::Applies: return o.since ? "s'applique depuis le " + o.since->iso() : "s'applique";
    case Outcome::DoesNotApply: return "ne s'applique pas";
    case Outcome::Undecidable: return "indécidable";
  }
  return "";
}

std::string amount_fr(const MeasureOutcome& o) {
  if (!o.amount) return o.amount_missing.empty() ? "" : "inconnu (" + o.amount_missing + ")";
  if (o.amount->unit == "EUR") return fr_euros(o.amount->value) + " brut par mois à temps plein";
  return fmt::format("{} points d'indice majoré{}", fr_number(o.amount->value),
                     o.amount_eur ? fmt::format(" ({} brut par mois à temps plein à cette date)", fr_euros(*o.amount_eur))
                                  : "");
}

const Provenance* provenance(const MeasureOutcome& o) { return o.clause ? &o.clause->provenance : nullptr; }

std::string profile_line(const Profile& p) {
  std::vector<std::string> parts;
  for (const auto& [k, v] : profile_echo(p, profile_fields())) parts.push_back(k + " " + v);
  return fmt::format("{}", fmt::join(parts, " · "));
}

std::string text_or_null(const std::string& s) { return s.empty() ? "null" : "\"" + json_escape(s) + "\""; }

}  // namespace

std::string eligibility_text(const Eligibility& e, const Profile& p, const FormatOptions& o) {
  std::string out = fmt::format("Éligibilité aux mesures Ségur au {}\n", e.date.iso());
  out += fmt::format("Profil : {}\n", profile_line(p));
  for (const auto& n : e.context_notes) out += fmt::format("  ({})\n", n);
  for (const auto& m : e.measures) {
    out += fmt::format("\n{} — {}\n", m.measure->id, m.measure->label);
    out += fmt::format("  {} : {}\n", outcome_fr(m), m.reason);
    if (std::string a = amount_fr(m); !a.empty()) out += fmt::format("  montant : {}\n", a);
    if (const Provenance* pr = provenance(m)) {
      out += fmt::format("  texte : {}{}\n", pr->source, o.explain && !pr->url.empty() ? " — " + pr->url : "");
      const bool flagged = pr->inferred || pr->confidence != Confidence::High;
      if (o.explain || flagged)
        out += fmt::format("  confiance {}{}{}\n", confidence_tag(pr->confidence), pr->inferred ? ", inféré" : "",
                           !pr->note.empty() && (o.explain || flagged) ? " ; note : " + pr->note : "");
    }
    if (m.paid) out += "  → versée sur la paie\n";
    if (!m.not_paid.empty()) out += fmt::format("  → non versée : {}\n", m.not_paid);
  }
  out += "\n";
  if (e.paid) out += fmt::format("Mesure versée : {} (une seule indemnité Ségur, pas de cumul)\n", e.measures[*e.paid].measure->id);
  else if (e.blocked) out += fmt::format("Mesure versée : à trancher ({})\n", e.blocked->message);
  else out += "Mesure versée : aucune\n";
  return out;
}

std::string eligibility_json(const Eligibility& e, const Profile& p, const FormatOptions&) {
  std::string out = "{\n  \"profile\": {";
  bool first = true;
  for (const auto& [k, v] : profile_echo(p, profile_fields())) {
    out += fmt::format("{}\n    \"{}\": \"{}\"", first ? "" : ",", k, json_escape(v));
    first = false;
  }
  out += first ? "},\n" : "\n  },\n";
  out += fmt::format("  \"date\": \"{}\",\n  \"context_notes\": {},\n  \"measures\": [", e.date.iso(),
                     json_string_array(e.context_notes));
  for (std::size_t i = 0; i < e.measures.size(); ++i) {
    const MeasureOutcome& m = e.measures[i];
    const Provenance* pr = provenance(m);
    std::string needs;
    for (std::size_t j = 0; j < m.needs.size(); ++j) needs += fmt::format("{}\"{}\"", j ? ", " : "", m.needs[j]);
    out += fmt::format(
        "{}\n    {{\"id\": \"{}\", \"label\": \"{}\", \"outcome\": \"{}\", \"since\": {}, \"row\": {}, \"rule\": {}, "
        "\"reason\": \"{}\", \"needs\": [{}], \"declared\": {},\n     \"amount\": {}, \"amount_unit\": {}, "
        "\"amount_eur\": {}, \"amount_missing\": {}, \"paid\": {}, \"not_paid\": {},\n     \"source\": {}, \"url\": {}, "
        "\"confidence\": {}, \"inferred\": {}, \"note\": {}}}",
        i ? "," : "", m.measure->id, json_escape(m.measure->label), outcome_key(m.outcome),
        m.since ? "\"" + m.since->iso() + "\"" : "null", text_or_null(m.clause ? m.clause->row : ""),
        text_or_null(m.clause ? m.clause->label : ""), json_escape(m.reason), needs, m.declared,
        m.amount ? machine_number(m.amount->value, m.amount->unit) : "null",
        m.amount ? "\"" + m.amount->unit + "\"" : "null", m.amount_eur ? m.amount_eur->fixed(2) : "null",
        text_or_null(m.amount_missing), m.paid, text_or_null(m.not_paid), text_or_null(pr ? pr->source : ""),
        text_or_null(pr ? pr->url : ""), pr ? "\"" + confidence_tag(pr->confidence) + "\"" : "null",
        pr && pr->inferred, text_or_null(pr ? pr->note : ""));
  }
  out += fmt::format("\n  ],\n  \"paid\": {},\n  \"blocked\": {}\n}}\n",
                     e.paid ? "\"" + e.measures[*e.paid].measure->id + "\"" : "null",
                     text_or_null(e.blocked ? e.blocked->message : ""));
  return out;
}

std::string eligibility_csv(const Eligibility& e, const Profile&, const FormatOptions& o) {
  const char sep = o.csv_fr ? ';' : ',';
  auto num = [&](std::string s) {
    if (o.csv_fr)
      for (char& c : s)
        if (c == '.') c = ',';
    return s;
  };
  auto row = [&](std::initializer_list<std::string> fields) {
    std::string line;
    bool first = true;
    for (const auto& f : fields) {
      if (!first) line += sep;
      line += csv_field(f, sep);
      first = false;
    }
    return line + "\n";
  };
  std::string out = row({"date", "measure", "outcome", "since", "row", "amount", "amount_unit", "amount_eur", "paid",
                         "needs", "reason", "source"});
  for (const auto& m : e.measures) {
    std::string needs;
    for (const auto& n : m.needs) needs += (needs.empty() ? "" : "|") + n;
    out += row({e.date.iso(), m.measure->id, outcome_key(m.outcome), m.since ? m.since->iso() : "",
                m.clause ? m.clause->row : "", m.amount ? num(machine_number(m.amount->value, m.amount->unit)) : "",
                m.amount ? m.amount->unit : "", m.amount_eur ? num(m.amount_eur->fixed(2)) : "", m.paid ? "yes" : "no",
                needs, m.reason, m.clause ? m.clause->provenance.source : ""});
  }
  return out;
}

}  // namespace revalo
