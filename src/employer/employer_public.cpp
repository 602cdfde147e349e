// Employer contributions of public employers: fonctionnaires affiliated to the CNRACL (CNRACL, maladie at the
// special rate, allocations familiales, CSA and FNAL on the traitement, ATIACL, FEH, RAFP) and contractuels de
// droit public (IRCANTEC, beside the régime général lines), plus the funds of the fonction publique hospitalière
// (ANFH, CGOS). Rates: grids/employer/public.toml and private.toml (shared régime général rates).
#include <fmt/format.h>

#include "employer_internal.h"
#include "public_pay.h"

namespace revalo::employer_detail {
namespace {

const Decimal kZero;

std::optional<Error> titulaire_lines(Ctx& c, const Payslip& slip) {
  // Traitement soumis à retenue pour pension: TIB + NBI + CTI (the CNRACL base; public_pay.h).
  Decimal base, tib;
  std::string text;
  for (const auto& l : slip.lines) {
    if (!subject_to_cnracl(l)) continue;
    base += l.amount;
    if (l.pension == PensionBase::Traitement) tib += l.amount;
    if (c.explain) text += fmt::format("{}{} {}", text.empty() ? "" : " + ", l.label, eur(l.amount));
  }
  if (tib.is_zero())
    return make_error(ErrorKind::Input, "le coût employeur d'un fonctionnaire demande son traitement indiciaire : "
                                        "donnez --indice-majore");
  if (c.explain) text = fmt::format("{} = {}", text, eur(base));
  c.local_base = base;
  c.local_base_text = text;
  const Decimal t1 = min(base, c.pss);
  const std::string t1_str = c.explain ? fmt::format("min({} ; PSS {}) = {}", eur(base), eur(c.pss), eur(t1)) : "";
  if (auto e = add_rate(c, "employer_cnracl", "CNRACL (contribution employeur)", base, "employer.public.cnracl", text))
    return e;
  if (auto e = add_rate(c, "employer_maladie", "Maladie (part employeur, fonctionnaires)", base, "employer.public.maladie", text))
    return e;
  if (auto e = add_rate(c, "employer_af", "Allocations familiales", base, "employer.af", text)) return e;
  if (auto e = add_rate(c, "employer_csa", "Contribution solidarité autonomie", base, "employer.csa", text)) return e;
  SourceRef threshold;
  auto large = at_or_above(c, "employer.fnal.headcount_threshold", &threshold);
  if (!large) return large.error();
  if (auto e = *large ? add_rate(c, "employer_fnal", "FNAL", base, "employer.fnal.large", text, {threshold})
                      : add_rate(c, "employer_fnal", "FNAL", t1, "employer.fnal.small", t1_str, {threshold, c.pss_source}))
    return e;
  if (auto e = add_rate(c, "employer_atiacl", "Allocation temporaire d'invalidité (ATIACL)", base,
                        "employer.public.atiacl", text))
    return e;
  if (c.in.employer == "fph")
    if (auto e = add_rate(c, "employer_feh", "Fonds pour l'emploi hospitalier (FEH)", base, "employer.public.feh", text))
      return e;
  // RAFP: the pay outside the CNRACL base, capped at a share of the TIB (décret 2004-569).
  const Decimal rest = c.ab - base;
  if (rest > kZero) {
    auto cap_pct = c.rate("net.public.rafp_cap_pct_tib");
    if (!cap_pct) return cap_pct.error();
    const Decimal cap = tib.percent(cap_pct->value);
    const Decimal rafp = min(rest, cap);
    if (auto e = add_rate(c, "employer_rafp", "Retraite additionnelle (RAFP, part employeur)", rafp, "employer.public.rafp",
                          c.explain ? fmt::format("min(éléments hors traitement indiciaire {} ; {} × traitement "
                                                  "indiciaire {} = {}) = {}",
                                                  eur(rest), pct(cap_pct->value), eur(tib), eur(cap), eur(rafp))
                                    : "",
                          {cap_pct->source}))
      return e;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Error> public_lines(Ctx& c, const Payslip& slip) {
  if (c.in.status == Status::PublicTitulaire) {
    if (auto e = titulaire_lines(c, slip)) return e;
  } else {
    // IRCANTEC tranche A up to 1 PSS, tranche B between 1 and 8 PSS (décret 2008-996 art. 5).
    if (auto e = add_rate(c, "employer_ircantec_a", "IRCANTEC tranche A (part employeur)", c.t1,
                          "employer.public.ircantec_a", t1_text(c), {c.pss_source}))
      return e;
    if (!c.t2.is_zero())
      if (auto e = add_rate(c, "employer_ircantec_b", "IRCANTEC tranche B (part employeur)", c.t2,
                            "employer.public.ircantec_b", t2_text(c), {c.pss_source}))
        return e;
  }
  if (c.in.employer != "fph") {
    if (c.in.employer.empty())
      c.out.warnings.push_back("fonds de la fonction publique hospitalière (ANFH, CGOS) non comptés : type d'employeur "
                               "non donné (--employer fph)");
    return std::nullopt;
  }
  // FPH funds on the gross pay (ANFH: formation; CGOS: action sociale of non-medical staff).
  for (const auto& [code, label, id] :
       {std::tuple{"employer_anfh_plan", "ANFH, plan de formation", "employer.public.anfh_plan"},
        std::tuple{"employer_anfh_cfp", "ANFH, congé de formation, VAE et bilan de compétences", "employer.public.anfh_cfp"},
        std::tuple{"employer_anfh_fmep", "ANFH, études promotionnelles (FMEP)", "employer.public.anfh_fmep"},
        std::tuple{"employer_cgos", "CGOS, action sociale", "employer.public.cgos"}})
    if (auto e = add_rate(c, code, label, c.ab, id, c.ab_text)) return e;
  return std::nullopt;
}

}  // namespace revalo::employer_detail
