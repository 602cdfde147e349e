// HTML text, tables and French numbers of KALI article contents (see kali_html.h).
#include "kali_html.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace revalo {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

void append_utf8(std::string& out, unsigned long cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x110000) {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the character reference starting at html[i] == '&'; returns the bytes consumed (0: not a reference).
std::size_t decode_entity(std::string_view html, std::size_t i, std::string& out) {
  std::size_t semi = html.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) return 0;
  std::string_view name = html.substr(i + 1, semi - i - 1);
  if (name.size() > 1 && name[0] == '#') {
    unsigned long cp = 0;
    bool hex = name[1] == 'x' || name[1] == 'X';
    std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) return 0;
    for (char c : digits) {
      int d = is_digit(c) ? c - '0' : hex && std::isxdigit(static_cast<unsigned char>(c)) ? 10 + (std::tolower(c) - 'a') : -1;
      if (d < 0) return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(d);
      if (cp > 0x10FFFF) return 0;
    }
    append_utf8(out, cp);
    return semi - i + 1;
  }
  static const std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
      {"laquo", "«"}, {"raquo", "»"}, {"euro", "€"}, {"rsquo", "’"}, {"ndash", "–"}, {"mdash", "—"}};
  for (const auto& [n, text] : kNamed) {
    if (name == n) {
      out += text;
      return semi - i + 1;
    }
  }
  return 0;
}

// Collapses white space (including no-break spaces U+00A0 and U+202F) to single spaces, trimmed.
std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    std::size_t skip = 0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') skip = 1;
    else if (s.substr(i, 2) == "\xC2\xA0") skip = 2;
    else if (s.substr(i, 3) == "\xE2\x80\xAF") skip = 3;
    if (skip) {
      space = true;
      i += skip - 1;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

struct Tag {
  std::string name;  // lower case, without '/'
  bool closing = false;
  std::string attrs;  // lower case
  std::size_t begin = 0, end = 0;  // [begin, end) covers "<...>"
};

// The tag starting at html[i] == '<' (nullopt when it is not a tag, e.g. a lone '<').
std::optional<Tag> read_tag(std::string_view html, std::size_t i) {
  std::size_t close = html.find('>', i);
  if (close == std::string_view::npos) return std::nullopt;
  Tag t;
  t.begin = i;
  t.end = close + 1;
  std::size_t j = i + 1;
  if (j < close && html[j] == '/') {
    t.closing = true;
    ++j;
  }
  while (j < close && std::isalnum(static_cast<unsigned char>(html[j])))
    t.name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[j++])));
  if (t.name.empty()) return std::nullopt;
  for (; j < close; ++j) t.attrs += static_cast<char>(std::tolower(static_cast<unsigned char>(html[j])));
  return t;
}

int span_attr(const std::string& attrs, std::string_view name) {
  std::size_t p = attrs.find(name);
  if (p == std::string::npos) return 1;
  p += name.size();
  while (p < attrs.size() && (attrs[p] == ' ' || attrs[p] == '=' || attrs[p] == '"' || attrs[p] == '\'')) ++p;
  int v = 0;
  while (p < attrs.size() && is_digit(attrs[p]) && v < 1000) v = v * 10 + (attrs[p++] - '0');
  return std::clamp(v, 1, 100);
}

struct RawCell {
  std::string text;
  bool header = false;
  int rowspan = 1, colspan = 1;
};

HtmlTable expand(std::vector<std::vector<RawCell>> raw, std::string caption) {
  HtmlTable t;
  t.caption = std::move(caption);
  std::vector<std::vector<std::optional<HtmlCell>>> grid(raw.size());
  for (std::size_t r = 0; r < raw.size(); ++r) {
    std::size_t c = 0;
    for (const RawCell& cell : raw[r]) {
      while (c < grid[r].size() && grid[r][c]) ++c;
      for (int dr = 0; dr < cell.rowspan && r + dr < raw.size(); ++dr) {
        auto& row = grid[r + dr];
        if (row.size() < c + cell.colspan) row.resize(c + cell.colspan);
        for (int dc = 0; dc < cell.colspan; ++dc) row[c + dc] = HtmlCell{cell.text, cell.header};
      }
      c += cell.colspan;
    }
  }
  std::size_t width = 0;
  for (const auto& row : grid) width = std::max(width, row.size());
  for (auto& row : grid) {
    std::vector<HtmlCell> out;
    for (std::size_t c = 0; c < width; ++c) out.push_back(c < row.size() && row[c] ? *row[c] : HtmlCell{});
    t.rows.push_back(std::move(out));
  }
  return t;
}

