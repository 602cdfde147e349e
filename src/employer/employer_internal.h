// Helpers shared by the employer-cost files (employer_rates, employer_private, employer_public, reduction,
// taxe_salaires): a dated parameter with its source, the context of one payslip's employer side, and the line
// builders. Not part of the layer's interface (employer_rates.h is).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "employer_rates.h"
#include "format_number.h"
#include "grid_model.h"
#include "param_value.h"
#include "payslip.h"

namespace revalo::employer_detail {

// A scalar or rule parameter at d, with its source; MissingData names the parameter and the date (param_value.h).
using Param = ParamValue;
using revalo::param_at;

inline std::string eur(Decimal d) { return fr_number(d, 2) + " €"; }
inline std::string pct(Decimal d) { return fr_number(d, 2) + " %"; }

// What every part of one payslip's employer side shares: the date, the bases of the month, the lines built so far.
struct Ctx {
  const RateSheet& rs;
  const GridSet& g;
  Date d;
  const EmployerInputs& in;
  bool association;  // the employer type is in the group "association" of the employer vocabulary
  bool explain;
  EmployerLayer& out;
  Decimal ab;        // assiette brute: gross + employer health/prévoyance above the exclusion limit
  Decimal pss;       // monthly PSS of the payslip, prorated
  SourceRef pss_source;
  Decimal t1, t2;    // tranches of the assiette brute (net.tranche.t2_ceiling_pss)
  Decimal employer_shares;  // employer health + prévoyance contributions of the month (net layer's lines)
  Decimal contributions;    // sum of the employer lines (réduction and taxe sur les salaires excluded)
  Decimal local_base;       // base of the versement mobilité: the assiette brute (fonctionnaires: TIB + NBI + CTI)
  std::string local_base_text;
  std::string ab_text;      // "assiette brute 2 000,00 €" (explain)
  Result<Param> rate(std::string_view id) const { return param_at(rs, ParamKey::of(id)); }
};

// One employer line: base × rate %, rounded to the cent, added to the contributions.
void add_line(Ctx& c, const char* code, const char* label, Decimal base, const Param& rate,
              const std::string& base_text, std::vector<SourceRef> more = {});
// The same by parameter id; returns the error when the rate has no value at the date.
std::optional<Error> add_rate(Ctx& c, const char* code, const char* label, Decimal base, std::string_view id,
                              const std::string& base_text, std::vector<SourceRef> more = {});
// Whether the effectif is at or above the threshold parameter `id` (its source in *source).
Result<bool> at_or_above(const Ctx& c, std::string_view id, SourceRef* source = nullptr);
// "tranche 1 = min(assiette ; PSS) = …" (explain).
std::string t1_text(const Ctx& c);
std::string t2_text(const Ctx& c);

// Régime général: maladie, allocations familiales (reduced rates when `reduced_scope`), vieillesse, CSA, FNAL, AT/MP.
std::optional<Error> regime_general_lines(Ctx& c, bool reduced_scope);
// Private employers: chômage, AGS, AGIRC-ARRCO, CEG, CET, APEC, forfait social, formation, apprentissage, PEEC,
// dialogue social (employer_private.cpp).
std::optional<Error> private_lines(Ctx& c);
// Fonctionnaires CNRACL and contractuels IRCANTEC, FPH funds (employer_public.cpp).
std::optional<Error> public_lines(Ctx& c, const Payslip& slip);

}  // namespace revalo::employer_detail
