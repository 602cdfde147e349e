// A small reader for the HTML of KALI article contents: its plain text, its <table>s as rectangular grids of
// cells, and the numbers written in French in a text ("Coef. 308", "5,51 euros", "1 539,42").
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "decimal.h"

namespace revalo {

struct HtmlCell {
  std::string text;     // plain text (see html_to_text)
  bool header = false;  // a <th>
};

struct HtmlTable {
  std::string caption;  // plain text just before the table in the article (its heading), at most ~300 bytes
  std::string lead;     // the start of that text since the previous table (a heading that opens it), ~200 bytes
  // rowspan and colspan expanded: a spanning cell is repeated in every slot it covers; short rows are padded with
  // empty cells so that every row has the same length.
  std::vector<std::vector<HtmlCell>> rows;
};

// Plain text of an HTML fragment: tags removed (a tag counts as a space), character references decoded
// (&amp; &nbsp; &#233; …), no-break spaces made plain spaces, runs of white space collapsed to one space, trimmed.
std::string html_to_text(std::string_view html);

// Every outermost <table> of the fragment, in document order (a table nested in a cell is read as text).
std::vector<HtmlTable> html_tables(std::string_view html);

// A number written in a text: digits with optional thousands groups ("1 539") and decimals after ',' or '.'.
struct NumberInText {
  Decimal value;
  std::size_t begin = 0, end = 0;  // byte range in the text
};
std::vector<NumberInText> numbers_in(std::string_view text);

}  // namespace revalo
