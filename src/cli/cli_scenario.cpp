// `revalo scenario show FILE` (what a proposal changes, against the law) and `revalo scenario breakeven` (the point
// value a position needs to reach a net pay).
#include "breakeven.h"
#include "cli_command.h"
#include "french_input.h"
#include "format_scenario.h"
#include "registry.h"
#include "scenario.h"

namespace revalo {
namespace {

// The convention of a breakeven when none is given: the only agreement with a point value in the grids that can
// place the profile at d (its position or job is one of that agreement's); empty when none or several can.
std::string only_point_convention(const GridSet& g, const Profile& p, Date d) {
  std::string found;
  for (const Convention* c : conventions()) {
    if (c->point_param.empty() || !g.params.count(c->point_param)) continue;
    Profile with = p;
    with.convention = std::string(c->id);
    if (!c->gross_pay(RateSheet(g, d), with, {}, CalcOptions{false})) continue;
    if (!found.empty()) return "";
    found = std::string(c->id);
  }
  return found;
}

class ScenarioCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    auto* cmd = app.add_subcommand("scenario", "ce que change une proposition, et la valeur du point qu'il faut à une position");
    cmd->require_subcommand(1);
    show_ = cmd->add_subcommand("show", "liste chaque valeur que change un fichier de scénario, avec la valeur légale qu'elle remplace");
    show_->add_option("FICHIER", file_, "fichier de scénario (docs/scenarios.md)")->required();
    show_->add_option("--format", format_, "format de sortie (défaut : text)")->check(one_of({"text", "json"}));
    breakeven_ = cmd->add_subcommand("breakeven", "plus petite valeur du point qui donne à une position un net (avant impôt)");
    add_profile_options(breakeven_, po_);
    breakeven_->add_option("--target-net", target_, "net à payer avant impôt visé, euros par mois")
        ->required()
        ->type_name("MONTANT");
    breakeven_->add_option("--format", bformat_, "format de sortie (défaut : text)")->check(one_of({"text", "json"}));
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
    auto target = parse_amount_fr(target_);
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
