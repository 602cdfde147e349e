// Charts of pay over time or seniority, written as self-contained SVG, or as one HTML page with the table and the
// chart (no JavaScript, no external resources). Our own small writer: the charts are simple line charts.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "decimal.h"

namespace revalo {

// One curve: a value per x position (none: not computed there, the curve breaks).
struct ChartSeries {
  std::string name;  // French, shown in the legend ("Brut mensuel", "Avant avenant 43"…)
  std::vector<std::optional<Decimal>> values;  // same length as Chart::x_labels
  bool dashed = false;                         // e.g. the "before" curve, or an amount paid
};

// Something that happened at an x position: a new point value, a SMIC rise, a measure, a seniority step.
struct ChartEvent {
  std::size_t x = 0;   // index into Chart::x_labels
  std::string label;   // French, short ("Point 5,77 €")
  std::string source;  // legal source, shown in the event list under the chart
};

struct Chart {
  std::string title;     // French
  std::string subtitle;  // profile summary
  std::string x_title;   // "Mois", "Ancienneté (années)"
  std::string y_title;   // "€ brut mensuel"
  std::vector<std::string> x_labels;  // "2020-01"… or "0"…"30"
  std::vector<ChartSeries> series;
  std::vector<ChartEvent> events;
  std::vector<std::string> notes;  // footnotes (rounding, inferred values, sources)
};

// A table for the HTML page: header and rows of already formatted French cells.
struct ChartTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

// A complete SVG document (starts with "<svg", UTF-8, French number format on the axes).
std::string chart_svg(const Chart& chart);
// A complete HTML5 page: title, the SVG inline, the events with their sources, the table, the notes.
std::string chart_html(const Chart& chart, const ChartTable& table);

}  // namespace revalo
