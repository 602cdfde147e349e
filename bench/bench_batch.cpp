// Measures revalo's batch against an awk pass over the same CSV, in one run on one machine (README, "Performance").
//
//   build/bench/revalo_bench [N]      (default 200 000 rows)
//
// It writes two synthetic BAD files of N rows to a temporary folder: "repeated" (six positions, seniority 0–34
// years, three diploma levels, one row in three part time: a workforce where many people share a profile) and
// "distinct" (the same, each row with its own hire date, so that no two rows share a profile). Then it times, wall
// clock, the `revalo` binary as a user runs it — process start and grid loading included, output to /dev/null —
// for a plain batch (--at), a comparison across avenant 43 (--measure avenant43, with the old category column) and
// a --point 6.00 scenario, and `awk -F, '{print $1","$2","$3","($3*5.77)}'` on the same file. Last, in process, the
// computation alone per payslip: gross only, gross + net, compare and law vs scenario on rate sheets.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "grid_loader.h"
#include "pay.h"
#include "rate_sheet.h"
#include "registry.h"
#include "scenario.h"

namespace {

using Clock = std::chrono::steady_clock;

// Seconds of wall clock (timing, not money: a double is right here).
double seconds_since(Clock::time_point start) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count() / 1e9;
}

const char* const kPositions[] = {"employe.1.1", "employe.2.2", "tam.1.3", "cadre.2.1", "employe.1.3", "tam.2.2"};
const char* const kOldCategories[] = {"A", "B", "C", "D", "E", "F"};

void write_rows(const std::string& path, long n, bool distinct) {
  std::ofstream out(path);
  out << "matricule,position,seniority,diploma_level,hours,old_position" << (distinct ? ",hired" : "") << "\n";
  for (long i = 0; i < n; ++i) {
    // Distinct rows: a hire date among 12 000 days before 2021-09-30 and a part time in hundredths of an hour, so
    // that no two rows share a profile.
    const std::string hours = distinct ? fmt::format("{}.{:02d}", 100 + i / 1200000, i / 12000 % 100)
                              : i % 3                ? ""
                                                     : "121.34";
    out << fmt::format("M{:07d},{},{},{},{},{}", i, kPositions[i % 6], i % 35, 3 + i % 3, hours, kOldCategories[i % 6]);
    if (distinct) out << "," << revalo::Date::from_ymd(2021, 9, 30)->add_days(-(i % 12000) - 1).iso();
    out << "\n";
  }
}

// Runs a shell command `runs` times and returns its best wall time.
double best_of(const std::string& command, int runs = 3) {
  double best = 1e30;
  for (int i = 0; i < runs; ++i) {
    auto t0 = Clock::now();
    if (std::system(command.c_str()) != 0) {
      std::cerr << "failed: " << command << "\n";
      std::exit(1);
    }
    best = std::min(best, seconds_since(t0));
  }
  return best;
}

void end_to_end(const std::string& file, long n, const char* what) {
  const std::string revalo = REVALO_BINARY;
  const double awk = best_of(fmt::format("awk -F, '{{print $1\",\"$2\",\"$3\",\"($3*5.77)}}' {} >/dev/null", file));
  std::cout << fmt::format("\n{} rows ({}):\n  awk pass: {:.3f} s = {:.0f} rows/s\n", n, what, awk, n / awk);
  const std::string batch = fmt::format("{} batch {} --convention bad --keep matricule ", revalo, file);
  for (const auto& [label, args] : {std::pair{"batch --at 2024-03-01", "--at 2024-03-01"},
                                    std::pair{"batch --measure avenant43", "--measure avenant43"},
                                    std::pair{"batch --point 6.00", "--at 2024-03-01 --point 6.00"}}) {
    const double t = best_of(batch + args + " >/dev/null 2>&1");
    std::cout << fmt::format("  {:<26} {:.3f} s = {:>9.0f} rows/s, {:.2f} × the awk pass\n", label, t, n / t, t / awk);
  }
}

void in_process(long n) {
  using namespace revalo;
  auto t0 = Clock::now();
  auto sources = collect_grid_sources("");
  auto grids = load_grids(*sources);
  if (!grids) {
    std::cerr << grids.error().message << "\n";
    std::exit(1);
  }
  std::cout << fmt::format("\nin process, the computation alone (lean payslips on rate sheets), {} profiles:\n", n);
  std::cout << fmt::format("  embedded grid loading: {:.1f} ms\n", seconds_since(t0) * 1000);
  std::vector<Profile> profiles(n);
  for (long i = 0; i < n; ++i) {
    Profile& p = profiles[i];
    for (auto [field, value] : {std::pair{"convention", "bad"}, std::pair{"position", kPositions[i % 6]},
                                std::pair{"old_position", kOldCategories[i % 6]}})
      (void)set_any_profile_field(p, field, value);
    p.hired = Date::from_ymd(2021, 9, 30)->add_days(-(i % 12000) - 1);
    p.extra["diploma_level"] = 3 + static_cast<int>(i % 3);
    if (i % 3 == 0) p.hours = *Decimal::parse("121.34");
  }
  const CalcOptions lean{false};
  const Date date = *Date::parse("2024-03-01");
  auto proposal = point_scenario(*grids, "bad", point_param_of("bad"), date, *Decimal::parse("6.00"));
  RateSheets sheets;
  const RateSheet& law = sheets.at(*grids, date);
  const RateSheet& scenario = sheets.at(*proposal, date);
  const RateSheet& before = sheets.at(*grids, *Date::parse("2021-09-30"));
  const RateSheet& after = sheets.at(*grids, *Date::parse("2021-10-01"));
  Decimal checksum;
  auto run = [&](const char* what, auto&& one) {
    auto start = Clock::now();
    for (const auto& p : profiles) one(p);
    const double t = seconds_since(start);
    std::cout << fmt::format("  {:<26} {:.3f} s = {:>9.0f} payslips/s\n", what, t, n / t);
  };
  run("gross only", [&](const Profile& p) {
    if (auto s = compute_gross_pay(law, p, {}, lean)) checksum += s->gross;
  });
  run("gross + net", [&](const Profile& p) {
    if (auto s = compute_pay(law, p, {}, lean)) checksum += s->net->net_paid.amount.value_or(Decimal());
  });
  run("compare avenant43", [&](const Profile& p) {
    if (auto c = compute_compare(before, after, p, {}, {}, lean)) checksum += c->delta_gross;
  });
  run("law vs --point scenario", [&](const Profile& p) {
    auto a = compute_pay(law, p, {}, lean);
    auto b = compute_pay(scenario, p, {}, lean);
    if (a && b) checksum += compare_payslips(std::move(*a), std::move(*b)).delta_gross;
  });
  std::cout << "  checksum " << checksum.str(2) << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  const long n = argc > 1 ? std::atol(argv[1]) : 200000;
  const auto dir = std::filesystem::temp_directory_path() / "revalo-bench";
  std::filesystem::create_directories(dir);
  const std::string repeated = (dir / "repeated.csv").string(), distinct = (dir / "distinct.csv").string();
  write_rows(repeated, n, false);
  write_rows(distinct, n, true);
  end_to_end(repeated, n, "repeated profiles: many people share a position, seniority and working time");
  end_to_end(distinct, n, "distinct profiles: each row its own hire date");
  in_process(n);
  return 0;
}
