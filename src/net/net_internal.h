// Internal to the gross → net layer (net_pay.cpp, net_contributions.cpp): the state of one computation and its
// steps, in payslip order — the PSS and tranches, the private or public contributions, the prévoyance, the
// CSG/CRDS. Not for other modules: they call compute_net (net_pay.h).
#pragma once
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "net_pay.h"
#include "param_value.h"

namespace revalo::net_detail {

// A scalar parameter at d, with its source (param_value.h).
using Param = ParamValue;

// Exact amounts and rates in formulas (at least two decimals, every significant one kept).
std::string eur(Decimal d);
std::string pct(Decimal d);
SourceRef input_source(Date d, std::string_view what);

// An assiette cut into tranches against the month's PSS, with the French formulas (explain only).
struct Tranches {
  Decimal base, t1, t2;
  std::string what, base_text, t1_text, t2_text;
};

// One computation: the gross payslip read, and where the net layer's lines, figures and warnings go — the payslip
// itself (add_net: `lines` may be `gross.lines`, the net lines then follow the gross ones) or a NetLayer.
struct NetState {
  NetState(const RateSheet& rates, const Payslip& gross_slip, std::vector<PayLine>& out_lines, NetFigures& out_figures,
           std::vector<std::string>& out_warnings, const NetInputs& inputs, const CalcOptions& options)
      : rs(rates), g(rates.grids()), d(rates.date()), gross(gross_slip), gross_lines(gross_slip.lines.size()),
        in(inputs), opt(options), lines(out_lines), figures(out_figures), warnings(out_warnings) {
    if (opt.explain) lines.reserve(lines.size() + 16);  // its deductions: at most one allocation (a lean payslip
                                                       // gets none of the net layer's lines)
  }
  const RateSheet& rs;
  const GridSet& g;
  Date d;
  const Payslip& gross;
  std::size_t gross_lines;  // gross.lines[0, gross_lines) are the earnings, whatever the net layer appends after
  const NetInputs& in;
  const CalcOptions& opt;
  std::vector<PayLine>& lines;
  NetFigures& figures;
  std::vector<std::string>& warnings;
  Decimal brut;
  Param pss_full, t2_ceiling;
  Decimal pss;  // prorated to the working time
  std::string pss_text;
  Tranches full;  // on the gross
  // Apprentices (C. trav. L6243-2): the contributions of `exempt_codes` are computed on the gross less the exempt
  // part (`reduced`); the CSG/CRDS follow `apprentice_csg`. Otherwise `reduced` is `full` and the rest is empty.
  Tranches reduced;
  std::vector<std::string> exempt_codes;
  std::optional<Decimal> apprentice_ceiling;  // the exempt part of the pay, €
  std::string apprentice_csg;                 // rule of net.apprenti.csg; empty: not an apprentice
  std::vector<SourceRef> apprentice_sources;
  Decimal compulsory;  // compulsory employee contributions (pension, maladie, CSG, CRDS): the MNS deducts them
  Decimal deductions;  // everything deducted before the income tax
  Decimal prevoyance_employee, prevoyance_employer;  // the amounts counted (declared, conventional or cadre)
  bool conventional_prevoyance = false;              // the lines came from the convention's grid
  Decimal csg_non_deductible, crds;
  std::vector<PayLine> pending;  // employer information lines computed before the CSG, shown after it

  Result<Param> rate(const ParamKey& k) const { return param_at(rs, k); }
  // A new line of the net layer (explained or lean, as the options say).
  PayLine line(std::string_view code, const char* label, LineKind kind) const;
  void start(PayLine& l, std::string_view code, const char* label, LineKind kind) const;  // the same, in place
  // Adds a line of the net layer: appended to an explained payslip; on a lean one, only its flags are kept
  // (NetFigures::lean_flags). The employer's health and prévoyance shares are counted either way.
  void add(PayLine&& l);
  // A share of prévoyance (conventional rates, or the cadres' minimum): base × rate %, rounded to the cent. Its line
  // (with `note` after its formula) is added, or kept in `pending` to follow the CSG/CRDS (`after_csg`); a lean
  // payslip gets its flags only.
  Decimal share(std::string_view code, const char* label, LineKind kind, Decimal base, Decimal rate,
                const std::string& base_text, std::initializer_list<SourceRef> sources, const char* note = "",
                bool after_csg = false);
  // The tranches a contribution `code` is computed on.
  const Tranches& base_for(std::string_view code) const;
  // A contribution line: base × rate %, rounded to the cent; counted in the compulsory deductions.
  Decimal deduct(const char* code, const char* label, Decimal base, const Param& rate, const std::string& base_text,
                 std::initializer_list<SourceRef> more_sources);
  Decimal deduct(const char* code, const char* label, Decimal base, const Param& rate, const std::string& base_text,
                 std::span<const SourceRef> more_sources);
};

// The steps of compute_net, each adding its lines to s.out.
std::optional<Error> cut_tranches(NetState& s);  // PSS, tranches; the apprentice's exempt part
std::optional<Error> private_contributions(NetState& s);
std::optional<Error> public_contributions(NetState& s);
std::optional<Error> prevoyance(NetState& s);
std::optional<Error> csg_crds(NetState& s);

}  // namespace revalo::net_detail
