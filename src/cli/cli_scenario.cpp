// `revalo scenario show FILE` (what a proposal changes, against the law) and `revalo scenario breakeven` (the point
// value a position needs to reach a net pay).
#include "breakeven.h"
#include "cli_command.h"
#include "format_scenario.h"
#include "registry.h"
#include "scenario.h"

namespace revalo {
namespace {

// The convention of a breakeven when none is given: the only agreement with a point value (Convention::point_param)
// whose grid pay the profile computes (a BAD position is not a CCN 51 métier).
std::string only_point_convention(const GridSet& g, const Profile& p, Date d) {
  std::string found;
  for (const Convention* c : conventions()) {
    if (c->point_param.empty() || !g.params.count(c->point_param)) continue;
    Profile q = p;
    q.convention = std::string(c->id);
    if (!c->gross_pay(RateSheet(g, d), q, PositionOverride{}, CalcOptions{false})) continue;
    if (!found.empty()) return "";
    found = c->id;
  }
  return found;
}

class ScenarioCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    auto* cmd = app.add_subcommand("scenario", "what a proposal changes, and the point value a position needs");
    cmd->require_subcommand(1);
    show_ = cmd->add_subcommand("show", "list each value a scenario file changes, with the law value it replaces");
    show_->add_option("FILE", file_, "scenario file (docs/scenarios.md)")->required();
    show_->add_option("--format", format_, "output format")->check(CLI::IsMember({"text", "json"}));
    breakeven_ = cmd->add_subcommand("breakeven", "smallest point value giving a position a net pay (before tax)");
    add_profile_options(breakeven_, po_);
    breakeven_->add_option("--target-net", target_, "net à payer avant impôt wanted, euros a month")->required();
    breakeven_->add_option("--format", bformat_, "output format")->check(CLI::IsMember({"text", "json"}));
    return cmd;
  }
  int run(const CliContext& ctx) override {
    if (show_->parsed()) {
      auto scenario = load_scenario(ctx.sources, file_);
      if (!scenario) return fail(ctx.err, scenario.error());
      const auto changes = scenario_changes(ctx.grids, *scenario);
      const auto measures = scenario_measures(*scenario);
      ctx.out << (format_ == "json" ? scenario_show_json(*scenario->scenario, changes, measures)
                                    : scenario_show_text(*scenario->scenario, changes, measures));
      return 0;
    }
    auto profile = build_profile(po_);
    if (!profile) return fail(ctx.err, profile.error());
    const Date d = profile->at ? *profile->at : today();
    if (profile->convention.empty()) profile->convention = only_point_convention(ctx.grids, *profile, d);
    auto target = Decimal::parse(target_);
    if (!target || *target <= Decimal())
      return fail(ctx.err, make_error(ErrorKind::Usage, "--target-net : « " + target_ + " » n'est pas un montant > 0"));
    auto b = point_breakeven(ctx.grids, *profile, d, *target);
    if (!b) return fail(ctx.err, b.error());
    ctx.out << (bformat_ == "json" ? breakeven_json(*b, *profile, d) : breakeven_text(*b, *profile, d));
    return 0;
  }

 private:
  CLI::App *show_ = nullptr, *breakeven_ = nullptr;
  std::string file_, format_ = "text", bformat_ = "text", target_;
  ProfileOptions po_;
};

}  // namespace

std::unique_ptr<Command> make_scenario_command() { return std::make_unique<ScenarioCommand>(); }

}  // namespace revalo