// The last ~300 bytes of the text before a table, cut after a space so that no UTF-8 character is split.
std::string caption_of(std::string_view html_before) {
  std::string text = html_to_text(html_before);
  if (text.size() <= 300) return text;
  std::size_t cut = text.find(' ', text.size() - 300);
  return cut == std::string::npos ? std::string() : text.substr(cut + 1);
}

// The first ~200 bytes of the text before a table, cut before a space.
std::string lead_of(std::string_view html_before) {
  std::string text = html_to_text(html_before);
  if (text.size() <= 200) return text;
  std::size_t cut = text.rfind(' ', 200);
  return cut == std::string::npos ? std::string() : text.substr(0, cut);
}

}  // namespace

std::string html_to_text(std::string_view html) {
  std::string out;
  for (std::size_t i = 0; i < html.size(); ++i) {
    char c = html[i];
    if (c == '<') {
      if (auto tag = read_tag(html, i)) {
        out += ' ';
        i = tag->end - 1;
        continue;
      }
    } else if (c == '&') {
      if (std::size_t n = decode_entity(html, i, out)) {
        i += n - 1;
        continue;
      }
    }
    out += c;
  }
  return collapse_spaces(out);
}

std::vector<HtmlTable> html_tables(std::string_view html) {
  std::vector<HtmlTable> tables;
  std::vector<std::vector<RawCell>> rows;
  int depth = 0;
  std::size_t after_last_table = 0, table_begin = 0;
  std::optional<RawCell> cell;
  std::size_t cell_content = 0;
  auto close_cell = [&](std::size_t at) {
    if (!cell) return;
    cell->text = html_to_text(html.substr(cell_content, at - cell_content));
    if (rows.empty()) rows.emplace_back();
    rows.back().push_back(std::move(*cell));
    cell.reset();
  };
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    auto tag = read_tag(html, i);
    if (!tag) continue;
    i = tag->end - 1;
    if (tag->name == "table") {
      if (!tag->closing) {
        if (++depth == 1) {
          rows.clear();
          table_begin = tag->begin;
        }
      } else if (depth > 0 && --depth == 0) {
        close_cell(tag->begin);
        const std::string_view before = html.substr(after_last_table, table_begin - after_last_table);
        tables.push_back(expand(std::move(rows), caption_of(before)));
        tables.back().lead = lead_of(before);
        rows.clear();
        after_last_table = tag->end;
      }
      continue;
    }
    if (depth != 1) continue;
    if (tag->name == "tr") {
      close_cell(tag->begin);
      if (!tag->closing) rows.emplace_back();
    } else if (tag->name == "td" || tag->name == "th") {
      close_cell(tag->begin);
      if (!tag->closing) {
        cell = RawCell{"", tag->name == "th", span_attr(tag->attrs, "rowspan"), span_attr(tag->attrs, "colspan")};
        cell_content = tag->end;
      }
    } else if (tag->name == "tbody" || tag->name == "thead" || tag->name == "tfoot") {
      close_cell(tag->begin);
    }
  }
  std::erase_if(tables, [](const HtmlTable& t) { return t.rows.empty(); });
  return tables;
}

std::vector<NumberInText> numbers_in(std::string_view text) {
  std::vector<NumberInText> out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_digit(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && is_digit(text[j])) ++j;
    // Thousands groups: a space then exactly three digits ("1 539"), only after a first group of 1 to 3 digits.
    if (j - i <= 3) {
      while (j + 3 < text.size() && text[j] == ' ' && is_digit(text[j + 1]) && is_digit(text[j + 2]) &&
             is_digit(text[j + 3]) && (j + 4 == text.size() || !is_digit(text[j + 4])))
        j += 4;
    }
    if (j + 1 < text.size() && (text[j] == ',' || text[j] == '.') && is_digit(text[j + 1])) {
      j += 1;
      while (j < text.size() && is_digit(text[j])) ++j;
    }
    if (auto d = Decimal::parse(text.substr(i, j - i))) out.push_back({*d, i, j});
    i = j;
  }
  return out;
}

}  // namespace revalo
