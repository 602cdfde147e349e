// The batch output writer: rows of cells in CSV (',' or, with --csv-fr, ';' and decimal commas) or JSON lines,
// written into one buffer, flushed in large blocks to a stream or drained by the caller (a batch lane's rows).
// Numbers are written by the exact decimal formatter straight into the buffer, so that a row allocates nothing once
// the buffer has grown.
#pragma once
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "decimal.h"

namespace revalo {

class RowWriter {
 public:
  // `names`: the output columns in order; `numeric[i]`: column i is a number (JSON: unquoted, null when empty).
  // `out` null: the rows stay in the buffer until drain_to.
  RowWriter(std::ostream* out, bool jsonl, bool csv_fr, std::vector<std::string> names, std::vector<bool> numeric);
  ~RowWriter() { flush(); }
  RowWriter(const RowWriter&) = delete;
  RowWriter& operator=(const RowWriter&) = delete;

  void header();  // CSV: the names; JSON lines: nothing
  void begin_row();
  void text(std::string_view v);
  void number(long v);
  void money(Decimal v);                    // 2 decimals
  void money(const std::optional<Decimal>& v);  // empty (JSON null) when none
  void boolean(bool v);                     // "true" / "false"
  void empty();                             // an empty cell: "" or JSON null for a number column
  void end_row();

  // The cells written since `mark()` as they stand in the buffer, to write them again with `replay` (the memo of
  // identical rows); `rewind` drops them (a row that fails after some of its cells).
  struct Mark {
    std::size_t at;
    std::size_t cell;
  };
  Mark mark() const { return {buf_.size(), cell_}; }
  std::string_view since(Mark m) const { return std::string_view(buf_).substr(m.at); }
  void replay(std::string_view cells, std::size_t count);
  void rewind(Mark m);
  std::size_t cell() const { return cell_; }
  std::size_t columns() const { return names_.size(); }
  void flush();
  void drain_to(std::ostream& out);  // writes the buffer to `out` and empties it
  // Gives the buffered rows to `rows` (emptied first) and keeps its storage instead, so that the caller writes them
  // while this writer goes on.
  void hand_over(std::string& rows);

 private:
  void next_cell();  // the separator, and the key in JSON
  std::ostream* out_;
  bool jsonl_;
  bool csv_fr_;
  char sep_;
  std::vector<std::string> names_;
  std::vector<bool> numeric_;
  std::string buf_;
  std::size_t cell_ = 0;
};

}  // namespace revalo
