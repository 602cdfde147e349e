// Reads a profile TOML file (same field names as the flags, with '_' for '-').
#pragma once
#include <string>

#include <toml++/toml.h>

#include "profile.h"
#include "result.h"

namespace revalo {

// Parses `text` (named `path` in messages) into `p`, field by field on top of what `p` holds.
std::optional<Error> parse_profile_toml(const std::string& path, const std::string& text, Profile& p);
// The same for a table already parsed (a payslip file's [profile], payslip_file.h); messages located in `path`.
std::optional<Error> parse_profile_table(const std::string& path, const toml::table& table, Profile& p);
// Reads the file then parses it.
std::optional<Error> load_profile_file(const std::string& path, Profile& p);

}  // namespace revalo
