// Batch driver (see batch.h): maps the columns to profile fields once, then reads the records by chunks that lanes
// (batch_lane.h) turn into rows side by side on the machine's cores, and writes the rows in input order.
#include "batch.h"

#include <algorithm>
#include <memory>
#include <thread>

#include <fmt/format.h>

#include "batch_lane.h"
#include "payslip.h"
#include "row_writer.h"

namespace revalo {
namespace {

using batch_detail::Column;
using batch_detail::Columns;
using batch_detail::Lane;
using batch_detail::RunContext;

// The output columns, in the order of docs/output.md.
std::vector<std::string> output_columns(const BatchOptions& o, bool compare, bool employer) {
  std::vector<std::string> names = {"line"};
  for (const auto& k : o.keep) names.push_back(k);
  if (compare) {
    for (const char* n : {"before_date", "after_date", "position_before", "position_after", "gross_before",
                          "gross_after", "delta_gross", "delta_gross_pct"})
      names.emplace_back(n);
    for (const char* side : {"_before", "_after"})
      for (const char* code : kNetFigureCodes) names.push_back(std::string(code) + side);
    for (const char* code : kNetFigureCodes) names.push_back(std::string("delta_") + code);
    if (employer)
      for (const char* n : {"employer_cost_before", "employer_cost_after", "delta_employer_cost"}) names.emplace_back(n);
  } else {
    for (const char* n : {"date", "convention", "position", "status", "gross"}) names.emplace_back(n);
    for (const char* code : kNetFigureCodes) names.emplace_back(code);
    if (employer)
      for (const char* n : {"employer_contributions", "employer_reduction", "employer_taxe_salaires", "employer_cost"})
        names.emplace_back(n);
    if (o.scenario || o.point) {
      // The law's columns above are those of a plain batch; the proposal's and the differences follow.
      names.emplace_back("scenario_gross");
      for (const char* code : kNetFigureCodes) names.push_back(std::string("scenario_") + code);
      names.emplace_back("delta_gross");
      for (const char* code : kNetFigureCodes) names.push_back(std::string("delta_") + code);
      names.emplace_back("smic_floor");
      names.emplace_back("scenario_smic_floor");
      if (employer) {
        names.emplace_back("scenario_employer_cost");
        names.emplace_back("delta_employer_cost");
      }
    }
  }
  names.emplace_back("flags");
  names.emplace_back("error");
  return names;
}

// Output columns written as JSON numbers (null when empty).
bool numeric(const std::string& name) {
  return name == "line" || name.starts_with("gross") || name.starts_with("delta") || name.starts_with("net") ||
         name.starts_with("employer") || name.starts_with("income_tax") || name.starts_with("scenario_") ||
         name.ends_with("smic_floor");
}

// Records are read by chunks, one chunk per lane; the lanes compute their chunks side by side while the driver
// writes the rows of the round before and reads the next round of chunks. Rows are written and totals added in input
// order, so that the output does not depend on the number of lanes.
struct Round {
  std::vector<std::vector<BatchRecord>> chunks;
  std::vector<std::size_t> filled;
  std::size_t used = 0;  // lanes with records
  bool last = false;     // the input ended in this round
};

constexpr std::size_t kChunk = 4096;

void read_round(BatchReader& reader, Round& r) {
  r.used = 0;
  for (std::size_t i = 0; i < r.chunks.size() && !r.last; ++i) {
    std::size_t n = 0;
    while (n < kChunk && reader.next(r.chunks[i][n])) ++n;
    r.filled[i] = n;
    if (n) r.used = i + 1;
    r.last = n < kChunk;
  }
}

BatchSummary run_lanes(const RunContext& run, BatchReader& reader, std::ostream& out) {
  const BatchOptions& o = run.o;
  const std::size_t count = o.lanes ? o.lanes : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
  std::vector<std::unique_ptr<Lane>> lanes;
  Round rounds[2];
  for (Round& r : rounds) {
    r.chunks.assign(count, std::vector<BatchRecord>(kChunk));
    r.filled.assign(count, 0);
  }
  BatchSummary summary = run.empty;
  std::vector<std::string> written(count);  // the rows of the round before, one buffer per lane, in lane order
  auto write = [&] {
    for (auto& rows : written) {
      out.write(rows.data(), static_cast<std::streamsize>(rows.size()));
      rows.clear();
    }
  };
  read_round(reader, rounds[0]);
  for (std::size_t cur = 0; rounds[cur].used; cur = 1 - cur) {
    Round& r = rounds[cur];
    Round& next = rounds[1 - cur];
    while (lanes.size() < r.used) lanes.push_back(std::make_unique<Lane>(run));
    std::vector<std::thread> side;
    for (std::size_t i = 0; i < r.used; ++i) side.emplace_back([&, i] { lanes[i]->rows(r.chunks[i], r.filled[i]); });
    write();
    next.last = r.last;
    if (r.last) next.used = 0;
    else read_round(reader, next);  // the reader is the driver's alone: lanes read their records only
    for (auto& t : side) t.join();
    const long before = summary.rows;
    for (std::size_t i = 0; i < r.used; ++i) lanes[i]->hand_over(written[i], summary);
    if (o.progress && summary.rows / kProgressRows > before / kProgressRows) o.progress(summary.rows, false);
  }
  write();
  if (o.progress && summary.rows >= kProgressRows) o.progress(summary.rows, true);
  return summary;
}

}  // namespace

Result<BatchSummary> run_batch(const GridSet& grids, BatchReader& reader, const BatchOptions& o, std::ostream& out) {
  const bool compare = (o.before && o.after) || !o.measure.empty();
  const Columns columns(o);
  std::vector<Column> roles;
  if (reader.is_csv()) {
    for (const auto& h : reader.header()) {
      auto role = columns.role(h);
      if (!role) return role.error();
      roles.push_back(*role);
    }
    for (const auto& k : o.keep)
      if (std::find(reader.header().begin(), reader.header().end(), k) == reader.header().end())
        return make_error(ErrorKind::Input, fmt::format("la colonne « {} » de --keep n'est pas dans l'en-tête", k));
  }
  // Employer cost columns when the effectif is given for all rows (a flag) or by a column.
  const bool employer = o.defaults.headcount ||
                        (reader.is_csv() && std::find(reader.header().begin(), reader.header().end(), "headcount") !=
                                                reader.header().end());
  const std::vector<std::string> names = output_columns(o, compare, employer);
  std::vector<bool> numbers;
  for (const auto& n : names) numbers.push_back(numeric(n));
  RowWriter header(&out, o.jsonl, o.csv_fr, names, numbers);
  header.header();
  header.flush();

  BatchSummary summary;
  summary.compare = compare;
  summary.scenario = o.scenario != nullptr || o.point.has_value();
  summary.employer = employer;
  const RunContext run{grids, reader, o, roles, columns, names, numbers, employer, summary};
  return run_lanes(run, reader, out);
}

}  // namespace revalo
