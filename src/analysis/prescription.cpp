// Prescription of back pay (prescription.h). The rules are read from grids/common/prescription.toml at the claim
// date; their `value` names the mechanism below, so that a new text is a new version, not new code.
#include "prescription.h"

#include <algorithm>

#include <fmt/format.h>

namespace revalo {
namespace {

Date january_first(int year) { return *Date::from_ymd(year, 1, 1); }

struct Builder {
  const GridSet& g;
  MonthPrescription out;
  void use(std::string_view id, const Version& v) {
    out.sources.push_back(grid_source(g, id, v));
    out.uncertain = out.uncertain || v.provenance.uncertain();
  }
};

Error unknown_rule(const GridSet& g, std::string_view id, const Version& v) {
  return make_error(ErrorKind::Grid, fmt::format("{} : règle inconnue « {} » pour {}", g.params.at(std::string(id)).file,
                                                 v.text, id));
}

// After the end of the contract (L3245-1, second sentence): a claim made within N years of the last salary's
// exigibility — the end of the contract, when the final pay falls due — covers the N years before the rupture.
// False when that rule does not apply (no end date, or a claim made later).
Result<bool> after_rupture(Builder& b, Date month, const PrescriptionInputs& in, int years) {
  if (!in.contract_end) return false;
  const Version* r = b.g.find_at("prescription.prive.apres_rupture", in.claim);
  if (!r) return false;
  if (r->text != "annees_avant_rupture") return unknown_rule(b.g, "prescription.prive.apres_rupture", *r);
  const Date end = *in.contract_end, limit = end.add_years(years);
  if (in.claim > limit) return false;
  b.use("prescription.prive.apres_rupture", *r);
  const Date window = end.add_years(-years);
  b.out.prescribed = month_end(month) < window;
  b.out.last_claim_day = limit;
  b.out.rule = fmt::format("demande faite dans les {} ans qui suivent la rupture du contrat ({}) : elle porte sur les "
                           "sommes dues au titre des {} années qui précèdent la rupture, à partir du {}",
                           years, end.iso(), years, window.iso());
  b.out.article = short_reference(r->provenance.source);
  b.out.prescribed_before = window;
  if (!b.out.prescribed && month < window)
    b.out.partial = fmt::format("seules les sommes dues à partir du {} peuvent être réclamées", window.iso());
  return true;
}

Result<MonthPrescription> private_prescription(const GridSet& g, Date month, const PrescriptionInputs& in) {
  Builder b{g, {}};
  auto years = g.at("prescription.prive.years", in.claim);
  if (!years) return years.error();
  const int n = static_cast<int>((*years)->number.integer_part());
  b.use("prescription.prive.years", **years);
  if (in.contract_end && *in.contract_end < month)
    return make_error(ErrorKind::Input, fmt::format("le mois {} commence après la fin du contrat (--contract-end {})",
                                                    month_key(month), in.contract_end->iso()));
  auto rupture = after_rupture(b, month, in, n);
  if (!rupture) return rupture.error();
  if (*rupture) return b.out;

  // Each month from its own pay date (Cass. soc. 14 nov. 2013): the usual pay day, or the month's last day.
  auto exig = g.at("prescription.prive.exigibilite", in.claim);
  if (!exig) return exig.error();
  if ((*exig)->text != "date_de_paie") return unknown_rule(g, "prescription.prive.exigibilite", **exig);
  b.use("prescription.prive.exigibilite", **exig);
  const int last_day = days_in_month(month.year(), month.month());
  const Date pay = *Date::from_ymd(month.year(), month.month(),
                                   in.pay_day > 0 && in.pay_day < last_day ? in.pay_day : last_day);
  // The period runs from the pay date: it is complete at the end of the same day N years later (the claim made
  // that day is in time).
  Date last = pay.add_years(n);
  b.out.rule = fmt::format("{} ans à compter de la date de paie du {}", n, pay.iso());
  b.out.article = short_reference((*years)->provenance.source);
  b.out.prescribed_before = in.claim.add_years(-n);

  // Loi 2013-504 art. 21 V: a prescription running on the day the new law applies is completed by the new period,
  // without exceeding the old one — for claims made within the new period only (Cass. soc. 9 déc. 2020).
  if (const Version* t = g.find_at("prescription.prive.transition_2013", in.claim); t && pay < t->from) {
    if (t->text != "duree_anterieure_plafond") return unknown_rule(g, "prescription.prive.transition_2013", *t);
    auto old = g.at("prescription.prive.years", pay);
    if (!old) return old.error();
    b.use("prescription.prive.transition_2013", *t);
    b.use("prescription.prive.years", **old);
    const int n_old = static_cast<int>((*old)->number.integer_part());
    last = std::min(pay.add_years(n_old), t->to);
    b.out.rule = fmt::format("régime transitoire (prescription en cours au {}) : le plus tôt de la date de paie du {} "
                             "plus {} ans (loi antérieure) et du {} (fin du nouveau délai)",
                             t->from.iso(), pay.iso(), n_old, t->to.iso());
    b.out.article = short_reference(t->provenance.source);
    b.out.prescribed_before.reset();
  }
  b.out.last_claim_day = last;
  b.out.prescribed = in.claim > last;
  return b.out;
}

// Loi 68-1250 art. 1: the right to the pay of year Y is acquired in Y; the four years run from 1 January Y + 1, so
// the claim is out of time from 1 January Y + 1 + 4. Art. 2: an interruption opens four new years from 1 January of
// the year after it.
Result<MonthPrescription> public_prescription(const GridSet& g, Date month, const PrescriptionInputs& in) {
  Builder b{g, {}};
  auto years = g.at("prescription.public.years", in.claim);
  if (!years) return years.error();
  const int n = static_cast<int>((*years)->number.integer_part());
  b.use("prescription.public.years", **years);
  const int y = month.year();
  Date out_of_time = january_first(y + 1 + n);
  b.out.rule = fmt::format("{} ans à compter du 1er janvier {} (service de l'année {}) : prescrit le {}", n, y + 1, y,
                           out_of_time.iso());
  b.out.article = short_reference((*years)->provenance.source);
  b.out.prescribed_before = january_first(in.claim.year() - n);
  if (in.interrupted && month <= *in.interrupted && *in.interrupted < out_of_time) {
    auto r = g.at("prescription.public.interruption", *in.interrupted);
    if (!r) return r.error();
    if ((*r)->text != "nouveau_delai_1er_janvier") return unknown_rule(g, "prescription.public.interruption", **r);
    b.use("prescription.public.interruption", **r);
    const int iy = in.interrupted->year();
    out_of_time = january_first(iy + 1 + n);
    b.out.rule = fmt::format("délai interrompu le {} : nouveau délai de {} ans à compter du 1er janvier {} : prescrit "
                             "le {}",
                             in.interrupted->iso(), n, iy + 1, out_of_time.iso());
    b.out.article = short_reference((*r)->provenance.source);
    b.out.prescribed_before.reset();
  }
  b.out.last_claim_day = out_of_time.add_days(-1);
  b.out.prescribed = in.claim >= out_of_time;
  return b.out;
}

}  // namespace

std::string short_reference(std::string_view source) {
  std::size_t cut = source.size();
  for (std::string_view mark : {" (", " :", " ;"}) cut = std::min(cut, source.find(mark));
  return std::string(source.substr(0, cut));
}

Result<MonthPrescription> month_prescription(const GridSet& g, Date month, const PrescriptionInputs& in) {
  return in.public_agent ? public_prescription(g, month, in) : private_prescription(g, month, in);
}

}  // namespace revalo
