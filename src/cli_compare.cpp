// `revalo compare`: pay of a profile at two dates, or across a measure, line by line with the differences.
#include "cli_command.h"
#include "pay.h"

namespace revalo {
namespace {

class CompareCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    auto* cmd = app.add_subcommand("compare", "pay of a profile at two dates, or across a measure");
    add_profile_options(cmd, po_);
    add_output_options(cmd, oo_);
    cmd->add_option("--before", before_, "first date (YYYY-MM-DD)");
    cmd->add_option("--after", after_, "second date (YYYY-MM-DD)");
    cmd->add_option("--measure", measure_,
                    "named measure: avenant43 (2021-09-30 vs 2021-10-01), or a Ségur measure (segur-cti, laforcade, "
                    "conference-metiers…: the day before vs the day it first applies to the profile)");
    cmd->add_option("--position-before", pos_before_, "position at the first date (e.g. old category C)");
    cmd->add_option("--position-after", pos_after_, "position at the second date (e.g. employe.2.1)");
    return cmd;
  }
  int run(const CliContext& ctx) override {
    auto profile = build_profile(po_);
    if (!profile) return fail(ctx.err, profile.error());
    Date before, after;
    if (!measure_.empty()) {
      if (!before_.empty() || !after_.empty())
        return fail(ctx.err, make_error(ErrorKind::Usage, "give --measure or --before/--after, not both"));
      auto m = measure_dates(ctx.grids, measure_, &*profile);
      if (!m) return fail(ctx.err, m.error());
      before = m->before;
      after = m->after;
    } else {
      if (before_.empty() || after_.empty())
        return fail(ctx.err,
                    make_error(ErrorKind::Usage, "compare needs --before and --after dates, or --measure"));
      auto b = parse_date_option("--before", before_);
      if (!b) return fail(ctx.err, b.error());
      auto a = parse_date_option("--after", after_);
      if (!a) return fail(ctx.err, a.error());
      before = *b;
      after = *a;
    }
    auto c = compute_compare(ctx.grids, *profile, before, after, {pos_before_}, {pos_after_});
    if (!c) return fail(ctx.err, c.error());
    FormatOptions fo = oo_.format_options();
    ctx.out << (oo_.format == "json"  ? compare_json(*c, *profile, fo)
                : oo_.format == "csv" ? compare_csv(*c, *profile, fo)
                                      : compare_text(*c, *profile, fo));
    return 0;
  }

 private:
  ProfileOptions po_;
  OutputOptions oo_;
  std::string before_, after_, measure_, pos_before_, pos_after_;
};

}  // namespace

std::unique_ptr<Command> make_compare_command() { return std::make_unique<CompareCommand>(); }

}  // namespace revalo
