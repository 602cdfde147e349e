// Métier headings with their reference coefficient and yearly percentage tables in KALI (see kali_regroupement.h).
#include "kali_regroupement.h"

#include <cctype>
#include <regex>
#include <string>

#include <fmt/format.h>

#include "kali_html.h"

namespace revalo {
namespace {

bool word_char(char ch) { return std::isalpha(static_cast<unsigned char>(ch)) || ch == '-' || ch == '\''; }

// Folded words joined by '-': "encadrant d'unite de soins" → "encadrant-d-unite-de-soins". With `lead`, only the
// leading words made of letters (hyphen and apostrophe included).
std::string slug(const std::string& folded, bool lead) {
  std::string out;
  std::size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && folded[i] == ' ') ++i;
    std::size_t end = folded.find(' ', i);
    if (end == std::string::npos) end = folded.size();
    std::string word = folded.substr(i, end - i);
    i = end;
    if (word.empty()) continue;
    bool plain = true;
    for (char ch : word) plain = plain && word_char(ch);
    if (lead && !plain) break;
    for (char ch : word) {
      const bool alnum = std::isalnum(static_cast<unsigned char>(ch));
      if (alnum) out += ch;
      else if (!out.empty() && out.back() != '-') out += '-';
    }
    if (!out.empty() && out.back() != '-') out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace

std::vector<KaliValue> reference_coefficients(const KaliArticle& a) {
  std::vector<KaliValue> out;
  const std::string& html = a.html;
  static const std::string kMark = "Coef. R";
  for (std::size_t pos = html.find(kMark); pos != std::string::npos; pos = html.find(kMark, pos + 1)) {
    std::size_t start = html.rfind("<p", pos);
    std::size_t end = html.find("</p>", pos);
    if (start == std::string::npos || end == std::string::npos) continue;
    const std::string text = html_to_text(std::string_view(html).substr(start, end - start));
    const std::size_t at = text.find(kMark);
    if (at == std::string::npos) continue;
    auto numbers = numbers_in(std::string_view(text).substr(at));
    if (numbers.empty()) continue;
    const std::string heading = fold(text.substr(0, at));
    for (bool lead : {false, true}) {
      std::string key = slug(heading, lead);
      if (key.empty() || (lead && key == slug(heading, false))) continue;
      out.push_back(KaliValue{key, -1, numbers.front().value, text.substr(0, at)});
    }
  }
  return out;
}

bool compare_reference_coefficient(CellCheck& c, const KaliArticle& a) {
  bool found = false;
  for (const KaliValue& kv : reference_coefficients(a)) {
    if (kv.key != c.key || c.index >= 0) continue;
    if (!found || (c.status == KaliStatus::Ok && kv.value != c.ours)) {
      c.kali = kv.value;
      c.where = kv.where;
      c.status = kv.value == c.ours ? KaliStatus::Ok : KaliStatus::Differs;
    }
    found = true;
  }
  return found;
}

std::optional<Decimal> point_value_on(std::string_view text, Date d) {
  const std::string folded = fold(text);
  const std::size_t start = folded.find("valeur du point");
  if (start == std::string::npos) return std::nullopt;
  const std::size_t next = folded.find("valeur du point", start + 1);
  const std::string sentence = folded.substr(start, next == std::string::npos ? std::string::npos : next - start);
  static const char* const kMonths[] = {"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
                                        "aout", "septembre", "octobre", "novembre", "decembre"};
  static const std::regex kDated(R"(([0-9]+(?:,[0-9]+)?) ?(?:€|euros?) (?:au|a compter du) ([0-9]{1,2})(?:er)? ([a-z]+) ([0-9]{4}))");
  for (std::sregex_iterator it(sentence.begin(), sentence.end(), kDated), end; it != end; ++it) {
    const auto& m = *it;
    int month = 0;
    for (int i = 0; i < 12; ++i)
      if (m[3].str() == kMonths[i]) month = i + 1;
    auto day = Date::from_ymd(std::stoi(m[4].str()), month, std::stoi(m[2].str()));
    if (!month || !day || *day != d) continue;
    auto numbers = numbers_in(m[1].str());
    if (!numbers.empty()) return numbers.front().value;
  }
  return std::nullopt;
}

std::vector<std::pair<int, Decimal>> yearly_values(const KaliArticle& a) {
  std::vector<std::pair<int, Decimal>> out;
  for (const HtmlTable& t : html_tables(a.html)) {
    if (t.rows.empty() || t.rows.front().empty() || fold(t.rows.front().front().text).rfind("annee", 0) != 0) continue;
    for (std::size_t r = 1; r < t.rows.size(); ++r) {
      if (t.rows[r].size() < 2) continue;
      auto year = numbers_in(t.rows[r][0].text);
      auto value = numbers_in(t.rows[r][1].text);
      if (year.size() != 1 || value.size() != 1 || !year.front().value.is_integer()) continue;
      out.emplace_back(static_cast<int>(year.front().value.integer_part()), value.front().value);
    }
  }
  return out;
}

ParamCheck check_yearly_scale(const Parameter& p, const KaliDoc& kali) {
  ParamCheck out{p.id, p.label, p.file, {}};
  for (const Version& v : p.versions) {
    const std::string& id = !v.provenance.kali.empty() ? v.provenance.kali : p.kali;
    if (id.empty()) continue;
    const KaliArticle* a = kali.article(id);
    std::vector<std::pair<int, Decimal>> rows = a ? yearly_values(*a) : std::vector<std::pair<int, Decimal>>{};
    if (rows.empty()) {
      CellCheck c;
      c.version_from = v.from;
      c.article_id = id;
      c.source = v.provenance.source;
      c.reason = a ? fmt::format("l'article {} n'a pas de tableau par année", id)
                   : fmt::format("l'article {} n'est pas dans ce fichier KALI", id);
      out.cells.push_back(std::move(c));
      continue;
    }
    for (const auto& [year, value] : rows) {
      CellCheck c;
      c.version_from = v.from;
      c.key = fmt::format("année {}", year);
      c.article_id = id;
      c.kali_date = a->date;
      c.source = v.provenance.source;
      const ScaleStep* step = scale_step(v, Decimal::from_int(year));
      if (!step || !step->value) {
        c.reason = fmt::format("la grille n'a pas de valeur pour l'année {}", year);
        c.kali = value;
      } else {
        c.ours = *step->value;
        c.kali = value;
        c.status = value == *step->value ? KaliStatus::Ok : KaliStatus::Differs;
      }
      out.cells.push_back(std::move(c));
    }
  }
  return out;
}

}  // namespace revalo
