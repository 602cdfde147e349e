// `revalo compare`: pay of a profile at two dates, or across a measure, line by line with the differences; or the
// law against a proposal at the same date (--scenario FILE, --point VALUE).
#include "cli_command.h"
#include "pay.h"
#include "scenario_options.h"

namespace revalo {
namespace {

class CompareCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    auto* cmd = app.add_subcommand("compare", "pay of a profile at two dates, across a measure, or under a scenario");
    add_profile_options(cmd, po_);
    add_output_options(cmd, oo_);
    add_scenario_options(cmd, so_);
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
    Result<Comparison> c = make_error(ErrorKind::Internal, "");
    if (so_.given()) {
      // The law and the proposal at the same date (--at).
      if (!before_.empty() || !after_.empty() || !measure_.empty())
        return fail(ctx.err, make_error(ErrorKind::Usage, "--scenario/--point compare la loi et une proposition à une "
                                                          "même date (--at) : pas de --before, --after ni --measure"));
      if (!profile->at)
        return fail(ctx.err, make_error(ErrorKind::Usage, "compare --scenario demande une date : --at AAAA-MM-JJ"));
      auto scenario = so_.load(ctx, *profile);
      if (!scenario) return fail(ctx.err, scenario.error());
      scenario_ = std::move(*scenario);
      auto law = compute_pay(ctx.grids, *profile, *profile->at);
      if (!law) return fail(ctx.err, law.error());
      auto proposal = compute_pay(*scenario_, *profile, *profile->at);
      if (!proposal) return fail(ctx.err, proposal.error());
      c = compare_payslips(std::move(*law), std::move(*proposal));
      c->scenario = scenario_->scenario;
    } else if (!measure_.empty()) {
      if (!before_.empty() || !after_.empty())
        return fail(ctx.err, make_error(ErrorKind::Usage, "donnez --measure ou --before/--after, pas les deux"));
      auto m = measure_dates(ctx.grids, measure_, &*profile);
      if (!m) return fail(ctx.err, m.error());
      c = compute_compare(ctx.grids, *profile, m->before, m->after, {pos_before_}, {pos_after_});
    } else {
      if (before_.empty() || after_.empty())
        return fail(ctx.err, make_error(ErrorKind::Usage,
                                        "compare demande --before et --after, ou --measure, ou --scenario/--point"));
      auto b = parse_date_option("--before", before_);
      if (!b) return fail(ctx.err, b.error());
      auto a = parse_date_option("--after", after_);
      if (!a) return fail(ctx.err, a.error());
      c = compute_compare(ctx.grids, *profile, *b, *a, {pos_before_}, {pos_after_});
    }
    if (!c) return fail(ctx.err, c.error());
    ctx.out << oo_.render([&](const FormatOptions& fo) { return compare_text(*c, *profile, fo); },
                          [&](const FormatOptions& fo) { return compare_json(*c, *profile, fo); },
                          [&](const FormatOptions& fo) { return compare_csv(*c, *profile, fo); });
    return 0;
  }

 private:
  ProfileOptions po_;
  OutputOptions oo_;
  ScenarioOptions so_;
  std::optional<GridSet> scenario_;  // outlives the payslips, whose sources point into it
  std::string before_, after_, measure_, pos_before_, pos_after_;
};

}  // namespace

std::unique_ptr<Command> make_compare_command() { return std::make_unique<CompareCommand>(); }

}  // namespace revalo
