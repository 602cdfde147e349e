// The command line in French: the help layout and its words, the parse errors CLI11 would print in English (unknown
// option or subcommand, bad value, missing option) with « vouliez-vous dire », and the checks of enumerated values.
#pragma once
#include <CLI/CLI.hpp>

#include <functional>
#include <string>
#include <vector>

#include "profile.h"

namespace revalo {

// French help layout, help flag and --version (printing `version()`) on the root app: call it before adding the
// subcommands, which inherit them.
void set_french_cli(CLI::App& app, std::function<std::string()> version);
// Once every subcommand is added: their group title in the help.
void set_french_groups(CLI::App& app);

// The French message of a parse error, with the nearest option, subcommand or value when one was mistyped, and the
// help command to read. `app` is the root, after parse() threw.
std::string parse_error_fr(const CLI::App& app, const CLI::ParseError& e);

// Checks that an option's value is one of `values`; the error names them and suggests the nearest.
CLI::Validator one_of(std::vector<std::string> values);

// The placeholder of a profile field's value in the help ("NOMBRE", "DATE").
std::string field_value_name(const ProfileField& f);

}  // namespace revalo
