// French human-readable output of payslips and comparisons.
#include <fmt/format.h>

#include "format.h"
#include "format_number.h"
#include "registry.h"
#include "status.h"

namespace revalo {
namespace {

std::string convention_name(const std::string& id) {
  const Convention* c = find_convention(id);
  return c ? std::string(c->name) : id;
}

std::string base_text(const PayLine& l) {
  if (!l.base) return "";
  return (l.base_unit == "EUR" ? fr_fixed(*l.base, 2) : fr_number(*l.base)) + " " + unit_fr(l.base_unit);
}

std::string rate_text(const PayLine& l) {
  if (!l.rate) return "";
  if (l.rate_unit == "EUR/hour") return fr_fixed(*l.rate, 4) + " " + unit_fr(l.rate_unit);
  if (l.rate_unit == "EUR/point") return fr_number(*l.rate, 2) + " " + unit_fr(l.rate_unit);
  return fr_number(*l.rate) + " " + unit_fr(l.rate_unit);
}

std::string working_time_text(const Payslip& s, const Profile& p) {
  if (s.working_time.full_time()) return "temps plein";
  if (p.hours) return fmt::format("temps partiel {} h / {} h", fr_number(s.working_time.num), fr_number(s.working_time.den));
  return fmt::format("temps partiel {} ETP", fr_number(s.working_time.num));
}

std::string seniority_text(const Profile& p) {
  if (p.hired) return fmt::format("ancienneté depuis le {}", p.hired->iso());
  if (p.seniority) return fmt::format("ancienneté {} an(s)", fr_number(*p.seniority));
  return "ancienneté non précisée";
}

void explain_line(std::string& out, const PayLine& l) {
  out += fmt::format("    = {}\n", l.formula);
  for (const auto& s : l.sources) {
    const Provenance& p = *s.provenance;
    std::string tag;
    if (p.inferred) tag += ", inféré";
    if (p.confidence != Confidence::High) tag += ", confiance " + confidence_tag(p.confidence);
    if (p.scenario) tag += ", PROPOSITION du scénario " + p.file + ", pas la loi";
    out += fmt::format("      {} ({} depuis le {}{}) : {}{}\n", s.label, s.param, s.from.iso(), tag, p.source,
                       p.url.empty() ? "" : " — " + p.url);
    if (!p.note.empty() && (p.inferred || p.confidence != Confidence::High))
      out += fmt::format("        note : {}\n", p.note);
  }
}

// A net figure's formula and sources, as explain_line does for a line.
void explain_figure(std::string& out, const NetFigure& f) {
  PayLine l;
  l.formula = f.formula;
  l.sources = f.sources;
  explain_line(out, l);
}

// "−138,00 €" for a deduction, "2 000,00 €" otherwise.
std::string signed_amount(const PayLine& l) { return fr_euros(l.kind == LineKind::Deduction ? -l.amount : l.amount); }

std::string signed_delta(Decimal d) { return (d > Decimal() ? "+" : "") + fr_euros(d); }

bool is_income_tax(const PayLine& l) { return l.code == kNetFigureCodes[3]; }

// What a payslip without a convention is: a declared gross, a public agent's index, or a declared grid base.
std::string no_convention_title(const Payslip& s) {
  if (s.position_label.empty()) return "salaire brut déclaré";
  return s.position == "base" ? s.position_label : "fonction publique, " + s.position_label;
}

// The payslip's header: convention and position, or the public index, or the declared gross; then the status.
std::string header(const Payslip& s, const Profile& p, const std::string& title) {
  std::string out;
  if (!s.convention.empty()) {
    out += fmt::format("{} — {}\n", title, convention_name(s.convention));
    out += fmt::format("Position : {}{} · {} · {}\n", s.position_label, s.position_inferred ? " [inféré]" : "",
                       seniority_text(p), working_time_text(s, p));
    if (!s.position_note.empty()) out += fmt::format("  ({})\n", s.position_note);
  } else {
    out += fmt::format("{} — {}\n", title, no_convention_title(s));
  }
  if (auto st = parse_status(s.status))
    out += fmt::format("Statut : {}{}{}\n", status_label(*st),
                       s.status_note.empty() ? "" : " (" + s.status_note + ")",
                       s.convention.empty() ? " · " + working_time_text(s, p) : "");
  return out;
}

void legend(std::string& out, bool any_inferred, bool any_uncertain) {
  if (any_inferred) out += "[inféré] : valeur déduite des textes par raisonnement, non écrite telle quelle dans un texte\n";
  if (any_uncertain) out += "[incertain] : valeur marquée incertaine (U) : sources contradictoires ou faibles\n";
}

}  // namespace


std::string pad(std::string_view s, std::size_t width, bool right) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  std::string fill = n < width ? std::string(width - n, ' ') : "";
  return right ? fill + std::string(s) : std::string(s) + fill;
}

