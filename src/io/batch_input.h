// Batch input: CSV with a header of profile field names, or JSON lines, read record by record from a stream.
// Each record keeps the line number where it starts, so that every output row can name its input line.
#pragma once
#include <functional>
#include <istream>
#include <string>
#include <vector>

#include "result.h"

namespace revalo {

enum class BatchFormat { Auto, Csv, Jsonl };

struct BatchRecord {
  long line = 0;                    // 1-based line of the record in the input
  std::vector<std::string> values;  // CSV: one per header column; JSON: one per key of `keys`
  std::vector<std::string> keys;    // JSON lines: the record's own keys (CSV: empty, see header())
  std::string error;                // set when the record itself is malformed (wrong column count, bad JSON…)
};

class BatchReader {
 public:
  // Reads the header (CSV) or detects the format (Auto: '{' first → JSON lines). `delimiter` 0 = detect among
  // ',', ';' and tab from the header. A UTF-8 BOM is skipped; CRLF accepted. Error: unusable input.
  static Result<BatchReader> open(std::istream& in, BatchFormat format, char delimiter);
  bool is_csv() const { return format_ == BatchFormat::Csv; }
  char delimiter() const { return delimiter_; }
  const std::vector<std::string>& header() const { return header_; }
  // The header as written in the file (header() once renamed).
  const std::vector<std::string>& written_header() const { return written_header_; }
  // Renames the columns (CSV header, and each JSON record's keys as they are read): `rename` gives the name to use
  // for a name as written (column_names.h: "Ancienneté" → "seniority"), or the name itself.
  void rename_columns(std::function<std::string(const std::string&)> rename);
  // Fills `r` with the next record; false at end of input. Blank lines are skipped.
  bool next(BatchRecord& r);

 private:
  BatchReader(std::istream& in) : in_(&in) {}
  bool read_line(std::string& line);
  std::istream* in_;
  BatchFormat format_ = BatchFormat::Csv;
  char delimiter_ = ',';
  std::vector<std::string> header_, written_header_;
  std::function<std::string(const std::string&)> rename_;
  std::string pending_;  // first line read during format detection
  std::string line_;     // the line being read, its buffer kept from record to record
  bool has_pending_ = false;
  long line_no_ = 0;
};

// Splits one CSV record (which may span lines: `more` reads the next physical line). Returns false on an
// unterminated quote.
bool split_csv_record(std::string record, char delimiter, std::vector<std::string>& out,
                      const std::function<bool(std::string&)>& more);

// Parses one JSON object of scalar values into keys/values (numbers kept as written). False + message on error.
bool parse_json_record(const std::string& text, std::vector<std::string>& keys, std::vector<std::string>& values,
                       std::string& error);

}  // namespace revalo
