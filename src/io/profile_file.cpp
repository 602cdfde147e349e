// Profile TOML files: each key is a profile field (profile.cpp) or one of its aliases (column_names.h), values as
// strings, integers, dates or booleans.
#include "profile_file.h"

#include <fmt/format.h>

#include "column_names.h"
#include "registry.h"
#include "text_file.h"

namespace revalo {

std::optional<Error> parse_profile_toml(const std::string& path, const std::string& text, Profile& p) {
  toml::table doc;
  try {
    doc = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    return make_error(ErrorKind::Input, fmt::format("{}:{}:{}: TOML invalide : {}", path, e.source().begin.line,
                                                    e.source().begin.column, e.description()));
  }
  return parse_profile_table(path, doc, p);
}

std::optional<Error> parse_profile_table(const std::string& path, const toml::table& table, Profile& p) {
  for (const auto& entry : table) {
    const auto& key = entry.first;  // not a structured binding: clang 14 cannot capture those in a lambda
    const toml::node& node = entry.second;
    auto where = [&](const std::string& msg) {
      return make_error(ErrorKind::Input,
                        fmt::format("{}:{}:{}: {}", path, node.source().begin.line, node.source().begin.column, msg));
    };
    std::string value;
    if (node.is_string()) value = *node.value<std::string>();
    else if (node.is_integer()) value = std::to_string(*node.value<std::int64_t>());
    else if (node.is_boolean()) value = *node.value<bool>() ? "yes" : "no";
    else if (node.is_date()) {
      auto d = *node.value<toml::date>();
      value = fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
    } else if (node.is_floating_point())
      return where(fmt::format("« {} » est un nombre à virgule flottante TOML, inexact : écrivez-le entre guillemets, par exemple \"7.5\"",
                               key.str()));
    else
      return where(fmt::format("« {} » doit être une chaîne, un entier, une date ou un booléen", key.str()));
    // A key may be a field written another way or a French alias ("heures_hebdo", "ancienneté").
    const std::string field = profile_field_column(key.str()).value_or(std::string(key.str()));
    if (auto e = set_any_profile_field(p, field, value)) return where(e->message);
  }
  return std::nullopt;
}

std::optional<Error> load_profile_file(const std::string& path, Profile& p) {
  auto text = read_text_file(path);
  if (!text) return make_error(ErrorKind::Input, fmt::format("impossible de lire le fichier de profil « {} »", path));
  return parse_profile_toml(path, *text, p);
}

}  // namespace revalo
