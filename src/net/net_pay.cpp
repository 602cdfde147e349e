// Gross → net (see net_pay.h). Every rate, ceiling and date comes from grids/net and grids/common
// (docs/net-params.md). This file holds the statuses, the inputs of a profile, and compute_net, which runs the steps
// of net_contributions.cpp (tranches, contributions, prévoyance, CSG/CRDS) and then the net figures and the
// prélèvement à la source.
#include "net_pay.h"

#include <fmt/format.h>

#include "format_number.h"
#include "net_internal.h"

namespace revalo {
namespace net_detail {

PayLine NetState::line(std::string_view code, const char* label, LineKind kind) const {
  PayLine l;
  start(l, code, label, kind);
  return l;
}

namespace {

// The employer's health and prévoyance shares (NetFigures::employer_shares) are these information lines.
bool employer_share(std::string_view code, LineKind kind) {
  return kind == LineKind::Info && (code == "health_insurance_employer" || code == "prevoyance_employer");
}

}  // namespace

Decimal NetState::share(std::string_view code, const char* label, LineKind kind, Decimal base, Decimal rate,
                        const std::string& base_text, std::initializer_list<SourceRef> sources, const char* note,
                        bool after_csg) {
  const Decimal amount = base.percent(rate).round_cents();
  if (!opt.explain) {
    for (const auto& src : sources) figures.lean_flags.cite(src);
    if (employer_share(code, kind)) figures.employer_shares += amount;
    return amount;
  }
  PayLine l = line(code, label, kind);
  l.base = base;
  l.base_unit = "EUR";
  l.rate = rate;
  l.rate_unit = "%";
  l.amount = amount;
  l.formula = fmt::format("{} × {} = {}{}", base_text, pct(rate), fr_euros(amount), note);
  for (const auto& src : sources) l.cite(src);
  if (after_csg) pending.push_back(std::move(l));
  else add(std::move(l));
  return amount;
}

void NetState::add(PayLine&& l) {
  if (employer_share(l.code, l.kind)) figures.employer_shares += l.amount.round_cents();
  if (opt.explain) {
    append_line(lines, std::move(l));
    return;
  }
  figures.lean_flags.add(l.flags());
}

void NetState::start(PayLine& l, std::string_view code, const char* label, LineKind kind) const {
  l.code = code;
  l.kind = kind;
  l.explained = opt.explain;
  if (opt.explain) l.label = label;
}

std::string eur(Decimal d) { return fr_number(d, 2) + " €"; }
std::string pct(Decimal d) { return fr_number(d, 2) + " %"; }

SourceRef input_source(Date d, std::string_view what) { return SourceRef{"input", what, d, &input_provenance()}; }

}  // namespace net_detail

namespace {

using namespace net_detail;
const Decimal kZero;


}  // namespace

NetInputs net_inputs(const Profile& p, Status status, const WorkingTime& wt) {
  NetInputs in;
  in.status = status;
  in.alsace_moselle = p.alsace_moselle;
  in.health_employee = p.mutuelle_salarie.value_or(kZero);
  in.health_employer = p.mutuelle_employeur.value_or(kZero);
  in.prevoyance_employee = p.prevoyance_salarie.value_or(kZero);
  in.prevoyance_employer = p.prevoyance_employeur.value_or(kZero);
  in.prevoyance_employer_given = p.prevoyance_employeur.has_value();
  in.apprentice = p.apprentice_age.has_value() || p.apprentice_year.has_value();
  in.contract_start = p.contract_start;
  in.tax_rate = p.taux_pas;
  in.working_time = wt;
  return in;
}


const ParamKey kTauxNeutre{"net.pas.taux_neutre"};
const ParamKey kMnsRule{"net.mns.rule"};

Result<TaxRate> taux_neutre(const GridSet& g, Decimal net_taxable, Date d) {
  return taux_neutre(RateSheet(g, d), net_taxable);
}

Result<TaxRate> taux_neutre(const RateSheet& rs, Decimal net_taxable) {
  const GridSet& g = rs.grids();
  const Date d = rs.date();
  auto v = rs.at(kTauxNeutre);
  if (!v) return v.error();
  const ScaleStep* step = scale_step(**v, net_taxable);
  if (!step || !step->value)
    return make_error(ErrorKind::MissingData,
                      fmt::format("« net.pas.taux_neutre » ({}) ne donne pas de taux pour un net imposable de {} au {} ({})",
                                  g.params.at("net.pas.taux_neutre").label, net_taxable.str(), d.iso(),
                                  g.params.at("net.pas.taux_neutre").file));
  return TaxRate{*step->value, *v};
}

namespace {

using namespace net_detail;

// A net figure; its formula is built only when asked for (CalcOptions::explain).
template <typename Formula>
void figure(const NetState& s, NetFigure& fig, const char* code, const char* label, std::optional<Decimal> amount,
            const Formula& formula) {
  fig.code = code;
  fig.label = label;
  fig.amount = amount;
  if (s.opt.explain) fig.formula = formula();
}

// Montant net social: which definition applies is data (net.mns.rule); none before its first version.
std::optional<Error> net_social(NetState& s) {
  NetFigures& f = s.figures;
  const Version* mns_rule = s.rs.find(kMnsRule);
  if (!mns_rule) {
    auto mns_param = s.g.param(kMnsRule.id());
    if (!mns_param) return mns_param.error();
    figure(s, f.net_social, kNetFigureCodes[2], "Montant net social", std::nullopt, [&] {
      return fmt::format("pas de montant net social avant le {} (première version de net.mns.rule)",
                         (*mns_param)->versions.front().from.iso());
    });
    return std::nullopt;
  }
  Decimal mns = s.brut - s.compulsory - s.in.health_employee;
  std::string text;
  if (s.opt.explain)
    text = fmt::format("brut {} − cotisations et contributions salariales obligatoires {} − "
                       "complémentaire santé salariale {}",
                       fr_euros(s.brut), fr_euros(s.compulsory), fr_euros(s.in.health_employee));
  if (mns_rule->text == "mns_2023") {
    mns += s.prevoyance_employer;
    if (s.opt.explain)
      text += fmt::format(" + prévoyance part employeur {} (règle 2023 : prévoyance salariale non déduite)",
                          fr_euros(s.prevoyance_employer));
  } else if (mns_rule->text == "mns_2024") {
    mns -= s.prevoyance_employee;
    if (s.opt.explain) text += fmt::format(" − prévoyance salariale {} (règle 2024)", fr_euros(s.prevoyance_employee));
  } else {
    return make_error(ErrorKind::Grid, fmt::format("{} : règle inconnue « {} » pour net.mns.rule", s.rs.param(kMnsRule)->file,
                                                   mns_rule->text));
  }
  figure(s, f.net_social, kNetFigureCodes[2], "Montant net social", mns, [&] { return fmt::format("{} = {}", text, fr_euros(mns)); });
  if (s.opt.explain) f.net_social.sources.push_back(s.rs.source(kMnsRule, *mns_rule));
  f.net_social_rule = mns_rule->text;
  if (s.opt.explain && (s.in.status == Status::PublicTitulaire || s.in.status == Status::PublicContractuel))
    s.warnings.push_back("montant net social d'un agent public : la date à laquelle il figure sur le bulletin "
                             "n'est pas établie [incertain]");
  return std::nullopt;
}

// Prélèvement à la source on the net imposable: the personal rate, or the taux neutre.
std::optional<Error> income_tax(NetState& s, Decimal taxable) {
  Decimal rate;
  SourceRef source;
  const Version* neutral = nullptr;  // the taux neutre grid, when no personal rate is given
  if (s.in.tax_rate) {
    rate = *s.in.tax_rate;
    source = input_source(s.d, "--taux-pas");
  } else {
    auto tn = taux_neutre(s.rs, taxable);
    if (!tn) return tn.error();
    rate = tn->rate;
    neutral = tn->version;
    source = s.rs.source(kTauxNeutre, *tn->version);
  }
  const Decimal amount = taxable.percent(rate).round_cents();
  NetFigures& f = s.figures;
  if (!s.opt.explain) {  // a lean payslip: the figure and its flags (NetState::add)
    figure(s, f.income_tax, kNetFigureCodes[3], "Prélèvement à la source", amount, [] { return std::string(); });
    f.lean_flags.cite(source);
    return std::nullopt;
  }
  PayLine l = s.line(kNetFigureCodes[3],
                     neutral ? "Prélèvement à la source (taux neutre)" : "Prélèvement à la source (taux personnalisé)",
                     LineKind::Deduction);
  l.base = taxable;
  l.base_unit = "EUR";
  l.rate = rate;
  l.rate_unit = "%";
  l.amount = amount;
  const std::string band = neutral ? fmt::format("taux neutre de la grille du {}", neutral->from.iso())
                                   : std::string("taux personnalisé déclaré (--taux-pas)");
  l.formula = fmt::format("net imposable {} × {} ({}) = {}", fr_euros(taxable), pct(rate), band, fr_euros(amount));
  l.cite(source);
  figure(s, f.income_tax, kNetFigureCodes[3], "Prélèvement à la source", amount, [&] { return l.formula; });
  f.income_tax.sources = l.sources;
  s.add(std::move(l));
  return std::nullopt;
}

// Net à payer avant impôt, net imposable, MNS, PAS, net payé.
std::optional<Error> net_figures(NetState& s) {
  NetFigures& f = s.figures;
  const Decimal before_tax = s.brut - s.deductions;
  figure(s, f.net_before_tax, kNetFigureCodes[0], "Net à payer avant impôt", before_tax, [&] {
    return fmt::format("brut {} − retenues salariales {} = {}", fr_euros(s.brut), fr_euros(s.deductions),
                       fr_euros(before_tax));
  });
  const Decimal taxable = before_tax + s.csg_non_deductible + s.crds + s.in.health_employer;
  figure(s, f.net_taxable, kNetFigureCodes[1], "Net imposable", taxable, [&] {
    return fmt::format("net à payer avant impôt {} + CSG non déductible {} + CRDS {}{} = {}", fr_euros(before_tax),
                       fr_euros(s.csg_non_deductible), fr_euros(s.crds),
                       s.in.health_employer.is_zero()
                           ? ""
                           : fmt::format(" + part employeur de la complémentaire santé {}", fr_euros(s.in.health_employer)),
                       fr_euros(taxable));
  });
  if (s.in.apprentice)
    s.warnings.push_back("apprenti : l'exonération d'impôt sur le revenu de sa rémunération (dans la limite du "
                             "SMIC) n'est pas déduite du net imposable ni du prélèvement à la source");
  if (auto e = net_social(s)) return e;
  if (auto e = income_tax(s, taxable)) return e;
  const Decimal paid = before_tax - *f.income_tax.amount;
  figure(s, f.net_paid, kNetFigureCodes[4], "Net payé", paid, [&] {
    return fmt::format("net à payer avant impôt {} − prélèvement à la source {} = {}", fr_euros(before_tax),
                       fr_euros(*f.income_tax.amount), fr_euros(paid));
  });
  return std::nullopt;
}

}  // namespace

Result<NetLayer> compute_net(const GridSet& g, const Payslip& gross, Date d, const NetInputs& in, const CalcOptions& opt) {
  return compute_net(RateSheet(g, d), gross, in, opt);
}

namespace {

std::optional<Error> run_steps(NetState& s) {
  s.brut = s.gross.gross;
  for (auto step : {cut_tranches, private_contributions, public_contributions, prevoyance, csg_crds, net_figures})
    if (auto e = step(s)) return e;
  return std::nullopt;
}

}  // namespace

Result<NetLayer> compute_net(const RateSheet& rs, const Payslip& gross, const NetInputs& in, const CalcOptions& opt) {
  NetLayer layer;
  NetState s(rs, gross, layer.lines, layer.figures, layer.warnings, in, opt);
  if (auto e = run_steps(s)) return *e;
  return layer;
}

std::optional<Error> add_net(const RateSheet& rs, Payslip& slip, const NetInputs& in, const CalcOptions& opt) {
  NetState s(rs, slip, slip.lines, slip.net.emplace(), slip.warnings, in, opt);
  return run_steps(s);
}

}  // namespace revalo
