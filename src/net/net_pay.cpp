// Gross → net (see net_pay.h). Every rate, ceiling and date comes from grids/net and grids/common
// (docs/net-params.md); this file is the mechanism of net-pay.md §12: the PSS of the month, the tranches, which
// contribution applies to which status, the CSG/CRDS base, the net figures and the prélèvement à la source.
#include "net_pay.h"

#include <fmt/format.h>

#include "format_number.h"
#include "public_pay.h"

namespace revalo {
namespace {

const Decimal kZero;

// A scalar parameter at d, with its source.
struct Param {
  Decimal value;
  SourceRef source;
};
Result<Param> param_at(const GridSet& g, std::string_view id, Date d) {
  auto v = g.at(id, d);
  if (!v) return v.error();
  return Param{(*v)->number, grid_source(g, id, **v)};
}

// Exact amounts and rates in formulas (at least two decimals, every significant one kept).
std::string eur(Decimal d) { return fr_number(d, 2) + " €"; }
std::string pct(Decimal d) { return fr_number(d, 2) + " %"; }

SourceRef input_source(Date d, std::string_view what) { return SourceRef{"input", what, d, &input_provenance()}; }

}  // namespace

NetInputs net_inputs(const Profile& p, Status status, const WorkingTime& wt) {
  NetInputs in;
  in.status = status;
  in.alsace_moselle = p.alsace_moselle;
  in.health_employee = p.mutuelle_salarie.value_or(kZero);
  in.health_employer = p.mutuelle_employeur.value_or(kZero);
  in.prevoyance_employee = p.prevoyance_salarie.value_or(kZero);
  in.prevoyance_employer = p.prevoyance_employeur.value_or(kZero);
  in.tax_rate = p.taux_pas;
  in.working_time = wt;
  return in;
}


Result<TaxRate> taux_neutre(const GridSet& g, Decimal net_taxable, Date d) {
  auto v = g.at("net.pas.taux_neutre", d);
  if (!v) return v.error();
  const ScaleStep* step = scale_step(**v, net_taxable);
  if (!step || !step->value)
    return make_error(ErrorKind::MissingData,
                      fmt::format("« net.pas.taux_neutre » ({}) ne donne pas de taux pour un net imposable de {} au {} ({})",
                                  g.params.at("net.pas.taux_neutre").label, net_taxable.str(), d.iso(),
                                  g.params.at("net.pas.taux_neutre").file));
  return TaxRate{*step->value, *v};
}

Result<NetLayer> compute_net(const GridSet& g, const Payslip& gross, Date d, const NetInputs& in, const CalcOptions& opt) {
  NetLayer out;
  const Decimal brut = gross.gross;
  const bool titulaire = in.status == Status::PublicTitulaire;
  const bool contractuel = in.status == Status::PublicContractuel;
  const bool prive = !titulaire && !contractuel;

  // PSS of the month, prorated to the working time (net-pay.md §1, §12); the tranches are cut against it.
  auto pss_full = param_at(g, "net.pss.monthly", d);
  if (!pss_full) return pss_full.error();
  const Decimal pss = in.working_time.prorate(pss_full->value);
  out.figures.pss = pss;
  const std::string pss_text = !opt.explain ? std::string()
                               : in.working_time.full_time()
                                   ? fmt::format("PSS {}", eur(pss))
                                   : fmt::format("PSS proratisé {} ({} × {})", eur(pss), eur(pss_full->value),
                                                 prorata_fr(in.working_time));
  auto t2_ceiling = param_at(g, "net.tranche.t2_ceiling_pss", d);
  if (!t2_ceiling) return t2_ceiling.error();
  const Decimal t1 = min(brut, pss);
  const Decimal t2 = min(max(brut - pss, kZero), (t2_ceiling->value - Decimal::from_int(1)) * pss);
  const std::string t1_text = !opt.explain ? std::string() : fmt::format("tranche 1 = min(brut {} ; {}) = {}", eur(brut), pss_text, eur(t1));
  const std::string t2_text = !opt.explain ? std::string() : fmt::format("tranche 2 = min(brut {} − {} ; ({} − 1) × PSS) = {}", eur(brut),
                                          pss_text, fr_number(t2_ceiling->value), eur(t2));
  const std::string brut_text = !opt.explain ? std::string() : fmt::format("brut {}", eur(brut));

  Decimal compulsory;  // compulsory employee contributions (pension, maladie, CSG, CRDS): the MNS deducts them
  Decimal deductions;  // everything deducted before the income tax
  // A contribution line: base × rate %, rounded to the cent.
  auto deduct = [&](const char* code, const char* label, Decimal base, const Param& rate, const std::string& base_text,
                    std::vector<SourceRef> more_sources) -> Decimal {
    PayLine l;
    l.code = code;
    l.label = label;
    l.kind = LineKind::Deduction;
    l.base = base;
    l.base_unit = "EUR";
    l.rate = rate.value;
    l.rate_unit = "%";
    l.amount = base.percent(rate.value).round_cents();
    if (opt.explain)
      l.formula = fmt::format("{} ; {} × {} = {}", base_text, eur(base), pct(rate.value), fr_euros(l.amount));
    l.sources.push_back(rate.source);
    for (auto& s : more_sources) l.sources.push_back(s);
    Decimal amount = l.amount;
    append_line(out.lines, std::move(l));
    compulsory += amount;
    deductions += amount;
    return amount;
  };
  auto rate = [&](const char* id) { return param_at(g, id, d); };

  // Régime local d'Alsace-Moselle: employees of the régime général only (net-pay.md §3.1).
  if (in.alsace_moselle) {
    if (titulaire)
      return make_error(ErrorKind::Input, "le régime local d'Alsace-Moselle (--alsace-moselle) est payé par les salariés "
                                          "du régime général, pas par les fonctionnaires CNRACL");
    auto r = rate("net.prive.maladie_alsace_moselle");
    if (!r) return r.error();
    deduct("health_alsace_moselle", "Maladie, régime local Alsace-Moselle", brut, *r, brut_text, {});
  }

  // Régime général vieillesse: private employees and public contract staff (net-pay.md §3.1, §6).
  if (!titulaire) {
    auto capped = rate("net.prive.vieillesse_plafonnee");
    if (!capped) return capped.error();
    deduct("old_age_capped", "Assurance vieillesse plafonnée", t1, *capped, t1_text, {pss_full->source});
    auto uncapped = rate("net.prive.vieillesse_deplafonnee");
    if (!uncapped) return uncapped.error();
    deduct("old_age_uncapped", "Assurance vieillesse déplafonnée", brut, *uncapped, brut_text, {});
  }

  if (prive) {
    // AGIRC-ARRCO and CEG on T1 and T2 (net-pay.md §3.1).
    struct Tranche {
      const char* id;
      const char* code;
      const char* label;
      bool t2;
    };
    const Tranche tranches[] = {
        {"net.prive.agirc_arrco_t1", "agirc_arrco_t1", "Retraite complémentaire AGIRC-ARRCO T1", false},
        {"net.prive.agirc_arrco_t2", "agirc_arrco_t2", "Retraite complémentaire AGIRC-ARRCO T2", true},
        {"net.prive.ceg_t1", "ceg_t1", "Contribution d'équilibre général T1", false},
        {"net.prive.ceg_t2", "ceg_t2", "Contribution d'équilibre général T2", true},
    };
    for (const auto& t : tranches) {
      if (t.t2 && t2.is_zero()) continue;
      auto r = rate(t.id);
      if (!r) return r.error();
      std::vector<SourceRef> more{pss_full->source};
      if (t.t2) more.push_back(t2_ceiling->source);
      deduct(t.code, t.label, t.t2 ? t2 : t1, *r, t.t2 ? t2_text : t1_text, more);
    }
    // CET: only when the gross is above 1 PSS, then on the whole gross up to its ceiling.
    if (brut > pss) {
      auto r = rate("net.prive.cet");
      if (!r) return r.error();
      auto ceiling = rate("net.cet.ceiling_pss");
      if (!ceiling) return ceiling.error();
      const Decimal base = min(brut, ceiling->value * pss);
      deduct("cet", "Contribution d'équilibre technique", base, *r,
             fmt::format("brut {} > {}, donc assiette = min(brut ; {} × PSS) = {}", eur(brut), pss_text,
                         fr_number(ceiling->value), eur(base)),
             {pss_full->source, ceiling->source});
    }
    // APEC: cadres only, on the gross up to its ceiling.
    if (in.status == Status::PriveCadre) {
      auto r = rate("net.prive.apec");
      if (!r) return r.error();
      auto ceiling = rate("net.apec.ceiling_pss");
      if (!ceiling) return ceiling.error();
      const Decimal base = min(brut, ceiling->value * pss);
      deduct("apec", "Cotisation APEC (cadres)", base, *r,
             fmt::format("min(brut {} ; {} × {}) = {}", eur(brut), fr_number(ceiling->value), pss_text, eur(base)),
             {pss_full->source, ceiling->source});
    }
  }

  if (contractuel) {
    // IRCANTEC tranche A up to 1 PSS, tranche B between 1 and 8 PSS (net-pay.md §6).
    auto a = rate("net.public.ircantec_a");
    if (!a) return a.error();
    deduct("ircantec_a", "IRCANTEC tranche A", t1, *a, t1_text, {pss_full->source});
    if (!t2.is_zero()) {
      auto b = rate("net.public.ircantec_b");
      if (!b) return b.error();
      deduct("ircantec_b", "IRCANTEC tranche B", t2, *b, t2_text, {pss_full->source, t2_ceiling->source});
    }
  }

  if (titulaire) {
    // CNRACL on TIB + NBI + CTI; RAFP on the rest, capped at a % of the TIB (net-pay.md §5).
    Decimal cnracl_base, tib;
    std::string cnracl_text;
    for (const auto& l : gross.lines) {
      if (!subject_to_cnracl(l)) continue;
      cnracl_base += l.amount;
      if (l.code == kTibCode) tib += l.amount;
      cnracl_text += fmt::format("{}{} {}", cnracl_text.empty() ? "" : " + ", l.label, eur(l.amount));
    }
    if (tib.is_zero())
      return make_error(ErrorKind::Input, "la paie d'un fonctionnaire demande son traitement indiciaire (l'assiette CNRACL) : "
                                          "donnez --indice-majore");
    auto cnracl = rate("net.public.cnracl");
    if (!cnracl) return cnracl.error();
    deduct("cnracl", "Retenue pour pension CNRACL", cnracl_base, *cnracl,
           fmt::format("{} = {}", cnracl_text, eur(cnracl_base)), {});
    const Decimal rest = brut - cnracl_base;
    if (rest > kZero) {
      auto rafp = rate("net.public.rafp");
      if (!rafp) return rafp.error();
      auto cap_pct = rate("net.public.rafp_cap_pct_tib");
      if (!cap_pct) return cap_pct.error();
      const Decimal cap = tib.percent(cap_pct->value);
      const Decimal base = min(rest, cap);
      deduct("rafp", "Retraite additionnelle (RAFP)", base, *rafp,
             fmt::format("min(éléments hors traitement indiciaire {} ; {} × traitement indiciaire {} = {}) = {} "
                         "(plafond annuel appliqué au mois)",
                         eur(rest), pct(cap_pct->value), eur(tib), eur(cap), eur(base)),
             {cap_pct->source});
    }
  }

  // Prévoyance: the amounts the user gave, or else the convention's compulsory prévoyance (a % of the gross up to a
  // ceiling in PSS, e.g. BAD avenant 55) when its grid has a value at this date.
  Decimal prevoyance_employee = in.prevoyance_employee, prevoyance_employer = in.prevoyance_employer;
  const bool conventional_prevoyance =
      !in.conventional_prevoyance.empty() && prevoyance_employee.is_zero() && prevoyance_employer.is_zero();
  if (conventional_prevoyance) {
    const std::string prefix = in.conventional_prevoyance;
    const Version* employee_rate = g.find_at(prefix + ".salarie", d);
    const Version* employer_rate = g.find_at(prefix + ".employeur", d);
    const Version* ceiling = g.find_at(prefix + ".ceiling_pss", d);
    if (employee_rate && employer_rate && ceiling) {
      const Decimal base = min(brut, ceiling->number * pss);
      auto share = [&](const char* code, const char* label, LineKind kind, const Version& rate) {
        PayLine l;
        l.code = code;
        l.label = label;
        l.kind = kind;
        l.base = base;
        l.base_unit = "EUR";
        l.rate = rate.number;
        l.rate_unit = "%";
        l.amount = base.percent(rate.number).round_cents();
        if (opt.explain)
          l.formula = fmt::format("min(brut {} ; {} × {}) = {} × {} = {}", eur(brut), fr_number(ceiling->number),
                                  pss_text, eur(base), pct(rate.number), fr_euros(l.amount));
        l.sources.push_back(grid_source(g, prefix + (kind == LineKind::Deduction ? ".salarie" : ".employeur"), rate));
        l.sources.push_back(grid_source(g, prefix + ".ceiling_pss", *ceiling));
        Decimal amount = l.amount;
        append_line(out.lines, std::move(l));
        return amount;
      };
      prevoyance_employee = share("prevoyance_employee", "Prévoyance conventionnelle, part salariale",
                                  LineKind::Deduction, *employee_rate);
      deductions += prevoyance_employee;
      prevoyance_employer = share("prevoyance_employer", "Prévoyance conventionnelle, part employeur",
                                  LineKind::Info, *employer_rate);
    } else {
      out.warnings.push_back(fmt::format(
          "prévoyance conventionnelle ({}) : pas de taux dans les grilles au {} ; non comptée (donner "
          "--prevoyance-salarie et --prevoyance-employeur)",
          prefix, d.iso()));
    }
  }

  // Complementary health and prévoyance amounts given by the user: employee shares are deducted; employer shares
  // are information lines, because they enter the CSG base (and health, the net imposable).
  auto declared_share = [&](const char* code, const char* label, LineKind kind, Decimal amount, std::string_view flag,
                            const char* effect) {
    if (amount.is_zero()) return;
    PayLine l;
    l.code = code;
    l.label = label;
    l.kind = kind;
    l.amount = amount;
    if (opt.explain)
      l.formula = fmt::format("montant mensuel déclaré ({}) = {}{}", flag, fr_euros(amount), effect);
    l.sources.push_back(input_source(d, flag));
    append_line(out.lines, std::move(l));
    if (kind == LineKind::Deduction) deductions += amount;
  };
  declared_share("health_insurance_employee", "Complémentaire santé (part salariale)", LineKind::Deduction,
                 in.health_employee, "--mutuelle-salarie", "");
  if (!conventional_prevoyance)
    declared_share("prevoyance_employee", "Prévoyance (part salariale)", LineKind::Deduction, prevoyance_employee,
                   "--prevoyance-salarie", "");

  // CSG/CRDS base: base_rate % of the gross up to the ceiling, 100 % above, plus the employer health and prévoyance
  // contributions at 100 % (net-pay.md §4).
  auto base_rate = rate("net.csg.base_rate");
  if (!base_rate) return base_rate.error();
  auto abattement_ceiling = rate("net.csg.abattement_ceiling_pss");
  if (!abattement_ceiling) return abattement_ceiling.error();
  const Decimal limit = abattement_ceiling->value * pss;
  const Decimal employer = in.health_employer + prevoyance_employer;
  const Decimal csg_base = min(brut, limit).percent(base_rate->value) + max(brut - limit, kZero) + employer;
  const std::string csg_text = !opt.explain ? std::string() : fmt::format(
      "assiette CSG/CRDS = {} × min(brut {} ; {} × {}) + 100 % × max(brut − {} × PSS ; 0){} = {}",
      pct(base_rate->value), eur(brut), fr_number(abattement_ceiling->value), pss_text,
      fr_number(abattement_ceiling->value),
      employer.is_zero() ? "" : fmt::format(" + parts employeur santé et prévoyance {}", eur(employer)), eur(csg_base));
  const std::vector<SourceRef> csg_sources{base_rate->source, abattement_ceiling->source, pss_full->source};
  auto csg_d = rate("net.csg.deductible");
  if (!csg_d) return csg_d.error();
  deduct("csg_deductible", "CSG déductible", csg_base, *csg_d, csg_text, csg_sources);
  auto csg_nd = rate("net.csg.non_deductible");
  if (!csg_nd) return csg_nd.error();
  const Decimal csg_nd_amount =
      deduct("csg_non_deductible", "CSG non déductible", csg_base, *csg_nd, csg_text, csg_sources);
  auto crds = rate("net.crds");
  if (!crds) return crds.error();
  const Decimal crds_amount = deduct("crds", "CRDS", csg_base, *crds, csg_text, csg_sources);

  declared_share("health_insurance_employer", "Part employeur santé (information)", LineKind::Info,
                 in.health_employer, "--mutuelle-employeur", " ; entre dans l'assiette CSG/CRDS et dans le net imposable");
  if (!conventional_prevoyance)
    declared_share("prevoyance_employer", "Part employeur prévoyance (information)", LineKind::Info,
                   prevoyance_employer, "--prevoyance-employeur", " ; entre dans l'assiette CSG/CRDS");

  // Net figures (net-pay.md §9, §12).
  NetFigures& f = out.figures;
  // The formula is built only when asked for (CalcOptions::explain).
  auto figure = [&opt](NetFigure& fig, const char* code, const char* label, std::optional<Decimal> amount,
                       const auto& formula) {
    fig.code = code;
    fig.label = label;
    fig.amount = amount;
    if (opt.explain) fig.formula = formula();
  };
  const Decimal before_tax = brut - deductions;
  figure(f.net_before_tax, kNetFigureCodes[0], "Net à payer avant impôt", before_tax,
         [&] { return std::string(fmt::format("brut {} − retenues salariales {} = {}", fr_euros(brut), fr_euros(deductions),
                     fr_euros(before_tax))); });
  const Decimal taxable = before_tax + csg_nd_amount + crds_amount + in.health_employer;
  figure(f.net_taxable, kNetFigureCodes[1], "Net imposable", taxable,
         [&] { return std::string(fmt::format("net à payer avant impôt {} + CSG non déductible {} + CRDS {}{} = {}", fr_euros(before_tax),
                     fr_euros(csg_nd_amount), fr_euros(crds_amount),
                     in.health_employer.is_zero()
                         ? ""
                         : fmt::format(" + part employeur de la complémentaire santé {}", fr_euros(in.health_employer)),
                     fr_euros(taxable))); });

  // Montant net social: which definition applies is data (net.mns.rule); none before its first version.
  auto mns_param = g.param("net.mns.rule");
  if (!mns_param) return mns_param.error();
  const Version* mns_rule = version_at((*mns_param)->versions, d);
  if (!mns_rule) {
    figure(f.net_social, kNetFigureCodes[2], "Montant net social", std::nullopt,
           [&] { return std::string(fmt::format("pas de montant net social avant le {} (première version de net.mns.rule)",
                       (*mns_param)->versions.front().from.iso())); });
  } else {
    Decimal mns = brut - compulsory - in.health_employee;
    std::string text;
    if (opt.explain)
      text = fmt::format("brut {} − cotisations et contributions salariales obligatoires {} − "
                         "complémentaire santé salariale {}",
                         fr_euros(brut), fr_euros(compulsory), fr_euros(in.health_employee));
    if (mns_rule->text == "mns_2023") {
      mns += prevoyance_employer;
      if (opt.explain)
        text += fmt::format(" + prévoyance part employeur {} (règle 2023 : prévoyance salariale non déduite)",
                            fr_euros(prevoyance_employer));
    } else if (mns_rule->text == "mns_2024") {
      mns -= prevoyance_employee;
      if (opt.explain) text += fmt::format(" − prévoyance salariale {} (règle 2024)", fr_euros(prevoyance_employee));
    } else {
      return make_error(ErrorKind::Grid, fmt::format("{} : règle inconnue « {} » pour net.mns.rule", (*mns_param)->file,
                                                     mns_rule->text));
    }
    figure(f.net_social, kNetFigureCodes[2], "Montant net social", mns, [&] { return std::string(fmt::format("{} = {}", text, fr_euros(mns))); });
    f.net_social.sources.push_back(grid_source(g, "net.mns.rule", *mns_rule));
    f.net_social_rule = mns_rule->text;
    if (!prive)
      out.warnings.push_back("montant net social d'un agent public : la date à laquelle il figure sur le bulletin "
                             "n'est pas établie (incertain, fiche net-pay §8)");
  }

  // Prélèvement à la source on the net imposable: the personal rate, or the taux neutre (net-pay.md §10).
  {
    PayLine l;
    l.code = kNetFigureCodes[3];
    l.kind = LineKind::Deduction;
    l.base = taxable;
    l.base_unit = "EUR";
    l.rate_unit = "%";
    std::string band;
    if (in.tax_rate) {
      l.label = "Prélèvement à la source (taux personnalisé)";
      l.rate = *in.tax_rate;
      band = "taux personnalisé déclaré (--taux-pas)";
      l.sources.push_back(input_source(d, "--taux-pas"));
    } else {
      auto tn = taux_neutre(g, taxable, d);
      if (!tn) return tn.error();
      l.label = "Prélèvement à la source (taux neutre)";
      l.rate = tn->rate;
      if (opt.explain) band = fmt::format("taux neutre de la grille du {}", tn->version->from.iso());
      l.sources.push_back(grid_source(g, "net.pas.taux_neutre", *tn->version));
    }
    l.amount = taxable.percent(*l.rate).round_cents();
    if (opt.explain)
      l.formula = fmt::format("net imposable {} × {} ({}) = {}", fr_euros(taxable), pct(*l.rate), band,
                              fr_euros(l.amount));
    figure(f.income_tax, kNetFigureCodes[3], "Prélèvement à la source", l.amount, [&] { return std::string(l.formula); });
    f.income_tax.sources = l.sources;
    append_line(out.lines, std::move(l));
  }
  const Decimal paid = before_tax - *f.income_tax.amount;
  figure(f.net_paid, kNetFigureCodes[4], "Net payé", paid,
         [&] { return std::string(fmt::format("net à payer avant impôt {} − prélèvement à la source {} = {}", fr_euros(before_tax),
                     fr_euros(*f.income_tax.amount), fr_euros(paid))); });
  return out;
}

}  // namespace revalo
