// The SVG line chart (see chart.h): title, legend, numbered event markers with staggered short labels, the plot with
// its axes and curves, then the numbered event list with sources and the notes. Self-contained: presentation
// attributes only (no CSS, no script, no external font), so it reads the same in a browser, inline in the HTML
// page, and in other SVG viewers. Curves differ by dash pattern as well as colour, for black-and-white printing.
// Decimal values become doubles only for pixel positions; every number shown is formatted from a Decimal.
#include <algorithm>
#include <array>
#include <cstdint>
#include <fmt/format.h>

#include "chart_internal.h"
#include "format_number.h"

namespace revalo {
namespace chart_detail {
namespace {

// Pixel geometry of the drawing, not money: doubles for SVG coordinates only.
constexpr double kWidth = 960;
constexpr double kPlotLeft = 100;  // room for "12 345 €" and the rotated y title
constexpr double kPlotRight = kWidth - 28;
constexpr double kPlotWidth = kPlotRight - kPlotLeft;
constexpr double kPlotHeight = 380;
constexpr double kLineHeight = 16;     // one line of 12 px text
constexpr double kLabelRowHeight = 15;  // one row of staggered event labels (11 px text)
constexpr int kLabelRows = 4;           // beyond that, a crowded label shows its number only
constexpr std::size_t kWrapChars = 135;  // lines of the event list and notes (12 px text over the chart width)

// Okabe–Ito colours (distinguishable with the common colour-vision deficiencies), and dash patterns so that the
// curves stay distinct once printed in grey: plain curves get solid then long dashes, `dashed` curves short ones.
constexpr std::array<const char*, 7> kColours = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                                 "#E69F00", "#56B4E9", "#000000"};
constexpr std::array<const char*, 3> kPlainDashes = {"", "14 4", "14 4 3 4"};
constexpr std::array<const char*, 4> kDashedDashes = {"7 4", "2 3", "7 3 2 3", "3 7"};

// Rough width in pixels of text in a sans-serif font: enough to avoid overlaps, no font metrics needed.
double text_width(std::string_view text, double font_size) {
  return static_cast<double>(char_count(text)) * font_size * 0.56;
}

std::string num(double v) { return fmt::format("{:.1f}", v); }

double to_double(Decimal d) { return static_cast<double>(d.raw()) / static_cast<double>(Decimal::kOne); }

struct SeriesStyle {
  const char* colour;
  const char* dash;
};

std::vector<SeriesStyle> series_styles(const Chart& chart) {
  std::vector<SeriesStyle> styles;
  std::size_t plain = 0, dashed = 0;
  for (std::size_t i = 0; i < chart.series.size(); ++i) {
    const char* dash = chart.series[i].dashed ? kDashedDashes[dashed++ % kDashedDashes.size()]
                                              : kPlainDashes[plain++ % kPlainDashes.size()];
    styles.push_back({kColours[i % kColours.size()], dash});
  }
  return styles;
}

std::string dash_attr(const SeriesStyle& s) {
  return *s.dash ? fmt::format(" stroke-dasharray=\"{}\"", s.dash) : std::string();
}

// ---- y axis: a "nice" step (1, 2, 2.5 or 5 × 10^k, at least a cent) and a range of whole steps ------------------

struct YScale {
  Decimal lo, hi, step;
  bool has_values = false;
};

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

YScale y_scale(const Chart& chart) {
  YScale s;
  Decimal lo, hi;
  for (const auto& series : chart.series)
    for (std::size_t i = 0; i < series.values.size() && i < chart.x_labels.size(); ++i) {
      if (!series.values[i]) continue;
      const Decimal v = *series.values[i];
      if (!s.has_values) lo = hi = v;
      lo = min(lo, v);
      hi = max(hi, v);
      s.has_values = true;
    }
  if (!s.has_values) {
    s.lo = Decimal::from_int(0);
    s.hi = Decimal::from_int(1);
    s.step = Decimal::from_int(1);
    return s;
  }
  // About five intervals; a flat curve gets a step of a tenth of its value so that it sits mid-height.
  std::int64_t span = hi.raw() - lo.raw();
  if (span == 0) span = std::max<std::int64_t>(hi.raw() < 0 ? -hi.raw() : hi.raw(), Decimal::kOne) / 2;
  const std::int64_t rough = std::max<std::int64_t>(span / 5, 1);
  std::int64_t p = Decimal::kOne / 100;  // a cent
  while (p * 10 <= rough) p *= 10;
  std::int64_t step = p * 10;
  for (std::int64_t candidate : {p, 2 * p, 5 * p / 2, 5 * p})
    if (candidate >= rough) {
      step = candidate;
      break;
    }
  std::int64_t first = floor_div(lo.raw(), step), last = -floor_div(-hi.raw(), step);
  if (first == last) {
    --first;
    ++last;
  }
  s.lo = Decimal::from_raw(first * step);
  s.hi = Decimal::from_raw(last * step);
  s.step = Decimal::from_raw(step);
  return s;
}

std::string tick_text(Decimal v, const YScale& s, bool euros) {
  const int decimals = s.step.is_integer() ? 0 : 2;
  return euros ? fr_euros(v, decimals) : fr_fixed(v, decimals);
}

// ---- x axis: which labels to show when there are many ------------------------------------------------------------

bool is_month_label(const std::string& l) {
  return l.size() == 7 && l[4] == '-' &&
         std::all_of(l.begin(), l.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
}

// Indices whose label is shown: every label when they fit; months thinned to one every 2, 3, 6, 12… months on
// month boundaries (78 months → each January); other labels every 2, 5, 10… (on multiples when they are numbers).
std::vector<std::size_t> shown_x_labels(const Chart& chart) {
  const auto& labels = chart.x_labels;
  std::vector<std::size_t> shown;
  if (labels.empty()) return shown;
  double widest = 0;
  for (const auto& l : labels) widest = std::max(widest, text_width(l, 11));
  const auto fits = [&](std::size_t count, std::size_t max_count) {
    return count <= max_count && static_cast<double>(count) * (widest + 12) <= kPlotWidth;
  };
  const bool months = std::all_of(labels.begin(), labels.end(), is_month_label);
  const std::vector<int> steps =
      months ? std::vector<int>{1, 2, 3, 6, 12, 24, 60, 120} : std::vector<int>{1, 2, 5, 10, 20, 50, 100, 200, 500};
  for (int step : steps) {
    shown.clear();
    for (std::size_t i = 0; i < labels.size(); ++i) {
      bool keep;
      if (months) {
        const int year = std::stoi(labels[i].substr(0, 4)), month = std::stoi(labels[i].substr(5, 2));
        keep = step < 12 ? (month - 1) % step == 0 : month == 1 && year % (step / 12) == 0;
      } else if (!labels[i].empty() && labels[i].size() < 9 &&
                 std::all_of(labels[i].begin(), labels[i].end(), [](char c) { return c >= '0' && c <= '9'; })) {
        keep = std::stoi(labels[i]) % step == 0;
      } else {
        keep = i % static_cast<std::size_t>(step) == 0;
      }
      if (keep) shown.push_back(i);
    }
    if (fits(shown.size(), months ? 12 : 16)) return shown;
  }
  return shown;
}

// ---- event labels: staggered rows above the plot --------------------------------------------------------------

struct PlacedLabel {
  std::size_t number = 0;  // 1-based, as in the event list
  double x = 0;            // marker position
  std::string text;        // "3 Point 58,20 €", or "3" when crowded
  int row = 0;             // 0: just above the plot
  bool anchor_end = false;  // text to the left of the marker (near the right edge)
};

std::vector<PlacedLabel> place_labels(const Chart& chart, const std::vector<std::size_t>& order,
                                      const std::vector<double>& x_of) {
  std::vector<PlacedLabel> placed;
  std::array<std::vector<std::pair<double, double>>, kLabelRows> taken;  // occupied [left, right] per row
  const auto try_place = [&](PlacedLabel& l) {
    const double w = text_width(l.text, 11);
    l.anchor_end = l.x + 3 + w > kWidth - 4;
    const double left = l.anchor_end ? l.x - 3 - w : l.x + 3, right = left + w;
    for (int row = 0; row < kLabelRows; ++row) {
      const bool clear = std::none_of(taken[row].begin(), taken[row].end(), [&](const auto& r) {
        return left < r.second + 6 && r.first < right + 6;
      });
      if (clear) {
        l.row = row;
        taken[row].emplace_back(left, right);
        return true;
      }
    }
    return false;
  };
  for (std::size_t n = 0; n < order.size(); ++n) {
    const ChartEvent& e = chart.events[order[n]];
    if (e.x >= x_of.size()) continue;
    PlacedLabel l{n + 1, x_of[e.x], fmt::format("{} {}", n + 1, e.label), 0, false};
    if (!try_place(l)) {
      l.text = fmt::format("{}", n + 1);
      if (!try_place(l)) l.row = kLabelRows - 1;  // overlap accepted: the list under the chart stays complete
    }
    placed.push_back(std::move(l));
  }
  return placed;
}

// ---- the document ------------------------------------------------------------------------------------------------

class SvgWriter {
 public:
  SvgWriter(const Chart& chart, bool standalone) : c_(chart), standalone_(standalone) {}
  std::string write();

 private:
  void header_and_legend();
  void plot();
  void lists();
  void text(double x, double y, std::string_view content, std::string_view attrs = "");

  const Chart& c_;
  bool standalone_;
  std::string body_;
  double y_ = 0;  // next free vertical position
};

void SvgWriter::text(double x, double y, std::string_view content, std::string_view attrs) {
  body_ += fmt::format("<text x=\"{}\" y=\"{}\"{}{}>{}</text>\n", num(x), num(y), attrs.empty() ? "" : " ", attrs,
                       xml_escape(content));
}

void SvgWriter::header_and_legend() {
  y_ = 0;
  if (standalone_) {  // inside the HTML page, the page's own heading says it
    y_ = 30;
    text(kPlotLeft - 80, y_, c_.title, "font-size=\"18\" font-weight=\"bold\"");
    for (const auto& line : wrap_text(c_.subtitle, 120)) {
      if (line.empty()) break;
      y_ += kLineHeight + 2;
      text(kPlotLeft - 80, y_, line, "fill=\"#333\"");
    }
  }
  // Legend: a line sample drawn like the curve, then its name; entries flow in rows across the chart width.
  const auto styles = series_styles(c_);
  double x = kPlotLeft - 80;
  y_ += 26;
  for (std::size_t i = 0; i < c_.series.size(); ++i) {
    const double w = 44 + text_width(c_.series[i].name, 12) + 24;
    if (x > kPlotLeft - 80 && x + w > kPlotRight) {
      x = kPlotLeft - 80;
      y_ += kLineHeight + 4;
    }
    body_ += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"2.5\"{}/>\n",
                         num(x), num(y_ - 4), num(x + 36), num(y_ - 4), styles[i].colour, dash_attr(styles[i]));
    text(x + 42, y_, c_.series[i].name);
    x += w;
  }
}

void SvgWriter::plot() {
  const std::size_t n = c_.x_labels.size();
  std::vector<double> x_of(n);
  for (std::size_t i = 0; i < n; ++i)
    x_of[i] = n == 1 ? kPlotLeft + kPlotWidth / 2 : kPlotLeft + kPlotWidth * static_cast<double>(i) / (n - 1);

  const auto order = event_order(c_);
  const auto labels = place_labels(c_, order, x_of);
  int rows = 0;
  for (const auto& l : labels) rows = std::max(rows, l.row + 1);
  const double top = y_ + 14 + rows * kLabelRowHeight;
  const double bottom = top + kPlotHeight;

  const YScale ys = y_scale(c_);
  const double lo = to_double(ys.lo), hi = to_double(ys.hi);
  const auto y_of = [&](Decimal v) { return bottom - (to_double(v) - lo) / (hi - lo) * kPlotHeight; };

  // Grid and y ticks.
  const bool euros = c_.y_title.find("€") != std::string::npos;
  if (ys.has_values)
    for (Decimal v = ys.lo; v <= ys.hi; v += ys.step) {
      const double y = y_of(v);
      body_ += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#ddd\"/>\n", num(kPlotLeft), num(y),
                           num(kPlotRight), num(y));
      body_ += fmt::format("<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#000\"/>\n", num(kPlotLeft - 5),
                           num(y), num(kPlotLeft), num(y));
      text(kPlotLeft - 8, y + 4, tick_text(v, ys, euros), "text-anchor=\"end\" font-size=\"11\"");
    }
  // x ticks: a small one per position when they are far enough apart, a long one with a label where shown.
  const double spacing = n > 1 ? kPlotWidth / (n - 1) : kPlotWidth;
  if (spacing >= 4)
    for (std::size_t i = 0; i < n; ++i)
      body_ += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#000\"/>\n", num(x_of[i]),
                           num(bottom), num(bottom + 3));
  for (std::size_t i : shown_x_labels(c_)) {
    body_ += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#eee\"/>\n", num(x_of[i]),
                         num(top), num(bottom));
    body_ += fmt::format("<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#000\"/>\n", num(x_of[i]),
                         num(bottom), num(bottom + 6));
    text(x_of[i], bottom + 19, c_.x_labels[i], "text-anchor=\"middle\" font-size=\"11\"");
  }
  // Axes and their titles.
  body_ += fmt::format("<path d=\"M{0} {1}V{2}H{3}\" fill=\"none\" stroke=\"#000\"/>\n", num(kPlotLeft), num(top),
                       num(bottom), num(kPlotRight));
  if (!c_.x_title.empty()) text(kPlotLeft + kPlotWidth / 2, bottom + 40, c_.x_title, "text-anchor=\"middle\"");
  if (!c_.y_title.empty())
    text(0, 0, c_.y_title,
         fmt::format("text-anchor=\"middle\" transform=\"translate({} {}) rotate(-90)\"", num(kPlotLeft - 78),
                     num(top + kPlotHeight / 2)));
  if (n == 0 || !ys.has_values)
    text(kPlotLeft + kPlotWidth / 2, top + kPlotHeight / 2, n == 0 ? "Aucune donnée" : "Aucune valeur calculée",
         "text-anchor=\"middle\" fill=\"#555\"");

  // Event markers, under the curves: one line per position, from its highest label (two dashed lines on the same
  // x would merge into a solid one); labels with a white halo so that a crossing marker line does not hide them.
  for (std::size_t k = 0; k < labels.size(); ++k) {
    if (k > 0 && labels[k].x == labels[k - 1].x) continue;  // labels come sorted by x
    int highest = labels[k].row;
    for (std::size_t j = k; j < labels.size() && labels[j].x == labels[k].x; ++j)
      highest = std::max(highest, labels[j].row);
    body_ += fmt::format(
        "<line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#666\" stroke-dasharray=\"3 3\"/>\n",
        num(labels[k].x), num(top - 5 - highest * kLabelRowHeight), num(bottom));
  }
  for (const auto& l : labels) {
    const double label_y = top - 8 - l.row * kLabelRowHeight;
    text(l.anchor_end ? l.x - 3 : l.x + 3, label_y, l.text,
         fmt::format("font-size=\"11\"{} paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\"",
                     l.anchor_end ? " text-anchor=\"end\"" : ""));
  }

  // Curves: one polyline per run of computed values (a gap where a value is none); a lone value is a dot.
  const auto styles = series_styles(c_);
  for (std::size_t s = 0; s < c_.series.size(); ++s) {
    const auto& values = c_.series[s].values;
    body_ += fmt::format("<g fill=\"none\" stroke=\"{}\" stroke-width=\"2.2\" stroke-linejoin=\"round\"{}>\n",
                         styles[s].colour, dash_attr(styles[s]));
    for (std::size_t i = 0; i < n && i < values.size();) {
      if (!values[i]) {
        ++i;
        continue;
      }
      std::string points;
      std::size_t j = i;
      for (; j < n && j < values.size() && values[j]; ++j)
        points += fmt::format("{}{},{}", points.empty() ? "" : " ", num(x_of[j]), num(y_of(*values[j])));
      if (j - i == 1)
        body_ += fmt::format("<circle cx=\"{}\" cy=\"{}\" r=\"3\" fill=\"{}\" stroke=\"none\"/>\n", num(x_of[i]),
                             num(y_of(*values[i])), styles[s].colour);
      else
        body_ += fmt::format("<polyline points=\"{}\"/>\n", points);
      i = j;
    }
    body_ += "</g>\n";
  }
  y_ = bottom + (c_.x_title.empty() ? 30 : 52);
}

