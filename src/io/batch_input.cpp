// Batch input reader (see batch_input.h). JSON is parsed by nlohmann-json's SAX interface, which gives each
// number's text as written, so that "1539.42" stays an exact decimal.
#include "batch_input.h"

#include <algorithm>
#include <functional>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace revalo {
namespace {

void strip_cr(std::string& s) {
  if (!s.empty() && s.back() == '\r') s.pop_back();
}

// Collects a flat object's scalars; anything nested is an error.
struct FlatObject : nlohmann::json_sax<nlohmann::json> {
  std::vector<std::string>* keys;
  std::vector<std::string>* values;
  std::string error;
  int depth = 0;
  bool scalar(std::string v) {
    if (depth != 1) return fail("une ligne doit être un objet JSON de valeurs simples");
    values->push_back(std::move(v));
    return true;
  }
  bool fail(const std::string& m) {
    if (error.empty()) error = m;
    return false;
  }
  bool null() override { return scalar(""); }
  bool boolean(bool b) override { return scalar(b ? "yes" : "no"); }
  bool number_integer(number_integer_t v) override { return scalar(std::to_string(v)); }
  bool number_unsigned(number_unsigned_t v) override { return scalar(std::to_string(v)); }
  bool number_float(number_float_t, const string_t& s) override { return scalar(s); }
  bool string(string_t& s) override { return scalar(s); }
  bool binary(binary_t&) override { return fail("valeurs binaires refusées"); }
  bool start_object(std::size_t) override { return ++depth == 1 || fail("objets imbriqués refusés"); }
  bool key(string_t& k) override {
    keys->push_back(k);
    return true;
  }
  bool end_object() override {
    --depth;
    return true;
  }
  bool start_array(std::size_t) override { return fail("tableaux refusés dans une ligne"); }
  bool end_array() override { return true; }
  bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& e) override {
    return fail(fmt::format("JSON invalide à l'octet {} : {}", pos, e.what()));
  }
};

}  // namespace

bool parse_json_record(const std::string& text, std::vector<std::string>& keys, std::vector<std::string>& values,
                       std::string& error) {
  keys.clear();
  values.clear();
  FlatObject sax;
  sax.keys = &keys;
  sax.values = &values;
  bool ok = nlohmann::json::sax_parse(text, &sax);
  if (!ok || !sax.error.empty() || keys.size() != values.size()) {
    error = sax.error.empty() ? "ligne JSON invalide" : sax.error;
    return false;
  }
  return true;
}

bool split_csv_record(std::string record, char delimiter, std::vector<std::string>& out,
                      const std::function<bool(std::string&)>& more) {
  out.clear();
  std::string field;
  bool quoted = false, in_quotes = false;
  // Unquoted fields are trimmed of surrounding spaces, as spreadsheet exports pad them; quoted ones are kept.
  auto push = [&] {
    if (!quoted) {
      std::size_t b = field.find_first_not_of(' '), e = field.find_last_not_of(' ');
      field = b == std::string::npos ? std::string() : field.substr(b, e - b + 1);
    }
    out.push_back(std::move(field));
    field.clear();
    quoted = false;
  };
  for (std::size_t i = 0;; ++i) {
    if (i == record.size()) {
      if (!in_quotes) break;
      std::string next;
      if (!more(next)) return false;
      record += '\n';
      record += next;
    }
    char c = record[i];
    if (in_quotes) {
      if (c != '"') field += c;
      else if (i + 1 < record.size() && record[i + 1] == '"') field += record[++i];
      else in_quotes = false;
    } else if (c == '"' && field.find_first_not_of(' ') == std::string::npos && !quoted) {
      field.clear();
      in_quotes = quoted = true;
    } else if (c == delimiter) {
      push();
    } else {
      field += c;
    }
  }
  push();
  return true;
}

bool BatchReader::read_line(std::string& line) {
  if (has_pending_) {
    line = std::move(pending_);
    has_pending_ = false;
    return true;
  }
  if (!std::getline(*in_, line)) return false;
  ++line_no_;
  strip_cr(line);
  return true;
}

