// CLI wiring (see cli.h): the subcommands (cli_<name>.cpp) register their options; once one is parsed, the grids are
// loaded and it runs.
#include "cli.h"

#include <fmt/format.h>

#include "cli_command.h"
#include "cli_french.h"
#include "grid_loader.h"

#ifndef REVALO_VERSION
#define REVALO_VERSION "dev"
#endif

namespace revalo {
namespace {

// `revalo --version`: the program's version and how recent its law is, the latest date from which an embedded grid
// value applies.
std::string version_text() {
  std::string out = fmt::format("revalo {}", REVALO_VERSION);
  auto sources = collect_grid_sources("");
  if (!sources) return out;
  auto grids = load_grids(*sources);
  if (!grids) return out;
  Date latest;
  for (const auto& [id, p] : grids->params)
    for (const auto& v : p.versions) latest = std::max(latest, v.from);
  return out + fmt::format("\ngrilles embarquées : {} paramètres datés, dernière valeur en vigueur à partir du {}",
                           grids->params.size(), latest.iso());
}

}  // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"revalo : salaires et revalorisations du secteur social et médico-social (grilles conventionnelles, "
               "mesures Ségur, paie nette, rappels)",
               "revalo"};
  set_french_cli(app, version_text);
  app.require_subcommand(1);
  app.fallthrough();
  std::string grids_dir;
  app.add_option("--grids", grids_dir, "répertoire de fichiers de grilles qui s'ajoutent aux grilles embarquées ou les "
                                       "remplacent")
      ->envname("REVALO_GRIDS")
      ->type_name("RÉPERTOIRE");

  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(make_pay_command());
  commands.push_back(make_compare_command());
  commands.push_back(make_eligibility_command());
  commands.push_back(make_grids_command());
  commands.push_back(make_batch_command());
  commands.push_back(make_check_command());
  commands.push_back(make_scenario_command());
  commands.push_back(make_history_command());
  commands.push_back(make_rappel_command());
  commands.push_back(make_career_command());
  std::vector<std::pair<Command*, CLI::App*>> registered;
  for (auto& c : commands) registered.emplace_back(c.get(), c->add_to(app));
  set_french_groups(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e, out, err);  // --help, --version
    err << "revalo: " << parse_error_fr(app, e) << "\n";
    return static_cast<int>(ErrorKind::Usage);
  }

  for (auto& [command, sub] : registered) {
    if (!sub->parsed()) continue;
    if (std::string dir = command->grids_dir(); !dir.empty()) grids_dir = dir;
    auto sources = collect_grid_sources(grids_dir);
    if (!sources) return fail(err, sources.error());
    auto gridset = load_grids(*sources);
    if (!gridset) return fail(err, gridset.error());
    return command->run(CliContext{*sources, *gridset, out, err});
  }
  return 0;
}

}  // namespace revalo
