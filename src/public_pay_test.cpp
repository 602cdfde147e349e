// Tests of the public agent's gross pay from the indice majoré; every figure is worked out in the comment above it.
// Point d'indice (annual): 58.2004 € from 2022-07-01, 59.0734 € from 2023-07-01 (grids/net/public.toml).
#include "public_pay.h"

#include <doctest/doctest.h>

#include "embedded_grids_for_tests.h"

#include "grid_loader.h"

using namespace revalo;

namespace {

const GridSet& grids() { return embedded_grids_for_tests(); }

Profile agent(int im) {
  Profile p;
  p.indice_majore = im;
  return p;
}

std::string amount(const Payslip& s, const std::string& code) {
  for (const auto& l : s.lines)
    if (l.code == code) return l.amount.str(2);
  return "absent";
}

}  // namespace

TEST_CASE("TIB and NBI from the point d'indice, the rest of a declared gross as primes") {
  // 2026-02-01, IM 400, NBI 15, declared gross 2 600:
  //   TIB = 400 × 59.0734 / 12 = 23 629.36 / 12 = 1 969.1133… → 1 969.11
  //   NBI = 15 × 59.0734 / 12 = 886.101 / 12 = 73.84175 → 73.84
  //   primes = 2 600 − (1 969.11 + 73.84) = 557.05
  Profile p = agent(400);
  p.nbi = 15;
  p.gross = Decimal::from_int(2600);
  auto s = compute_public_gross(grids(), p, *Date::parse("2026-02-01"), Status::PublicTitulaire);
  REQUIRE(s);
  CHECK(amount(*s, "tib") == "1969.11");
  CHECK(amount(*s, "nbi") == "73.84");
  CHECK(amount(*s, "other_pay") == "557.05");
  CHECK(s->gross.str(2) == "2600.00");
  CHECK(subject_to_cnracl(s->lines[0]));
  CHECK_FALSE(subject_to_cnracl(s->lines[2]));
}

TEST_CASE("the point d'indice changes on 2023-07-01; part time prorates the traitement") {
  // IM 400 on 2023-06-30: 400 × 58.2004 / 12 = 23 280.16 / 12 = 1 940.0133… → 1 940.01
  // IM 400 on 2023-07-01: 400 × 59.0734 / 12 = 1 969.1133… → 1 969.11
  // IM 400 at 80 % on 2026-02-01: 1 969.1133… × 0.8 = 1 575.2906… → 1 575.29
  auto before = compute_public_gross(grids(), agent(400), *Date::parse("2023-06-30"), Status::PublicTitulaire);
  auto after = compute_public_gross(grids(), agent(400), *Date::parse("2023-07-01"), Status::PublicTitulaire);
  REQUIRE(before);
  REQUIRE(after);
  CHECK(amount(*before, "tib") == "1940.01");
  CHECK(amount(*after, "tib") == "1969.11");
  Profile p = agent(400);
  p.fte = Decimal::parse("0.8");
  auto part = compute_public_gross(grids(), p, *Date::parse("2026-02-01"), Status::PublicTitulaire);
  REQUIRE(part);
  CHECK(amount(*part, "tib") == "1575.29");
}

TEST_CASE("inconsistent public inputs are errors; an IM below the minimum is a warning") {
  Profile p = agent(400);
  p.gross = Decimal::from_int(1000);  // below the TIB of 1 969.11
  auto low = compute_public_gross(grids(), p, *Date::parse("2026-02-01"), Status::PublicTitulaire);
  REQUIRE_FALSE(low);
  CHECK(low.error().kind == ErrorKind::Input);
  Profile q = agent(400);
  q.nbi = 10;  // the NBI is for fonctionnaires
  CHECK_FALSE(compute_public_gross(grids(), q, *Date::parse("2026-02-01"), Status::PublicContractuel));
  CHECK_FALSE(compute_public_gross(grids(), agent(400), *Date::parse("2026-02-01"), Status::Prive));
  // Minimum IM 366 in 2026 (U): IM 350 is computed as given, with a warning.
  auto under = compute_public_gross(grids(), agent(350), *Date::parse("2026-02-01"), Status::PublicTitulaire);
  REQUIRE(under);
  CHECK(under->warnings.size() == 1);
}
