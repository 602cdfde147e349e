// Text, CSV, JSON and charts of history, rappel and career (format_series.h).
#include "format_series.h"

#include <algorithm>

#include <fmt/format.h>

#include "format_number.h"

namespace revalo {
namespace {

std::optional<Decimal> net_paid(const Payslip& s) {
  return s.net ? s.net->net_paid.amount : std::optional<Decimal>();
}
std::string euros_or_dash(const std::optional<Decimal>& d) { return d ? fr_euros(*d) : "—"; }
std::string signed_euros(Decimal d) { return (d > Decimal() ? "+" : "") + fr_euros(d); }

// A CSV number: dot decimal, or comma with --csv-fr; empty when none.
std::string csv_amount(const std::optional<Decimal>& d, const FormatOptions& o) {
  if (!d) return "";
  std::string s = d->fixed(2);
  if (o.csv_fr) std::replace(s.begin(), s.end(), '.', ',');
  return s;
}
char sep(const FormatOptions& o) { return o.csv_fr ? ';' : ','; }

// "le 8" for an event that took effect after the 1st: the month is shared between the values before and after it
// (month_share.h), or, with --month-rule whole or when nothing changed in amount, counted whole at its last day.
std::string event_text(const PayEvent& e) {
  std::string out = e.label;
  if (!e.share.empty())
    out += e.on.day() != 1 ? fmt::format(" (le {} ; {})", e.on.iso(), e.share) : fmt::format(" ({})", e.share);
  else if (e.on.day() != 1)
    out += fmt::format(" (le {} ; mois compté entier)", e.on.iso());
  return out;
}

// Under a prescribed month, the rule and its text; with --explain, under every month.
std::string prescription_text(const RappelMonth& m, const FormatOptions& o) {
  const MonthPrescription& p = m.prescription;
  if (!m.prescribed && !o.explain) return "";
  std::string out = fmt::format("          ↳ {} : {} ({}){}\n", m.prescribed ? "prescrit" : fmt::format("réclamable jusqu'au {}", p.last_claim_day.iso()),
                                p.rule, p.article, p.uncertain ? " [incertain]" : "");
  if (o.explain)
    for (const auto& s : p.sources) out += "            source : " + std::string(s.provenance->source) + "\n";
  return out;
}

std::string profile_title(const Profile& p) { return p.name.empty() ? "profil sans nom" : p.name; }

std::string events_json(const std::vector<PayEvent>& events) {
  std::string out = "[";
  for (std::size_t i = 0; i < events.size(); ++i)
    out += fmt::format("{}{{\"date\": \"{}\", \"label\": \"{}\", \"source\": \"{}\"}}", i ? ", " : "", events[i].on.iso(),
                       json_escape(events[i].label), json_escape(events[i].source));
  return out + "]";
}

void add_events(Chart& chart, const std::vector<PayEvent>& events, std::size_t x) {
  for (const auto& e : events) chart.events.push_back({x, e.label, e.source});
}

// The months of a repeated warning as runs of consecutive months: "2022-01 à 2023-02", "2022-01 à 2022-03, 2022-07".
std::string month_runs(const std::vector<Date>& months) {
  std::string out;
  for (std::size_t i = 0; i < months.size();) {
    std::size_t j = i;
    while (j + 1 < months.size() && month_end(months[j]).add_days(1) == month_start(months[j + 1])) ++j;
    out += (out.empty() ? "" : ", ") + month_key(months[i]) + (j > i ? " à " + month_key(months[j]) : "");
    i = j + 1;
  }
  return out;
}

// The warnings of the months, each once: a warning that differs from month to month only by the month's date
// (« pas de taux dans les grilles au 2022-01-31 ») is printed once with its months, the date read as the last day of
// each month.
std::string history_warnings(const std::vector<MonthPay>& h) {
  static constexpr std::string_view kDate = "\x01";
  struct Repeated {
    std::string key;    // the warning with the month's date masked
    std::string first;  // as written the first month
    std::vector<Date> months;
  };
  std::vector<Repeated> groups;
  for (const auto& m : h)
    for (const auto& w : m.slip.warnings) {
      std::string key = w;
      const std::string date = m.slip.date.iso();
      for (auto at = key.find(date); at != std::string::npos; at = key.find(date, at + kDate.size()))
        key.replace(at, date.size(), kDate);
      auto g = std::find_if(groups.begin(), groups.end(), [&](const Repeated& x) { return x.key == key; });
      if (g == groups.end()) g = groups.insert(groups.end(), Repeated{key, w, {}});
      if (g->months.empty() || g->months.back() != m.month) g->months.push_back(m.month);
    }
  std::string out;
  for (const auto& g : groups) {
    if (g.months.size() == 1) {
      out += "Attention : " + g.first + "\n";
      continue;
    }
    std::string text = g.key;
    const std::string date = "dernier jour de chaque mois";
    for (auto at = text.find(kDate); at != std::string::npos; at = text.find(kDate, at + date.size()))
      text.replace(at, kDate.size(), date);
    out += fmt::format("Attention ({} mois : {}) : {}\n", g.months.size(), month_runs(g.months), text);
  }
  return out;
}

}  // namespace

// ---- history ----

std::string history_text(const std::vector<MonthPay>& h, const Profile& p, const FormatOptions& o) {
  std::string out = fmt::format("Historique de paie — {} — {} à {}\n", profile_title(p), month_key(h.front().month),
                                month_key(h.back().month));
  out += "Chaque mois est calculé avec les valeurs en vigueur à son dernier jour (une valeur qui change en cours de mois "
         "est comptée au prorata) ; l'ancienneté avance avec les mois.\n\n";
  out += pad("Mois", 10) + pad("Brut", 16, true) + pad("Net payé", 16, true) + "  Position\n";
  for (const auto& m : h) {
    out += pad(month_key(m.month), 10) + pad(fr_euros(m.slip.gross), 16, true) +
           pad(euros_or_dash(net_paid(m.slip)), 16, true) + "  " + m.slip.position_label + "\n";
    for (const auto& e : m.events) {
      out += "          ↳ " + event_text(e) + "\n";
      if (o.explain && !e.source.empty()) out += "            source : " + e.source + "\n";
    }
  }
  return out + history_warnings(h);
}

std::string history_csv(const std::vector<MonthPay>& h, const FormatOptions& o) {
  const char s = sep(o);
  std::string out = fmt::format("month{0}date{0}position{0}gross", s);
  for (const char* code : kNetFigureCodes) out += fmt::format("{}{}", s, code);
  out += fmt::format("{}events\n", s);
  for (const auto& m : h) {
    out += fmt::format("{}{}{}{}{}{}{}", month_key(m.month), s, m.slip.date.iso(), s, csv_field(m.slip.position, s), s,
                       csv_amount(m.slip.gross, o));
    for (const NetFigure* f : m.slip.net ? m.slip.net->all() : std::array<const NetFigure*, 5>{})
      out += fmt::format("{}{}", s, csv_amount(f ? f->amount : std::nullopt, o));
    std::string events;
    for (const auto& e : m.events) events += (events.empty() ? "" : " | ") + event_text(e);
    out += fmt::format("{}{}\n", s, csv_field(events, s));
  }
  return out;
}

std::string history_json(const std::vector<MonthPay>& h, const Profile& p) {
  std::string out = "{\n  \"profile\": " + profile_json(p, "  ") + ",\n  \"months\": [";
  for (std::size_t i = 0; i < h.size(); ++i) {
    const auto& m = h[i];
    out += fmt::format("{}\n    {{\"month\": \"{}\", \"date\": \"{}\", \"position\": \"{}\", \"gross\": {}", i ? "," : "",
                       month_key(m.month), m.slip.date.iso(), json_escape(m.slip.position), m.slip.gross.fixed(2));
    for (std::size_t k = 0; k < std::size(kNetFigureCodes); ++k)
      out += fmt::format(", \"{}\": {}", kNetFigureCodes[k],
                         amount_or_null(m.slip.net ? m.slip.net->all()[k]->amount : std::nullopt));
    out += ", \"lines\": [";
    bool first = true;
    for (const auto& l : m.slip.lines) {
      if (l.kind != LineKind::Earning) continue;
      out += fmt::format("{}{{\"code\": \"{}\", \"amount\": {}}}", first ? "" : ", ", l.code, l.amount.fixed(2));
      first = false;
    }
    out += "], \"events\": " + events_json(m.events) + "}";
  }
  return out + "\n  ]\n}\n";
}

Chart history_chart(const std::vector<MonthPay>& h, const Profile& p) {
  Chart c;
  c.title = "Paie mois par mois";
  c.subtitle = fmt::format("{} — {} à {}", profile_title(p), month_key(h.front().month), month_key(h.back().month));
  c.x_title = "Mois";
  c.y_title = "€ par mois";
  ChartSeries gross{"Salaire brut", {}, false}, net{"Net payé", {}, true};
  for (std::size_t i = 0; i < h.size(); ++i) {
    c.x_labels.push_back(month_key(h[i].month));
    gross.values.push_back(h[i].slip.gross);
    net.values.push_back(net_paid(h[i].slip));
    add_events(c, h[i].events, i);
  }
  c.series = {gross, net};
  c.notes.push_back("Chaque mois est calculé avec les valeurs en vigueur à son dernier jour (revalo history).");
  return c;
}

ChartTable history_table(const std::vector<MonthPay>& h) {
  ChartTable t{{"Mois", "Brut", "Net payé", "Événements"}, {}};
  for (const auto& m : h) {
    std::string events;
    for (const auto& e : m.events) events += (events.empty() ? "" : " ; ") + event_text(e);
    t.rows.push_back({month_key(m.month), fr_euros(m.slip.gross), euros_or_dash(net_paid(m.slip)), events});
  }
  return t;
}

// ---- rappel ----

std::string rappel_text(const Rappel& r, const Profile& p, const FormatOptions& o) {
  std::string out = fmt::format("Rappel de salaire — {} — {} à {} — demande du {}\n", profile_title(p),
                                month_key(r.months.front().pay.month), month_key(r.months.back().pay.month),
                                r.claim_date.iso());
  out += "Dû : paie que donnent les textes, valeurs rétroactives comprises, au dernier jour de chaque mois (au prorata "
         "quand une valeur change en cours de mois).\n\n";
  out += pad("Mois", 10) + pad("Dû (brut)", 16, true) + pad("Payé (brut)", 16, true) + pad("Écart", 14, true) +
         pad("Dû (net)", 16, true) + pad("Payé (net)", 16, true) + pad("Écart net", 14, true) + "\n";
  for (const auto& m : r.months) {
    out += pad(month_key(m.pay.month), 10) + pad(fr_euros(m.pay.slip.gross), 16, true) +
           pad(fr_euros(m.paid.gross), 16, true) + pad(signed_euros(m.gross_difference), 14, true) +
           pad(euros_or_dash(net_paid(m.pay.slip)), 16, true) + pad(euros_or_dash(m.paid.net), 16, true) +
           pad(m.net_difference ? signed_euros(*m.net_difference) : "—", 14, true) +
           (m.prescribed ? "  prescrit" : "") + "\n";
    for (const auto& e : m.pay.events) {
      out += "          ↳ " + event_text(e) + "\n";
      if (o.explain && !e.source.empty()) out += "            source : " + e.source + "\n";
    }
    out += prescription_text(m, o);
  }
  out += fmt::format("\nTotal de l'écart brut : {} (somme des écarts mensuels)\n", signed_euros(r.total_gross));
  if (r.total_net) out += fmt::format("Total de l'écart net payé : {}\n", signed_euros(*r.total_net));
  const auto prescribed = std::count_if(r.months.begin(), r.months.end(), [](const RappelMonth& m) { return m.prescribed; });
  if (r.prescribed_before)
    out += fmt::format("Prescription : les mois dus avant le {} sont prescrits (demande du {}) ; {} mois prescrit(s) ; "
                       "total hors mois prescrits : {}\n",
                       r.prescribed_before->iso(), r.claim_date.iso(), prescribed,
                       signed_euros(r.total_gross_not_prescribed));
  else
    out += fmt::format("Prescription (demande du {}) : règle de chaque mois ci-dessus ; {} mois prescrit(s) ; total hors "
                       "mois prescrits : {}\n",
                       r.claim_date.iso(), prescribed, signed_euros(r.total_gross_not_prescribed));
  for (const auto& w : r.warnings) out += "Attention : " + w + "\n";
  return out;
}

std::string rappel_csv(const Rappel& r, const FormatOptions& o) {
  const char s = sep(o);
  std::string out = fmt::format(
      "month{0}date{0}gross_due{0}gross_paid{0}gross_difference{0}net_due{0}net_paid{0}net_difference{0}prescribed{0}events"
      "{0}prescription_rule{0}last_claim_day\n",
      s);
  for (const auto& m : r.months) {
    std::string events;
    for (const auto& e : m.pay.events) events += (events.empty() ? "" : " | ") + event_text(e);
    out += fmt::format("{1}{0}{2}{0}{3}{0}{4}{0}{5}{0}{6}{0}{7}{0}{8}{0}{9}{0}{10}\n", s, month_key(m.pay.month),
                       m.pay.slip.date.iso(), csv_amount(m.pay.slip.gross, o), csv_amount(m.paid.gross, o),
                       csv_amount(m.gross_difference, o), csv_amount(net_paid(m.pay.slip), o), csv_amount(m.paid.net, o),
                       csv_amount(m.net_difference, o), m.prescribed ? "true" : "false", csv_field(events, s));
    out.pop_back();
    out += fmt::format("{}{}{}{}\n", s, csv_field(m.prescription.rule + " (" + m.prescription.article + ")", s), s,
                       m.prescription.last_claim_day.iso());
  }
  return out;
}

std::string rappel_json(const Rappel& r, const Profile& p) {
  std::string out = "{\n  \"profile\": " + profile_json(p, "  ") + fmt::format(",\n  \"claim_date\": \"{}\",\n", r.claim_date.iso());
  out += fmt::format("  \"prescribed_before\": {},\n",
                     r.prescribed_before ? "\"" + r.prescribed_before->iso() + "\"" : "null");
  out += "  \"months\": [";
  for (std::size_t i = 0; i < r.months.size(); ++i) {
    const auto& m = r.months[i];
    out += fmt::format("{}\n    {{\"month\": \"{}\", \"date\": \"{}\", \"gross_due\": {}, \"gross_paid\": {}, "
                       "\"gross_difference\": {}, \"net_due\": {}, \"net_paid\": {}, \"net_difference\": {}, "
                       "\"prescribed\": {}, \"prescription\": {}, \"events\": {}}}",
                       i ? "," : "", month_key(m.pay.month), m.pay.slip.date.iso(), m.pay.slip.gross.fixed(2),
                       m.paid.gross.fixed(2), m.gross_difference.fixed(2), amount_or_null(net_paid(m.pay.slip)),
                       amount_or_null(m.paid.net), amount_or_null(m.net_difference), m.prescribed,
                       fmt::format("{{\"rule\": \"{}\", \"article\": \"{}\", \"last_claim_day\": \"{}\", \"uncertain\": {}}}",
                                   json_escape(m.prescription.rule), json_escape(m.prescription.article),
                                   m.prescription.last_claim_day.iso(), m.prescription.uncertain),
                       events_json(m.pay.events));
  }
  out += fmt::format("\n  ],\n  \"total_gross_difference\": {},\n  \"total_net_difference\": {},\n"
                     "  \"total_gross_difference_not_prescribed\": {},\n  \"warnings\": {}\n}}\n",
                     r.total_gross.fixed(2), amount_or_null(r.total_net), r.total_gross_not_prescribed.fixed(2),
                     json_string_array(r.warnings));
  return out;
}

Chart rappel_chart(const Rappel& r, const Profile& p) {
  Chart c;
  c.title = "Rappel de salaire : dû et payé";
  c.subtitle = fmt::format("{} — demande du {}", profile_title(p), r.claim_date.iso());
  c.x_title = "Mois";
  c.y_title = "€ brut par mois";
  ChartSeries due{"Dû (brut)", {}, false}, paid{"Payé (brut)", {}, true};
  for (std::size_t i = 0; i < r.months.size(); ++i) {
    c.x_labels.push_back(month_key(r.months[i].pay.month));
    due.values.push_back(r.months[i].pay.slip.gross);
    paid.values.push_back(r.months[i].paid.gross);
    add_events(c, r.months[i].pay.events, i);
  }
  c.series = {due, paid};
  c.notes.push_back(fmt::format("Total de l'écart brut : {}", signed_euros(r.total_gross)));
  return c;
}

ChartTable rappel_table(const Rappel& r) {
  ChartTable t{{"Mois", "Dû (brut)", "Payé (brut)", "Écart", "Prescrit"}, {}};
  for (const auto& m : r.months)
    t.rows.push_back({month_key(m.pay.month), fr_euros(m.pay.slip.gross), fr_euros(m.paid.gross),
                      signed_euros(m.gross_difference), m.prescribed ? "oui" : ""});
  t.rows.push_back({"Total", "", "", signed_euros(r.total_gross), ""});
  return t;
}

// ---- career ----

std::string career_text(const Career& c, const Profile& p, const FormatOptions&) {
  std::string out = fmt::format("Carrière — {} — position {} — {} → {}\n", profile_title(p),
                                p.position.empty() ? "(selon le profil)" : p.position, c.before.iso(), c.after.iso());
  out += "Brut mensuel à chaque ancienneté (années révolues), aux deux dates.\n\n";
  out += pad("Ancienneté", 12) + pad("Brut " + c.before.iso(), 22, true) + pad("Brut " + c.after.iso(), 22, true) +
         pad("Écart mensuel", 16, true) + pad("Écart annuel (×12)", 20, true) + "\n";
  for (const auto& y : c.years) {
    auto d = y.difference();
    out += pad(fmt::format("{} an(s)", y.years), 12) + pad(euros_or_dash(y.gross_before), 22, true) +
           pad(euros_or_dash(y.gross_after), 22, true) + pad(d ? signed_euros(*d) : "—", 16, true) +
           pad(d ? signed_euros(*d * Decimal::from_int(12)) : "—", 20, true) + "\n";
  }
  if (c.total_gross_difference)
    out += fmt::format("\nÉcart brut sur la carrière (Σ écart mensuel × 12, une année à chaque ancienneté) : {}\n",
                       signed_euros(*c.total_gross_difference));
  else
    out += "\nÉcart sur la carrière non calculé : une année manque d'un côté.\n";
  for (const auto& w : c.warnings) out += "Attention : " + w + "\n";
  return out;
}

std::string career_csv(const Career& c, const FormatOptions& o) {
  const char s = sep(o);
  std::string out = fmt::format("years{0}gross_before{0}gross_after{0}monthly_difference{0}yearly_difference{0}"
                                "net_paid_before{0}net_paid_after\n",
                                s);
  for (const auto& y : c.years) {
    auto d = y.difference();
    out += fmt::format("{1}{0}{2}{0}{3}{0}{4}{0}{5}{0}{6}{0}{7}\n", s, y.years, csv_amount(y.gross_before, o),
                       csv_amount(y.gross_after, o), csv_amount(d, o),
                       csv_amount(d ? std::optional<Decimal>(*d * Decimal::from_int(12)) : std::nullopt, o),
                       csv_amount(y.net_before, o), csv_amount(y.net_after, o));
  }
  return out;
}

std::string career_json(const Career& c, const Profile& p) {
  std::string out = "{\n  \"profile\": " + profile_json(p, "  ") +
                    fmt::format(",\n  \"before\": \"{}\",\n  \"after\": \"{}\",\n  \"years\": [", c.before.iso(), c.after.iso());
  for (std::size_t i = 0; i < c.years.size(); ++i) {
    const auto& y = c.years[i];
    auto d = y.difference();
    out += fmt::format("{}\n    {{\"years\": {}, \"gross_before\": {}, \"gross_after\": {}, \"monthly_difference\": {}, "
                       "\"net_paid_before\": {}, \"net_paid_after\": {}}}",
                       i ? "," : "", y.years, amount_or_null(y.gross_before), amount_or_null(y.gross_after),
                       amount_or_null(d), amount_or_null(y.net_before), amount_or_null(y.net_after));
  }
  out += fmt::format("\n  ],\n  \"total_gross_difference\": {},\n  \"warnings\": {}\n}}\n",
                     amount_or_null(c.total_gross_difference), json_string_array(c.warnings));
  return out;
}

Chart career_chart(const Career& c, const Profile& p) {
  Chart ch;
  ch.title = "Salaire brut selon l'ancienneté";
  ch.subtitle = fmt::format("{} — position {} — {} et {}", profile_title(p), p.position, c.before.iso(), c.after.iso());
  ch.x_title = "Ancienneté (années)";
  ch.y_title = "€ brut par mois";
  ChartSeries before{"Brut au " + c.before.iso(), {}, true}, after{"Brut au " + c.after.iso(), {}, false};
  for (const auto& y : c.years) {
    ch.x_labels.push_back(std::to_string(y.years));
    before.values.push_back(y.gross_before);
    after.values.push_back(y.gross_after);
  }
  ch.series = {before, after};
  if (c.total_gross_difference)
    ch.notes.push_back(fmt::format("Écart brut sur la carrière (Σ écart mensuel × 12) : {}",
                                   signed_euros(*c.total_gross_difference)));
  for (const auto& w : c.warnings) ch.notes.push_back(w);
  return ch;
}

ChartTable career_table(const Career& c) {
  ChartTable t{{"Ancienneté", "Brut " + c.before.iso(), "Brut " + c.after.iso(), "Écart mensuel"}, {}};
  for (const auto& y : c.years) {
    auto d = y.difference();
    t.rows.push_back({std::to_string(y.years), euros_or_dash(y.gross_before), euros_or_dash(y.gross_after),
                      d ? signed_euros(*d) : "—"});
  }
  return t;
}

}  // namespace revalo
