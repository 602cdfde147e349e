// Coefficient tables and point values of KALI articles (see kali_tables.h).
#include "kali_tables.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>
#include <optional>
#include <utility>

#include "names.h"

namespace revalo {
namespace {

// The digit after `word` in folded text ("degre 2" → 2), or -1.
int number_after(const std::string& folded, std::string_view word) {
  std::size_t p = folded.find(word);
  while (p != std::string::npos) {
    std::size_t q = p + word.size();
    while (q < folded.size() && folded[q] == ' ') ++q;
    if (q < folded.size() && std::isdigit(static_cast<unsigned char>(folded[q]))) return folded[q] - '0';
    p = folded.find(word, p + 1);
  }
  return -1;
}

std::string filiere(const std::string& folded) {
  if (folded.find("intervention") != std::string::npos) return "filière intervention";
  if (folded.find("support") != std::string::npos) return "filière support";
  return "";
}

// A cell that holds one coefficient: "Coefficient 363", "Coef. 308", "270".
std::optional<Decimal> coefficient_in(const std::string& text) {
  auto numbers = numbers_in(text);
  if (numbers.size() != 1) return std::nullopt;
  std::string rest = fold(text.substr(0, numbers[0].begin)) + fold(text.substr(numbers[0].end));
  for (std::string_view word : {"coefficient", "coef."}) {
    if (std::size_t p = rest.find(word); p != std::string::npos) rest.erase(p, word.size());
  }
  for (char c : rest)
    if (c != ' ') return std::nullopt;
  return numbers[0].value;
}

// Avenant 43 grid: catégorie, degré and échelon from the header cells above a value cell and left of it.
std::vector<KaliValue> position_values(const HtmlTable& t) {
  std::vector<KaliValue> out;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    for (std::size_t c = 0; c < t.rows[r].size(); ++c) {
      const HtmlCell& cell = t.rows[r][c];
      if (cell.header) continue;
      auto value = coefficient_in(cell.text);
      if (!value) continue;
      std::string context;
      for (std::size_t up = 0; up < r; ++up)
        if (t.rows[up][c].header) context += " " + t.rows[up][c].text;
      for (std::size_t left = 0; left < c; ++left)
        if (t.rows[r][left].header) context += " " + t.rows[r][left].text;
      std::string f = fold(context);
      std::string categorie = f.find("maitrise") != std::string::npos || f.find("technicien") != std::string::npos
                                  ? "tam"
                              : f.find("cadre") != std::string::npos   ? "cadre"
                              : f.find("employe") != std::string::npos ? "employe"
                                                                       : "";
      int degre = number_after(f, "degre"), echelon = number_after(f, "echelon");
      if (categorie.empty() || degre < 0 || echelon < 0) continue;
      std::string where = filiere(f);
      if (where.empty()) where = filiere(fold(t.caption));
      out.push_back({categorie + "." + std::to_string(degre) + "." + std::to_string(echelon), -1, *value, where});
    }
  }
  return out;
}

// The old category named last in a text ("… Article 7 Catégorie A" → 'A'), or 0.
char category_in(const std::string& text) {
  std::string f = fold(text);
  std::size_t p = f.rfind("categorie ");
  if (p == std::string::npos || p + 10 >= f.size()) return 0;
  char letter = f[p + 10];
  bool alone = p + 11 == f.size() || !std::isalnum(static_cast<unsigned char>(f[p + 11]));
  if (letter < 'a' || letter > 'i' || !alone) return 0;
  return static_cast<char>(std::toupper(static_cast<unsigned char>(letter)));
}

// Old grid: "Année | Coefficient" rows, the category named in the caption ("Catégorie A") or the heading.
std::vector<KaliValue> year_values(const HtmlTable& t, const std::string& heading) {
  std::vector<KaliValue> out;
  if (t.rows.empty() || t.rows[0].size() != 2) return out;
  if (fold(t.rows[0][0].text).rfind("annee", 0) != 0 || fold(t.rows[0][1].text).rfind("coefficient", 0) != 0)
    return out;
  char letter = category_in(t.caption);
  if (!letter) letter = category_in(heading);
  if (!letter) return out;
  std::string key(1, letter);
  for (std::size_t r = 1; r < t.rows.size(); ++r) {
    auto year = coefficient_in(t.rows[r][0].text);
    auto value = coefficient_in(t.rows[r][1].text);
    if (!year || !value || !year->is_integer() || year->integer_part() < 1 || year->integer_part() > 99) continue;
    out.push_back({key, static_cast<int>(year->integer_part()) - 1, *value, "catégorie " + key});
  }
  return out;
}

// The step a row names: « Début », « De début » → 0, « Après N an(s) » → N; -1 for any other row.
int step_after(const std::string& text) {
  const std::string f = fold(text);
  std::size_t p = f.find_first_not_of(' ');
  if (p == std::string::npos) return -1;
  std::string_view v = std::string_view(f).substr(p);
  if (v.starts_with("debut") || v.starts_with("de debut")) return 0;
  if (!v.starts_with("apres ")) return -1;
  auto numbers = numbers_in(v);
  if (numbers.empty() || !numbers[0].value.is_integer()) return -1;
  return static_cast<int>(numbers[0].value.integer_part());
}

// The cadre level a column header names (« Niveau III », « Si niveau I exigé »), or 0.
int level_in(const std::string& folded) {
  std::size_t p = folded.find("niveau ");
  if (p == std::string::npos) return 0;
  std::string_view rest = std::string_view(folded).substr(p + 7);
  if (rest.starts_with("iii")) return 3;
  if (rest.starts_with("ii")) return 2;
  if (rest.starts_with("i")) return 1;
  return 0;
}

// The key prefix of a step grid's value column from its header, the caption naming the cadre class; empty: not one.
std::string step_column(const std::string& header, const std::string& caption) {
  const std::string h = fold(header);
  if (h.find("anomalie") != std::string::npos || h.find("(1)") != std::string::npos) return "internat";
  if (h.rfind("coefficient", 0) == 0) return "externat";
  if (h.find("directeurs") != std::string::npos && h.find("generaux") != std::string::npos)
    return h.find("adjoint") != std::string::npos ? "dga" : "dg";
  const int level = level_in(h);
  const std::string c = fold(caption);
  std::size_t p = c.rfind("cadres classe ");
  if (!level || p == std::string::npos || p + 14 >= c.size()) return "";
  const char classe = c[p + 14];
  if (classe < '1' || classe > '3') return "";
  return fmt::format("{}.{}", classe, level);
}

}  // namespace

