// Employer contributions that only private employers owe (associations, commercial clinics): chômage and AGS,
// AGIRC-ARRCO with CEG and CET, APEC, forfait social, formation professionnelle, taxe d'apprentissage (with the
// associations' rule by date), PEEC and the contribution au dialogue social. Rates: grids/employer/private.toml.
#include <fmt/format.h>

#include "employer_internal.h"

namespace revalo::employer_detail {
namespace {

const Decimal kZero;

// Gross up to `ceiling_id` × PSS (chômage, AGS, APEC), with its explanation.
Result<Decimal> capped(const Ctx& c, std::string_view ceiling_id, std::string* text, std::vector<SourceRef>& sources) {
  auto ceiling = c.rate(ceiling_id);
  if (!ceiling) return ceiling.error();
  sources = {c.pss_source, ceiling->source};
  const Decimal base = min(c.ab, ceiling->value * c.pss);
  if (c.explain)
    *text = fmt::format("min({} ; {} × PSS {}) = {}", c.ab_text, fr_number(ceiling->value), eur(c.pss), eur(base));
  return base;
}

// Whether the employer owes the taxe d'apprentissage (CT L6241-1): commercial employers always; associations by the
// rule of the date (liable from LF 2026 art. 135); an unknown private employer only when both would owe it.
Result<std::optional<bool>> apprentissage_due(Ctx& c, SourceRef* source) {
  if (c.in.taxe_apprentissage) return std::optional<bool>(*c.in.taxe_apprentissage);
  if (c.in.employer == "commercial") return std::optional<bool>(true);
  auto rule = c.rate("employer.ta.associations");
  if (!rule) return rule.error();
  *source = rule->source;
  const bool associations = rule->text == "oui";
  if (c.association || associations)
    return std::optional<bool>(associations);
  return std::optional<bool>();
}

std::optional<Error> apprentissage(Ctx& c) {
  SourceRef rule{"", "", c.d, nullptr};
  auto due = apprentissage_due(c, &rule);
  if (!due) return due.error();
  if (!*due) {
    c.out.figures.missing.push_back("taxe d'apprentissage");
    c.out.warnings.push_back("taxe d'apprentissage non comptée : due par un employeur commercial, par une association "
                             "seulement à partir du 2026-03-01 ; donnez --employer ou --taxe-apprentissage yes|no");
    return std::nullopt;
  }
  if (!**due) return std::nullopt;
  std::vector<SourceRef> more;
  if (rule.provenance) more.push_back(rule);
  if (c.in.alsace_moselle)
    return add_rate(c, "employer_ta", "Taxe d'apprentissage (Alsace-Moselle)", c.ab, "employer.ta.alsace_moselle",
                    c.ab_text, more);
  if (auto e = add_rate(c, "employer_ta", "Taxe d'apprentissage, part principale", c.ab, "employer.ta.main", c.ab_text, more))
    return e;
  return add_rate(c, "employer_ta_solde", "Taxe d'apprentissage, solde", c.ab, "employer.ta.solde", c.ab_text, more);
}

}  // namespace

std::optional<Error> private_lines(Ctx& c) {
  std::string text;
  std::vector<SourceRef> more;
  for (const auto& [code, label, id, ceiling] :
       {std::tuple{"employer_chomage", "Assurance chômage", "employer.chomage", "employer.chomage.ceiling_pss"},
        std::tuple{"employer_ags", "Garantie des salaires (AGS)", "employer.ags", "employer.ags.ceiling_pss"}}) {
    auto base = capped(c, ceiling, &text, more);
    if (!base) return base.error();
    if (auto e = add_rate(c, code, label, *base, id, text, more)) return e;
  }
  // AGIRC-ARRCO and CEG on T1 and T2 (ANI 17/11/2017), employer shares.
  if (auto e = add_rate(c, "employer_agirc_arrco_t1", "Retraite complémentaire AGIRC-ARRCO T1 (part patronale)", c.t1,
                        "employer.agirc_arrco_t1", t1_text(c), {c.pss_source}))
    return e;
  if (!c.t2.is_zero())
    if (auto e = add_rate(c, "employer_agirc_arrco_t2", "Retraite complémentaire AGIRC-ARRCO T2 (part patronale)", c.t2,
                          "employer.agirc_arrco_t2", t2_text(c), {c.pss_source}))
      return e;
  if (auto e = add_rate(c, "employer_ceg_t1", "Contribution d'équilibre général T1 (part patronale)", c.t1,
                        "employer.ceg_t1", t1_text(c), {c.pss_source}))
    return e;
  if (!c.t2.is_zero())
    if (auto e = add_rate(c, "employer_ceg_t2", "Contribution d'équilibre général T2 (part patronale)", c.t2,
                          "employer.ceg_t2", t2_text(c), {c.pss_source}))
      return e;
  if (c.ab > c.pss) {
    // CET: only above 1 PSS, then on the whole base up to its ceiling.
    auto base = capped(c, "net.cet.ceiling_pss", &text, more);
    if (!base) return base.error();
    if (auto e = add_rate(c, "employer_cet", "Contribution d'équilibre technique (part patronale)", *base,
                          "employer.cet", c.explain ? "assiette > 1 PSS ; " + text : "", more))
      return e;
  }
  if (c.in.status == Status::PriveCadre) {
    auto base = capped(c, "net.apec.ceiling_pss", &text, more);
    if (!base) return base.error();
    if (auto e = add_rate(c, "employer_apec", "Cotisation APEC (part patronale)", *base, "employer.apec", text, more))
      return e;
    if (c.employer_shares.is_zero()) {
      auto minimum = c.rate("employer.prevoyance_cadres_minimum");
      if (!minimum) return minimum.error();
      c.out.warnings.push_back(fmt::format(
          "prévoyance des cadres : au moins {} de la tranche 1 ({}) à la charge de l'employeur, non comptée faute de "
          "montant (--prevoyance-employeur)",
          pct(minimum->value), fr_euros(c.t1.percent(minimum->value).round_cents())));
    }
  }
  // Forfait social on the employer health/prévoyance contributions (CSS L137-15), from 11 employees.
  SourceRef threshold;
  auto forfait = at_or_above(c, "employer.forfait_social.headcount_threshold", &threshold);
  if (!forfait) return forfait.error();
  if (*forfait && !c.employer_shares.is_zero())
    if (auto e = add_rate(c, "employer_forfait_social", "Forfait social (prévoyance et santé)", c.employer_shares,
                          "employer.forfait_social",
                          c.explain ? fmt::format("effectif {} ≥ seuil ; parts employeur santé et prévoyance {}",
                                                  c.in.headcount, eur(c.employer_shares))
                                    : "",
                          {threshold}))
      return e;
  auto large = at_or_above(c, "employer.formation.headcount_threshold", &threshold);
  if (!large) return large.error();
  if (auto e = add_rate(c, "employer_formation", "Contribution à la formation professionnelle", c.ab,
                        *large ? "employer.formation.large" : "employer.formation.small",
                        c.explain ? fmt::format("effectif {} {} seuil ; {}", c.in.headcount, *large ? "≥" : "<", c.ab_text) : "",
                        {threshold}))
    return e;
  if (auto e = apprentissage(c)) return e;
  auto peec = at_or_above(c, "employer.peec.headcount_threshold", &threshold);
  if (!peec) return peec.error();
  if (*peec)
    if (auto e = add_rate(c, "employer_peec", "Participation à l'effort de construction (PEEC)", c.ab, "employer.peec",
                          c.explain ? fmt::format("effectif {} ≥ seuil ; {} (masse salariale du mois)", c.in.headcount,
                                                  c.ab_text)
                                    : "",
                          {threshold}))
      return e;
  return add_rate(c, "employer_dialogue_social", "Contribution au dialogue social", c.ab, "employer.dialogue_social",
                  c.ab_text);
}

}  // namespace revalo::employer_detail
