// Gross pay of the CCN du 15 mars 1966 (CCN 66, IDCC 413): coefficient of the step reached by the years in the job,
// floored at the base index, × the point of the employer's series; ISS (non-cadres); point complements; SMIC
// differential. Pure function of the grids, the profile and the date; the Ségur-type allowances are added by pay/.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "grid_model.h"
#include "payslip.h"
#include "profile.h"

namespace revalo {

Result<Payslip> compute_ccn66_pay(const GridSet& grids, const Profile& profile, Date date, const std::string& position,
                                  const CalcOptions& options = {});

// A CCN 66 position: a step grid "A" … "G" (column suffix ".externat": the job's annexe has no internat column;
// ".internat": always the internat column), or an annexe 6 cadre grid row "cadre.dg", "cadre.dga", "cadre.2.1"
// (classe.niveau).
struct Ccn66Position {
  enum class Column { Both, ExternatOnly, InternatOnly };
  std::string grid;  // "A" … "G", or "cadre"
  std::string row;   // cadre: "dg", "dga", "1.1" … "3.3"; empty for a step grid
  Column column = Column::Both;
  bool cadre() const { return grid == "cadre"; }
  std::string param() const;  // "ccn66.grille.A", "ccn66.cadre"
};
std::optional<Ccn66Position> parse_ccn66_position(std::string_view text);

// Years in the job at d: from the start in the job (--hired), else --years-in-job as given, else the seniority
// (--seniority, a career's years); none when none is given.
Result<std::optional<Decimal>> ccn66_years_in_job(const Profile& p, Date d);

}  // namespace revalo
