// The barème indice brut → indice majoré of the fonctions publiques (décret 82-1105, barème A) as far as the grids know
// it (grids/net/public-index.toml): the indice majoré of an indice brut at a date, and the indice majoré at a date of an
// agent whose indice majoré is known at another date, the barème changes in between followed. Pure functions, no I/O.
#pragma once
#include <optional>
#include <vector>

#include "date.h"
#include "grid_model.h"
#include "payslip.h"
#include "result.h"

namespace revalo {

// An indice majoré and the grid values that give it (a pair of the barème, the changes crossed).
struct IndexAt {
  Decimal im;
  std::vector<SourceRef> sources;
  // follow_indice_majore: the change of the barème nearest to the date asked for, when one was crossed.
  std::optional<Date> changed_on;
};

// The indice majoré of indice brut `ib` at d: the pair listed for d's period of the barème, or the pair of another
// period carried over the changes in between by the reading rule of net.public.bareme.change. MissingData when no
// known pair gives it.
Result<IndexAt> bareme_im(const GridSet& g, int ib, Date d);

// The indice majoré at d of an agent whose indice majoré is `im` at `given`: through its indice brut when the barème
// pairs name it, otherwise through the changes themselves (points added to every indice brut, or a change of a range
// of indices brutes that the indice majoré is shown to lie outside of). No source when nothing changed in between.
Result<IndexAt> follow_indice_majore(const GridSet& g, int im, Date given, Date d);

}  // namespace revalo
