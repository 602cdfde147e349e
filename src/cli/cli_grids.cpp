// `revalo grids list|show|check|verify`: what grids are loaded, their values, their consistency, and their match
// with KALI's consolidated texts.
#include "cli_command.h"
#include "grid_check.h"
#include "grid_show.h"
#include "registry.h"
#include "kali_json.h"
#include "kali_report.h"

namespace revalo {
namespace {

class GridsCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    auto* grids = app.add_subcommand("grids", "liste, montre, contrôle ou vérifie les grilles chargées");
    grids->require_subcommand(1);
    list_ = grids->add_subcommand("list", "liste les grilles et leurs fichiers");
    show_ = grids->add_subcommand("show", "montre les valeurs d'une grille, en vigueur à une date ou toutes ses versions");
    show_->add_option("NOM", show_name_, "nom de la grille (voir grids list)")->required();
    show_->add_option("--at", show_at_, "date (JJ/MM/AAAA ou AAAA-MM-JJ)")->type_name("DATE");
    check_ = grids->add_subcommand("check",
                                   "contrôle les grilles (embarquées, plus RÉPERTOIRE) : trous, références, valeurs suspectes");
    check_->add_option("RÉPERTOIRE", check_dir_, "répertoire de fichiers de grilles à contrôler en plus des grilles embarquées");
    verify_ = grids->add_subcommand("verify", "compare les grilles aux textes consolidés de KALI (Légifrance), case par case");
    verify_->add_option("--kali", verify_kali_,
                        "convention KALI en JSON (data/KALICONT….json de @socialgouv/kali-data) ; à répéter pour "
                        "ajouter un fichier plus ancien qui contient encore les articles abrogés (le plus récent d'abord)")
        ->required();
    verify_->add_option("--grid", verify_grid_, "nom de la grille (défaut : toutes celles qui citent des articles KALI)");
    return grids;
  }
  std::string grids_dir() const override { return check_->parsed() ? check_dir_ : std::string(); }
  int run(const CliContext& ctx) override {
    const GridSet& g = ctx.grids;
    if (check_->parsed()) {
      auto findings = check_all_grids(g);
      ctx.out << check_report_text(findings);
      return has_errors(findings) ? static_cast<int>(ErrorKind::Grid) : 0;
    }
    if (list_->parsed()) {
      ctx.out << grids_list_text(g);
      return 0;
    }
    if (show_->parsed()) {
      std::optional<Date> at;
      if (!show_at_.empty()) {
        auto d = parse_date_option("--at", show_at_);
        if (!d) return fail(ctx.err, d.error());
        at = *d;
      }
      auto text = grid_show_text(g, show_name_, at);
      if (!text) return fail(ctx.err, text.error());
      ctx.out << *text;
      return 0;
    }
    auto kali = read_kali_files(verify_kali_);
    if (!kali) return fail(ctx.err, kali.error());
    auto report = verify_grids(g, *kali, verify_grid_);
    if (!report) return fail(ctx.err, report.error());
    ctx.out << verify_report_text(*report, verify_kali_);
    return report->has_differences() ? kExitKaliDiffers : 0;
  }

 private:
  CLI::App *list_ = nullptr, *show_ = nullptr, *check_ = nullptr, *verify_ = nullptr;
  std::string show_name_, show_at_, check_dir_, verify_grid_;
  std::vector<std::string> verify_kali_;
};

}  // namespace

std::unique_ptr<Command> make_grids_command() { return std::make_unique<GridsCommand>(); }

}  // namespace revalo
