// The command line in French (cli_french.h): a CLI11 formatter with French words, and CLI11's parse errors
// rewritten in French from their kind and their parts, with the nearest name of what was mistyped.
#include "cli_french.h"

#include <algorithm>
#include <regex>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "names.h"

namespace revalo {
namespace {

// CLI11's layout with French titles and the space French puts before a colon.
class FrenchFormatter : public CLI::Formatter {
 public:
  FrenchFormatter() {
    label("Usage", "Utilisation");
    label("OPTIONS", "OPTIONS");
    label("SUBCOMMAND", "SOUS-COMMANDE");
    label("SUBCOMMANDS", "SOUS-COMMANDES");
    label("REQUIRED", "(obligatoire)");
    label("Positionals", "Arguments");
    label("TEXT", "TEXTE");
    label("INT", "ENTIER");
    label("UINT", "ENTIER");
    label("FLOAT", "NOMBRE");
    label("Env", "variable d'environnement");
    label("Excludes", "exclut");
    label("Needs", "demande");
    column_width(34);
  }
  std::string make_group(std::string group, bool is_positional, std::vector<const CLI::Option*> opts) const override {
    return colon(CLI::Formatter::make_group(std::move(group), is_positional, std::move(opts)));
  }
  std::string make_usage(const CLI::App* app, std::string name) const override {
    return colon(CLI::Formatter::make_usage(app, std::move(name)));
  }
  // A value list replaces the type ("--format {text,json,csv}", not "TEXT:{…}").
  std::string make_option_opts(const CLI::Option* opt) const override {
    std::string s = CLI::Formatter::make_option_opts(opt);
    for (const auto& [from, to] : {std::pair{" TEXT:{", " {"}, std::pair{"d'environnement:", "d'environnement : "}})
      if (auto at = s.find(from); at != std::string::npos) s.replace(at, std::string_view(from).size(), to);
    return s;
  }
  std::string make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const override {
    return colon(CLI::Formatter::make_subcommands(app, mode));
  }

