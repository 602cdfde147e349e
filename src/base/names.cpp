// Name matching for "did you mean" suggestions: accent- and case-insensitive forms and edit distance.
#include "names.h"

#include <algorithm>
#include <cctype>

namespace revalo {

std::string normalize_name(std::string_view in) {
  // UTF-8 accented letters of French, folded to ASCII.
  static const std::pair<std::string_view, char> kFold[] = {
      {"à", 'a'}, {"â", 'a'}, {"ä", 'a'}, {"ç", 'c'}, {"é", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"ë", 'e'},
      {"î", 'i'}, {"ï", 'i'}, {"ô", 'o'}, {"ö", 'o'}, {"ù", 'u'}, {"û", 'u'}, {"ü", 'u'}, {"ÿ", 'y'},
      {"À", 'a'}, {"Â", 'a'}, {"Ç", 'c'}, {"É", 'e'}, {"È", 'e'}, {"Ê", 'e'}, {"Î", 'i'}, {"Ô", 'o'},
      {"Û", 'u'}, {"Ë", 'e'}, {"Ï", 'i'}, {"Ù", 'u'}, {"Ü", 'u'}, {"’", '-'}};
  std::string out;
  for (std::size_t i = 0; i < in.size();) {
    bool folded = false;
    for (const auto& [utf8, ascii] : kFold) {
      if (in.substr(i, utf8.size()) == utf8) {
        out += ascii;
        i += utf8.size();
        folded = true;
        break;
      }
    }
    if (folded) continue;
    char c = in[i++];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ' ' || c == '_' || c == '\'' || c == '(' || c == ')') c = '-';
    if (c == '-' && (out.empty() || out.back() == '-')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::vector<std::string> nearest_names(std::string_view name, const std::vector<std::string>& known, std::size_t n) {
  std::string key = normalize_name(name);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const auto& k : known) {
    std::string nk = normalize_name(k);
    std::size_t d = edit_distance(key, nk);
    // A name that contains what was typed (or the reverse) is a better match than its distance says.
    if (!key.empty() && (nk.find(key) != std::string::npos || key.find(nk) != std::string::npos)) d = d / 4;
    scored.emplace_back(d, k);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (const auto& [d, k] : scored) {
    if (out.size() == n) break;
    if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
  }
  return out;
}

std::vector<std::string> close_names(std::string_view typed, const std::vector<std::string>& known, std::size_t n) {
  std::vector<std::string> out;
  const std::string a = normalize_name(typed);
  if (a.size() < 3) return out;  // one or two letters are near anything: no guess
  const std::size_t limit = std::max<std::size_t>(2, a.size() / 3);
  for (const auto& name : nearest_names(typed, known, n)) {
    const std::string b = normalize_name(name);
    if (edit_distance(a, b) <= limit || (a.size() >= 3 && b.find(a) != std::string::npos)) out.push_back(name);
  }
  return out;
}

std::vector<std::string_view> words(std::string_view list) {
  std::vector<std::string_view> out;
  for (std::size_t start = 0; start < list.size();) {
    std::size_t end = std::min(list.find(' ', start), list.size());
    if (end > start) out.push_back(list.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool has_word(std::string_view list, std::string_view word) {
  for (std::string_view w : words(list))
    if (w == word) return true;
  return false;
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace revalo
