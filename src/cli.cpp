// CLI wiring (see cli.h): CLI11 options → profile and dates → calculator → formatter → stdout.
#include "cli.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>

#include "batch.h"
#include "format.h"
#include "format_eligibility.h"
#include "grid_check.h"
#include "grid_loader.h"
#include "grid_show.h"
#include "grid_sources.h"
#include "kali_json.h"
#include "kali_report.h"
#include "pay.h"
#include "profile_file.h"

namespace revalo {
namespace {

// Exit code of a batch in which some rows failed (README, "Exit codes").
constexpr int kExitSomeRowsFailed = 7;

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
    bool is_bool = f.type == FieldType::Bool;  // "--alsace-moselle" alone means yes
    auto* opt = cmd->add_option_function<std::string>(
        flag, [&po, name, is_bool](const std::string& v) { po.values[name] = is_bool && v.empty() ? "yes" : v; },
        std::string(f.help));
    if (is_bool) opt->expected(0, 1);
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

// `revalo batch`: opens the input and output, runs the batch, prints the summary on stderr.
int run_batch_command(const GridSet& g, const ProfileOptions& defaults, const std::string& input,
                      const std::string& output, const std::string& before, const std::string& after, const std::string& measure,
                      const std::string& keep, const std::string& format, const std::string& in_format,
                      const std::string& delimiter, bool ignore_unknown, bool csv_fr, std::ostream& out,
                      std::ostream& err) {
  BatchOptions o;
  o.jsonl = format == "jsonl";
  o.csv_fr = csv_fr;
  o.ignore_unknown_columns = ignore_unknown;
  for (std::size_t start = 0; !keep.empty() && start <= keep.size();) {
    std::size_t comma = keep.find(',', start);
    if (comma == std::string::npos) comma = keep.size();
    if (comma > start) o.keep.push_back(keep.substr(start, comma - start));
    start = comma + 1;
  }
  auto base = build_profile(defaults);
  if (!base) return fail(err, base.error());
  o.defaults = *base;
  if (!measure.empty()) {
    if (!before.empty() || !after.empty())
      return fail(err, make_error(ErrorKind::Usage, "give --measure or --before/--after, not both"));
    // A measure whose start depends on the person (Ségur) is dated row by row; an unknown one stops here.
    auto m = measure_dates(g, measure);
    if (m) {
      o.before = m->before;
      o.after = m->after;
    } else if (m.error().message.starts_with("unknown measure")) {
      return fail(err, m.error());
    } else {
      o.measure = measure;
    }
  } else if (!before.empty() || !after.empty()) {
    if (before.empty() || after.empty())
      return fail(err, make_error(ErrorKind::Usage, "a batch comparison needs both --before and --after"));
    auto b = parse_date_option("--before", before);
    if (!b) return fail(err, b.error());
    auto a = parse_date_option("--after", after);
    if (!a) return fail(err, a.error());
    o.before = *b;
    o.after = *a;
  }
  std::ifstream file;
  std::istream* in = &std::cin;
  if (input != "-") {
    file.open(input, std::ios::binary);
    if (!file) return fail(err, make_error(ErrorKind::Input, fmt::format("cannot read input file '{}'", input)));
    in = &file;
  }
  BatchFormat bf = in_format == "csv" ? BatchFormat::Csv : in_format == "jsonl" ? BatchFormat::Jsonl : BatchFormat::Auto;
  char delim = delimiter.empty() ? 0 : delimiter == "tab" ? '\t' : delimiter[0];
  auto reader = BatchReader::open(*in, bf, delim);
  if (!reader) return fail(err, reader.error());
  std::ofstream out_file;
  std::ostream* sink = &out;
  if (!output.empty()) {
    out_file.open(output, std::ios::binary);
    if (!out_file)
      return fail(err, make_error(ErrorKind::Input, fmt::format("cannot write output file '{}'", output)));
    sink = &out_file;
  }
  auto summary = run_batch(g, *reader, o, *sink);
  if (!summary) return fail(err, summary.error());
  sink->flush();
  if (!*sink) return fail(err, make_error(ErrorKind::Input, "writing the output failed"));
  err << batch_summary_text(*summary);
  return summary->errors ? kExitSomeRowsFailed : 0;
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
  auto* pay = app.add_subcommand("pay", "gross and net pay of a profile at a date, line by line");
  add_profile_options(pay, po);
  add_output_options(pay);

  auto* compare = app.add_subcommand("compare", "pay of a profile at two dates, or across a measure");
  ProfileOptions cpo;
  add_profile_options(compare, cpo);
  add_output_options(compare);
  std::string before_s, after_s, measure, pos_before, pos_after;
  compare->add_option("--before", before_s, "first date (YYYY-MM-DD)");
  compare->add_option("--after", after_s, "second date (YYYY-MM-DD)");
  compare->add_option("--measure", measure,
                      "named measure: avenant43 (2021-09-30 vs 2021-10-01), or a Ségur measure (segur-cti, laforcade, "
                      "conference-metiers…: the day before vs the day it first applies to the profile)");
  compare->add_option("--position-before", pos_before, "position at the first date (e.g. old category C)");
  compare->add_option("--position-after", pos_after, "position at the second date (e.g. employe.2.1)");

  auto* eligibility = app.add_subcommand("eligibility", "which Ségur measures apply to a profile at a date, and why");
  ProfileOptions epo;
  add_profile_options(eligibility, epo);
  add_output_options(eligibility);

  auto* grids = app.add_subcommand("grids", "list, show, check or verify the loaded grids");
  grids->require_subcommand(1);
  auto* list = grids->add_subcommand("list", "list grids and their files");
  auto* show = grids->add_subcommand("show", "print a grid's values, in force at a date or all versions");
  auto* check = grids->add_subcommand("check", "check the grids (embedded, plus DIR): gaps, references, suspicious values");
  std::string check_dir;
  check->add_option("DIR", check_dir, "directory of grid files to check on top of the embedded ones");
  std::string show_name, show_at;
  show->add_option("NAME", show_name, "grid name (see grids list)")->required();
  show->add_option("--at", show_at, "date (YYYY-MM-DD)");
  auto* verify = grids->add_subcommand("verify", "compare the grids with KALI's consolidated texts, cell by cell");
  std::vector<std::string> verify_kali;
  std::string verify_grid;
  verify->add_option("--kali", verify_kali,
                     "KALI convention JSON (data/KALICONT….json of @socialgouv/kali-data); repeat it to add an older "
                     "file that still holds abrogated articles (most recent first)")
      ->required();
  verify->add_option("--grid", verify_grid, "grid name (default: every grid that names KALI articles)");

  auto* batch = app.add_subcommand("batch", "recompute a workforce: one output row per input row (CSV or JSON lines)");
  ProfileOptions bpo;
  add_profile_options(batch, bpo);
  std::string batch_input, batch_output, batch_before, batch_after, batch_measure, batch_keep;
  std::string batch_format = "csv", batch_in_format = "auto", batch_delimiter;
  bool batch_ignore_unknown = false;
  batch->add_option("INPUT", batch_input, "input file, or - for standard input")->required();
  batch->add_option("-o,--output", batch_output, "output file (default: standard output)");
  batch->add_option("--before", batch_before, "compare: first date");
  batch->add_option("--after", batch_after, "compare: second date");
  batch->add_option("--measure", batch_measure, "compare across a named measure (avenant43)");
  batch->add_option("--format", batch_format, "output format")->check(CLI::IsMember({"csv", "jsonl"}));
  batch->add_option("--input-format", batch_in_format, "input format")->check(CLI::IsMember({"auto", "csv", "jsonl"}));
  batch->add_option("--delimiter", batch_delimiter, "CSV input delimiter (default: detected)")
      ->check(CLI::IsMember({",", ";", "tab"}));
  batch->add_option("--keep", batch_keep, "input columns copied to the output, comma-separated (e.g. an employee id)");
  batch->add_flag("--ignore-unknown-columns", batch_ignore_unknown, "ignore input columns that are not profile fields");
  batch->add_flag("--csv-fr", csv_fr, "CSV output with ';' separator and decimal comma");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) {
      return app.exit(e, out, err);
    }
    app.exit(e, out, err);
    return static_cast<int>(ErrorKind::Usage);
  }

