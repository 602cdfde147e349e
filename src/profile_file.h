// Reads a profile TOML file (same field names as the flags, with '_' for '-').
#pragma once
#include <string>

#include "profile.h"
#include "result.h"

namespace revalo {

// Parses `text` (named `path` in messages) into `p`, field by field on top of what `p` holds.
std::optional<Error> parse_profile_toml(const std::string& path, const std::string& text, Profile& p);
// Reads the file then parses it.
std::optional<Error> load_profile_file(const std::string& path, Profile& p);

}  // namespace revalo
