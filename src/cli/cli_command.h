// One subcommand of the command line: it registers its options on the CLI11 app, then, once the grids are loaded,
// runs. Each subcommand lives in its own cli_<name>.cpp; cli.cpp only lists them and loads the grids.
#pragma once
#include <CLI/CLI.hpp>

#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "cli_french.h"
#include "date.h"
#include "format.h"
#include "grid_model.h"
#include "grid_sources.h"
#include "pay.h"
#include "profile.h"
#include "result.h"

namespace revalo {

// What a running subcommand gets: the grid files (a scenario overlays them), the loaded law, the streams.
struct CliContext {
  const std::vector<GridSource>& sources;
  const GridSet& grids;
  std::ostream& out;
  std::ostream& err;
};

class Command {
 public:
  virtual ~Command() = default;
  // Adds its subcommand (and options) to `app`; returns it so the caller can ask whether it was parsed.
  virtual CLI::App* add_to(CLI::App& app) = 0;
  // A directory of grid files this subcommand wants loaded instead of --grids (grids check DIR).
  virtual std::string grids_dir() const { return {}; }
  virtual int run(const CliContext& ctx) = 0;
};

// The subcommands, in help order (cli.cpp).
std::unique_ptr<Command> make_pay_command();
std::unique_ptr<Command> make_compare_command();
std::unique_ptr<Command> make_eligibility_command();
std::unique_ptr<Command> make_batch_command();
std::unique_ptr<Command> make_check_command();
std::unique_ptr<Command> make_scenario_command();
std::unique_ptr<Command> make_history_command();
std::unique_ptr<Command> make_rappel_command();
std::unique_ptr<Command> make_career_command();
std::unique_ptr<Command> make_grids_command();

// --- Helpers shared by the subcommands (cli_common.cpp) ---

// Prints "revalo: message" on `err` and returns the error's exit code.
int fail(std::ostream& err, const Error& e);

// The profile flags (one per profile field, profile.h) and --profile FILE.
struct ProfileOptions {
  std::string profile_file;
  std::map<std::string, std::string> values;  // field → text, from flags
};
void add_profile_options(CLI::App* cmd, ProfileOptions& po);
// The profile file, then the flags over it.
Result<Profile> build_profile(const ProfileOptions& po);

// The profile, which must carry its date (--at): for the commands that compute at one date.
Result<Profile> build_dated_profile(const ProfileOptions& po, std::string_view command);

// --format text|json|csv, --explain, --csv-fr.
struct OutputOptions {
  std::string format = "text";
  bool explain = false;
  bool csv_fr = false;
  FormatOptions format_options() const { return {explain, csv_fr}; }
  // Calls the formatter --format asks for; each takes the FormatOptions.
  template <typename Text, typename Json, typename Csv>
  std::string render(Text text, Json json, Csv csv) const {
    FormatOptions fo = format_options();
    return format == "json" ? json(fo) : format == "csv" ? csv(fo) : text(fo);
  }
};
void add_output_options(CLI::App* cmd, OutputOptions& oo);

// Today's date (UTC), for options whose default is "today" (--claim-date, scenario breakeven --at). Only the CLI
// reads the clock; the calculator receives dates.
Date today();

// A date option's value, or a usage error naming the option.
Result<Date> parse_date_option(const std::string& name, const std::string& value);

// The two dates of a comparison: --before and --after, or --measure; and the position at each date.
struct TwoDateOptions {
  std::string before, after, measure, position_before, position_after;
  bool any_date() const { return !before.empty() || !after.empty() || !measure.empty(); }
};
// `measure_help` says what --measure accepts; the position options are added only when `positions`.
void add_two_date_options(CLI::App* cmd, TwoDateOptions& o, const std::string& measure_help, bool positions);
// The measure's dates (for `profile` when its start depends on the person), or --before and --after. Usage errors
// for both kinds given, or half of --before/--after; `command` and `alternatives` word the latter.
Result<MeasureDates> two_dates(const GridSet& g, const TwoDateOptions& o, const Profile* profile,
                               std::string_view command, std::string_view alternatives = "--measure");

}  // namespace revalo
