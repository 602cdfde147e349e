// Shared by the two chart writers (chart_svg.cpp, chart_html.cpp): text escaping and wrapping, event order, and the
// SVG figure with or without its own heading and event list (the HTML page gives them as HTML text, which wraps).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "chart.h"

namespace revalo::chart_detail {

// Text for XML/HTML content and attribute values: & < > " ' as entities; control characters (not allowed in XML 1.0)
// and invalid UTF-8 bytes become U+FFFD, so a name from a user's file can never break the document.
std::string xml_escape(std::string_view text);
// Number of characters (UTF-8 code points): widths are estimated from it.
std::size_t char_count(std::string_view text);
// Splits text into lines of at most `width` characters at spaces (a longer word stays whole on its line).
std::vector<std::string> wrap_text(std::string_view text, std::size_t width);

// Indices into chart.events in the order they are numbered (by x, then as given): marker n is events[order[n-1]].
std::vector<std::size_t> event_order(const Chart& chart);
// The x label of an event ("2020-09"), or "?" when its index is out of range.
std::string event_x_label(const Chart& chart, const ChartEvent& event);

// The SVG document. Standalone, it also shows the title and subtitle above the plot and the numbered event list
// and the notes under it; inside the HTML page (standalone false) the page gives those as HTML text.
std::string chart_svg_figure(const Chart& chart, bool standalone);

}  // namespace revalo::chart_detail
