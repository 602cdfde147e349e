// Internal to the batch (batch.cpp): a lane turns input records into output rows — the row's profile, its computed
// cells or its error — with its own rate sheets, table of identical profiles, profile and output buffer, so that
// lanes run side by side on the machine's cores; the driver writes their buffers and adds their totals in input
// order, so that the output is the same whatever the number of lanes.
#pragma once
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "batch.h"
#include "batch_input.h"
#include "batch_rows.h"
#include "row_writer.h"

namespace revalo::batch_detail {

enum class ColumnRole { Field, Keep, Ignored };

// An input column: its role, and its profile field when it is one.
struct Column {
  ColumnRole role = ColumnRole::Ignored;
  const ProfileField* field = nullptr;
  int keep = -1;  // its place among the --keep columns (a field may be kept too); -1: not kept
};

// The role of an input column: a profile field, a column to keep, or (with --ignore-unknown-columns) ignored.
class Columns {
 public:
  explicit Columns(const BatchOptions& o);
  Result<Column> role(const std::string& name) const;

 private:
  const BatchOptions& o_;
  std::vector<std::string> field_names_;
};

// Rows already computed by a lane, by the text of their profile columns: their cells and totals. Capped, so that a
// file of all-different rows does not grow it without end, and given up when the first rows show that profiles do
// not repeat (looking up costs more than it saves then).
class RowMemo {
 public:
  struct Entry {
    std::string cells;
    std::size_t count;
    RowTotals totals;
  };
  explicit RowMemo(bool on) : on_(on) {}
  bool on() const { return on_; }  // off, or given up: rows need no key
  const Entry* find(const std::string& key);
  void add(const std::string& key, std::string_view cells, std::size_t count, const RowTotals& t);

 private:
  static constexpr std::size_t kCapacity = 1 << 16;
  static constexpr long kTrial = 4096;  // rows looked up before judging whether profiles repeat
  bool on_;
  long lookups_ = 0, hits_ = 0;
  std::unordered_map<std::string, Entry> rows_;
};

// The values of the cell texts a lane has read, by column: a column holds few distinct texts (positions, diploma
// levels, working times), each read once. A direct-mapped table: a text replaces the one of its slot.
class ReadValues {
 public:
  // The value of `text` in column `column` for `field`, if read before.
  const FieldValue* find(std::size_t column, const ProfileField* field, std::string_view text) const;
  void add(std::size_t column, const ProfileField* field, std::string_view text, const FieldValue& value);

 private:
  static constexpr std::size_t kSlots = 64;
  struct Slot {
    const ProfileField* field = nullptr;  // none: empty
    std::string text;
    FieldValue value;
  };
  static std::size_t slot_of(std::string_view text);
  std::vector<std::vector<Slot>> columns_;
};

// What a run shares with its lanes, read only while they work.
struct RunContext {
  const GridSet& grids;
  const BatchReader& reader;  // its header and format (the driver reads records while no lane works)
  const BatchOptions& o;
  const std::vector<Column>& roles;  // CSV: one per header column
  const Columns& columns;            // JSON lines: each record's own keys
  const std::vector<std::string>& names;
  const std::vector<bool>& numeric;
  bool employer;
  BatchSummary empty;  // the summary's modes, without totals
};

class Lane {
 public:
  explicit Lane(const RunContext& run);
  // One output row per record of records[0, count), in order, into the lane's buffer and totals.
  void rows(const std::vector<BatchRecord>& records, std::size_t count);
  // Hands the buffered rows over in `rows` (for the driver to write while the lane computes the next chunk), adds
  // the totals to `summary`, and starts again empty.
  void hand_over(std::string& rows, BatchSummary& summary);

 private:
  Column column_of(const BatchRecord& rec, std::size_t i, std::string& error) const;
  void one(const BatchRecord& rec);
  std::string computed_cells(const BatchRecord& rec, std::size_t n);
  std::string row_profile(const BatchRecord& rec, std::size_t n);  // profile_ for the row; its error

  const RunContext& run_;
  RowWriter w_;
  RowComputer computer_;
  RowMemo memo_;
  BatchSummary summary_;
  Profile profile_;                                                      // the row's: defaults + its fields
  std::vector<const ProfileField*> set_;                                 // the fields the last row set
  std::vector<std::pair<const ProfileField*, std::size_t>> setting_;    // this row's fields and their columns
  ReadValues read_;
  std::string key_;
  std::vector<std::string_view> kept_;
};

// Adds the counts and totals of `part` (a lane's rows) to `into`.
void merge(BatchSummary& into, const BatchSummary& part);

}  // namespace revalo::batch_detail
