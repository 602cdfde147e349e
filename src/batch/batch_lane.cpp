// A batch lane (see batch_lane.h): each record's profile, its cells from the table of identical profiles or from the
// computation (batch_rows.cpp), or its error, as one output row.
#include "batch_lane.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include <fmt/format.h>

#include "names.h"
#include "registry.h"

namespace revalo::batch_detail {

Columns::Columns(const BatchOptions& o) : o_(o) {
  for (const auto& f : profile_fields()) field_names_.emplace_back(f.name);
}

Result<Column> Columns::role(const std::string& name) const {
  auto k = std::find(o_.keep.begin(), o_.keep.end(), name);
  const int keep = k == o_.keep.end() ? -1 : static_cast<int>(k - o_.keep.begin());
  if (const ProfileField* f = find_field(profile_fields(), name)) return Column{ColumnRole::Field, f, keep};
  if (keep >= 0) return Column{ColumnRole::Keep, nullptr, keep};
  if (o_.ignore_unknown_columns) return Column{ColumnRole::Ignored};
  return make_error(ErrorKind::Input,
                    fmt::format("colonne inconnue : « {} » (champs de profil les plus proches : {}) ; --keep {} la copie dans "
                                "la sortie, --ignore-unknown-columns l'ignore",
                                name, fmt::join(nearest_names(name, field_names_), ", "), name));
}

const RowMemo::Entry* RowMemo::find(const std::string& key) {
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

void RowMemo::add(const std::string& key, std::string_view cells, std::size_t count, const RowTotals& t) {
  if (on_ && rows_.size() < kCapacity) rows_.emplace(key, Entry{std::string(cells), count, t});
}

std::size_t ReadValues::slot_of(std::string_view text) {
  // The length and the first and last eight bytes, mixed: cell texts differ there (a date's day, a position's
  // échelon), and a slot's text is compared anyway.
  std::uint64_t head = 0, tail = 0;
  if (text.size() >= 8) {  // two word loads
    std::memcpy(&head, text.data(), 8);
    std::memcpy(&tail, text.data() + text.size() - 8, 8);
  } else {
    for (char c : text) head = (head << 8) | static_cast<unsigned char>(c);
  }
  const std::uint64_t h = (head * 0x9E3779B97F4A7C15ull) ^ (tail * 0xC2B2AE3D27D4EB4Full) ^ text.size();
  return static_cast<std::size_t>((h ^ (h >> 29)) % kSlots);
}

const FieldValue* ReadValues::find(std::size_t column, const ProfileField* field, std::string_view text) const {
  if (column >= columns_.size() || columns_[column].empty()) return nullptr;
  const Slot& s = columns_[column][slot_of(text)];
  return s.field == field && s.text == text ? &s.value : nullptr;
}

void ReadValues::add(std::size_t column, const ProfileField* field, std::string_view text, const FieldValue& value) {
  if (column >= columns_.size()) columns_.resize(column + 1);
  std::vector<Slot>& slots = columns_[column];
  if (slots.empty()) slots.resize(kSlots);
  Slot& s = slots[slot_of(text)];
  s.field = field;
  s.text.assign(text);
  s.value = value;
}

Lane::Lane(const RunContext& run)
    : run_(run), w_(nullptr, run.o.jsonl, run.o.csv_fr, run.names, run.numeric),
      computer_(run.grids, run.o, run.employer), memo_(run.o.memo), summary_(run.empty), profile_(run.o.defaults) {
  kept_.resize(run.o.keep.size());
}

void Lane::rows(const std::vector<BatchRecord>& records, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) one(records[i]);
}

void Lane::hand_over(std::string& rows, BatchSummary& summary) {
  w_.hand_over(rows);
  merge(summary, summary_);
  summary_ = run_.empty;
}

Column Lane::column_of(const BatchRecord& rec, std::size_t i, std::string& error) const {
  if (run_.reader.is_csv()) return run_.roles[i];
  auto r = run_.columns.role(rec.keys[i]);
  if (!r) {
    if (error.empty()) error = r.error().message;
    return Column{};
  }
  return *r;
}

void Lane::one(const BatchRecord& rec) {
  const BatchOptions& o = run_.o;
  ++summary_.rows;
  std::string error = rec.error;
  const std::vector<std::string>& keys = run_.reader.is_csv() ? run_.reader.header() : rec.keys;
  std::fill(kept_.begin(), kept_.end(), std::string_view());
  key_.clear();
  const std::size_t n = std::min(rec.values.size(), keys.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (run_.reader.is_csv()) {
      if (const int k = run_.roles[i].keep; k >= 0) kept_[k] = rec.values[i];
    } else if (auto k = std::find(o.keep.begin(), o.keep.end(), keys[i]); k != o.keep.end()) {
      kept_[k - o.keep.begin()] = rec.values[i];
    }
    if (!memo_.on() || column_of(rec, i, error).role != ColumnRole::Field || rec.values[i].empty()) continue;
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

std::string Lane::computed_cells(const BatchRecord& rec, std::size_t n) {
  if (const RowMemo::Entry* e = memo_.find(key_)) {
    w_.replay(e->cells, e->count);
    add_to(summary_, e->totals);
    return {};
  }
  if (std::string error = row_profile(rec, n); !error.empty()) return error;
  const RowWriter::Mark start = w_.mark();
  RowTotals t;
  if (auto e = computer_.row(profile_, w_, t)) return *e;
  memo_.add(key_, w_.since(start), w_.cell() - start.cell, t);
  add_to(summary_, t);
  return {};
}

// The row's profile: the run's defaults with the row's fields. The fields the previous row set and this one does not
// are given their default back, field by field (copying the whole profile each row costs more than the row).
std::string Lane::row_profile(const BatchRecord& rec, std::size_t n) {
  std::string error, column_error;  // the first error in column order is the row's
  setting_.clear();
  for (std::size_t i = 0; i < n && column_error.empty(); ++i) {
    const Column c = column_of(rec, i, column_error);
    if (c.role == ColumnRole::Field && !rec.values[i].empty()) setting_.emplace_back(c.field, i);
  }
  for (const ProfileField* f : set_)
    if (std::none_of(setting_.begin(), setting_.end(), [f](const auto& s) { return s.first == f; }))
      reset_profile_field(profile_, *f, run_.o.defaults);
  set_.clear();
  for (const auto& [field, i] : setting_) set_.push_back(field);  // set below, or left stale by an error
  for (const auto& [field, i] : setting_) {
    // set_any_profile_field, reading each text of a column once.
    if (const FieldValue* known = read_.find(i, field, rec.values[i])) {
      store_any_profile_field(profile_, *field, *known);
      continue;
    }
    auto v = parse_profile_field(*field, rec.values[i]);
    if (!v) {
      error = v.error().message;
      break;
    }
    read_.add(i, field, rec.values[i], *v);
    store_any_profile_field(profile_, *field, *v);
  }
  return error.empty() ? column_error : error;
}

void merge(BatchSummary& into, const BatchSummary& part) {
  into.rows += part.rows;
  into.errors += part.errors;
  for (auto [total, from] : {std::pair{&into.total_gross, &part.total_gross},
                             std::pair{&into.total_gross_before, &part.total_gross_before},
                             std::pair{&into.total_delta, &part.total_delta},
                             std::pair{&into.total_net_paid, &part.total_net_paid},
                             std::pair{&into.total_net_paid_before, &part.total_net_paid_before},
                             std::pair{&into.scenario_gross, &part.scenario_gross},
                             std::pair{&into.scenario_net_paid, &part.scenario_net_paid},
                             std::pair{&into.total_delta_net_paid, &part.total_delta_net_paid},
                             std::pair{&into.total_employer_cost, &part.total_employer_cost},
                             std::pair{&into.total_employer_cost_before, &part.total_employer_cost_before},
                             std::pair{&into.scenario_employer_cost, &part.scenario_employer_cost},
                             std::pair{&into.total_delta_employer_cost, &part.total_delta_employer_cost}})
    *total += *from;
  into.affected += part.affected;
  into.smic_floor_law += part.smic_floor_law;
  into.smic_floor_scenario += part.smic_floor_scenario;
  into.gross_deltas.insert(into.gross_deltas.end(), part.gross_deltas.begin(), part.gross_deltas.end());
}

}  // namespace revalo::batch_detail