void SvgWriter::lists() {
  const auto line = [&](const std::string& content, double indent, std::string_view attrs = "") {
    y_ += kLineHeight;
    text(kPlotLeft - 80 + indent, y_, content, attrs);
  };
  if (!c_.events.empty()) {
    y_ += 8;
    line("Événements", 0, "font-weight=\"bold\"");
    const auto order = event_order(c_);
    for (std::size_t n = 0; n < order.size(); ++n) {
      const ChartEvent& e = c_.events[order[n]];
      std::string entry = fmt::format("{}. {} — {}", n + 1, event_x_label(c_, e), e.label);
      if (!e.source.empty()) entry += " — " + e.source;
      const auto wrapped = wrap_text(entry, kWrapChars);
      for (std::size_t k = 0; k < wrapped.size(); ++k)
        line(wrapped[k], k == 0 ? 0 : 24, k == 0 ? "" : "fill=\"#333\"");
    }
  }
  if (!c_.notes.empty()) {
    y_ += 8;
    line("Notes", 0, "font-weight=\"bold\"");
    for (const auto& note : c_.notes) {
      const auto wrapped = wrap_text(note, kWrapChars);
      for (std::size_t k = 0; k < wrapped.size(); ++k) line(wrapped[k], k == 0 ? 0 : 12);
    }
  }
  y_ += 12;
}

std::string SvgWriter::write() {
  header_and_legend();
  plot();
  if (standalone_) lists();
  const std::string height = fmt::format("{:.0f}", y_);
  return fmt::format(
             "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
             "role=\"img\" aria-labelledby=\"revalo-chart-title\" font-family=\"DejaVu Sans, Liberation Sans, "
             "Arial, sans-serif\" font-size=\"12\">\n"
             "<title id=\"revalo-chart-title\">{2}</title>\n<desc>{3}</desc>\n"
             "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n",
             fmt::format("{:.0f}", kWidth), height, xml_escape(c_.title), xml_escape(c_.subtitle)) +
         body_ + "</svg>\n";
}

}  // namespace

std::string chart_svg_figure(const Chart& chart, bool standalone) { return SvgWriter(chart, standalone).write(); }

}  // namespace chart_detail

std::string chart_svg(const Chart& chart) { return chart_detail::chart_svg_figure(chart, true); }

}  // namespace revalo
