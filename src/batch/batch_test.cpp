// Tests of the batch driver (batch.cpp): the same rows and totals whatever the number of lanes and with or without
// the table of identical profiles, and one output row per input row, errors included.
#include "batch.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>

#include "embedded_grids_for_tests.h"

using namespace revalo;

namespace {

// A workforce of `n` BAD rows across several chunks of lanes: positions and seniorities repeating, hire dates not,
// and one row in 97 with an unknown position (an error row).
std::string workforce(int n) {
  const char* positions[] = {"employe.1.1", "employe.2.2", "tam.1.3", "cadre.2.1", "chef.9.9"};
  std::string csv = "matricule,position,seniority,hired,hours\n";
  for (int i = 0; i < n; ++i) {
    const Date hired = *Date::from_ymd(2021, 9, 30);
    csv += "M" + std::to_string(i) + "," + positions[i % 97 == 0 ? 4 : i % 4] + "," + std::to_string(i % 30) + "," +
           (i % 2 ? hired.add_days(-(i % 9000) - 1).iso() : std::string()) + "," + (i % 3 ? "" : "121.34") + "\n";
  }
  return csv;
}

struct Run {
  std::string out;
  BatchSummary summary;
};

Run run(const std::string& csv, std::size_t lanes, bool memo, bool scenario_point) {
  std::istringstream in(csv);
  auto reader = BatchReader::open(in, BatchFormat::Auto, 0);
  REQUIRE(reader);
  BatchOptions o;
  o.defaults.convention = "bad";
  o.defaults.at = Date::from_ymd(2024, 3, 1);
  o.keep = {"matricule"};
  o.lanes = lanes;
  o.memo = memo;
  if (scenario_point) {
    o.point = Decimal::parse("6.00");
    o.point_from = o.defaults.at;
  }
  std::ostringstream out;
  auto s = run_batch(embedded_grids_for_tests(), *reader, o, out);
  REQUIRE(s);
  return {out.str(), *s};
}

}  // namespace

TEST_CASE("lanes and the table of identical profiles change nothing in the output or the totals") {
  const std::string csv = workforce(20000);  // five chunks of 4 096 rows
  for (bool point : {false, true}) {
    const Run one = run(csv, 1, false, point);
    CHECK(one.summary.rows == 20000);
    CHECK(one.summary.errors == (20000 + 96) / 97);  // rows 0, 97, 194… have the unknown position
    // One output row per input row, plus the header.
    CHECK(std::count(one.out.begin(), one.out.end(), '\n') == 20001);
    for (std::size_t lanes : {2u, 3u})
      for (bool memo : {false, true}) {
        const Run other = run(csv, lanes, memo, point);
        CHECK(other.out == one.out);
        CHECK(other.summary.rows == one.summary.rows);
        CHECK(other.summary.errors == one.summary.errors);
        CHECK(other.summary.total_gross == one.summary.total_gross);
        CHECK(other.summary.total_net_paid == one.summary.total_net_paid);
        CHECK(other.summary.total_delta == one.summary.total_delta);
        CHECK(other.summary.affected == one.summary.affected);
        CHECK(other.summary.gross_deltas.size() == one.summary.gross_deltas.size());
      }
  }
}
