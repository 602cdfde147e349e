// CLI wiring (see cli.h): CLI11 options → profile and dates → calculator → formatter → stdout.
#include "cli.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdlib>
#include <map>

#include "format.h"
#include "grid_loader.h"
#include "grid_show.h"
#include "grid_sources.h"
#include "pay.h"
#include "profile_file.h"

namespace revalo {
namespace {

int fail(std::ostream& err, const Error& e) {
  err << "revalo: " << e.message << "\n";
  return static_cast<int>(e.kind);
}

struct ProfileOptions {
  std::string profile_file;
  std::map<std::string, std::string> values;  // field → text, from flags
};

void add_profile_options(CLI::App* cmd, ProfileOptions& po) {
  cmd->add_option("--profile", po.profile_file, "profile TOML file (flags override its fields)");
  for (const auto& f : profile_fields()) {
    std::string flag = "--" + std::string(f.name);
    for (char& c : flag)
      if (c == '_') c = '-';
    std::string name(f.name);
    cmd->add_option_function<std::string>(flag, [&po, name](const std::string& v) { po.values[name] = v; },
                                          std::string(f.help));
  }
}

Result<Profile> build_profile(const ProfileOptions& po) {
  Profile p;
  if (!po.profile_file.empty())
    if (auto e = load_profile_file(po.profile_file, p)) return *e;
  for (const auto& f : profile_fields()) {
    auto it = po.values.find(std::string(f.name));
    if (it == po.values.end()) continue;
    if (auto e = set_profile_field(p, it->first, it->second)) {
      Error flag_error = *e;
      return flag_error;
    }
  }
  return p;
}

Result<Date> parse_date_option(const std::string& name, const std::string& value) {
  if (auto d = Date::parse(value)) return *d;
  return make_error(ErrorKind::Usage, fmt::format("{}: '{}' is not a date YYYY-MM-DD", name, value));
}

}  // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"revalo: salaires et revalorisations du secteur social et médico-social (grilles conventionnelles, "
               "avenant 43 BAD)"};
  app.require_subcommand(1);
  app.fallthrough();
  std::string grids_dir;
  app.add_option("--grids", grids_dir, "directory of grid files adding to or overriding the embedded ones")
      ->envname("REVALO_GRIDS");

  std::string format = "text";
  bool explain = false, csv_fr = false;
  auto add_output_options = [&](CLI::App* cmd) {
    cmd->add_option("--format", format, "output format")->check(CLI::IsMember({"text", "json", "csv"}));
    cmd->add_flag("--explain", explain, "show each line's formula, inputs and legal source");
    cmd->add_flag("--csv-fr", csv_fr, "CSV with ';' separator and decimal comma");
  };

  ProfileOptions po;
  auto* pay = app.add_subcommand("pay", "gross pay of a profile at a date, line by line");
  add_profile_options(pay, po);
  add_output_options(pay);

  auto* compare = app.add_subcommand("compare", "pay of a profile at two dates, or across a measure");
  ProfileOptions cpo;
  add_profile_options(compare, cpo);
  add_output_options(compare);
  std::string before_s, after_s, measure, pos_before, pos_after;
  compare->add_option("--before", before_s, "first date (YYYY-MM-DD)");
  compare->add_option("--after", after_s, "second date (YYYY-MM-DD)");
  compare->add_option("--measure", measure, "named measure: avenant43 (2021-09-30 vs 2021-10-01)");
  compare->add_option("--position-before", pos_before, "position at the first date (e.g. old category C)");
  compare->add_option("--position-after", pos_after, "position at the second date (e.g. employe.2.1)");

  auto* grids = app.add_subcommand("grids", "list or show the loaded grids");
  grids->require_subcommand(1);
  auto* list = grids->add_subcommand("list", "list grids and their files");
  auto* show = grids->add_subcommand("show", "print a grid's values, in force at a date or all versions");
  std::string show_name, show_at;
  show->add_option("NAME", show_name, "grid name (see grids list)")->required();
  show->add_option("--at", show_at, "date (YYYY-MM-DD)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      return app.exit(e, out, err);
    }
    app.exit(e, out, err);
    return static_cast<int>(ErrorKind::Usage);
  }

  auto sources = collect_grid_sources(grids_dir);
  if (!sources) return fail(err, sources.error());
  auto gridset = load_grids(*sources);
  if (!gridset) return fail(err, gridset.error());
  const GridSet& g = *gridset;
  FormatOptions fo{explain, csv_fr};

  if (list->parsed()) {
    out << grids_list_text(g);
    return 0;
  }
  if (show->parsed()) {
    std::optional<Date> at;
    if (!show_at.empty()) {
      auto d = parse_date_option("--at", show_at);
      if (!d) return fail(err, d.error());
      at = *d;
    }
    auto text = grid_show_text(g, show_name, at);
    if (!text) return fail(err, text.error());
    out << *text;
    return 0;
  }
  if (pay->parsed()) {
    auto profile = build_profile(po);
    if (!profile) return fail(err, profile.error());
    if (!profile->at) return fail(err, make_error(ErrorKind::Usage, "pay needs a date: --at YYYY-MM-DD"));
    auto slip = compute_pay(g, *profile, *profile->at);
    if (!slip) return fail(err, slip.error());
    out << (format == "json" ? pay_json(*slip, *profile, fo)
            : format == "csv" ? pay_csv(*slip, *profile, fo)
                              : pay_text(*slip, *profile, fo));
    return 0;
  }
  if (compare->parsed()) {
    auto profile = build_profile(cpo);
    if (!profile) return fail(err, profile.error());
    Date before, after;
    if (!measure.empty()) {
      if (!before_s.empty() || !after_s.empty())
        return fail(err, make_error(ErrorKind::Usage, "give --measure or --before/--after, not both"));
      auto m = measure_dates(g, measure);
      if (!m) return fail(err, m.error());
      before = m->before;
      after = m->after;
    } else {
      if (before_s.empty() || after_s.empty())
        return fail(err, make_error(ErrorKind::Usage, "compare needs --before and --after dates, or --measure"));
      auto b = parse_date_option("--before", before_s);
      if (!b) return fail(err, b.error());
      auto a = parse_date_option("--after", after_s);
      if (!a) return fail(err, a.error());
      before = *b;
      after = *a;
    }
    auto c = compute_compare(g, *profile, before, after, {pos_before}, {pos_after});
    if (!c) return fail(err, c.error());
    out << (format == "json" ? compare_json(*c, *profile, fo)
            : format == "csv" ? compare_csv(*c, *profile, fo)
                              : compare_text(*c, *profile, fo));
    return 0;
  }
  return 0;
}

}  // namespace revalo
