// Measures payslips per second on synthetic BAD profiles (mixed positions, seniority, diplomas, part time, cadres),
// as the batch computes them (no formulas): gross only, gross + net, compare across avenant 43, and the law against
// a --point scenario (batch --scenario).
// Run: build/bench/revalo_bench [N]   (README, "Performance").
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <vector>

#include "bad_pay.h"
#include "grid_loader.h"
#include "pay.h"
#include "scenario.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(b - a).count() / 1e9;  // timing, not money
}

}  // namespace

int main(int argc, char** argv) {
  using namespace revalo;
  const long n = argc > 1 ? std::atol(argv[1]) : 200000;
  auto t0 = Clock::now();
  auto sources = collect_grid_sources("");
  auto grids = load_grids(*sources);
  if (!grids) {
    std::cerr << grids.error().message << "\n";
    return 1;
  }
  auto t1 = Clock::now();
  std::cout << "grid loading (embedded): " << seconds(t0, t1) * 1000 << " ms\n";

  const char* positions[] = {"employe.1.1", "employe.2.2", "tam.1.3", "cadre.2.1", "employe.1.3", "tam.2.2"};
  std::vector<Profile> profiles(n);
  for (long i = 0; i < n; ++i) {
    Profile& p = profiles[i];
    p.convention = "bad";
    p.position = positions[i % 6];
    p.extra["old_position"] = std::string("C");
    p.seniority = Decimal::from_int(i % 35);
    p.extra["diploma_level"] = 3 + static_cast<int>(i % 3);
    if (i % 3 == 0) p.fte = *Decimal::parse("0.8");
  }
  const Date date = *Date::parse("2024-03-01");
  const CalcOptions lean{false};
  Decimal checksum;
  auto run = [&](const char* what, auto&& one) {
    auto a = Clock::now();
    for (const auto& p : profiles) one(p);
    auto b = Clock::now();
    std::cout << what << ": " << n << " rows in " << seconds(a, b) << " s = " << static_cast<long>(n / seconds(a, b))
              << " rows/s\n";
  };
  run("gross only", [&](const Profile& p) {
    if (auto s = compute_bad_pay(*grids, p, date, "", lean)) checksum += s->gross;
  });
  run("gross + net", [&](const Profile& p) {
    if (auto s = compute_pay(*grids, p, date, {}, lean)) checksum += s->net->net_paid.amount.value_or(Decimal());
  });
  run("compare avenant43", [&](const Profile& p) {
    if (auto c = compute_compare(*grids, p, *Date::parse("2021-09-30"), *Date::parse("2021-10-01"), {}, {}, lean))
      checksum += c->delta_gross;
  });
  auto proposal = point_scenario(*grids, "bad", "bad.point", date, *Decimal::parse("6.00"));
  if (!proposal) {
    std::cerr << proposal.error().message << "\n";
    return 1;
  }
  run("law vs --point scenario", [&](const Profile& p) {
    auto law = compute_pay(*grids, p, date, {}, lean);
    auto s = compute_pay(*proposal, p, date, {}, lean);
    if (law && s) checksum += compare_payslips(std::move(*law), std::move(*s)).delta_gross;
  });
  std::cout << "checksum " << checksum.str(2) << "\n";
  return 0;
}