  if (check->parsed() && !check_dir.empty()) grids_dir = check_dir;
  auto sources = collect_grid_sources(grids_dir);
  if (!sources) return fail(err, sources.error());
  auto gridset = load_grids(*sources);
  if (!gridset) return fail(err, gridset.error());
  const GridSet& g = *gridset;
  FormatOptions fo{explain, csv_fr};

  if (check->parsed()) {
    auto findings = check_grids(g);
    out << check_report_text(findings);
    return has_errors(findings) ? static_cast<int>(ErrorKind::Grid) : 0;
  }
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
  if (verify->parsed()) {
    auto kali = read_kali_files(verify_kali);
    if (!kali) return fail(err, kali.error());
    auto report = verify_grids(g, *kali, verify_grid);
    if (!report) return fail(err, report.error());
    out << verify_report_text(*report, verify_kali);
    return report->has_differences() ? kExitKaliDiffers : 0;
  }
  if (batch->parsed()) return run_batch_command(g, bpo, batch_input, batch_output, batch_before, batch_after,
                                                batch_measure, batch_keep, batch_format, batch_in_format,
                                                batch_delimiter, batch_ignore_unknown, csv_fr, out, err);
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
  if (eligibility->parsed()) {
    auto profile = build_profile(epo);
    if (!profile) return fail(err, profile.error());
    if (!profile->at) return fail(err, make_error(ErrorKind::Usage, "eligibility needs a date: --at YYYY-MM-DD"));
    auto e = evaluate_eligibility(g, *profile, *profile->at);
    if (!e) return fail(err, e.error());
    out << (format == "json" ? eligibility_json(*e, *profile, fo)
            : format == "csv" ? eligibility_csv(*e, *profile, fo)
                              : eligibility_text(*e, *profile, fo));
    return 0;
  }
  if (compare->parsed()) {
    auto profile = build_profile(cpo);
    if (!profile) return fail(err, profile.error());
    Date before, after;
    if (!measure.empty()) {
      if (!before_s.empty() || !after_s.empty())
        return fail(err, make_error(ErrorKind::Usage, "give --measure or --before/--after, not both"));
      auto m = measure_dates(g, measure, &*profile);
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
