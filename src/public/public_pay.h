// Gross pay of a public agent from the indice majoré: traitement indiciaire brut (TIB, on at least
// the minimum IM), NBI, the CTI of the Ségur (segur_pay.h), indemnité de résidence, supplément familial de traitement,
// primes with the PPCR abattement, and the indemnité différentielle up to the SMIC. Pure function, no I/O.
#pragma once
#include <string_view>

#include "grid_model.h"
#include "status.h"
#include "payslip.h"
#include "profile.h"

namespace revalo {

// Line codes of a public payslip that the net layer reads (net_pay.cpp).
inline constexpr std::string_view kTibCode = "tib";  // traitement indiciaire brut
inline constexpr std::string_view kNbiCode = "nbi";  // nouvelle bonification indiciaire
inline constexpr std::string_view kCtiCode = "cti";  // complément de traitement indiciaire (Ségur)
// The CNRACL base is TIB + NBI + CTI; every other earning is in the RAFP base.
bool subject_to_cnracl(const PayLine& l);

// TIB = IM × net.public.point_indice_annual / 12 and NBI = points × the same, prorated to the working time and
// rounded per line; the CTI when the profile names the employer or the structure. With a declared gross (--gross),
// the rest of it is one line of primes and indemnités; with --primes, the primes and their PPCR abattement.
Result<Payslip> compute_public_gross(const GridSet& g, const Profile& p, Date d, Status status,
                                     const CalcOptions& options = {});

}  // namespace revalo
