// Calculator entry points: one profile at one date, and comparisons between two dates or across a measure.
#include "pay.h"

#include <algorithm>

#include <fmt/format.h>

#include "eligibility.h"
#include "employer_rates.h"
#include "format_number.h"
#include "jobs.h"
#include "net_pay.h"
#include "public_pay.h"
#include "registry.h"
#include "segur_pay.h"
#include "vocabulary.h"

namespace revalo {

namespace {

// A payslip from a declared gross (--gross), without a convention: one earning line.
Payslip declared_gross(Decimal gross, const WorkingTime& wt, Date d, const CalcOptions& opt) {
  Payslip slip;
  slip.date = d;
  slip.working_time = wt;
  PayLine l;
  l.code = "declared_gross";
  l.explained = opt.explain;
  if (opt.explain) {
    l.label = "Salaire brut déclaré";
    l.formula = fmt::format("montant mensuel déclaré (--gross) = {}", fr_euros(gross));
  }
  l.amount = gross;
  l.cite(SourceRef{"input", "brut déclaré (--gross)", d, &input_provenance()});
  append_line(slip.lines, std::move(l));
  slip.gross = slip.lines.front().amount;
  return slip;
}

// The gross payslip: a convention's, a public agent's from the indice majoré, or a declared gross.
Result<Payslip> gross_pay(const RateSheet& rs, const Profile& p, const PositionOverride& o, std::optional<Status> status,
                          const CalcOptions& opt) {
  const GridSet& g = rs.grids();
  const Date d = rs.date();
  // --nbi alone builds a public payslip from --indice-majore; with a convention (a public grid) it is that grid's.
  const bool public_base = p.indice_majore || (p.nbi && p.convention.empty());
  if (!p.convention.empty() && (public_base || p.gross))
    return make_error(ErrorKind::Usage, "donnez --convention, ou --gross / --indice-majore sans convention, pas les deux");
  if (public_base) {
    if (!status)
      return make_error(ErrorKind::Usage, "--indice-majore demande --status public-titulaire ou public-contractuel");
    return compute_public_gross(g, p, d, *status, opt);
  }
  if (p.base) {
    // A private employee's own grid base, with the Ségur allowance that applies (segur_pay.h).
    if (p.gross) return make_error(ErrorKind::Usage, "donnez --base ou --gross, pas les deux");
    if (!status) return make_error(ErrorKind::Usage, "--base demande --status prive ou prive-cadre");
    return compute_base_pay(g, p, d, *status, opt);
  }
  if (p.gross) {
    if (!status)
      return make_error(ErrorKind::Usage, fmt::format("--gross demande --status ({})", fmt::join(status_keys(), ", ")));
    if (*status == Status::PublicTitulaire)
      return make_error(ErrorKind::Usage, "l'assiette CNRACL d'un fonctionnaire est le traitement indiciaire : donnez "
                                          "--indice-majore (avec --gross, le reste du brut est pris comme primes)");
    auto wt = legal_working_time(rs, p);
    if (!wt) return wt.error();
    return declared_gross(*p.gross, *wt, d, opt);
  }
  if (p.convention.empty())
    return make_error(ErrorKind::Input, fmt::format("aucune convention : donnez --convention ({}), ou un profil avec "
                                                    "convention = \"…\", ou --gross MONTANT --status STATUT",
                                                    fmt::join(convention_ids(), ", ")));
  if (const Convention* c = find_convention(p.convention)) return c->gross_pay(rs, p, o, opt);
  if (const Vocabulary* v = g.vocabulary("convention"); v && find_term(*v, p.convention))
    return make_error(ErrorKind::Usage, fmt::format("revalo n'a pas de grille pour la convention « {} » : donnez le salaire de "
                                                    "base de la personne avec --base MONTANT et --status",
                                                    p.convention));
  auto near = nearest_names(p.convention, convention_ids());
  return make_error(ErrorKind::Input, fmt::format("convention inconnue : « {} » ; connues : {}", p.convention,
                                                  fmt::join(near, ", ")));
}

// The status of an agreement's employee: the one given, if the agreement's sector allows it, or else its cadre rule's.
std::optional<Error> convention_status(const RateSheet& rs, const Convention& c, const Profile& p, Payslip& slip,
                                       std::optional<Status>& status, const CalcOptions& opt) {
  const bool is_public = status && (*status == Status::PublicTitulaire || *status == Status::PublicContractuel);
  if (status && is_public != c.public_sector)
    return make_error(ErrorKind::Input,
                      fmt::format("la convention {} est une convention du secteur {} : le statut est {}, pas {}",
                                  slip.convention, c.public_sector ? "public" : "privé",
                                  c.public_sector ? "public-titulaire ou public-contractuel" : "prive ou prive-cadre",
                                  p.status));
  if (status) return std::nullopt;
  if (c.public_sector) {
    status = Status::PublicTitulaire;
    if (opt.explain) slip.status_note = "déduit de la grille publique : fonctionnaire titulaire";
    return std::nullopt;
  }
  const bool cadre = c.is_cadre && c.is_cadre(rs, slip);
  status = cadre ? Status::PriveCadre : Status::Prive;
  if (opt.explain) slip.status_note = fmt::format("déduit de la convention, position {}", cadre ? "cadre" : "non cadre");
  return std::nullopt;
}

// The measure allowances (grids/segur) on top of an agreement's grid pay, prorated like the base. An agreement
// whose employer type no measure of the law includes (the BAD) gets one only from a scenario that names it: the
// sheet works that out once.
std::optional<Error> add_measures_on_top(const RateSheet& rs, const Convention& c, const Profile& p, Status status,
                                         const CalcOptions& opt, Payslip& slip) {
  if (!c.measures_on_top) return std::nullopt;
  if (!c.employer_type.empty() &&
      !rs.fact(c.employer_type, [&] { return some_measure_includes(rs.grids(), "employer", c.employer_type); }))
    return std::nullopt;
  auto allowance = segur_line(rs.grids(), p, rs.date(), status, slip.working_time, opt);
  if (!allowance && p.structure_type.empty()) {
    // The grid pay stands without the workplace; the allowance on top needs it (or --segur): said, not guessed.
    slip.warnings.push_back("indemnités Ségur, Laforcade et métiers socio-éducatifs non évaluées : la structure n'est "
                            "pas donnée ; précisez --structure pour les ajouter à la paie de la grille");
    return std::nullopt;
  }
  if (!allowance) return allowance.error();
  if (*allowance) {
    slip.gross += (*allowance)->amount;
    append_line(slip.lines, std::move(**allowance));
  }
  return std::nullopt;
}

// A comparison where the gross falls says so; when the agreement after has an allowance that may make up for the
// fall and the payslip does not have it, the warning names the input it comes from (Convention::fall_allowance_*).
void add_fall_warning(Comparison& c) {
  if (c.delta_gross >= Decimal()) return;
  std::string text = fmt::format("le brut baisse de {}", fr_euros(-c.delta_gross));
  if (c.delta_gross_pct) text += fmt::format(" ({} %)", fr_fixed(*c.delta_gross_pct, 2));
  const auto& net_paid = c.delta_net[4];
  if (net_paid && *net_paid < Decimal()) text += fmt::format(" et le net payé de {}", fr_euros(-*net_paid));
  text += fmt::format(" entre le {} et le {}", c.before.date.iso(), c.after.date.iso());
  const Convention* conv = c.after.convention.empty() ? nullptr : find_convention(c.after.convention);
  if (conv && !conv->fall_allowance_code.empty() &&
      std::none_of(c.after.lines.begin(), c.after.lines.end(),
                   [&](const PayLine& l) { return l.code == conv->fall_allowance_code; }))
    text += fmt::format(" : {}", conv->fall_allowance_hint);
  c.warnings.push_back(std::move(text));
}

}  // namespace

// The payslip functions return one named Result on every path, so that the payslip is built in place (no move).
Result<Payslip> compute_pay(const RateSheet& rs, const Profile& profile, const PositionOverride& o,
                            const CalcOptions& opt) {
  Result<Payslip> slip = compute_gross_pay(rs, profile, o, opt);
  if (slip)
    if (auto e = add_net_pay(rs, profile, *slip, opt)) slip = std::move(*e);
  return slip;
}

Result<Payslip> compute_pay(const GridSet& grids, const Profile& profile, Date date, const PositionOverride& o,
                            const CalcOptions& opt) {
  return compute_pay(RateSheet(grids, date), profile, o, opt);
}

namespace {

// The status the profile gives, if any (an unknown one is an error).
std::optional<Error> given_status(const Profile& profile, std::optional<Status>& status) {
  if (profile.status.empty()) return std::nullopt;
  status = parse_status(profile.status);
  if (status) return std::nullopt;
  return make_error(ErrorKind::Input, fmt::format("statut inconnu : « {} » ; connus : {}", profile.status,
                                                  fmt::join(nearest_names(profile.status, status_keys()), ", ")));
}

// What follows the grid pay: the warning on very few monthly hours, the agreement's status and the measures on top.
std::optional<Error> complete_gross(const RateSheet& rs, const Profile& profile, std::optional<Status> status,
                                    const CalcOptions& opt, Payslip& slip) {
  // Monthly hours under 40 are most often weekly hours typed in the monthly field (35 for a full time).
  if (profile.hours && *profile.hours < Decimal::from_int(40))
    slip.warnings.push_back(fmt::format("{0} heures par mois (--hours {0}), c'est un temps très partiel : si ce sont des "
                                        "heures par semaine, donnez --hours-per-week {0} (heures_hebdo dans un fichier)",
                                        profile.hours->str()));
  const Convention* convention = slip.convention.empty() ? nullptr : find_convention(slip.convention);
  if (convention) {
    if (auto e = convention_status(rs, *convention, profile, slip, status, opt)) return e;
    if (auto e = add_measures_on_top(rs, *convention, profile, *status, opt, slip)) return e;
  }
  slip.status = status_key(*status);
  return std::nullopt;
}

}  // namespace

Result<Payslip> compute_gross_pay(const RateSheet& rs, const Profile& profile, const PositionOverride& o,
                                  const CalcOptions& opt) {
  std::optional<Status> status;
  std::optional<Error> bad_status = given_status(profile, status);
  Result<Payslip> slip = bad_status ? Result<Payslip>(std::move(*bad_status)) : gross_pay(rs, profile, o, status, opt);
  if (slip)
    if (auto e = complete_gross(rs, profile, status, opt, *slip)) slip = std::move(*e);
  return slip;
}

Result<Payslip> compute_gross_pay(const GridSet& grids, const Profile& profile, Date date, const PositionOverride& o,
                                  const CalcOptions& opt) {
  return compute_gross_pay(RateSheet(grids, date), profile, o, opt);
}

std::optional<Error> add_net_pay(const RateSheet& rs, const Profile& profile, Payslip& slip, const CalcOptions& opt) {
  // Apprentices are exempt from employee contributions up to a share of the SMIC (net_pay.h, net.apprenti.*).
  auto status = parse_status(slip.status);
  if (!status) return make_error(ErrorKind::Internal, fmt::format("statut « {} » inattendu", slip.status));
  const Convention* c = slip.convention.empty() ? nullptr : find_convention(slip.convention);
  NetInputs inputs = net_inputs(profile, *status, slip.working_time);
  if (c) inputs.conventional_prevoyance = c->prevoyance_param;
  if (auto e = add_net(rs, slip, inputs, opt)) return e;
  // The employer side, on the gross and the net layer's employer shares (employer_rates.h).
  if (wants_employer_cost(profile) && profile.apprentice_age) {
    slip.warnings.push_back("coût employeur d'un apprenti non calculé : ses exonérations propres ne sont pas encodées");
  } else if (wants_employer_cost(profile)) {
    EmployerInputs in = employer_inputs(profile, *status, slip.working_time);
    if (in.employer.empty() && c) in.employer = c->employer_type;  // the employer type its agreement implies
    auto employer = compute_employer(rs, slip, in, opt);
    if (!employer) return employer.error();
    for (auto& l : employer->lines) slip.lines.push_back(std::move(l));
    slip.employer = std::move(employer->figures);
    for (auto& w : employer->warnings) slip.warnings.push_back(std::move(w));
  } else if (profile.taux_at || profile.versement_mobilite || profile.taxe_salaires || profile.taxe_apprentissage) {
    slip.warnings.push_back("coût employeur non calculé : donnez l'effectif de l'employeur (--headcount)");
  }
  return std::nullopt;
}

std::optional<Error> add_net_pay(const GridSet& grids, const Profile& profile, Payslip& slip, Date date,
                                 const CalcOptions& opt) {
  return add_net_pay(RateSheet(grids, date), profile, slip, opt);
}

Result<MeasureDates> measure_dates(const GridSet& grids, const std::string& measure, const Profile* profile) {
  // An agreement's measure starts with the first version of the parameter that carries it; its date is data.
  std::vector<std::string> known;
  for (const Convention* c : conventions())
    for (const auto& [id, param] : c->measures) {
      known.emplace_back(id);
      if (measure != id) continue;
      auto p = grids.param(param);
      if (!p) return p.error();
      Date start = (*p)->versions.front().from;
      return MeasureDates{start.add_days(-1), start};
    }
  // The measures of the grids (grids/segur) start on the first day one of their rules applies to the profile.
  for (const auto& m : grids.measures) {
    known.push_back(m.id);
    if (measure != m.id) continue;
    if (!profile)
      return make_error(ErrorKind::Usage, fmt::format("le début de la mesure {} dépend de l'employeur, de la "
                                                      "structure et de l'emploi de chacun : comparez un profil avec "
                                                      "--measure, ou donnez --before et --after",
                                                      m.id));
    auto start = measure_start(grids, *profile, m);
    if (!start) return start.error();
    return MeasureDates{start->add_days(-1), *start};
  }
  return make_error(ErrorKind::Input, fmt::format("mesure inconnue : « {} » ; mesures connues : {}", measure,
                                                  fmt::join(nearest_names(measure, known), ", ")));
}

Result<Comparison> compute_compare(const RateSheet& before, const RateSheet& after, const Profile& profile,
                                   const PositionOverride& before_position, const PositionOverride& after_position,
                                   const CalcOptions& opt) {
  auto b = compute_pay(before, profile, before_position, opt);
  if (!b) return b.error();
  auto a = compute_pay(after, profile, after_position, opt);
  if (!a) return a.error();
  return compare_payslips(std::move(*b), std::move(*a), opt);
}

Result<Comparison> compute_compare(const GridSet& grids, const Profile& profile, Date before, Date after,
                                   const PositionOverride& before_position, const PositionOverride& after_position,
                                   const CalcOptions& opt) {
  return compute_compare(RateSheet(grids, before), RateSheet(grids, after), profile, before_position, after_position,
                         opt);
}

PayDeltas pay_deltas(const Payslip& before, const Payslip& after) {
  PayDeltas d;
  d.gross = after.gross - before.gross;
  if (!before.gross.is_zero()) d.gross_pct = d.gross.mul_div(Decimal::from_int(100), before.gross).round_to(2);
  if (before.employer && after.employer) {
    d.employer_cost = after.employer->cost - before.employer->cost;
    d.employer_contributions = after.employer->contributions - before.employer->contributions;
  }
  if (before.net && after.net) {
    const auto b = before.net->all(), a = after.net->all();
    for (std::size_t i = 0; i < b.size(); ++i)
      if (b[i]->amount && a[i]->amount) d.net[i] = *a[i]->amount - *b[i]->amount;
  }
  return d;
}

Comparison compare_payslips(Payslip&& before, Payslip&& after, const CalcOptions& opt) {
  const PayDeltas d = pay_deltas(before, after);
  Comparison c;
  c.before = std::move(before);
  c.after = std::move(after);
  c.delta_gross = d.gross;
  c.delta_gross_pct = d.gross_pct;
  c.delta_net = d.net;
  c.delta_employer_cost = d.employer_cost;
  c.delta_employer_contributions = d.employer_contributions;
  if (opt.explain) add_fall_warning(c);
  return c;
}

std::vector<LinePair> pair_lines(const Comparison& c) {
  std::vector<LinePair> out;
  for (const auto& l : c.before.lines) out.push_back({l.code, &l, nullptr});
  for (const auto& l : c.after.lines) {
    auto it = std::find_if(out.begin(), out.end(), [&](const LinePair& p) { return p.code == l.code; });
    if (it != out.end()) {
      it->after = &l;
      continue;
    }
    // A line new after goes after the last line of its kind (the income tax stays last of the deductions).
    auto last = std::find_if(out.rbegin(), out.rend(), [&](const LinePair& p) {
      return (p.before ? p.before : p.after)->kind == l.kind && p.code != kNetFigureCodes[3];
    });
    out.insert(last.base(), {l.code, nullptr, &l});
  }
  return out;
}

}  // namespace revalo
