// Name matching for "did you mean" suggestions (jobs, conventions, fields, grids, measures), and lists of names
// written as words separated by spaces (a grid rule listing categories or line codes).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace revalo {

// Lowercase ASCII with accents removed, and ' ', '_', '\'' and '-' all read as '-'.
std::string normalize_name(std::string_view name);
// The n known names nearest to `name` (edit distance on normalized names).
std::vector<std::string> nearest_names(std::string_view name, const std::vector<std::string>& known, std::size_t n = 3);

// The words of a space-separated list ("F G H I"), empty words skipped; views into `list`.
std::vector<std::string_view> words(std::string_view list);
// Whether `word` is one of the words of `list`.
bool has_word(std::string_view list, std::string_view word);

}  // namespace revalo
