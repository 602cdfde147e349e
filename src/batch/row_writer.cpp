// The batch output writer (see row_writer.h).
#include "row_writer.h"

#include <algorithm>
#include <charconv>

#include "format.h"

namespace revalo {

RowWriter::RowWriter(std::ostream* out, bool jsonl, bool csv_fr, std::vector<std::string> names,
                     std::vector<bool> numeric)
    : out_(out), jsonl_(jsonl), csv_fr_(csv_fr), sep_(csv_fr ? ';' : ','), names_(std::move(names)),
      numeric_(std::move(numeric)) {
  buf_.reserve(1 << 17);
}

void RowWriter::header() {
  if (jsonl_) return;
  for (std::size_t i = 0; i < names_.size(); ++i) {
    if (i) buf_ += sep_;
    buf_ += csv_field(names_[i], sep_);
  }
  buf_ += '\n';
}

void RowWriter::begin_row() {
  cell_ = 0;
  if (jsonl_) buf_ += '{';
}

void RowWriter::next_cell() {
  if (jsonl_) {
    if (cell_) buf_ += ", ";
    buf_ += '"';
    buf_ += names_[cell_];
    buf_ += "\": ";
  } else if (cell_) {
    buf_ += sep_;
  }
  ++cell_;
}

void RowWriter::text(std::string_view v) {
  next_cell();
  if (jsonl_) {
    buf_ += '"';
    if (std::none_of(v.begin(), v.end(), [](char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; }))
      buf_ += v;
    else
      buf_ += json_escape(v);
    buf_ += '"';
  } else if (std::none_of(v.begin(), v.end(), [sep = sep_](char c) { return c == sep || c == '"' || c == '\n' || c == '\r'; })) {
    buf_ += v;
  } else {
    buf_ += csv_field(v, sep_);
  }
}

void RowWriter::number(long v) {
  next_cell();
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
  buf_.append(digits, static_cast<std::size_t>(end - digits));
}

void RowWriter::money(Decimal v) {
  next_cell();
  v.append_fixed(buf_, 2, csv_fr_ && !jsonl_ ? ',' : '.');
}

void RowWriter::money(const std::optional<Decimal>& v) {
  if (v) money(*v);
  else empty();
}

void RowWriter::boolean(bool v) {
  next_cell();
  buf_ += v ? "true" : "false";
}

void RowWriter::empty() {
  const bool null = jsonl_ && numeric_[cell_];
  next_cell();
  if (null) buf_ += "null";
  else if (jsonl_) buf_ += "\"\"";
}

void RowWriter::end_row() {
  buf_ += jsonl_ ? "}\n" : "\n";
  if (out_ && buf_.size() > (1 << 16)) flush();
}

void RowWriter::replay(std::string_view cells, std::size_t count) {
  buf_ += cells;
  cell_ += count;
}

void RowWriter::rewind(Mark m) {
  buf_.resize(m.at);
  cell_ = m.cell;
}

void RowWriter::flush() {
  if (out_) drain_to(*out_);
}

void RowWriter::hand_over(std::string& rows) {
  rows.clear();
  rows.swap(buf_);
}

void RowWriter::drain_to(std::ostream& out) {
  out.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  buf_.clear();
}

}  // namespace revalo
