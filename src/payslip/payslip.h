// The payslip every calculator builds: its lines (amount, formula, sources), gross, status and net figures, and the
// few helpers that every calculator uses to add a line. Types only and pure helpers; no calculation of pay.
#pragma once
#include <array>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"
#include "decimal.h"
#include "grid_model.h"
#include "profile.h"
#include "rate_sheet.h"
#include "result.h"

namespace revalo {

// The provenance of amounts typed by the user (e.g. --idr).
const Provenance& input_provenance();

enum class LineKind { Earning, Deduction, Info, Employer };

// Where an earning of a fonctionnaire stands for the pension contributions, set by the calculator that adds it: the
// traitement soumis à retenue pour pension (CNRACL) is the traitement indiciaire brut, the NBI and the CTI; the RAFP
// cap is a share of the traitement alone.
enum class PensionBase : unsigned char { None, Indiciaire, Traitement };

// Whether the values a computation used come from an inferred, an uncertain (U) or a proposal's source.
struct SourceFlags {
  bool inferred = false, uncertain = false, scenario = false;
  void cite(const SourceRef& s) {
    inferred = inferred || s.provenance->inferred;
    uncertain = uncertain || s.provenance->uncertain();
    scenario = scenario || s.provenance->scenario;
  }
  void add(const SourceFlags& o) {
    inferred = inferred || o.inferred;
    uncertain = uncertain || o.uncertain;
    scenario = scenario || o.scenario;
  }
};

// One line of a payslip. Every payslip has the figures (code, kind, amounts, flags); an explained payslip
// (CalcOptions::explain, the default) also has the label, the formula and the sources. A batch computes lean
// payslips: the same computation, without the text.
struct PayLine {
  std::string_view code;  // stable English key: "base", "ecr_seniority"… (docs/output.md); a literal or line_code()
  std::string label;      // French label (explained payslips)
  LineKind kind = LineKind::Earning;
  std::optional<Decimal> base;
  std::string_view base_unit;  // "coefficient", "points", "EUR", "hours"
  std::optional<Decimal> rate;
  std::string_view rate_unit;  // "EUR/point", "%", "EUR/hour"
  Decimal amount;         // rounded to the cent (decimal.h)
  std::string formula;    // French, with every input: shown by --explain
  std::vector<SourceRef> sources;  // explained payslips
  bool inferred = false;   // uses a value inferred from the texts (not written in them)
  bool uncertain = false;  // uses a value marked uncertain (U)
  bool scenario = false;   // uses a proposal's value (scenario file, --point), not the law
  bool explained = true;   // label, formula and sources are kept
  PensionBase pension = PensionBase::None;  // a fonctionnaire's earning in the CNRACL base (Traitement: the TIB)

  SourceFlags flags() const { return {inferred, uncertain, scenario}; }
  // A legal value the line uses: its flags always; the reference itself when the line is explained.
  void cite(const SourceRef& s) {
    inferred = inferred || s.provenance->inferred;
    uncertain = uncertain || s.provenance->uncertain();
    scenario = scenario || s.provenance->scenario;
    if (explained) sources.push_back(s);
  }
};

// A line code made at run time ("ecr_on_call_" + a kind of the grid), kept for the whole run.
std::string_view line_code(std::string_view code);

// Appends a line: rounds its amount to the cent (the rounding rule, decimal.h) and flags it inferred / uncertain
// when one of its sources is. Every calculator adds its lines through this.
void append_line(std::vector<PayLine>& lines, PayLine&& line);
// The same for a line built in place at the end of the payslip's lines.
void finish_line(PayLine& line);
// The working-time ratio in formulas: "temps plein" or "130 / 151,67".
std::string prorata_fr(const WorkingTime& wt);

// One net figure of a payslip (net_pay.h): its stable key, French label, amount and how it was computed.
struct NetFigure {
  std::string_view code;          // "net_before_tax", "net_taxable", "net_social", "income_tax", "net_paid"
  std::string_view label;
  std::optional<Decimal> amount;  // none: not defined at this date (net_social before 2023-07-01)
  std::string formula;            // French, shown by --explain
  std::vector<SourceRef> sources;
};

// The net figures, present on a payslip when the employee's status is known.
struct NetFigures {
  Decimal pss;  // monthly PSS of the payslip, prorated to the working time (exact)
  // The employer's health and prévoyance shares of the month (the information lines "health_insurance_employer" and
  // "prevoyance_employer"): the employer cost adds them.
  Decimal employer_shares;
  // A lean payslip (CalcOptions::explain off) has no lines for the net layer, only its figures: the flags its lines
  // would have carried are here. Empty on an explained payslip (its lines carry them).
  SourceFlags lean_flags;
  NetFigure net_before_tax, net_taxable, net_social, income_tax, net_paid;
  std::string net_social_rule;  // net.mns.rule in force ("mns_2023", "mns_2024"); empty before the MNS existed
  // In output order (docs/output.md).
  std::array<const NetFigure*, 5> all() const {
    return {&net_before_tax, &net_taxable, &net_social, &income_tax, &net_paid};
  }
};
// The keys of NetFigures::all(), for outputs that need them when no figure was computed.
inline constexpr const char* kNetFigureCodes[] = {"net_before_tax", "net_taxable", "net_social", "income_tax",
                                                  "net_paid"};

// The employer side of a payslip (employer_rates.h), present when the employer's effectif is known.
struct EmployerFigures {
  Decimal contributions;   // employer lines (réduction and taxe sur les salaires excluded) + employer health/prévoyance
  Decimal reduction;       // réduction générale / RGDU of the month, positive
  std::optional<Decimal> reduction_coefficient;  // private employers
  Decimal taxe_salaires;   // monthly share
  Decimal cost;            // gross + contributions − reduction + taxe_salaires
  std::vector<std::string> missing;  // what is not counted for want of an input ("AT/MP")
  std::string formula;     // French, shown by --explain
};

struct Payslip {
  Date date;
  std::string convention;
  std::string classification;  // "old" (A–I) or "a43" for the BAD
  std::string position;        // resolved position key
  std::string position_label;
  bool position_inferred = false;
  std::string position_note;   // how the position was found (placement, job table)
  WorkingTime working_time;
  std::vector<PayLine> lines;
  Decimal gross;
  std::string status;       // "prive", "prive-cadre", "public-titulaire", "public-contractuel"; empty: no net
  std::string status_note;  // how the status was found when not given
  std::optional<NetFigures> net;
  std::optional<EmployerFigures> employer;  // employer cost (employer_rates.h); none without the effectif
  std::vector<std::string> warnings;
};

// The working-time ratio of a profile: --hours over the full-time hours of `full_time_param` (a grid parameter), or
// --fte. Hours above full time are an input error.
Result<WorkingTime> working_time(const RateSheet& rs, const Profile& p, const ParamKey& full_time_param);
Result<WorkingTime> working_time(const GridSet& g, const Profile& p, Date d, std::string_view full_time_param);
// Working time against the legal monthly hours (net.legal_monthly_hours), for payslips built without a convention.
Result<WorkingTime> legal_working_time(const RateSheet& rs, const Profile& p);
Result<WorkingTime> legal_working_time(const GridSet& g, const Profile& p, Date d);

// What the calculator builds besides the amounts. Batch runs turn the formulas off: they are most of the cost.
struct CalcOptions {
  bool explain = true;  // each line's French formula (PayLine::formula, NetFigure::formula)
};

// Which position to use on one side of a comparison, when the profile's own is not the one wanted.
struct PositionOverride {
  std::string position;
};

}  // namespace revalo