std::vector<KaliValue> step_values(const HtmlTable& t) {
  std::vector<KaliValue> out;
  std::size_t first = 0;
  while (first < t.rows.size() && (t.rows[first].empty() || step_after(t.rows[first][0].text) != 0)) ++first;
  if (first == 0 || first == t.rows.size()) return out;
  // The header: the nearest row above the first step that names a column.
  std::size_t header = first;
  while (header-- > 0) {
    const auto& row = t.rows[header];
    if (std::any_of(row.begin() + 1, row.end(), [](const HtmlCell& c) { return !fold(c.text).empty(); })) break;
  }
  if (header >= first) return out;
  std::vector<std::string> columns;
  for (const auto& cell : t.rows[header]) columns.push_back(step_column(cell.text, t.lead + " " + t.caption));
  for (std::size_t r = first; r < t.rows.size(); ++r) {
    const int after = step_after(t.rows[r][0].text);
    if (after < 0) continue;
    for (std::size_t c = 1; c < t.rows[r].size() && c < columns.size(); ++c) {
      if (columns[c].empty()) continue;
      auto value = coefficient_in(t.rows[r][c].text);
      if (value) out.push_back({fmt::format("{}.{}", columns[c], after), -1, *value, ""});
    }
  }
  return out;
}

std::string fold(std::string_view text) {
  static const std::pair<std::string_view, std::string_view> kMap[] = {
      {"é", "e"}, {"è", "e"}, {"ê", "e"}, {"ë", "e"}, {"É", "e"}, {"È", "e"}, {"Ê", "e"}, {"à", "a"},
      {"â", "a"}, {"ä", "a"}, {"À", "a"}, {"Â", "a"}, {"î", "i"}, {"ï", "i"}, {"Î", "i"}, {"ô", "o"},
      {"ö", "o"}, {"Ô", "o"}, {"ù", "u"}, {"û", "u"}, {"ü", "u"}, {"Û", "u"}, {"ç", "c"}, {"Ç", "c"},
      {"œ", "oe"}, {"Œ", "oe"}, {"’", "'"}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool mapped = false;
    if (static_cast<unsigned char>(text[i]) >= 0x80) {
      for (const auto& [from, to] : kMap) {
        if (text.substr(i, from.size()) == from) {
          out += to;
          i += from.size();
          mapped = true;
          break;
        }
      }
    }
    if (!mapped) out += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
  }
  return out;
}

std::vector<KaliValue> coefficient_values(const HtmlTable& table, const std::string& heading) {
  auto years = year_values(table, heading);
  return years.empty() ? position_values(table) : years;
}

std::vector<KaliTable> coefficient_tables(const KaliArticle& article) {
  std::vector<KaliTable> out;
  int number = 0;
  for (const HtmlTable& t : html_tables(article.html)) {
    ++number;
    auto values = coefficient_values(t, article.surtitre);
    if (!values.empty()) {
      out.push_back({article.id, number, t.caption, std::move(values)});
    } else if (auto steps = step_values(t); !steps.empty()) {
      out.push_back({article.id, number, t.caption, std::move(steps), true});
    }
  }
  return out;
}

std::vector<Decimal> stated_point_values(std::string_view text) {
  std::vector<Decimal> out;
  const std::string lower = ascii_lower(text);
  constexpr std::string_view kPhrase = "valeur du point est";
  for (std::size_t p = lower.find(kPhrase); p != std::string::npos; p = lower.find(kPhrase, p + 1)) {
    std::size_t from = p + kPhrase.size();
    std::string_view window = std::string_view(text).substr(from, 160);
    for (const auto& n : numbers_in(window)) {
      std::size_t q = n.end;
      while (q < window.size() && window[q] == ' ') ++q;
      std::string_view after = window.substr(q);
      if (after.substr(0, 3) == "€" || ascii_lower(after.substr(0, 4)) == "euro") {
        out.push_back(n.value);
        break;
      }
    }
  }
  return out;
}

}  // namespace revalo
