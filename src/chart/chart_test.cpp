// Tests of the chart writers (chart_svg.cpp, chart_html.cpp, chart_text.cpp) on small hand-made charts. The real
// outputs of `revalo history/career --format svg|html` are parsed by tests/svg_check.cpp (tests/charts.cmake).
#include <doctest/doctest.h>

#include <algorithm>
#include <fmt/format.h>

#include "chart.h"
#include "chart_internal.h"

namespace revalo {
namespace {

using chart_detail::wrap_text;
using chart_detail::xml_escape;

Decimal dec(const char* text) { return *Decimal::parse(text); }

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + needle.size())) ++n;
  return n;
}

bool has_text(const std::string& svg, const std::string& content) {
  return svg.find(">" + content + "</text>") != std::string::npos;
}

// 2020-01 … 2026-06 (78 months), as `revalo history --from 2020-01 --to 2026-06` draws them.
std::vector<std::string> months_2020_2026() {
  std::vector<std::string> labels;
  for (int y = 2020; y <= 2026; ++y)
    for (int m = 1; m <= (y == 2026 ? 6 : 12); ++m) labels.push_back(fmt::format("{:04}-{:02}", y, m));
  return labels;
}

Chart two_values(const char* a, const char* b) {
  Chart c;
  c.title = "Test";
  c.y_title = "€ brut mensuel";
  c.x_labels = {"0", "1"};
  c.series = {{"Brut", {dec(a), dec(b)}, false}};
  return c;
}

