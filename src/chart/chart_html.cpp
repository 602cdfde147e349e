// The HTML page (see chart.h): title, subtitle, the SVG chart inline, the numbered events with their sources, the
// table and the notes, with inline CSS for the screen and for printing (A4, no colour needed). No JavaScript.
// Written as polyglot markup (every element closed, attributes quoted, only XML's own entities) so that the whole
// page can be checked with an XML parser (tests/svg_check.cpp) and still is plain HTML5 for a browser.
#include <algorithm>
#include <fmt/format.h>

#include "chart_internal.h"

namespace revalo {
namespace chart_detail {
namespace {

constexpr const char* kStyle = R"(
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #111; background: #fff;
       max-width: 62rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.4; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #ccc; }
.subtitle { color: #333; margin: 0 0 1rem; }
figure { margin: 0; }
figure svg { max-width: 100%; height: auto; }
ol.events li { margin-bottom: .3rem; }
.when { font-weight: bold; }
.source { display: block; color: #444; font-size: .9em; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border: 1px solid #bbb; padding: .2rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.notes li { margin-bottom: .25rem; }
footer { margin-top: 2rem; font-size: .8rem; color: #555; }
@media print {
  @page { size: A4; margin: 14mm; }
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; color: #000; }
  h2 { break-after: avoid; }
  figure, tr, li { break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: none; }
  table { font-size: 8.5pt; }
  footer { color: #000; }
}
)";

// An amount, a rate or a count ("1 628,00 €", "-12,5 %", "49"): right-aligned so that the digits line up.
bool is_number_cell(const std::string& cell) {
  if (cell.empty()) return false;
  std::size_t i = (cell[0] == '-' || cell[0] == '+') ? 1 : 0;
  if (cell.compare(i, 3, "−") == 0) i += 3;  // U+2212 minus sign
  if (i >= cell.size() || cell[i] < '0' || cell[i] > '9') return false;
  std::string rest = cell.substr(i);
  for (const char* unit : {" €", " %", "€", "%"})
    if (rest.ends_with(unit)) {
      rest.resize(rest.size() - std::string_view(unit).size());
      break;
    }
  return std::all_of(rest.begin(), rest.end(),
                     [](char c) { return (c >= '0' && c <= '9') || c == ' ' || c == ',' || c == '.'; });
}

std::string table_html(const ChartTable& table) {
  std::string out = "<table>\n";
  if (!table.header.empty()) {
    out += "<thead><tr>";
    for (const auto& h : table.header) out += "<th scope=\"col\">" + xml_escape(h) + "</th>";
    out += "</tr></thead>\n";
  }
  out += "<tbody>\n";
  for (const auto& row : table.rows) {
    out += "<tr>";
    for (const auto& cell : row)
      out += (is_number_cell(cell) ? "<td class=\"num\">" : "<td>") + xml_escape(cell) + "</td>";
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

}  // namespace
}  // namespace chart_detail

std::string chart_html(const Chart& chart, const ChartTable& table) {
  using namespace chart_detail;
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\" />\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
      "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
      xml_escape(chart.title), kStyle, xml_escape(chart.title));
  if (!chart.subtitle.empty()) out += "<p class=\"subtitle\">" + xml_escape(chart.subtitle) + "</p>\n";
  // The chart without its own heading, event list and notes: the page gives them as text that wraps and prints well.
  out += "<figure>\n" + chart_svg_figure(chart, false) + "</figure>\n";
  if (!chart.events.empty()) {
    out += "<h2>Événements</h2>\n<ol class=\"events\">\n";
    for (std::size_t i : event_order(chart)) {
      const ChartEvent& e = chart.events[i];
      out += fmt::format("<li><span class=\"when\">{}</span> — {}", xml_escape(event_x_label(chart, e)),
                         xml_escape(e.label));
      if (!e.source.empty()) out += "<span class=\"source\">Source : " + xml_escape(e.source) + "</span>";
      out += "</li>\n";
    }
    out += "</ol>\n";
  }
  if (!table.header.empty() || !table.rows.empty()) out += "<h2>Tableau</h2>\n" + table_html(table);
  if (!chart.notes.empty()) {
    out += "<h2>Notes</h2>\n<ul class=\"notes\">\n";
    for (const auto& note : chart.notes) out += "<li>" + xml_escape(note) + "</li>\n";
    out += "</ul>\n";
  }
  return out + "<footer>Calculé par revalo à partir des textes cités.</footer>\n"
               "</body>\n</html>\n";
}

}  // namespace revalo