 private:
  // "Options:" → "Options :" on the title lines (a title line ends with ':' or holds "Utilisation:").
  static std::string colon(std::string s) {
    static const std::regex kTitle(R"(([^\s:]):(\n| ))");
    std::string out;
    std::size_t start = 0;
    while (start < s.size()) {
      std::size_t end = s.find('\n', start);
      if (end == std::string::npos) end = s.size() - 1;
      std::string line = s.substr(start, end - start + 1);
      const bool title = !line.empty() && line[0] != ' ' &&
                         (line.ends_with(":\n") || line.starts_with("Utilisation:"));
      out += title ? std::regex_replace(line, kTitle, "$1 :$2", std::regex_constants::format_first_only) : line;
      start = end + 1;
    }
    return out;
  }
};

// The parsed subcommands from the root down: the last one is the command whose options were being typed.
std::vector<const CLI::App*> parsed_chain(const CLI::App& root) {
  std::vector<const CLI::App*> chain{&root};
  while (true) {
    const auto subs = chain.back()->get_subcommands([](const CLI::App* a) { return a->parsed(); });
    if (subs.empty()) return chain;
    chain.push_back(subs.front());
  }
}

std::string command_path(const std::vector<const CLI::App*>& chain) {
  std::string out = "revalo";
  for (std::size_t i = 1; i < chain.size(); ++i) out += " " + chain[i]->get_name();
  return out;
}

std::vector<std::string> subcommand_names(const CLI::App* app) {
  std::vector<std::string> out;
  for (const CLI::App* s : app->get_subcommands([](const CLI::App*) { return true; })) out.push_back(s->get_name());
  return out;
}

// Every long option the commands of the chain accept ("--position").
std::vector<std::string> option_names(const std::vector<const CLI::App*>& chain) {
  std::vector<std::string> out;
  for (const CLI::App* app : chain)
    for (const CLI::Option* o : app->get_options([](const CLI::Option*) { return true; }))
      for (const auto& n : o->get_lnames()) out.push_back("--" + n);
  return out;
}

std::optional<std::string> nearest_close(std::string_view typed, const std::vector<std::string>& known) {
  auto near = close_names(typed, known);
  if (near.empty()) return std::nullopt;
  return near.front();
}

std::string unknown_subcommand(const CLI::App* app, const std::string& typed) {
  const auto names = subcommand_names(app);
  if (auto s = nearest_close(typed, names))
    return fmt::format("sous-commande inconnue : « {} » ; vouliez-vous dire « {} » ?", typed, *s);
  return fmt::format("sous-commande inconnue : « {} » ; sous-commandes : {}", typed, fmt::join(names, ", "));
}

// The arguments no command took: mistyped options (and their values), subcommands, or stray words.
std::vector<std::string> explain_extras(const std::vector<const CLI::App*>& chain, const std::vector<std::string>& args) {
  std::vector<std::string> out;
  const CLI::App* last = chain.back();
  const bool wants_subcommand = !subcommand_names(last).empty() && last->get_require_subcommand_min() > 0;
  bool after_unknown_option = false;
  for (const auto& arg : args) {
    if (arg.size() > 1 && arg[0] == '-') {
      const std::string name = arg.substr(0, arg.find('='));
      if (auto near = close_names(name, option_names(chain)); !near.empty())
        out.push_back(fmt::format("option inconnue : {} ; vouliez-vous dire {} ?", name, fmt::join(near, " ou ")));
      else
        out.push_back(fmt::format("option inconnue : {}", name));
      after_unknown_option = arg.find('=') == std::string::npos;
      continue;
    }
    if (after_unknown_option) {  // the value of the mistyped option
      after_unknown_option = false;
      continue;
    }
    if (wants_subcommand && out.empty())
      out.push_back(unknown_subcommand(last, arg));
    else
      out.push_back(fmt::format("argument inattendu : « {} »", arg));
  }
  return out;
}

// CLI11's other messages, by their kind and parts.
std::string translate(const CLI::ParseError& e, const std::vector<const CLI::App*>& chain) {
  const std::string what = e.what(), kind = e.get_name();
  std::smatch m;
  if (kind == "RequiredError" && std::regex_match(what, m, std::regex(R"((.*) is required)"))) {
    if (m[1] == "A subcommand")
      return fmt::format("{} attend une sous-commande : {}", command_path(chain),
                         fmt::join(subcommand_names(chain.back()), ", "));
    const std::string name = m[1];
    return name.starts_with("-") ? fmt::format("l'option {} est obligatoire", name)
                                 : fmt::format("l'argument {} manque", name);
  }
  if (kind == "ExcludesError" && std::regex_match(what, m, std::regex(R"((\S+) excludes (\S+))")))
    return fmt::format("{} et {} ne vont pas ensemble : donnez l'une ou l'autre", m[1].str(), m[2].str());
  if (kind == "RequiresError" && std::regex_match(what, m, std::regex(R"((\S+) requires (\S+))")))
    return fmt::format("{} demande aussi {}", m[1].str(), m[2].str());
  if (kind == "ArgumentMismatch") {
    if (std::regex_match(what, m, std::regex(R"((\S+): \d+ required .* missing)")))
      return fmt::format("{} attend une valeur", m[1].str());
    if (std::regex_match(what, m, std::regex(R"(Expected exactly (\d+) arguments to (\S+), got (\d+))")))
      return fmt::format("{} attend {} valeur(s), {} donnée(s)", m[2].str(), m[1].str(), m[3].str());
    if (std::regex_search(what, m, std::regex(R"(^(\S+?):? )")))
      return fmt::format("{} : nombre de valeurs incorrect", m[1].str());
  }
  if (kind == "ConversionError") {
    if (std::regex_match(what, m, std::regex(R"((\S+): too many inputs for a flag)")))
      return fmt::format("{} ne prend pas de valeur", m[1].str());
    if (std::regex_match(what, m, std::regex(R"(The value (.*) is not an allowed value for (.*))")))
      return fmt::format("{} : « {} » n'est pas une valeur admise", m[2].str(), m[1].str());
    if (std::regex_match(what, m, std::regex(R"(Could not convert: (\S+) = (.*))")))
      return fmt::format("{} : « {} » n'est pas une valeur admise", m[1].str(), m[2].str());
  }
  if (kind == "ValidationError" && std::regex_match(what, m, std::regex(R"((\S+): (.*))")))
    return fmt::format("{} : {}", m[1].str(), m[2].str());
  return "ligne de commande invalide : " + what;
}

}  // namespace

void set_french_cli(CLI::App& app, std::function<std::string()> version) {
  app.formatter(std::make_shared<FrenchFormatter>());
  app.set_help_flag("-h,--help", "affiche cette aide");
  app.set_version_flag("--version", std::move(version), "affiche la version de revalo et la date de ses grilles");
  app.option_defaults()->group("Options");
}

void set_french_groups(CLI::App& app) {
  for (CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    sub->group("Sous-commandes");
    set_french_groups(*sub);
  }
}

std::string parse_error_fr(const CLI::App& app, const CLI::ParseError& e) {
  const auto chain = parsed_chain(app);
  // A mistyped option or subcommand explains most errors (a required option "missing" because its name was
  // mistyped): say it first.
  std::vector<std::string> lines = explain_extras(chain, app.remaining(true));
  if (lines.empty()) lines.push_back(translate(e, chain));
  std::string out = fmt::format("{}", fmt::join(lines, "\nrevalo: "));
  return out + fmt::format("\nAide : {} --help", command_path(chain));
}

CLI::Validator one_of(std::vector<std::string> values) {
  const std::string description = fmt::format("{{{}}}", fmt::join(values, ","));
  return CLI::Validator(
      [values](std::string& v) -> std::string {
        if (std::find(values.begin(), values.end(), v) != values.end()) return {};
        if (auto s = nearest_close(v, values))
          return fmt::format("« {} » n'est pas l'une des valeurs {} ; vouliez-vous dire « {} » ?", v,
                             fmt::join(values, ", "), *s);
        return fmt::format("« {} » n'est pas l'une des valeurs {}", v, fmt::join(values, ", "));
      },
      description);
}

}  // namespace revalo
