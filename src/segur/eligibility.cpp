// Eligibility to the pay measures of the grids (see eligibility.h). This file is mechanism only: which rules are in
// force, which match the profile, and the no-cumul selection; who is covered, from when and for how much is data.
#include "eligibility.h"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "format_number.h"
#include "vocabulary.h"

namespace revalo {
namespace {

// The profile's value for each vocabulary (nullptr: not given) and each yes/no criterion.
struct Context {
  std::map<std::string, const Term*, std::less<>> terms;
  std::map<std::string, std::optional<bool>, std::less<>> flags;
  std::string declared;  // "applied", "not-applied" or empty
  std::vector<std::string> notes;
};

std::string flag_name(std::string_view field) {
  std::string f = "--" + std::string(field);
  std::replace(f.begin(), f.end(), '_', '-');
  return f;
}

Result<Context> make_context(const GridSet& g, const Profile& p) {
  Context ctx;
  ctx.declared = p.segur;
  std::map<std::string, std::string> given;
  for (const auto& [k, v] : profile_echo(p, core_profile_fields())) given[k] = v;
  for (const auto& v : g.vocabularies) {
    auto it = given.find(v.id);
    if (it == given.end()) {
      ctx.terms[v.id] = v.default_term.empty() ? nullptr : term_by_id(v, v.default_term);
      continue;
    }
    auto t = find_term(v, it->second);
    if (!t) return t.error();
    ctx.terms[v.id] = *t;
  }
  // A given term implies values of other vocabularies (convention ccn51 → employer non-lucratif).
  for (const auto& v : g.vocabularies) {
    const Term* t = ctx.terms[v.id];
    if (!t || !given.count(v.id)) continue;
    for (const auto& [other_id, implied_id] : t->implies) {
      const Vocabulary* other = g.vocabulary(other_id);
      const Term* implied = term_by_id(*other, implied_id);
      const Term*& current = ctx.terms[other_id];
      if (!given.count(other_id)) {
        current = implied;
        ctx.notes.push_back(fmt::format("{} « {} » déduit de {} « {} »", other->label, implied->label, v.label, t->label));
      } else if (current != implied) {
        return make_error(ErrorKind::Input, fmt::format("{} « {} » implique {} « {} », pas « {} »", v.id, t->id, other_id,
                                                        implied_id, current->id));
      }
    }
  }
  for (const auto& m : g.measures)
    for (const auto& c : m.clauses)
      for (const auto& [f, want] : c.flags) {
        auto it = given.find(f);
        ctx.flags[f] = it == given.end() ? std::nullopt : std::optional<bool>(it->second == "yes");
      }
  return ctx;
}

enum class Match { Yes, No, Unknown };

struct ClauseMatch {
  Match match = Match::Yes;
  int failures = 0;
  std::string failed;                // French: the first criterion failed
  std::vector<std::string> unknown;  // profile fields not given that the rule needs
};

ClauseMatch match_clause(const GridSet& g, const Context& ctx, const Clause& c) {
  ClauseMatch r;
  for (const auto& [vid, ids] : c.terms) {
    const Vocabulary& v = *g.vocabulary(vid);
    const Term* t = ctx.terms.find(vid)->second;
    if (!t) {
      r.unknown.push_back(vid);
      continue;
    }
    bool ok = std::any_of(ids.begin(), ids.end(), [&](const std::string& id) { return term_in(v, *t, id); });
    if (ok) continue;
    if (r.failures++ == 0) {
      std::vector<std::string> labels;
      for (const auto& id : ids) labels.push_back(term_label(v, id));
      r.failed = fmt::format("{} « {} » hors du champ ({})", v.label, t->label, fmt::join(labels, ", "));
    }
  }
  for (const auto& [f, want] : c.flags) {
    auto it = ctx.flags.find(f);
    if (it == ctx.flags.end() || !it->second) {
      r.unknown.push_back(f);
      continue;
    }
    if (*it->second == want) continue;
    if (r.failures++ == 0) r.failed = fmt::format("la règle exige {} {}", flag_name(f), want ? "yes" : "no");
  }
  r.match = r.failures ? Match::No : r.unknown.empty() ? Match::Yes : Match::Unknown;
  return r;
}

std::string rule_name(const Clause& c) { return c.row.empty() ? c.label : fmt::format("{} ({})", c.label, c.row); }

void add_needs(std::vector<std::string>& needs, const std::vector<std::string>& fields) {
  for (const auto& f : fields)
    if (std::find(needs.begin(), needs.end(), f) == needs.end()) needs.push_back(f);
}

// The outcome of one measure on one day (steps 1–4 of eligibility.h), without the no-cumul selection.
MeasureOutcome evaluate_at(const GridSet& g, const Context& ctx, const Measure& m, Date d) {
  MeasureOutcome out;
  out.measure = &m;
  std::vector<std::string> pending;  // fields whose absence leaves a rule in force undecided
  const Clause* first_pending = nullptr;
  const Clause* undecided = nullptr;
  const Clause* included = nullptr;
  for (ClauseEffect effect : {ClauseEffect::Exclude, ClauseEffect::Undecidable, ClauseEffect::Include}) {
    for (const auto& c : m.clauses) {
      if (c.effect != effect || !c.covers(d)) continue;
      ClauseMatch cm = match_clause(g, ctx, c);
      if (cm.match == Match::Unknown) {
        if (effect != ClauseEffect::Include || !included) {
          add_needs(pending, cm.unknown);
          // Shown with the outcome: preferably the inclusion rule that the missing field would decide.
          if (!first_pending || (effect == ClauseEffect::Include && first_pending->effect != ClauseEffect::Include))
            first_pending = &c;
        }
        continue;
      }
      if (cm.match == Match::No) continue;
      if (effect == ClauseEffect::Exclude) {
        out.clause = &c;
        out.reason = fmt::format("exclu : {}", rule_name(c));
        return out;
      }
      if (effect == ClauseEffect::Undecidable && !undecided) undecided = &c;
      if (effect == ClauseEffect::Include && !included) included = &c;
    }
  }
  if (undecided) {
    out.clause = undecided;
    if (ctx.declared == "applied") {
      out.outcome = Outcome::Applies;
      out.declared = true;
      out.reason = fmt::format("déclaré applicable (--segur applied) : {}", rule_name(*undecided));
    } else if (ctx.declared == "not-applied") {
      out.declared = true;
      out.reason = fmt::format("déclaré non applicable (--segur not-applied) : {}", rule_name(*undecided));
    } else {
      out.outcome = Outcome::Undecidable;
      out.reason = fmt::format("{}{}{} — à déclarer avec --segur applied|not-applied",
                               rule_name(*undecided), undecided->provenance.note.empty() ? "" : " ; ",
                               undecided->provenance.note);
    }
    return out;
  }
  if (included && pending.empty()) {
    out.outcome = Outcome::Applies;
    out.clause = included;
    out.reason = rule_name(*included);
    return out;
  }
  if (included || !pending.empty()) {
    out.outcome = Outcome::Undecidable;
    out.needs = pending;
    std::vector<std::string> flags;
    for (const auto& f : pending) flags.push_back(flag_name(f));
    out.clause = included ? included : first_pending;
    out.reason = fmt::format("dépend de données absentes du profil : préciser {}", fmt::join(flags, ", "));
    return out;
  }
  // Nearest miss: an inclusion rule that matches the profile but is not in force that day, else the one that fails
  // on the fewest criteria (a criterion the profile does not give counts as failed).
  const Clause* best = nullptr;
  ClauseMatch best_match;
  for (const auto& c : m.clauses) {
    if (c.effect != ClauseEffect::Include) continue;
    ClauseMatch cm = match_clause(g, ctx, c);
    if (cm.match == Match::Yes) {
      out.clause = &c;
      out.reason = d < c.from ? fmt::format("pas avant le {} : {}", c.from.iso(), rule_name(c))
                              : fmt::format("a pris fin le {} : {}", c.to.iso(), rule_name(c));
      if (d < c.from) return out;  // the first one in force later is the most telling
      continue;
    }
    auto distance = [](const ClauseMatch& x) { return x.failures + static_cast<int>(x.unknown.size()); };
    if (!best || distance(cm) < distance(best_match)) {
      best = &c;
      best_match = cm;
    }
  }
  if (out.clause) return out;
  if (best) {
    out.clause = best;
    out.reason = best_match.match == Match::No ? fmt::format("{} — règle la plus proche : {}", best_match.failed,
                                                             rule_name(*best))
                                               : fmt::format("règle la plus proche : {}", rule_name(*best));
  } else {
    out.reason = "aucune règle d'inclusion";
  }
  return out;
}

// The days on which a measure's outcome can change: every rule's start and the day after every rule's end.
std::vector<Date> change_days(const Measure& m) {
  std::set<Date> days;
  for (const auto& c : m.clauses) {
    days.insert(c.from);
    if (!c.open_ended) days.insert(c.to.add_days(1));
  }
  return {days.begin(), days.end()};
}

// First day of the run of days, ending on d, on which the measure applies.
std::optional<Date> applies_since(const GridSet& g, const Context& ctx, const Measure& m, Date d) {
  std::optional<Date> since;
  for (Date day : change_days(m)) {
    if (d < day) break;
    if (evaluate_at(g, ctx, m, day).outcome == Outcome::Applies) {
      if (!since) since = day;
    } else {
      since.reset();
    }
  }
  return since;
}

// The earliest start among a measure's rules that could decide it on d (to order undecidable measures).
Date possible_since(const MeasureOutcome& o, Date d) { return o.clause ? std::min(o.clause->from, d) : d; }

}  // namespace

std::string outcome_key(Outcome o) {
  switch (o) {
    case Outcome::Applies: return "applies";
    case Outcome::DoesNotApply: return "does_not_apply";
    case Outcome::Undecidable: return "undecidable";
  }
  return "";
}

Result<MeasureAmount> measure_amount(const GridSet& g, const Measure& m, const Clause& c, const std::string& status,
                                     Date d) {
  if (c.amount.empty())
    return make_error(ErrorKind::MissingData,
                      fmt::format("mesure {} : la règle « {} » ne donne pas de montant ({}:{}) : la fiche de référence n'en a pas",
                                  m.id, c.label, c.provenance.file, c.provenance.line));
  auto p = g.param(c.amount);
  if (!p) return p.error();
  MeasureAmount a;
  a.param = *p;
  a.unit = (*p)->unit;
  auto v = g.at(c.amount, d);
  if (!v) return v.error();
  a.version = *v;
  if ((*p)->kind == ParamKind::Table) {
    const std::string key = c.amount_key.empty() ? status : c.amount_key;
    if (key.empty())
      return make_error(ErrorKind::Usage, fmt::format("le montant de la mesure {} dépend du statut : donnez --status "
                                                      "({})",
                                                      m.id, fmt::join([&] {
                                                        std::vector<std::string> keys;
                                                        for (const auto& [k, cell] : (*v)->cells) keys.push_back(k);
                                                        return keys;
                                                      }(), ", ")));
    auto cell = g.cell_at(c.amount, key, d);
    if (!cell) return cell.error();
    a.cell = *cell;
    a.value = (*cell)->values.front();
  } else {
    a.value = (*v)->number;
  }
  return a;
}

Result<Eligibility> evaluate_eligibility(const GridSet& g, const Profile& p, Date d) {
  auto ctx = make_context(g, p);
  if (!ctx) return ctx.error();
  Eligibility e;
  e.date = d;
  e.context_notes = ctx->notes;
  for (const auto& m : g.measures) {
    MeasureOutcome o = evaluate_at(g, *ctx, m, d);
    if (o.outcome == Outcome::Applies) o.since = applies_since(g, *ctx, m, d);
    const bool priced = o.clause && (o.outcome == Outcome::Applies ||
                                     (o.outcome == Outcome::Undecidable && o.clause->effect != ClauseEffect::Include));
    if (priced) {
      auto a = measure_amount(g, m, *o.clause, p.status, d);
      if (!a) {
        o.amount_missing = a.error().message;
      } else {
        o.amount = *a;
        if (a->unit == "EUR") {
          o.amount_eur = a->value;
        } else if (auto point = g.number_at("net.public.point_indice_annual", d)) {
          o.amount_eur = a->value.mul_div(*point, Decimal::from_int(12)).round_cents();
        }
      }
    }
    e.measures.push_back(std::move(o));
  }
  // Measures in the order they started (their earliest rule), then in grid order.
  auto first_day = [](const MeasureOutcome& o) {
    Date first = o.measure->clauses.front().from;
    for (const auto& c : o.measure->clauses) first = std::min(first, c.from);
    return first;
  };
  std::stable_sort(e.measures.begin(), e.measures.end(),
                   [&](const MeasureOutcome& a, const MeasureOutcome& b) { return first_day(a) < first_day(b); });
  // No cumul: first the measures that are not residual, then (when none is paid or blocked) the residual ones.
  for (bool residual : {false, true}) {
    if (e.paid || e.blocked) {
      if (!residual) continue;
      // A residual measure only covers people that no other measure covers.
      for (auto& o : e.measures) {
        if (!o.measure->residual || o.outcome == Outcome::DoesNotApply) continue;
        o.since.reset();
        o.needs.clear();
        o.amount.reset();
        o.amount_eur.reset();
        o.amount_missing.clear();
        if (e.paid) {
          o.outcome = Outcome::DoesNotApply;
          o.reason = fmt::format("réservée aux salariés qu'aucune autre mesure ne couvre : déjà couvert par {} "
                                 "(pas de cumul)",
                                 e.measures[*e.paid].measure->id);
        } else {
          o.outcome = Outcome::Undecidable;
          o.reason = "réservée aux salariés qu'aucune autre mesure ne couvre : dépend d'une autre mesure indécidable";
        }
      }
      break;
    }
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < e.measures.size(); ++i) {
      MeasureOutcome& o = e.measures[i];
      if (o.measure->residual != residual || o.outcome == Outcome::DoesNotApply) continue;
      for (const auto& other : e.measures)
        if (other.outcome == Outcome::Applies &&
            std::find(other.measure->supersedes.begin(), other.measure->supersedes.end(), o.measure->id) !=
                other.measure->supersedes.end())
          o.not_paid = fmt::format("remplacée par {} (pas de double paiement)", other.measure->id);
      if (o.not_paid.empty()) candidates.push_back(i);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) {
      auto start = [&](const MeasureOutcome& o) { return o.since ? *o.since : possible_since(o, d); };
      return start(e.measures[a]) < start(e.measures[b]);
    });
    if (candidates.empty()) continue;
    MeasureOutcome& first = e.measures[candidates.front()];
    if (first.outcome == Outcome::Undecidable) {
      e.blocked = make_error(ErrorKind::Input, fmt::format("Ségur : au {}, la mesure {} est indécidable pour ce "
                                                           "profil : {}",
                                                           d.iso(), first.measure->id, first.reason));
    } else {
      first.paid = true;
      e.paid = candidates.front();
    }
    for (std::size_t i : candidates)
      if (i != candidates.front() && e.measures[i].outcome == Outcome::Applies)
        e.measures[i].not_paid = fmt::format("pas de cumul : {} s'applique déjà{}", first.measure->id,
                                             first.since ? " depuis le " + first.since->iso() : "");
  }
  return e;
}

bool some_measure_includes(const GridSet& g, std::string_view vocabulary, std::string_view term) {
  for (const auto& m : g.measures)
    for (const auto& c : m.clauses) {
      if (c.effect != ClauseEffect::Include) continue;
      auto it = c.terms.find(vocabulary);
      if (it != c.terms.end() && std::find(it->second.begin(), it->second.end(), term) != it->second.end()) return true;
    }
  return false;
}

Result<Date> measure_start(const GridSet& g, const Profile& p, const Measure& m) {
  auto ctx = make_context(g, p);
  if (!ctx) return ctx.error();
  std::string last_reason = "aucune règle";
  for (Date day : change_days(m)) {
    MeasureOutcome o = evaluate_at(g, *ctx, m, day);
    if (o.outcome == Outcome::Applies) return day;
    if (o.outcome == Outcome::Undecidable)
      return make_error(ErrorKind::Input, fmt::format("mesure {} au {} : {}", m.id, day.iso(), o.reason));
    last_reason = o.reason;
  }
  return make_error(ErrorKind::Input, fmt::format("la mesure {} ne s'applique jamais à ce profil ({})", m.id, last_reason));
}

}  // namespace revalo
