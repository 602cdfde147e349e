// CLI wiring (see cli.h): the subcommands (cli_<name>.cpp) register their options; once one is parsed, the grids are
// loaded and it runs.
#include "cli.h"

#include "cli_command.h"
#include "grid_loader.h"

namespace revalo {

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"revalo: salaires et revalorisations du secteur social et médico-social (grilles conventionnelles, "
               "avenant 43 BAD)"};
  app.require_subcommand(1);
  app.fallthrough();
  std::string grids_dir;
  app.add_option("--grids", grids_dir, "directory of grid files adding to or overriding the embedded ones")
      ->envname("REVALO_GRIDS");

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

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e, out, err);
    app.exit(e, out, err);
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
