// `revalo check FILE`: a printed payslip compared with what the texts give for its profile and month (docs/check.md).
#include "cli_command.h"
#include "format_check.h"
#include "payslip_check.h"
#include "payslip_file.h"

namespace revalo {
namespace {

class CheckCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    auto* cmd = app.add_subcommand("check", "compare une fiche de paie (fichier TOML) à ce que donnent les textes pour son mois");
    cmd->add_option("FICHE", file_, "fiche de paie : month, [profile], [[line]] et [totals] (docs/check.md)");
    cmd->add_flag("--codes", codes_, "liste les codes de ligne d'une fiche de paie, par convention");
    cmd->add_option("--month-rule", month_rule_, "valeur qui change en cours de mois : prorata (défaut) ou whole (les valeurs du dernier "
                    "jour)")
        ->check(one_of({"prorata", "whole"}));
    add_output_options(cmd, oo_);
    return cmd;
  }
  int run(const CliContext& ctx) override {
    if (codes_) {
      ctx.out << line_codes_text();
      return 0;
    }
    if (file_.empty())
      return fail(ctx.err, make_error(ErrorKind::Usage, "check demande une fiche de paie : revalo check FICHE.toml "
                                                        "(revalo check --codes liste les codes de ligne)"));
    auto file = load_payslip_file(file_);
    if (!file) return fail(ctx.err, file.error());
    if (!month_rule_.empty()) file->profile.month_rule = month_rule_;
    auto report = check_payslip(ctx.grids, *file);
    if (!report) return fail(ctx.err, report.error());
    ctx.out << oo_.render([&](const FormatOptions& fo) { return check_text(*report, *file, fo); },
                          [&](const FormatOptions& fo) { return check_json(*report, *file, fo); },
                          [&](const FormatOptions& fo) { return check_csv(*report, *file, fo); });
    return report->matches() ? 0 : kExitPayslipDiffers;
  }

 private:
  std::string file_, month_rule_;
  bool codes_ = false;
  OutputOptions oo_;
};

}  // namespace

std::unique_ptr<Command> make_check_command() { return std::make_unique<CheckCommand>(); }

}  // namespace revalo
