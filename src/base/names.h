// Name matching for "did you mean" suggestions (jobs, conventions, fields, grids, measures), and lists of names
// written as words separated by spaces (a grid rule listing categories or line codes).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace revalo {

// Lowercase ASCII with accents removed, and ' ', '_', '\'' and '-' all read as '-'.
std::string normalize_name(std::string_view name);
// Levenshtein distance between two strings (bytes).
std::size_t edit_distance(std::string_view a, std::string_view b);
// The n known names nearest to `name` (edit distance on normalized names).
std::vector<std::string> nearest_names(std::string_view name, const std::vector<std::string>& known, std::size_t n = 3);
// The known names near enough to `typed` to be a typo of it (a transposition, a couple of letters, or a part of it),
// nearest first, at most n: the « vouliez-vous dire » of an option, a subcommand, a value or a code.
std::vector<std::string> close_names(std::string_view typed, const std::vector<std::string>& known, std::size_t n = 2);

// ASCII letters lowered, other bytes kept (accents stay as written).
std::string ascii_lower(std::string_view s);
// Whether two names are equal, ASCII case ignored ("BAD" is "bad").
bool same_ignoring_case(std::string_view a, std::string_view b);

// The words of a space-separated list ("F G H I"), empty words skipped; views into `list`.
std::vector<std::string_view> words(std::string_view list);
// Whether `word` is one of the words of `list`.
bool has_word(std::string_view list, std::string_view word);

}  // namespace revalo
