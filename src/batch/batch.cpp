// Batch driver (see batch.h): maps the columns to profile fields once, then reads each record, builds its profile,
// computes its row (batch_rows.cpp) and writes it; a row whose profile columns repeat an earlier row's is written
// from that row's cells.
#include "batch.h"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "batch_rows.h"
#include "names.h"
#include "registry.h"
#include "row_writer.h"

namespace revalo {
namespace {

using batch_detail::RowComputer;
using batch_detail::RowTotals;

enum class ColumnRole { Field, Keep, Ignored };

// An input column: its role, and its profile field when it is one.
struct Column {
  ColumnRole role = ColumnRole::Ignored;
  const ProfileField* field = nullptr;
};

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

// The role of an input column: a profile field, a column to keep, or (with --ignore-unknown-columns) ignored.
class Columns {
 public:
  explicit Columns(const BatchOptions& o) : o_(o) {
    for (const auto& f : profile_fields()) field_names_.emplace_back(f.name);
  }
  Result<Column> role(const std::string& name) const {
    if (const ProfileField* f = find_field(profile_fields(), name)) return Column{ColumnRole::Field, f};
    if (std::find(o_.keep.begin(), o_.keep.end(), name) != o_.keep.end()) return Column{ColumnRole::Keep};
    if (o_.ignore_unknown_columns) return Column{ColumnRole::Ignored};
    return make_error(ErrorKind::Input,
                      fmt::format("colonne inconnue : « {} » (champs de profil les plus proches : {}) ; --keep {} la copie dans "
                                  "la sortie, --ignore-unknown-columns l'ignore",
                                  name, fmt::join(nearest_names(name, field_names_), ", "), name));
  }

 private:
  const BatchOptions& o_;
  std::vector<std::string> field_names_;
};

// Rows already computed in this run, by the text of their profile columns: their cells and totals. Capped, so that
// a file of all-different rows does not grow it without end, and given up when the first rows show that profiles
// do not repeat (looking up costs more than it saves then).
class RowMemo {
 public:
  struct Entry {
    std::string cells;
    std::size_t count;
    RowTotals totals;
  };
  explicit RowMemo(bool on) : on_(on) {}
  const Entry* find(const std::string& key) {
    if (!on_) return nullptr;
    auto it = rows_.find(key);
    ++lookups_;
    if (it == rows_.end()) {
      if (lookups_ == kTrial && hits_ * 4 < lookups_) on_ = false;
      return nullptr;
    }
    ++hits_;
    return &it->second;
  }
  void add(const std::string& key, std::string_view cells, std::size_t count, const RowTotals& t) {
    if (on_ && rows_.size() < kCapacity) rows_.emplace(key, Entry{std::string(cells), count, t});
  }

 private:
  static constexpr std::size_t kCapacity = 1 << 16;
  static constexpr long kTrial = 4096;  // rows looked up before judging whether profiles repeat
  bool on_;
  long lookups_ = 0, hits_ = 0;
  std::unordered_map<std::string, Entry> rows_;
};

// One run of the batch: the reader, the writer, the column roles and the summary.
class Run {
 public:
  Run(const GridSet& grids, BatchReader& reader, const BatchOptions& o, RowWriter& w, bool compare, bool employer,
      std::vector<Column> roles)
      : reader_(reader), o_(o), w_(w), roles_(std::move(roles)), computer_(grids, o, employer), columns_(o),
        memo_(o.memo) {
    summary_.compare = compare;
    summary_.scenario = o.scenario != nullptr || o.point.has_value();
    summary_.employer = employer;
    kept_.resize(o.keep.size());
  }
  BatchSummary run() {
    BatchRecord rec;
    while (reader_.next(rec)) {
      one(rec);
      if (o_.progress && summary_.rows % kProgressRows == 0) o_.progress(summary_.rows, false);
    }
    if (o_.progress && summary_.rows >= kProgressRows) o_.progress(summary_.rows, true);
    return summary_;
  }

 private:
  // The column of the record's i-th value (JSON lines: by its own key; an unknown key is the record's error).
  Column column_of(const BatchRecord& rec, std::size_t i, std::string& error) const {
    if (reader_.is_csv()) return roles_[i];
    auto r = columns_.role(rec.keys[i]);
    if (!r) {
      if (error.empty()) error = r.error().message;
      return Column{};
    }
    return *r;
  }

  void one(const BatchRecord& rec) {
    ++summary_.rows;
    std::string error = rec.error;
    const std::vector<std::string>& keys = reader_.is_csv() ? reader_.header() : rec.keys;
    std::fill(kept_.begin(), kept_.end(), std::string_view());
    key_.clear();
    const std::size_t n = std::min(rec.values.size(), keys.size());
    for (std::size_t i = 0; i < n; ++i) {
      auto k = std::find(o_.keep.begin(), o_.keep.end(), keys[i]);
      if (k != o_.keep.end()) kept_[k - o_.keep.begin()] = rec.values[i];
      if (column_of(rec, i, error).role != ColumnRole::Field || rec.values[i].empty()) continue;
      key_ += keys[i];
      key_ += '\x1e';
      key_ += rec.values[i];
      key_ += '\x1f';
    }
    w_.begin_row();
    w_.number(rec.line);
    for (auto k : kept_) w_.text(k);
    if (error.empty()) error = computed_cells(rec, n);
    if (!error.empty()) {
      ++summary_.errors;
      while (w_.cell() + 1 < w_.columns()) w_.empty();
      w_.text(fmt::format("ligne {} : {}", rec.line, error));
    } else {
      w_.text("");
    }
    w_.end_row();
  }

  // The computed cells of a record, from the memo or from its profile; the error message when it has none.
  std::string computed_cells(const BatchRecord& rec, std::size_t n) {
    if (const RowMemo::Entry* e = memo_.find(key_)) {
      w_.replay(e->cells, e->count);
      batch_detail::add_to(summary_, e->totals);
      return {};
    }
    profile_ = o_.defaults;
    std::string error;
    for (std::size_t i = 0; i < n && error.empty(); ++i) {
      const Column c = column_of(rec, i, error);
      if (c.role != ColumnRole::Field || rec.values[i].empty()) continue;
      if (auto e = set_any_profile_field(profile_, *c.field, rec.values[i])) error = e->message;
    }
    if (!error.empty()) return error;
    const RowWriter::Mark start = w_.mark();
    RowTotals t;
    if (auto e = computer_.row(profile_, w_, t)) return *e;
    memo_.add(key_, w_.since(start), w_.cell() - start.cell, t);
    batch_detail::add_to(summary_, t);
    return {};
  }

  BatchReader& reader_;
  const BatchOptions& o_;
  RowWriter& w_;
  std::vector<Column> roles_;
  RowComputer computer_;
  Columns columns_;
  BatchSummary summary_;
  RowMemo memo_;
  Profile profile_;
  std::string key_;
  std::vector<std::string_view> kept_;
};

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
  std::vector<std::string> names = output_columns(o, compare, employer);
  std::vector<bool> numbers;
  for (const auto& n : names) numbers.push_back(numeric(n));
  RowWriter w(out, o.jsonl, o.csv_fr, std::move(names), std::move(numbers));
  w.header();
  Run run(grids, reader, o, w, compare, employer, std::move(roles));
  return run.run();
}

}  // namespace revalo
