// `revalo eligibility`: which Ségur measures apply to a profile at a date, and why.
#include "cli_command.h"
#include "format_eligibility.h"

namespace revalo {
namespace {

class EligibilityCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    auto* cmd = app.add_subcommand("eligibility", "mesures Ségur qui s'appliquent à un profil à une date, et pourquoi");
    add_profile_options(cmd, po_);
    add_output_options(cmd, oo_);
    return cmd;
  }
  int run(const CliContext& ctx) override {
    auto profile = build_dated_profile(po_, "eligibility");
    if (!profile) return fail(ctx.err, profile.error());
    auto e = evaluate_eligibility(ctx.grids, *profile, *profile->at);
    if (!e) return fail(ctx.err, e.error());
    ctx.out << oo_.render([&](const FormatOptions& fo) { return eligibility_text(*e, *profile, fo); },
                          [&](const FormatOptions& fo) { return eligibility_json(*e, *profile, fo); },
                          [&](const FormatOptions& fo) { return eligibility_csv(*e, *profile, fo); });
    return 0;
  }

 private:
  ProfileOptions po_;
  OutputOptions oo_;
};

}  // namespace

std::unique_ptr<Command> make_eligibility_command() { return std::make_unique<EligibilityCommand>(); }

}  // namespace revalo
