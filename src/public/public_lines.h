// The steps of a public agent's payslip (public_pay.h), one function per domain step, sharing one state: traitement
// and NBI, CTI, indemnité de résidence, supplément familial de traitement, primes and PPCR abattement, indemnité
// différentielle, the rest of a declared gross. Internal to public/.
#pragma once
#include <string>
#include <vector>

#include "public_pay.h"

namespace revalo::public_pay {

// What the steps share: the inputs, the point d'indice, the traitement on at least the minimum IM, the payslip.
struct State {
  const GridSet& g;
  const Profile& p;
  Date d;
  Status status;
  const CalcOptions& opt;
  WorkingTime wt;
  Decimal annual;  // annual value of the point d'indice
  SourceRef point_source;
  std::string prorata;
  Decimal im_used = {}, tib_full = {}, tib = {};  // exact
  bool floored = false;
  SourceRef minimum_source = {};
  Payslip slip = {};
};

// Working time, point d'indice and the minimum IM: the traitement's inputs.
Result<State> start(const GridSet& g, const Profile& p, Date d, Status status, const PublicIndex& index,
                    const CalcOptions& opt);
// TIB (with the index's sources) and NBI.
void traitement_lines(State& s, const PublicIndex& index);
// CTI (or its equivalent for contractuels) when the profile says where the agent works (grids/segur).
std::optional<Error> cti_line(State& s);
std::optional<Error> residence_line(State& s);
std::optional<Error> family_line(State& s);
// Grid primes, declared primes (--primes) and the PPCR abattement on them, for fonctionnaires, by `categorie`.
std::optional<Error> primes_lines(State& s, std::vector<GridPrime> grid_primes, const std::string& categorie);
std::optional<Error> differential_line(State& s);
// The rest of a declared gross (--gross) as primes; then the gross total.
std::optional<Error> finish(State& s);

}  // namespace revalo::public_pay
