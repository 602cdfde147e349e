// The names users' files give to revalo's input columns and keys: a batch exported from a French spreadsheet
// (`Matricule;Ancienneté;Heures`), a paid file (`mois;brut`), a profile file (`heures_hebdo = "35"`). A name matches a
// field written with any case, accents or separators ("Diploma Level", "ANCIENNETE"), or one of its French aliases.
// The tables are documented in docs/columns.md.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace revalo {

struct ColumnAliases {
  std::string_view name;                   // revalo's field or column name
  std::vector<std::string_view> aliases;   // French names of it
};

// Aliases of the profile fields (batch columns, JSON keys, profile file keys).
const std::vector<ColumnAliases>& profile_column_aliases();
// Aliases of the columns of a paid file (rappel --paid): month, gross, net.
const std::vector<ColumnAliases>& paid_column_aliases();

// True when two column names are the same once case, accents and separators (' ', '_', '-', '\'') are ignored.
bool same_column(std::string_view a, std::string_view b);

// The name among `names` that `header` denotes (directly or through `aliases`); none when it denotes none.
std::optional<std::string> canonical_column(std::string_view header, const std::vector<std::string>& names,
                                            const std::vector<ColumnAliases>& aliases);
// The profile field a column or key denotes (every agreement's fields, registry.h); none when it denotes none.
std::optional<std::string> profile_field_column(std::string_view header);

}  // namespace revalo
