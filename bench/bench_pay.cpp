// Measures pay computations per second on synthetic BAD profiles: `build/bench/revalo_bench [N]`.
#include <chrono>
#include <cstdlib>
#include <iostream>

#include "grid_loader.h"
#include "pay.h"

int main(int argc, char** argv) {
  using namespace revalo;
  long n = argc > 1 ? std::atol(argv[1]) : 200000;
  auto t0 = std::chrono::steady_clock::now();
  auto sources = collect_grid_sources("");
  auto grids = load_grids(*sources);
  if (!grids) {
    std::cerr << grids.error().message << "\n";
    return 1;
  }
  auto t1 = std::chrono::steady_clock::now();
  const char* positions[] = {"employe.1.1", "employe.2.2", "tam.1.3", "cadre.2.1"};
  Date date = *Date::parse("2024-03-01");
  Decimal total;
  for (long i = 0; i < n; ++i) {
    Profile p;
    p.convention = "bad";
    p.position = positions[i % 4];
    p.seniority = Decimal::from_int(i % 35);
    p.diploma_level = 3 + static_cast<int>(i % 3);
    if (i % 3 == 0) p.fte = *Decimal::parse("0.8");
    auto slip = compute_pay(*grids, p, date);
    if (slip) total += slip->gross;
  }
  auto t2 = std::chrono::steady_clock::now();
  auto us = [](auto a, auto b) { return std::chrono::duration_cast<std::chrono::microseconds>(b - a).count(); };
  std::cout << "grid loading: " << us(t0, t1) << " us\n";
  std::cout << "gross pay: " << n << " profiles in " << us(t1, t2) << " us = "
            << (us(t1, t2) ? n * 1000000 / us(t1, t2) : 0) << " rows/s (checksum " << total.str(2) << ")\n";
  return 0;
}