Result<BatchReader> BatchReader::open(std::istream& in, BatchFormat format, char delimiter) {
  BatchReader r(in);
  std::string first;
  while (true) {
    if (!std::getline(in, first)) return make_error(ErrorKind::Input, "l'entrée est vide : pas de ligne d'en-tête");
    ++r.line_no_;
    strip_cr(first);
    if (r.line_no_ == 1 && first.rfind("\xEF\xBB\xBF", 0) == 0) first.erase(0, 3);
    if (first.find_first_not_of(" \t") != std::string::npos) break;
  }
  if (format == BatchFormat::Auto)
    format = first[first.find_first_not_of(" \t")] == '{' ? BatchFormat::Jsonl : BatchFormat::Csv;
  r.format_ = format;
  if (format == BatchFormat::Jsonl) {
    r.pending_ = first;
    r.has_pending_ = true;
    return r;
  }
  if (delimiter == 0) {
    std::size_t best = 0;
    delimiter = ',';
    for (char d : {',', ';', '\t'}) {
      std::size_t n = std::count(first.begin(), first.end(), d);
      if (n > best) {
        best = n;
        delimiter = d;
      }
    }
  }
  r.delimiter_ = delimiter;
  if (!split_csv_record(first, delimiter, r.header_, [&](std::string& l) { return r.read_line(l); }))
    return make_error(ErrorKind::Input, "la ligne d'en-tête a un guillemet non fermé");
  for (const auto& h : r.header_)
    if (h.empty()) return make_error(ErrorKind::Input, "la ligne d'en-tête a un nom de colonne vide");
  r.written_header_ = r.header_;
  return r;
}

void BatchReader::rename_columns(std::function<std::string(const std::string&)> rename) {
  rename_ = std::move(rename);
  for (std::size_t i = 0; i < header_.size(); ++i) header_[i] = rename_(written_header_[i]);
}

namespace {

// A record without quotes (nearly every row of a payroll export): split on the delimiter into the strings `out`
// already holds, trimmed of surrounding spaces as split_csv_record trims unquoted fields, without allocating once the
// strings have grown.
void split_plain_record(std::string_view line, char delimiter, std::vector<std::string>& out) {
  std::size_t n = 0;
  for (std::size_t start = 0;; ++n) {
    std::size_t end = std::min(line.find(delimiter, start), line.size());
    std::string_view field = line.substr(start, end - start);
    const std::size_t b = field.find_first_not_of(' ');
    field = b == std::string_view::npos ? std::string_view() : field.substr(b, field.find_last_not_of(' ') - b + 1);
    if (n == out.size()) out.emplace_back();
    out[n].assign(field);
    if (end == line.size()) break;
    start = end + 1;
  }
  out.resize(n + 1);
}

}  // namespace

bool BatchReader::next(BatchRecord& rec) {
  std::string& line = line_;
  do {
    if (!read_line(line)) return false;
  } while (line.find_first_not_of(" \t") == std::string::npos);
  rec.line = line_no_;
  rec.error.clear();
  rec.keys.clear();
  if (format_ == BatchFormat::Jsonl) {
    if (!parse_json_record(line, rec.keys, rec.values, rec.error)) rec.values.clear();
    if (rename_)
      for (auto& k : rec.keys) k = rename_(k);
    return true;
  }
  const bool plain = line.find('"') == std::string::npos;
  if (plain) split_plain_record(line, delimiter_, rec.values);
  if (!plain && !split_csv_record(line, delimiter_, rec.values, [&](std::string& l) { return read_line(l); })) {
    rec.error = "champ entre guillemets non fermé";
    rec.values.clear();
  } else if (rec.values.size() != header_.size()) {
    rec.error = fmt::format("{} champs alors que l'en-tête en a {}", rec.values.size(), header_.size());
  }
  return true;
}

}  // namespace revalo