std::string line_flags(const PayLine& l) {
  std::string f;
  if (l.inferred) f += " [inféré]";
  if (l.uncertain) f += " [incertain]";
  if (l.scenario) f += " [scénario]";
  return f;
}

std::string pay_text(const Payslip& s, const Profile& p, const FormatOptions& o) {
  std::string out = header(s, p, fmt::format("Paie au {}", s.date.iso()));
  out += "\n";
  out += pad("Ligne", 52) + pad("Base", 16, true) + pad("Taux", 16, true) + pad("Montant", 16, true) + "\n";
  bool any_inferred = false, any_uncertain = false;
  auto row = [&](const PayLine& l) {
    out += pad(l.label + line_flags(l), 52) + pad(base_text(l), 16, true) + pad(rate_text(l), 16, true) +
           pad(signed_amount(l), 16, true) + "\n";
    if (o.explain) explain_line(out, l);
    any_inferred = any_inferred || l.inferred;
    any_uncertain = any_uncertain || l.uncertain;
  };
  auto total = [&](std::string_view label, const std::string& amount) {
    out += pad(label, 84) + pad(amount, 16, true) + "\n";
  };
  auto figure = [&](const NetFigure& f) {
    total(f.label, f.amount ? fr_euros(*f.amount) : "—");
    if (o.explain) explain_figure(out, f);
  };
  for (const auto& l : s.lines)
    if (l.kind == LineKind::Earning) row(l);
  total("Salaire brut", fr_euros(s.gross));
  if (s.net) {
    for (const auto& l : s.lines)
      if (l.kind == LineKind::Deduction && !is_income_tax(l)) row(l);
    figure(s.net->net_before_tax);
    for (const auto& l : s.lines)
      if (is_income_tax(l)) row(l);
    figure(s.net->net_paid);
    out += "\n";
    figure(s.net->net_taxable);
    figure(s.net->net_social);
    for (const auto& l : s.lines)
      if (l.kind == LineKind::Info) row(l);
  }
  if (s.employer) {
    // The employer side (employer_rates.h): its lines, then the totals of the employer cost.
    out += "\nEmployeur\n";
    for (const auto& l : s.lines)
      if (l.kind == LineKind::Employer) row(l);
    const EmployerFigures& e = *s.employer;
    total("Cotisations patronales", fr_euros(e.contributions));
    if (e.reduction_coefficient) total("Réduction générale", fr_euros(-e.reduction));
    total("Taxe sur les salaires", fr_euros(e.taxe_salaires));
    total(e.missing.empty() ? "Coût employeur" : "Coût employeur (hors " + fmt::format("{}", fmt::join(e.missing, ", ")) + ")",
          fr_euros(e.cost));
    if (o.explain) out += fmt::format("    = {}\n", e.formula);
  }
  for (const auto& w : s.warnings) out += "Attention : " + w + "\n";
  legend(out, any_inferred || s.position_inferred, any_uncertain);
  return out;
}

