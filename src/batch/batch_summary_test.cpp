// Tests of the batch summary as JSON (batch_summary.cpp): every key present, null where the mode has no such figure,
// the yearly figures 12 × the monthly ones and the median of an even count rounded to the cent.
#include <doctest/doctest.h>

#include "batch.h"

using namespace revalo;

namespace {
Decimal D(const char* text) { return *Decimal::parse(text); }
bool has(const std::string& json, const char* line) { return json.find(line) != std::string::npos; }
}  // namespace

TEST_CASE("summary JSON of a comparison with the employer side") {
  BatchSummary s;
  s.rows = 3;
  s.errors = 1;
  s.compare = true;
  s.employer = true;
  s.total_gross_before = D("3000.00");
  s.total_gross = D("3100.50");
  s.total_delta = D("100.50");
  s.total_net_paid_before = D("2400.00");
  s.total_net_paid = D("2478.25");
  s.total_employer_cost_before = D("4000.00");
  s.total_employer_cost = D("4150.10");
  s.total_delta_employer_cost = D("150.10");
  const std::string j = batch_summary_json(s);
  CHECK(j.front() == '{');
  CHECK(has(j, "  \"mode\": \"compare\",\n"));
  CHECK(has(j, "  \"computed\": 2,\n"));
  CHECK(has(j, "  \"gross_before\": 3000.00,\n"));
  CHECK(has(j, "  \"delta_gross_yearly\": 1206.00,\n"));          // 12 × 100.50
  CHECK(has(j, "  \"delta_net_paid_monthly\": 78.25,\n"));        // 2 478.25 − 2 400.00
  CHECK(has(j, "  \"delta_net_paid_yearly\": 939.00,\n"));        // 12 × 78.25
  CHECK(has(j, "  \"scenario_gross\": null,\n"));
  CHECK(has(j, "  \"affected\": null,\n"));
  CHECK(has(j, "  \"delta_gross_median\": null,\n"));
  CHECK(has(j, "  \"employer_cost_before\": 4000.00,\n"));
  CHECK(has(j, "  \"scenario_employer_cost\": null,\n"));
  CHECK(has(j, "  \"delta_employer_cost_yearly\": 1801.20\n}\n"));  // 12 × 150.10, the last key
}

TEST_CASE("summary JSON of a scenario: the distribution of the gross deltas") {
  BatchSummary s;
  s.rows = 4;
  s.scenario = true;
  s.gross_deltas = {D("10.00"), D("0.01"), D("30.00"), D("20.01")};
  s.affected = 4;
  const std::string j = batch_summary_json(s);
  CHECK(has(j, "  \"mode\": \"scenario\",\n"));
  CHECK(has(j, "  \"delta_gross_min\": 0.01,\n"));
  CHECK(has(j, "  \"delta_gross_median\": 15.01,\n"));  // (10.00 + 20.01) / 2 = 15.005 → 15.01
  CHECK(has(j, "  \"delta_gross_max\": 30.00,\n"));
  CHECK(has(j, "  \"employer_cost\": null,\n"));      // no effectif
  CHECK(has(j, "  \"gross_before\": null,\n"));
}
