// The contribution steps of the gross → net layer (net_internal.h): tranches, private and public contributions,
// prévoyance, CSG/CRDS. Every rate, ceiling and date comes from grids/net and grids/common (docs/net-params.md).
#include <algorithm>
#include <array>
#include <initializer_list>
#include <map>
#include <mutex>
#include <span>

#include <fmt/format.h>

#include "format_number.h"
#include "names.h"
#include "net_internal.h"
#include "public_pay.h"

namespace revalo::net_detail {
namespace {

const Decimal kZero;
const ParamKey kApecCeilingPss{"net.apec.ceiling_pss"};
const ParamKey kCetCeilingPss{"net.cet.ceiling_pss"};
const ParamKey kCrds{"net.crds"};
const ParamKey kCsgAbattementCeilingPss{"net.csg.abattement_ceiling_pss"};
const ParamKey kCsgBaseRate{"net.csg.base_rate"};
const ParamKey kCsgDeductible{"net.csg.deductible"};
const ParamKey kCsgNonDeductible{"net.csg.non_deductible"};
const ParamKey kPriveApec{"net.prive.apec"};
const ParamKey kPriveCet{"net.prive.cet"};
const ParamKey kPriveMaladieAlsaceMoselle{"net.prive.maladie_alsace_moselle"};
const ParamKey kPrivePrevoyanceCadreEmployeur{"net.prive.prevoyance_cadre_employeur"};
const ParamKey kPriveVieillesseDeplafonnee{"net.prive.vieillesse_deplafonnee"};
const ParamKey kPriveVieillessePlafonnee{"net.prive.vieillesse_plafonnee"};
const ParamKey kPssMonthly{"net.pss.monthly"};
const ParamKey kPublicCnracl{"net.public.cnracl"};
const ParamKey kPublicIrcantecA{"net.public.ircantec_a"};
const ParamKey kPublicIrcantecB{"net.public.ircantec_b"};
const ParamKey kPublicRafp{"net.public.rafp"};
const ParamKey kPublicRafpCapPctTib{"net.public.rafp_cap_pct_tib"};
const ParamKey kSmicMonthly{"smic.monthly"};
const ParamKey kTrancheT2CeilingPss{"net.tranche.t2_ceiling_pss"};

// `base` cut against the PSS; `what` names it in the formulas ("brut").
Tranches tranches_of(const NetState& s, Decimal base, const std::string& what, std::string base_text) {
  Tranches t;
  t.base = base;
  t.t1 = min(base, s.pss);
  t.t2 = min(max(base - s.pss, kZero), (s.t2_ceiling.value - Decimal::from_int(1)) * s.pss);
  if (s.opt.explain) {
    t.what = what;
    t.base_text = base_text.empty() ? fmt::format("{} {}", what, eur(base)) : std::move(base_text);
    t.t1_text = fmt::format("tranche 1 = min({} {} ; {}) = {}", what, eur(base), s.pss_text, eur(t.t1));
    t.t2_text = fmt::format("tranche 2 = min({} {} − {} ; ({} − 1) × PSS) = {}", what, eur(base), s.pss_text,
                            fr_number(s.t2_ceiling.value), eur(t.t2));
  }
  return t;
}

// Apprentices: the part of pay exempt from employee contributions, a share of the monthly SMIC fixed by the date the
// contract was signed (C. trav. L6243-2, D6243-5), and the CSG/CRDS rule of that date (CSS L136-1-1).
std::optional<Error> apprentice_exemption(NetState& s) {
  const Date signed_on = s.in.contract_start.value_or(s.d);
  if (!s.in.contract_start)
    s.warnings.push_back(fmt::format(
        "apprenti sans date de conclusion du contrat (--contract-start) : l'exonération des contrats conclus à la date "
        "de paie ({}) est appliquée ; c'est la date de signature du contrat qui décide du plafond et de la CSG/CRDS",
        s.d.iso()));
  auto share = param_at(s.g, "net.apprenti.plafond_exoneration_smic", signed_on);  // the contract's date, not the pay date
  if (!share) return share.error();
  auto smic = s.rate(kSmicMonthly);
  if (!smic) return smic.error();
  auto codes = s.g.at("net.apprenti.cotisations_exonerees", signed_on);
  if (!codes) return codes.error();
  auto csg = s.g.at("net.apprenti.csg", signed_on);
  if (!csg) return csg.error();
  if ((*csg)->text != "exoneree" && (*csg)->text != "au_dela_plafond")
    return make_error(ErrorKind::Grid, fmt::format("{} : règle inconnue « {} » pour net.apprenti.csg",
                                                   s.g.params.at("net.apprenti.csg").file, (*csg)->text));
  s.apprentice_csg = (*csg)->text;
  for (std::string_view code : words((*codes)->text)) s.exempt_codes.emplace_back(code);
  const Decimal ceiling = smic->value.percent(share->value);  // an exact threshold, not a payslip amount
  s.apprentice_ceiling = ceiling;
  s.apprentice_sources = {share->source, smic->source, grid_source(s.g, "net.apprenti.cotisations_exonerees", **codes),
                          grid_source(s.g, "net.apprenti.csg", **csg)};
  const Decimal reduced = max(s.brut - ceiling, kZero);
  std::string text;
  if (s.opt.explain)
    text = fmt::format("assiette de l'apprenti = max(brut {} − {} × SMIC {} (contrat conclu le {}) ; 0) = {}",
                       eur(s.brut), pct(share->value), eur(smic->value), signed_on.iso(), eur(reduced));
  s.reduced = tranches_of(s, reduced, "assiette de l'apprenti", text);
  return std::nullopt;
}

// The three rates of a convention's compulsory prévoyance (prefix.salarie, .employeur, .ceiling_pss), numbered once
// per prefix.
struct PrevoyanceKeys {
  ParamKey employee, employer, ceiling;
};
const PrevoyanceKeys& prevoyance_keys(std::string_view prefix) {
  // Every payslip of a batch asks for the same prefix: the last one is kept by each lane, without the lock.
  thread_local std::string last_prefix;
  thread_local const PrevoyanceKeys* last_keys = nullptr;
  if (last_keys && prefix == last_prefix) return *last_keys;
  static std::mutex guard;  // batch lanes ask side by side
  static std::map<std::string, PrevoyanceKeys, std::less<>> known;
  std::lock_guard lock(guard);
  auto it = known.find(prefix);
  if (it == known.end()) {
    const std::string p(prefix);
    it = known.emplace(p, PrevoyanceKeys{ParamKey::of(p + ".salarie"), ParamKey::of(p + ".employeur"),
                                         ParamKey::of(p + ".ceiling_pss")}).first;
  }
  last_prefix = prefix;
  last_keys = &it->second;  // map nodes stay in place
  return it->second;
}

// A monthly amount the user gave (mutuelle, prévoyance): an employee share is deducted, an employer share informs.
void declared_share(NetState& s, const char* code, const char* label, LineKind kind, Decimal amount,
                    std::string_view flag, const char* effect) {
  if (amount.is_zero()) return;
  PayLine l = s.line(code, label, kind);
  l.amount = amount;
  if (s.opt.explain) l.formula = fmt::format("montant mensuel déclaré ({}) = {}{}", flag, fr_euros(amount), effect);
  l.cite(input_source(s.d, flag));
  s.add(std::move(l));
  if (kind == LineKind::Deduction) s.deductions += amount;
}

// The cadres' compulsory employer prévoyance (ANI of 17/11/2017): a minimum % of T1, unless the user gave the
// employer's prévoyance or a conventional employer share at least as high already covers it.
std::optional<Error> cadre_prevoyance(NetState& s, const std::optional<Decimal>& conventional_employer_rate) {
  if (s.in.status != Status::PriveCadre || s.in.prevoyance_employer_given || !s.in.prevoyance_employer.is_zero())
    return std::nullopt;
  auto r = s.rate(kPrivePrevoyanceCadreEmployeur);
  if (!r) return r.error();
  if (conventional_employer_rate) {
    if (*conventional_employer_rate < r->value)
      s.warnings.push_back(fmt::format("prévoyance des cadres : la part employeur conventionnelle ({}) est "
                                           "inférieure au minimum de {} de la tranche 1 ; l'écart n'est pas compté",
                                           pct(*conventional_employer_rate), pct(r->value)));
    return std::nullopt;
  }
  s.prevoyance_employer += s.share("prevoyance_employer", "Prévoyance obligatoire des cadres, part employeur",
                                    LineKind::Info, s.full.t1, r->value, s.full.t1_text,
                                    {r->source, s.pss_full.source},
                                    " ; entre dans l'assiette CSG/CRDS, pas dans le net imposable", true);
  return std::nullopt;
}

}  // namespace

const Tranches& NetState::base_for(std::string_view code) const {
  return std::find(exempt_codes.begin(), exempt_codes.end(), code) != exempt_codes.end() ? reduced : full;
}

Decimal NetState::deduct(const char* code, const char* label, Decimal base, const Param& r,
                         const std::string& base_text, std::initializer_list<SourceRef> more_sources) {
  return deduct(code, label, base, r, base_text, std::span<const SourceRef>(more_sources.begin(), more_sources.size()));
}

Decimal NetState::deduct(const char* code, const char* label, Decimal base, const Param& r,
                         const std::string& base_text, std::span<const SourceRef> more_sources) {
  const bool exempt = std::find(exempt_codes.begin(), exempt_codes.end(), code) != exempt_codes.end();
  if (exempt && base.is_zero()) return kZero;  // an apprentice's contribution, wholly exempt
  const Decimal amount = base.percent(r.value).round_cents();
  compulsory += amount;
  deductions += amount;
  if (!opt.explain) {  // a lean payslip: the line's flags, not the line (NetState::add)
    SourceFlags& f = figures.lean_flags;
    f.cite(r.source);
    for (const auto& src : more_sources) f.cite(src);
    if (exempt)
      for (const auto& src : apprentice_sources) f.cite(src);
    return amount;
  }
  PayLine& l = lines.emplace_back();  // built in place: the most frequent line of a payslip
  start(l, code, label, LineKind::Deduction);
  l.base = base;
  l.base_unit = "EUR";
  l.rate = r.value;
  l.rate_unit = "%";
  l.amount = amount;
  l.formula = fmt::format("{} ; {} × {} = {}", base_text, eur(base), pct(r.value), fr_euros(l.amount));
  l.cite(r.source);
  for (const auto& src : more_sources) l.cite(src);
  if (exempt)
    for (const auto& src : apprentice_sources) l.cite(src);
  finish_line(l);
  return amount;
}

std::optional<Error> cut_tranches(NetState& s) {
  // PSS of the month, prorated to the working time; the tranches are cut against it.
  auto pss_full = s.rate(kPssMonthly);
  if (!pss_full) return pss_full.error();
  s.pss_full = *pss_full;
  s.pss = s.in.working_time.prorate(pss_full->value);
  s.figures.pss = s.pss;
  if (s.opt.explain)
    s.pss_text = s.in.working_time.full_time() ? fmt::format("PSS {}", eur(s.pss))
                                               : fmt::format("PSS proratisé {} ({} × {})", eur(s.pss),
                                                             eur(pss_full->value), prorata_fr(s.in.working_time));
  auto t2_ceiling = s.rate(kTrancheT2CeilingPss);
  if (!t2_ceiling) return t2_ceiling.error();
  s.t2_ceiling = *t2_ceiling;
  s.full = tranches_of(s, s.brut, "brut", "");
  s.reduced = s.full;
  if (s.in.apprentice) return apprentice_exemption(s);
  return std::nullopt;
}

std::optional<Error> private_contributions(NetState& s) {
  const bool titulaire = s.in.status == Status::PublicTitulaire;
  // Régime local d'Alsace-Moselle: employees of the régime général only.
  if (s.in.alsace_moselle) {
    if (titulaire)
      return make_error(ErrorKind::Input, "le régime local d'Alsace-Moselle (--alsace-moselle) est payé par les salariés "
                                          "du régime général, pas par les fonctionnaires CNRACL");
    auto r = s.rate(kPriveMaladieAlsaceMoselle);
    if (!r) return r.error();
    const Tranches& b = s.base_for("health_alsace_moselle");
    s.deduct("health_alsace_moselle", "Maladie, régime local Alsace-Moselle", b.base, *r, b.base_text, {});
  }
  // Régime général vieillesse: private employees and public contract staff.
  if (!titulaire) {
    auto capped = s.rate(kPriveVieillessePlafonnee);
    if (!capped) return capped.error();
    const Tranches& c = s.base_for("old_age_capped");
    s.deduct("old_age_capped", "Assurance vieillesse plafonnée", c.t1, *capped, c.t1_text, {s.pss_full.source});
    auto uncapped = s.rate(kPriveVieillesseDeplafonnee);
    if (!uncapped) return uncapped.error();
    const Tranches& u = s.base_for("old_age_uncapped");
    s.deduct("old_age_uncapped", "Assurance vieillesse déplafonnée", u.base, *uncapped, u.base_text, {});
  }
  if (s.in.status != Status::Prive && s.in.status != Status::PriveCadre) return std::nullopt;
  // AGIRC-ARRCO and CEG on T1 and T2.
  struct Tranche {
    const ParamKey& id;
    const char* code;
    const char* label;
    bool t2;
  };
  static const ParamKey kAgircArrcoT1{"net.prive.agirc_arrco_t1"}, kAgircArrcoT2{"net.prive.agirc_arrco_t2"},
      kCegT1{"net.prive.ceg_t1"}, kCegT2{"net.prive.ceg_t2"};
  const Tranche tranches[] = {
      {kAgircArrcoT1, "agirc_arrco_t1", "Retraite complémentaire AGIRC-ARRCO T1", false},
      {kAgircArrcoT2, "agirc_arrco_t2", "Retraite complémentaire AGIRC-ARRCO T2", true},
      {kCegT1, "ceg_t1", "Contribution d'équilibre général T1", false},
      {kCegT2, "ceg_t2", "Contribution d'équilibre général T2", true},
  };
  for (const auto& t : tranches) {
    const Tranches& b = s.base_for(t.code);
    if (t.t2 && b.t2.is_zero()) continue;
    auto r = s.rate(t.id);
    if (!r) return r.error();
    if (t.t2)
      s.deduct(t.code, t.label, b.t2, *r, b.t2_text, {s.pss_full.source, s.t2_ceiling.source});
    else
      s.deduct(t.code, t.label, b.t1, *r, b.t1_text, {s.pss_full.source});
  }
  // CET: only when the assiette is above 1 PSS, then on the whole assiette up to its ceiling.
  if (const Tranches& b = s.base_for("cet"); b.base > s.pss) {
    auto r = s.rate(kPriveCet);
    if (!r) return r.error();
    auto ceiling = s.rate(kCetCeilingPss);
    if (!ceiling) return ceiling.error();
    const Decimal base = min(b.base, ceiling->value * s.pss);
    s.deduct("cet", "Contribution d'équilibre technique", base, *r,
             s.opt.explain ? fmt::format("{} {} > {}, donc assiette = min({} ; {} × PSS) = {}", b.what, eur(b.base),
                                         s.pss_text, b.what, fr_number(ceiling->value), eur(base))
                           : std::string(),
             {s.pss_full.source, ceiling->source});
  }
  // APEC: cadres only, on the gross up to its ceiling; apprentices are not exempt from it.
  if (s.in.status == Status::PriveCadre) {
    auto r = s.rate(kPriveApec);
    if (!r) return r.error();
    auto ceiling = s.rate(kApecCeilingPss);
    if (!ceiling) return ceiling.error();
    const Decimal base = min(s.brut, ceiling->value * s.pss);
    s.deduct("apec", "Cotisation APEC (cadres)", base, *r,
             s.opt.explain ? fmt::format("min(brut {} ; {} × {}) = {}", eur(s.brut), fr_number(ceiling->value),
                                         s.pss_text, eur(base))
                           : std::string(),
             {s.pss_full.source, ceiling->source});
  }
  return std::nullopt;
}

std::optional<Error> public_contributions(NetState& s) {
  if (s.in.status == Status::PublicContractuel) {
    // IRCANTEC tranche A up to 1 PSS, tranche B between 1 and 8 PSS.
    auto a = s.rate(kPublicIrcantecA);
    if (!a) return a.error();
    s.deduct("ircantec_a", "IRCANTEC tranche A", s.full.t1, *a, s.full.t1_text, {s.pss_full.source});
    if (!s.full.t2.is_zero()) {
      auto b = s.rate(kPublicIrcantecB);
      if (!b) return b.error();
      s.deduct("ircantec_b", "IRCANTEC tranche B", s.full.t2, *b, s.full.t2_text,
               {s.pss_full.source, s.t2_ceiling.source});
    }
  }
  if (s.in.status != Status::PublicTitulaire) return std::nullopt;
  // CNRACL on TIB + NBI + CTI; RAFP on the rest, capped at a % of the TIB.
  Decimal cnracl_base, tib;
  std::string cnracl_text;
  for (std::size_t i = 0; i < s.gross_lines; ++i) {
    const PayLine& l = s.gross.lines[i];
    if (!subject_to_cnracl(l)) continue;
    cnracl_base += l.amount;
    if (l.pension == PensionBase::Traitement) tib += l.amount;
    if (s.opt.explain) cnracl_text += fmt::format("{}{} {}", cnracl_text.empty() ? "" : " + ", l.label, eur(l.amount));
  }
  if (tib.is_zero())
    return make_error(ErrorKind::Input, "la paie d'un fonctionnaire demande son traitement indiciaire (l'assiette CNRACL) : "
                                        "donnez --indice-majore");
  auto cnracl = s.rate(kPublicCnracl);
  if (!cnracl) return cnracl.error();
  s.deduct("cnracl", "Retenue pour pension CNRACL", cnracl_base, *cnracl,
           s.opt.explain ? fmt::format("{} = {}", cnracl_text, eur(cnracl_base)) : std::string(), {});
  const Decimal rest = s.brut - cnracl_base;
  if (rest > kZero) {
    auto rafp = s.rate(kPublicRafp);
    if (!rafp) return rafp.error();
    auto cap_pct = s.rate(kPublicRafpCapPctTib);
    if (!cap_pct) return cap_pct.error();
    const Decimal cap = tib.percent(cap_pct->value);
    const Decimal base = min(rest, cap);
    s.deduct("rafp", "Retraite additionnelle (RAFP)", base, *rafp,
             s.opt.explain ? fmt::format("min(éléments hors traitement indiciaire {} ; {} × traitement indiciaire {} = {}) "
                                         "= {} (plafond annuel appliqué au mois)",
                                         eur(rest), pct(cap_pct->value), eur(tib), eur(cap), eur(base))
                           : std::string(),
             {cap_pct->source});
  }
  return std::nullopt;
}

std::optional<Error> prevoyance(NetState& s) {
  // The amounts the user gave, or else the convention's compulsory prévoyance (a % of the gross up to a ceiling in
  // PSS, e.g. BAD avenant 55) when its grid has a value at this date.
  s.prevoyance_employee = s.in.prevoyance_employee;
  s.prevoyance_employer = s.in.prevoyance_employer;
  s.conventional_prevoyance = !s.in.conventional_prevoyance.empty() && s.prevoyance_employee.is_zero() &&
                              s.prevoyance_employer.is_zero();
  std::optional<Decimal> conventional_employer_rate;
  if (s.conventional_prevoyance) {
    const std::string_view prefix = s.in.conventional_prevoyance;
    const PrevoyanceKeys& keys = prevoyance_keys(prefix);
    const Version* employee_rate = s.rs.find(keys.employee);
    const Version* employer_rate = s.rs.find(keys.employer);
    const Version* ceiling = s.rs.find(keys.ceiling);
    if (employee_rate && employer_rate && ceiling) {
      const Decimal base = min(s.brut, ceiling->number * s.pss);
      const std::string text = s.opt.explain ? fmt::format("min(brut {} ; {} × {}) = {}", eur(s.brut),
                                                           fr_number(ceiling->number), s.pss_text, eur(base))
                                             : std::string();
      const SourceRef ceiling_source = s.rs.source(keys.ceiling, *ceiling);
      s.prevoyance_employee = s.share("prevoyance_employee", "Prévoyance conventionnelle, part salariale",
                                      LineKind::Deduction, base, employee_rate->number, text,
                                      {s.rs.source(keys.employee, *employee_rate), ceiling_source});
      s.deductions += s.prevoyance_employee;
      s.prevoyance_employer = s.share("prevoyance_employer", "Prévoyance conventionnelle, part employeur",
                                      LineKind::Info, base, employer_rate->number, text,
                                      {s.rs.source(keys.employer, *employer_rate), ceiling_source});
      conventional_employer_rate = employer_rate->number;
    } else if (s.opt.explain) {
      s.warnings.push_back(fmt::format(
          "prévoyance conventionnelle ({}) : pas de taux dans les grilles au {} ; non comptée (donner "
          "--prevoyance-salarie et --prevoyance-employeur)",
          prefix, s.d.iso()));
    }
  }
  if (auto e = cadre_prevoyance(s, conventional_employer_rate)) return e;
  // Declared employee shares are deducted; employer shares are information lines, after the CSG/CRDS they enter.
  declared_share(s, "health_insurance_employee", "Complémentaire santé (part salariale)", LineKind::Deduction,
                 s.in.health_employee, "--mutuelle-salarie", "");
  if (!s.conventional_prevoyance)
    declared_share(s, "prevoyance_employee", "Prévoyance (part salariale)", LineKind::Deduction,
                   s.prevoyance_employee, "--prevoyance-salarie", "");
  return std::nullopt;
}

std::optional<Error> csg_crds(NetState& s) {
  // Base: base_rate % of the gross up to the ceiling, 100 % above, plus the employer health and prévoyance
  // contributions at 100 %. An apprentice: none, or the part above the exempt share of the SMIC
  // without the employer shares (net.apprenti.csg).
  if (s.apprentice_csg != "exoneree") {
    auto base_rate = s.rate(kCsgBaseRate);
    if (!base_rate) return base_rate.error();
    auto abattement_ceiling = s.rate(kCsgAbattementCeilingPss);
    if (!abattement_ceiling) return abattement_ceiling.error();
    const bool apprentice = !s.apprentice_csg.empty();
    const Decimal subject = apprentice ? s.reduced.base : s.brut;
    const std::string what = apprentice ? "assiette de l'apprenti" : "brut";
    const Decimal limit = abattement_ceiling->value * s.pss;
    const Decimal employer = apprentice ? kZero : s.in.health_employer + s.prevoyance_employer;
    const Decimal csg_base = min(subject, limit).percent(base_rate->value) + max(subject - limit, kZero) + employer;
    std::string text;
    if (s.opt.explain)
      text = fmt::format("{}assiette CSG/CRDS = {} × min({} {} ; {} × {}) + 100 % × max({} − {} × PSS ; 0){} = {}",
                         apprentice ? s.reduced.base_text + " ; " : "", pct(base_rate->value), what, eur(subject),
                         fr_number(abattement_ceiling->value), s.pss_text, what, fr_number(abattement_ceiling->value),
                         employer.is_zero() ? "" : fmt::format(" + parts employeur santé et prévoyance {}", eur(employer)),
                         eur(csg_base));
    std::array<SourceRef, 8> cited{base_rate->source, abattement_ceiling->source, s.pss_full.source};
    std::size_t count = 3;
    if (apprentice)
      for (const auto& src : s.apprentice_sources) cited.at(count++) = src;
    const std::span<const SourceRef> sources(cited.data(), count);
    if (!csg_base.is_zero() || !apprentice) {
      auto csg_d = s.rate(kCsgDeductible);
      if (!csg_d) return csg_d.error();
      s.deduct("csg_deductible", "CSG déductible", csg_base, *csg_d, text, sources);
      auto csg_nd = s.rate(kCsgNonDeductible);
      if (!csg_nd) return csg_nd.error();
      s.csg_non_deductible = s.deduct("csg_non_deductible", "CSG non déductible", csg_base, *csg_nd, text, sources);
      auto crds = s.rate(kCrds);
      if (!crds) return crds.error();
      s.crds = s.deduct("crds", "CRDS", csg_base, *crds, text, sources);
    }
  }
  declared_share(s, "health_insurance_employer", "Part employeur santé (information)", LineKind::Info,
                 s.in.health_employer, "--mutuelle-employeur", " ; entre dans l'assiette CSG/CRDS et dans le net imposable");
  if (!s.conventional_prevoyance)
    declared_share(s, "prevoyance_employer", "Part employeur prévoyance (information)", LineKind::Info,
                   s.in.prevoyance_employer, "--prevoyance-employeur", " ; entre dans l'assiette CSG/CRDS");
  for (auto& l : s.pending) s.add(std::move(l));
  s.pending.clear();
  return std::nullopt;
}

}  // namespace revalo::net_detail
