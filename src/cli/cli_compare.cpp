// `revalo compare`: pay of a profile at two dates, or across a measure, line by line with the differences; or the
// law against a proposal at the same date (--scenario FILE, --point VALUE).
#include <fmt/format.h>

#include "cli_command.h"
#include "pay.h"
#include "registry.h"
#include "scenario_options.h"

namespace revalo {
namespace {

class CompareCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    auto* cmd = app.add_subcommand("compare", "paie d'un profil à deux dates, de part et d'autre d'une mesure, ou sous un scénario");
    add_profile_options(cmd, po_);
    add_output_options(cmd, oo_);
    add_scenario_options(cmd, so_);
    add_two_date_options(cmd, dates_,
                         fmt::format("mesure nommée : {} (la veille de son premier jour contre celui-ci), ou une "
                                     "mesure Ségur (segur-cti, laforcade, conference-metiers… : la veille contre le "
                                     "premier jour où elle s'applique au profil)",
                                     agreement_measure_names()),
                         true);
    return cmd;
  }
  int run(const CliContext& ctx) override {
    auto profile = build_profile(po_);
    if (!profile) return fail(ctx.err, profile.error());
    Result<Comparison> c = make_error(ErrorKind::Internal, "");
    if (so_.given()) {
      // The law and the proposal at the same date (--at).
      if (dates_.any_date())
        return fail(ctx.err, make_error(ErrorKind::Usage, "--scenario/--point compare la loi et une proposition à une "
                                                          "même date (--at) : pas de --before, --after ni --measure"));
      if (!profile->at)
        return fail(ctx.err, make_error(ErrorKind::Usage, "compare --scenario demande une date : --at JJ/MM/AAAA"));
      auto scenario = so_.load(ctx, *profile);
      if (!scenario) return fail(ctx.err, scenario.error());
      scenario_ = std::move(*scenario);
      auto law = compute_pay(ctx.grids, *profile, *profile->at);
      if (!law) return fail(ctx.err, law.error());
      auto proposal = compute_pay(*scenario_, *profile, *profile->at);
      if (!proposal) return fail(ctx.err, proposal.error());
      c = compare_payslips(std::move(*law), std::move(*proposal));
      c->scenario = scenario_->scenario;
    } else {
      auto d = two_dates(ctx.grids, dates_, &*profile, "compare", "--measure, ou --scenario/--point");
      if (!d) return fail(ctx.err, d.error());
      c = compute_compare(ctx.grids, *profile, d->before, d->after, {dates_.position_before}, {dates_.position_after});
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
  TwoDateOptions dates_;
};

}  // namespace

std::unique_ptr<Command> make_compare_command() { return std::make_unique<CompareCommand>(); }

}  // namespace revalo
