// The Ségur allowance line and the private payslip from a declared base (see segur_pay.h). Amounts, dates and
// eligibility come from grids/segur; this file only turns the measure that is paid into a prorated line.
#include "segur_pay.h"

#include <fmt/format.h>

#include "eligibility.h"
#include "format_number.h"
#include "vocabulary.h"

namespace revalo {

bool has_segur_context(const Profile& p) {
  return !p.employer.empty() || !p.structure_type.empty() || !p.convention.empty();
}

namespace {

// A public employer type (group "public" of the employer vocabulary) goes with a public status, any other with a
// private one. The employer type is the profile's, or the one its convention implies.
std::optional<Error> check_employer_status(const GridSet& g, const Profile& p, Status status) {
  const Vocabulary* employers = g.vocabulary("employer");
  const Vocabulary* conventions = g.vocabulary("convention");
  if (!employers) return std::nullopt;
  std::string id;
  if (!p.employer.empty()) {
    auto t = find_term(*employers, p.employer);
    if (!t) return t.error();
    id = (*t)->id;
  } else if (!p.convention.empty() && conventions) {
    auto t = find_term(*conventions, p.convention);
    if (!t) return t.error();
    if (auto it = (*t)->implies.find("employer"); it != (*t)->implies.end()) id = it->second;
  }
  const Term* employer = id.empty() ? nullptr : term_by_id(*employers, id);
  if (!employer) return std::nullopt;
  const bool public_employer = term_in(*employers, *employer, "public");
  const bool public_status = status == Status::PublicTitulaire || status == Status::PublicContractuel;
  if (public_employer == public_status) return std::nullopt;
  return make_error(ErrorKind::Input, fmt::format("l'employeur {} ({}) ne va pas avec le statut {} : donnez {}", employer->id,
                                                  employer->label, status_key(status),
                                                  public_employer ? "--status public-titulaire ou public-contractuel"
                                                                  : "--status prive ou prive-cadre"));
}

}  // namespace

Result<std::optional<PayLine>> segur_line(const GridSet& g, const Profile& p, Date d, Status status,
                                          const WorkingTime& wt, const CalcOptions& opt) {
  if (auto mismatch = check_employer_status(g, p, status)) return *mismatch;
  auto e = evaluate_eligibility(g, p, d);
  if (!e) return e.error();
  if (e->blocked) return *e->blocked;
  if (!e->paid) return std::optional<PayLine>();
  const MeasureOutcome& o = e->measures[*e->paid];
  const Measure& m = *o.measure;
  const Clause& c = *o.clause;
  const bool titulaire = status == Status::PublicTitulaire, contractuel = status == Status::PublicContractuel;
  if (auto unit = g.params.find(c.amount); unit != g.params.end() && unit->second.unit == "points" && !titulaire &&
                                           !contractuel)
    return make_error(ErrorKind::Input, fmt::format("la mesure {} est versée en points d'indice majoré, aux agents publics ; "
                                                    "le statut est {}",
                                                    m.id, status_key(status)));
  auto a = measure_amount(g, m, c, status_key(status), d);
  if (!a) return a.error();
  const bool points = a->unit == "points";
  PayLine l;
  l.code = !m.line.empty() ? std::string_view(m.line) : !points ? "segur_allowance" : titulaire ? "cti" : "cti_equivalent";
  l.label = l.code == "cti_equivalent" ? "Indemnité équivalente au CTI (contractuels)"
            : !c.pay_label.empty()     ? c.pay_label
            : !m.pay_label.empty()     ? m.pay_label
                                       : m.label;
  l.sources.push_back(SourceRef{m.id, c.label, c.from, &c.provenance});
  l.sources.push_back(grid_source(g, a->param->id, *a->version, a->cell ? &a->cell->provenance : nullptr));
  const std::string rule = fmt::format("mesure {}, règle {}{}", m.id, c.row.empty() ? "" : c.row + " : ", c.label);
  if (points) {
    // The CTI follows the point d'indice and is reduced like the traitement; a fonctionnaire's is in the CNRACL base.
    if (titulaire) l.pension = PensionBase::Indiciaire;
    auto point = g.at("net.public.point_indice_annual", d);
    if (!point) return point.error();
    const Decimal annual = (*point)->number;
    l.base = a->value;
    l.base_unit = "points";
    l.rate = annual;
    l.rate_unit = "EUR/point/year";
    l.amount = wt.prorate(a->value.mul_div(annual, Decimal::from_int(12)));
    if (opt.explain)
      l.formula = fmt::format("{} points d'indice majoré × {} € (valeur annuelle du point d'indice) / 12 × {} = {} ({})",
                              fr_number(a->value), fr_number(annual), prorata_fr(wt),
                              fr_euros(l.amount.round_cents()), rule);
    l.sources.push_back(grid_source(g, "net.public.point_indice_annual", **point));
  } else {
    // A fixed gross amount for full time, pro rata of the contractual working time.
    l.base = a->value;
    l.base_unit = "EUR";
    l.amount = wt.prorate(a->value);
    if (opt.explain)
      l.formula = fmt::format("{} brut mensuel à temps plein × {} = {} ({})", fr_euros(a->value), prorata_fr(wt),
                              fr_euros(l.amount.round_cents()), rule);
  }
  std::vector<PayLine> one;
  append_line(one, std::move(l));
  return std::optional<PayLine>(std::move(one.front()));
}

Result<Payslip> compute_base_pay(const GridSet& g, const Profile& p, Date d, Status status, const CalcOptions& opt) {
  if (status != Status::Prive && status != Status::PriveCadre)
    return make_error(ErrorKind::Usage, "--base est le salaire de base de la grille d'un salarié du privé : donnez --status "
                                        "prive ou prive-cadre (la paie d'un agent public vient de --indice-majore)");
  auto wt = legal_working_time(g, p, d);
  if (!wt) return wt.error();
  Payslip slip;
  slip.date = d;
  slip.working_time = *wt;
  slip.position = "base";
  slip.position_label = "base déclarée";
  if (!p.convention.empty()) {
    const Vocabulary* v = g.vocabulary("convention");
    auto t = v ? find_term(*v, p.convention) : Result<const Term*>(make_error(ErrorKind::Input, "aucune convention"));
    if (!t) return t.error();
    slip.position_label += ", " + (*t)->label;
  }
  PayLine l;
  l.code = "declared_base";
  l.label = "Salaire de base déclaré (grille de l'employeur)";
  l.base = *p.base;
  l.base_unit = "EUR";
  l.amount = wt->prorate(*p.base);
  if (opt.explain)
    l.formula = fmt::format("base mensuelle à temps plein déclarée (--base) {} × {} = {}", fr_euros(*p.base),
                            prorata_fr(*wt), fr_euros(l.amount.round_cents()));
  l.sources.push_back(SourceRef{"input", "base déclarée (--base)", d, &input_provenance()});
  append_line(slip.lines, std::move(l));
  if (has_segur_context(p)) {
    auto line = segur_line(g, p, d, status, *wt, opt);
    if (!line) return line.error();
    if (*line) slip.lines.push_back(std::move(**line));
  }
  for (const auto& x : slip.lines) slip.gross += x.amount;
  return slip;
}

}  // namespace revalo