TEST_CASE("xml_escape: markup characters, control characters and invalid UTF-8") {
  CHECK(xml_escape("Tom & \"Jerry\" <b>l'été</b>") == "Tom &amp; &quot;Jerry&quot; &lt;b&gt;l&#39;été&lt;/b&gt;");
  CHECK(xml_escape("a\x01z") == "a\xEF\xBF\xBDz");      // not allowed anywhere in XML 1.0
  CHECK(xml_escape("a\xC3z") == "a\xEF\xBF\xBDz");      // truncated sequence
  CHECK(xml_escape("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  CHECK(xml_escape("€ ligne\tA\n") == "€ ligne\tA\n");
}

TEST_CASE("wrap_text: at spaces, a long word kept whole") {
  CHECK(wrap_text("un deux trois quatre", 9) == std::vector<std::string>{"un deux", "trois", "quatre"});
  CHECK(wrap_text("anticonstitutionnellement x", 5) == std::vector<std::string>{"anticonstitutionnellement", "x"});
  CHECK(wrap_text("", 10) == std::vector<std::string>{""});
  CHECK(wrap_text("éé éé", 5) == std::vector<std::string>{"éé éé"});  // counted in characters, not bytes
}

TEST_CASE("chart_svg: a self-contained document, every user text escaped") {
  Chart c = two_values("1500", "1600");
  c.title = "Paie de <Zoé> & \"Léa\"";
  c.subtitle = "Profil <script>alert(1)</script>";
  c.series[0].name = "Brut <mensuel>";
  c.events = {{1, "Point < 6 €", "Texte \"A&B\""}};
  c.notes = {"Note <n>"};
  const std::string svg = chart_svg(c);
  CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  CHECK(svg.ends_with("</svg>\n"));
  CHECK(svg.find("viewBox=\"0 0 960 ") != std::string::npos);
  CHECK(svg.find("<title id=\"revalo-chart-title\">Paie de &lt;Zoé&gt; &amp; &quot;Léa&quot;</title>") !=
        std::string::npos);
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("<Zoé>") == std::string::npos);
  CHECK(svg.find("<mensuel>") == std::string::npos);
  CHECK(svg.find("<n>") == std::string::npos);
  CHECK(svg.find("href") == std::string::npos);  // nothing fetched: no link, font or image
  CHECK(has_text(svg, "Brut &lt;mensuel&gt;"));
  CHECK(has_text(svg, "1. 1 — Point &lt; 6 € — Texte &quot;A&amp;B&quot;"));
}

TEST_CASE("chart_svg: y ticks are round amounts in French format, from a rounded minimum") {
  const std::string svg = chart_svg(two_values("1781.00", "2111.22"));
  // About five intervals over 330 €: steps of 100 €, from 1 700 € to 2 200 €.
  for (const char* tick : {"1 700 €", "1 800 €", "1 900 €", "2 000 €", "2 100 €", "2 200 €"})
    CHECK(has_text(svg, tick));
  CHECK_FALSE(has_text(svg, "1 600 €"));
  CHECK_FALSE(has_text(svg, "0 €"));  // not from zero: the changes would be invisible

  // Small differences get cents; a y title without € gets plain numbers.
  Chart small = two_values("10.10", "10.20");
  small.y_title = "Points";
  const std::string s2 = chart_svg(small);
  CHECK(has_text(s2, "10,10"));
  CHECK(has_text(s2, "10,20"));

  // A flat curve sits between two ticks instead of collapsing the axis.
  const std::string flat = chart_svg(two_values("1500", "1500"));
  CHECK(has_text(flat, "1 400 €"));
  CHECK(has_text(flat, "1 600 €"));
}

TEST_CASE("chart_svg: x labels thinned, 78 months show each January") {
  Chart c;
  c.x_labels = months_2020_2026();
  ChartSeries s{"Brut", {}, false};
  for (std::size_t i = 0; i < c.x_labels.size(); ++i) s.values.push_back(Decimal::from_int(1800 + static_cast<int>(i)));
  c.series = {s};
  const std::string svg = chart_svg(c);
  for (int y = 2020; y <= 2026; ++y) CHECK(has_text(svg, fmt::format("{}-01", y)));
  CHECK_FALSE(has_text(svg, "2021-02"));
  CHECK_FALSE(has_text(svg, "2021-07"));
  CHECK(count(svg, "text-anchor=\"middle\" font-size=\"11\"") == 7);

  // 0–30 years of seniority: every other year.
  Chart career;
  for (int i = 0; i <= 30; ++i) career.x_labels.push_back(std::to_string(i));
  const std::string svg2 = chart_svg(career);
  CHECK(has_text(svg2, "30"));
  CHECK(has_text(svg2, "14"));
  CHECK_FALSE(has_text(svg2, "15"));
}

TEST_CASE("chart_svg: a missing value breaks the curve, a lone value is a dot") {
  Chart c;
  c.x_labels = {"a", "b", "c", "d", "e", "f"};
  c.series = {{"Brut", {dec("1"), dec("2"), std::nullopt, dec("3"), dec("4"), std::nullopt}, false},
              {"Net", {std::nullopt, std::nullopt, dec("2"), std::nullopt}, true}};  // shorter than x_labels
  const std::string svg = chart_svg(c);
  CHECK(count(svg, "<polyline") == 2);
  CHECK(count(svg, "<circle") == 1);
  // The dashed series is drawn dashed, in the legend too; the plain one is solid.
  CHECK(count(svg, "stroke-dasharray=\"7 4\"") == 2);
}

TEST_CASE("chart_svg: events are numbered in date order, drawn, and listed with their sources") {
  Chart c = two_values("1500", "1600");
  c.x_labels = months_2020_2026();
  c.series[0].values.resize(c.x_labels.size(), dec("1600"));
  c.events = {{42, "Point 59,07 €", "Décret 2023-519"},
              {8, "CTI 24 points", "Décret 2020-1152"},
              {11, "CTI 49 points", "Décret 2022-161"},
              {30, "Point 58,20 €", "Décret 2022-994"},
              {30, "SMIC 1 678,95 €", "Décret 2022-1131"},
              {500, "Hors période", ""}};
  const std::string svg = chart_svg(c);
  CHECK(has_text(svg, "1 CTI 24 points"));
  CHECK(has_text(svg, "2 CTI 49 points"));
  CHECK(has_text(svg, "3 Point 58,20 €"));
  CHECK(has_text(svg, "4 SMIC 1 678,95 €"));
  CHECK(has_text(svg, "5 Point 59,07 €"));
  CHECK(has_text(svg, "1. 2020-09 — CTI 24 points — Décret 2020-1152"));
  CHECK(has_text(svg, "5. 2023-07 — Point 59,07 € — Décret 2023-519"));
  CHECK(has_text(svg, "6. ? — Hors période"));
  // Two events on 2022-07 share one marker line; the others have one each (the out-of-range one none).
  CHECK(count(svg, "stroke=\"#666\" stroke-dasharray=\"3 3\"") == 4);
}

TEST_CASE("chart_svg: crowded event labels are staggered, then reduced to their number") {
  Chart c;
  for (int i = 0; i < 30; ++i) c.x_labels.push_back(std::to_string(i));
  for (std::size_t i = 0; i < 30; ++i) c.events.push_back({i, "Une étiquette assez longue", ""});
  const std::string svg = chart_svg(c);
  // The list has all 30; above the plot, the first four take the four rows and the fifth is crowded out.
  const std::size_t full = count(svg, "Une étiquette assez longue</text>");
  CHECK(full >= 30 + 4);
  CHECK(full < 30 + 30);
  CHECK(has_text(svg, "1 Une étiquette assez longue"));
  CHECK(has_text(svg, "4 Une étiquette assez longue"));
  CHECK(has_text(svg, "5"));  // odd positions have no x label: this is marker 5 with its number only
}

TEST_CASE("chart_svg: an empty chart and a single point do not crash") {
  const std::string empty = chart_svg(Chart{});
  CHECK(empty.starts_with("<svg"));
  CHECK(has_text(empty, "Aucune donnée"));

  Chart no_values;
  no_values.x_labels = {"2020-01", "2020-02"};
  no_values.series = {{"Brut", {std::nullopt, std::nullopt}, false}};
  CHECK(has_text(chart_svg(no_values), "Aucune valeur calculée"));

  Chart one;
  one.x_labels = {"2024-01"};
  one.series = {{"Brut", {dec("1801.80")}, false}};
  one.events = {{0, "SMIC", ""}};
  const std::string svg = chart_svg(one);
  CHECK(count(svg, "<circle") == 1);
  CHECK(has_text(svg, "2024-01"));
  CHECK(has_text(svg, "1 SMIC"));
}

TEST_CASE("chart_html: one page with the chart, the events, the table and the notes, no script") {
  Chart c = two_values("1500", "1600");
  c.title = "Historique <Léa>";
  c.subtitle = "AS & AES";
  c.events = {{1, "Point 58,20 €", "Décret 2022-994"}};
  c.notes = {"Arrondi au centime."};
  ChartTable t{{"Mois", "Brut", "Règle"},
               {{"2022-07", "1 600,00 €", "Point <nouveau>"}, {"2022-08", "-12,5 %", "—"}}};
  const std::string html = chart_html(c, t);
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
  CHECK(html.find("<meta charset=\"utf-8\" />") != std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);
  CHECK(html.find("<title>Historique &lt;Léa&gt;</title>") != std::string::npos);
  CHECK(html.find("<h1>Historique &lt;Léa&gt;</h1>") != std::string::npos);
  CHECK(html.find("<p class=\"subtitle\">AS &amp; AES</p>") != std::string::npos);
  CHECK(count(html, "<svg xmlns") == 1);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<span class=\"when\">1</span> — Point 58,20 €"
                  "<span class=\"source\">Source : Décret 2022-994</span>") != std::string::npos);
  CHECK(html.find("<th scope=\"col\">Règle</th>") != std::string::npos);
  CHECK(html.find("<td class=\"num\">1 600,00 €</td>") != std::string::npos);
  CHECK(html.find("<td class=\"num\">-12,5 %</td>") != std::string::npos);
  CHECK(html.find("<td>Point &lt;nouveau&gt;</td>") != std::string::npos);
  CHECK(html.find("<li>Arrondi au centime.</li>") != std::string::npos);
  CHECK(html.ends_with("</html>\n"));
  // The inline chart leaves its heading and lists to the page: the title is not drawn twice.
  CHECK(count(html, "Historique &lt;Léa&gt;</text>") == 0);

  const std::string bare = chart_html(Chart{}, ChartTable{});
  CHECK(bare.find("<table") == std::string::npos);
  CHECK(bare.find("Événements") == std::string::npos);
}

}  // namespace
}  // namespace revalo
