// Gross pay of a public agent from the indice majoré: traitement indiciaire brut (TIB, on at least the minimum IM), NBI,
// the CTI of the Ségur (segur_pay.h), indemnité de résidence, supplément familial de traitement, primes (declared, or
// computed by a grid) with the PPCR abattement, and the indemnité différentielle up to the SMIC. The indice comes from
// --indice-majore (followed across the barème changes, public_index.h) or from a public grid's échelon
// (conventions/). Pure functions, no I/O.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "grid_model.h"
#include "payslip.h"
#include "profile.h"
#include "status.h"

namespace revalo {

// Line codes of a public payslip (docs/output.md).
inline constexpr std::string_view kTibCode = "tib";  // traitement indiciaire brut
inline constexpr std::string_view kNbiCode = "nbi";  // nouvelle bonification indiciaire
// The CNRACL base is TIB + NBI + CTI, the earnings tagged PensionBase (payslip.h); every other earning is in the
// RAFP base.
bool subject_to_cnracl(const PayLine& l);

// The indice a public agent is paid on at a date, before the minimum, and what the payslip says of it.
struct PublicIndex {
  Decimal im;
  std::vector<SourceRef> sources;  // grid values that give it (none for an indice typed as it is paid)
  std::string what;                // French, in the formula: "indice majoré", "indice majoré de l'échelon 5 (…)"
  std::string position, position_label, position_note;
  std::string categorie;           // catégorie of the corps (PPCR abattement); empty: the profile's --categorie
  std::vector<std::string> warnings;
};

// The traitement of the month, for the primes a grid computes on it.
struct Traitement {
  Decimal tib;       // exact, prorated to the working time
  Decimal tib_full;  // exact, full time
  WorkingTime wt;
  Status status;
};

// A prime computed by a grid (prime spéciale de sujétion, prime « Grand âge »…); `ppcr_base`: the PPCR abattement counts
// it (it does not count pay subject to the CNRACL).
struct GridPrime {
  PayLine line;
  bool ppcr_base = true;
};
using GridPrimes = std::function<Result<std::vector<GridPrime>>(const Traitement&)>;

// TIB = IM × net.public.point_indice_annual / 12 and NBI = points × the same, prorated to the working time and
// rounded per line; the CTI when the profile names the employer or the structure. With a declared gross (--gross),
// the rest of it is one line of primes and indemnités; with --primes, the primes and their PPCR abattement. The IM
// given is the one of --at (of the pay date without it): at other dates it follows the barème changes.
Result<Payslip> compute_public_gross(const GridSet& g, const Profile& p, Date d, Status status,
                                     const CalcOptions& options = {});

// The same payslip from an indice found by a grid, with the primes the grid computes (none: `primes` empty).
Result<Payslip> public_gross_from_index(const GridSet& g, const Profile& p, Date d, Status status,
                                        const PublicIndex& index, const GridPrimes& primes,
                                        const CalcOptions& options = {});

}  // namespace revalo
