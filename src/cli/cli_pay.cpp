// `revalo pay`: gross and net pay of a profile at a date, line by line.
#include "cli_command.h"
#include "pay.h"

namespace revalo {
namespace {

class PayCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    auto* cmd = app.add_subcommand("pay", "paie brute et nette d'un profil à une date, ligne par ligne");
    add_profile_options(cmd, po_);
    add_output_options(cmd, oo_);
    return cmd;
  }
  int run(const CliContext& ctx) override {
    auto profile = build_dated_profile(po_, "pay");
    if (!profile) return fail(ctx.err, profile.error());
    auto slip = compute_pay(ctx.grids, *profile, *profile->at);
    if (!slip) return fail(ctx.err, slip.error());
    ctx.out << oo_.render([&](const FormatOptions& fo) { return pay_text(*slip, *profile, fo); },
                          [&](const FormatOptions& fo) { return pay_json(*slip, *profile, fo); },
                          [&](const FormatOptions& fo) { return pay_csv(*slip, *profile, fo); });
    return 0;
  }

 private:
  ProfileOptions po_;
  OutputOptions oo_;
};

}  // namespace

std::unique_ptr<Command> make_pay_command() { return std::make_unique<PayCommand>(); }

}  // namespace revalo