std::string compare_text(const Comparison& c, const Profile& p, const FormatOptions& o) {
  std::string out;
  // A scenario compares the law with a proposal at the same date: the columns are "Loi" and "Scénario".
  const char* before_head = c.scenario ? "Loi" : "Avant";
  const char* after_head = c.scenario ? "Scénario" : "Après";
  const char* side_before = c.scenario ? "loi" : "avant";
  const char* side_after = c.scenario ? "scénario" : "après";
  if (c.scenario) {
    out += fmt::format("Scénario « {} » ({}) au {} : la loi comparée à la proposition\n", c.scenario->title,
                       c.scenario->file, c.after.date.iso());
    out += fmt::format("Fondé sur : {}\n", c.scenario->based_on);
    if (!c.scenario->description.empty()) out += c.scenario->description + "\n";
    out += "[scénario] : ligne calculée avec une valeur que propose le scénario, pas la loi (d'autres lignes en "
           "découlent : ancienneté, cotisations…)\n";
  }
  if (!c.after.convention.empty()) {
    if (c.scenario)
      out += fmt::format("Comparaison {} au {}\n", convention_name(c.after.convention), c.after.date.iso());
    else
      out += fmt::format("Comparaison {} : {} → {}\n", convention_name(c.after.convention), c.before.date.iso(),
                         c.after.date.iso());
    out += fmt::format("{} : {}{} · {}\n", before_head, c.before.position_label,
                       c.before.position_inferred ? " [inféré]" : "", working_time_text(c.before, p));
    out += fmt::format("{} : {}{} · {}\n", after_head, c.after.position_label,
                       c.after.position_inferred ? " [inféré]" : "", working_time_text(c.after, p));
    for (const Payslip* s : {&c.before, &c.after})
      if (!s->position_note.empty()) out += fmt::format("  ({} : {})\n", s->date.iso(), s->position_note);
    out += fmt::format("{}\n", seniority_text(p));
  } else {
    out += fmt::format("Comparaison {} : {} → {}\n", no_convention_title(c.after),
                       c.before.date.iso(), c.after.date.iso());
  }
  const bool same_status = c.before.status == c.after.status && c.before.status_note == c.after.status_note;
  for (const Payslip* s : {&c.before, &c.after}) {
    auto st = parse_status(s->status);
    if (!st || (same_status && s == &c.after)) continue;
    out += fmt::format("Statut{} : {}{}\n", same_status ? "" : " au " + s->date.iso(), status_label(*st),
                       s->status_note.empty() ? "" : " (" + s->status_note + ")");
  }
  out += "\n";
  out += pad("Ligne", 52) + pad(before_head, 16, true) + pad(after_head, 16, true) + pad("Écart", 16, true) + "\n";
  bool any_inferred = c.before.position_inferred || c.after.position_inferred, any_uncertain = false;
  const auto pairs = pair_lines(c);
  auto rows = [&](auto wanted) {
    for (const auto& [code, b, a] : pairs) {
      const PayLine* shown = a ? a : b;
      if (!wanted(*shown)) continue;
      std::string flags =
          (b ? line_flags(*b) : "") + (a && (!b || line_flags(*a) != line_flags(*b)) ? line_flags(*a) : "");
      Decimal bv = b ? b->amount : Decimal(), av = a ? a->amount : Decimal();
      Decimal sign = Decimal::from_int(shown->kind == LineKind::Deduction ? -1 : 1);
      out += pad(shown->label + flags, 52) + pad(b ? signed_amount(*b) : "—", 16, true) +
             pad(a ? signed_amount(*a) : "—", 16, true) + pad(signed_delta((av - bv) * sign), 16, true) + "\n";
      if (o.explain) {
        if (b) { out += fmt::format("  {} ({}) :\n", side_before, c.before.date.iso()); explain_line(out, *b); }
        if (a) { out += fmt::format("  {} ({}) :\n", side_after, c.after.date.iso()); explain_line(out, *a); }
      }
      for (const PayLine* l : {b, a})
        if (l) { any_inferred = any_inferred || l->inferred; any_uncertain = any_uncertain || l->uncertain; }
    }
  };
  auto figure = [&](std::size_t i) {
    const NetFigure* b = c.before.net ? c.before.net->all()[i] : nullptr;
    const NetFigure* a = c.after.net ? c.after.net->all()[i] : nullptr;
    if (!b && !a) return;
    const NetFigure& shown = a ? *a : *b;
    auto value = [](const NetFigure* f) { return f && f->amount ? fr_euros(*f->amount) : std::string("—"); };
    out += pad(shown.label, 52) + pad(value(b), 16, true) + pad(value(a), 16, true) +
           pad(c.delta_net[i] ? signed_delta(*c.delta_net[i]) : "—", 16, true) + "\n";
    if (o.explain) {
      if (b) { out += fmt::format("  {} ({}) :\n", side_before, c.before.date.iso()); explain_figure(out, *b); }
      if (a) { out += fmt::format("  {} ({}) :\n", side_after, c.after.date.iso()); explain_figure(out, *a); }
    }
  };
  rows([](const PayLine& l) { return l.kind == LineKind::Earning; });
  out += pad("Salaire brut", 52) + pad(fr_euros(c.before.gross), 16, true) + pad(fr_euros(c.after.gross), 16, true) +
         pad(signed_delta(c.delta_gross), 16, true) + "\n";
  if (c.delta_gross_pct)
    out += pad("Évolution du brut", 84) + pad((*c.delta_gross_pct > Decimal() ? "+" : "") + fr_fixed(*c.delta_gross_pct, 2) + " %", 16, true) + "\n";
  if (c.before.net || c.after.net) {
    rows([](const PayLine& l) { return l.kind == LineKind::Deduction && !is_income_tax(l); });
    figure(0);  // net à payer avant impôt
    rows(is_income_tax);
    figure(4);  // net payé
    out += "\n";
    figure(1);  // net imposable
    figure(2);  // montant net social
    rows([](const PayLine& l) { return l.kind == LineKind::Info; });
  }
  if (c.before.employer || c.after.employer) {
    out += "\nEmployeur\n";
    rows([](const PayLine& l) { return l.kind == LineKind::Employer; });
    auto cost = [](const Payslip& s) { return s.employer ? fr_euros(s.employer->cost) : std::string("—"); };
    out += pad("Coût employeur", 52) + pad(cost(c.before), 16, true) + pad(cost(c.after), 16, true) +
           pad(c.delta_employer_cost ? signed_delta(*c.delta_employer_cost) : "—", 16, true) + "\n";
  }
  for (const Payslip* s : {&c.before, &c.after})
    for (const auto& w : s->warnings) out += fmt::format("Attention ({}) : {}\n", s->date.iso(), w);
  legend(out, any_inferred, any_uncertain);
  return out;
}

}  // namespace revalo
