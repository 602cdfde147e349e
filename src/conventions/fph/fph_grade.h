// The public grids as the grids hold them (grids/fph/): a grade's grid family, catégorie and fonction publique at a date, the échelons of a
// family (count, duration), the indice majoré of an échelon (the grid's own, or the barème of its indice brut), the
// reforms a grade goes through. Each missing value is a MissingData error naming grade, échelon and date. Pure.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "grid_model.h"
#include "payslip.h"
#include "result.h"

namespace revalo::fph {

// A grade's grid at a date: the family of parameters fph.<family>.* and the catégorie of the corps.
struct GradeGrid {
  std::string grade;      // "as-cn"
  std::string label;      // French, from the vocabulary "grade"
  std::string family;     // "as-cn", "c2"…
  std::string categorie;  // "A", "B" or "C"
  std::string fonction_publique;  // "fph" or "fpt": the employer of the Ségur measures
  SourceRef source;       // the version of fph.grade.<grade>
};

// The grade ids (fph.grade.<id>), and a grade typed by the user checked against them.
std::vector<std::string> grade_ids(const GridSet& g);
Result<std::string> grade_id(const GridSet& g, std::string_view name);
std::string grade_label(const GridSet& g, std::string_view grade);
Result<GradeGrid> grade_grid(const GridSet& g, std::string_view grade, Date d);
// The first day a grade has a grid (none: no grid at all).
std::optional<Date> grade_start(const GridSet& g, std::string_view grade);

// Number of échelons of the grade's grid at d; none when the grids do not say.
std::optional<int> echelon_count(const GridSet& g, const GradeGrid& gg, Date d);
// Duration of échelon e at d, in months, with its source.
struct Duration {
  int months = 0;
  SourceRef source;
};
Result<Duration> echelon_duration(const GridSet& g, const GradeGrid& gg, int e, Date d);

// The indice majoré of échelon e at d: the grid's indice majoré for the period, or the barème of its indice brut.
struct EchelonIndex {
  Decimal im;
  std::optional<Decimal> ib;
  std::vector<SourceRef> sources;
};
Result<EchelonIndex> echelon_index(const GridSet& g, const GradeGrid& gg, int e, Date d);

// A reform the grade goes through on `on`: the grade after it and the reclassement table, when the texts give them.
struct Reform {
  Date on;
  std::string grade_after;   // the same grade when the reform changes only its grid
  std::string table;         // parameter of the reclassement table; empty: unknown (an input, --echelon-after)
  std::string source, note;  // legal text of the reform and what is known of its reclassement
  const Provenance* provenance = nullptr;
};
// The first reform of `grade` after `after` and up to `until`: a new grid of its family (a new version of its
// indices bruts following an older one), a change of its grid family, its end, or a reform the grids list.
std::optional<Reform> next_reform(const GridSet& g, const GradeGrid& gg, Date after, Date until);

// A month count added to a date (same day, the last day of a shorter month).
Date add_months(Date d, int months);

}  // namespace revalo::fph
