// CLI wiring (see cli.h): the subcommands (cli_<name>.cpp) register their options; once one is parsed, the grids are
// loaded and it runs.
#include "cli.h"

#include <algorithm>

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

// The subcommands, in help order.
struct CommandEntry {
  std::string_view name;
  std::unique_ptr<Command> (*make)();
};
const CommandEntry kCommands[] = {
    {"pay", make_pay_command},         {"compare", make_compare_command}, {"eligibility", make_eligibility_command},
    {"grids", make_grids_command},     {"batch", make_batch_command},     {"check", make_check_command},
    {"scenario", make_scenario_command}, {"history", make_history_command}, {"rappel", make_rappel_command},
    {"career", make_career_command},
};

// The first argument that is not an option or the value of --grids: the subcommand, if the user named one.
std::string_view named_subcommand(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--grids") {
      ++i;
      continue;
    }
    if (!a.starts_with("-")) return a;
  }
  return {};
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

  // Only the subcommand named on the command line registers its options (a hundred each: most of the start-up
  // time otherwise); with none named (--help, a misspelt name), all do, for the help and the suggestions.
  const std::string_view wanted = named_subcommand(argc, argv);
  const bool known = std::any_of(std::begin(kCommands), std::end(kCommands),
                                 [&](const CommandEntry& e) { return e.name == wanted; });
  std::vector<std::unique_ptr<Command>> commands;
  std::vector<std::pair<Command*, CLI::App*>> registered;
  for (const CommandEntry& e : kCommands) {
    if (known && e.name != wanted) continue;
    commands.push_back(e.make());
    CLI::App* sub = commands.back()->add_to(app);
    if (sub->get_name() != e.name) return fail(err, make_error(ErrorKind::Internal, "sous-commande mal nommée : " + sub->get_name()));
    registered.emplace_back(commands.back().get(), sub);
  }
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
