// Helpers shared by the subcommands (cli_command.h): errors to stderr, profile flags, output flags, dates.
#include <chrono>

#include <fmt/format.h>

#include "cli_command.h"
#include "cli_french.h"
#include "french_input.h"
#include "profile_file.h"
#include "registry.h"

namespace revalo {

int fail(std::ostream& err, const Error& e) {
  err << "revalo: " << e.message << "\n";
  return static_cast<int>(e.kind);
}

void add_profile_options(CLI::App* cmd, ProfileOptions& po) {
  cmd->add_option("--profile", po.profile_file, "fichier de profil TOML (les options l'emportent sur ses champs)")
      ->type_name("FICHIER");
  for (const auto& f : profile_fields()) {
    std::string flag = "--" + std::string(f.name);
    for (char& c : flag)
      if (c == '_') c = '-';
    std::string name(f.name);
    bool is_bool = f.type == FieldType::Bool;  // "--alsace-moselle" alone means yes
    auto* opt = cmd->add_option_function<std::string>(
        flag, [&po, name, is_bool](const std::string& v) { po.values[name] = is_bool && v.empty() ? "yes" : v; },
        std::string(f.help));
    opt->type_name(field_value_name(f));
    if (is_bool) opt->expected(0, 1);
  }
}

Result<Profile> build_profile(const ProfileOptions& po) {
  Profile p;
  if (!po.profile_file.empty())
    if (auto e = load_profile_file(po.profile_file, p)) return *e;
  for (const auto& f : profile_fields()) {
    auto it = po.values.find(std::string(f.name));
    if (it == po.values.end()) continue;
    if (auto e = set_any_profile_field(p, it->first, it->second)) {
      Error flag_error = *e;
      return flag_error;
    }
  }
  return p;
}

Result<Profile> build_dated_profile(const ProfileOptions& po, std::string_view command) {
  auto p = build_profile(po);
  if (p && !p->at)
    return make_error(ErrorKind::Usage, fmt::format("{} demande une date : --at JJ/MM/AAAA", command));
  return p;
}

void add_output_options(CLI::App* cmd, OutputOptions& oo) {
  cmd->add_option("--format", oo.format, "format de sortie (défaut : text)")->check(one_of({"text", "json", "csv"}));
  cmd->add_flag("--explain", oo.explain, "montre la formule, les valeurs et la source légale de chaque ligne");
  cmd->add_flag("--csv-fr", oo.csv_fr, "CSV avec « ; » comme séparateur et la virgule décimale");
}

Date today() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{days};
  return *Date::from_ymd(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                         static_cast<int>(static_cast<unsigned>(ymd.day())));
}

Result<Date> parse_date_option(const std::string& name, const std::string& value) {
  if (auto d = parse_date_fr(value)) return *d;
  return make_error(ErrorKind::Usage,
                    fmt::format("{} : « {} » n'est pas une date JJ/MM/AAAA ou AAAA-MM-JJ", name, value));
}

void add_two_date_options(CLI::App* cmd, TwoDateOptions& o, const std::string& measure_help, bool positions) {
  cmd->add_option("--before", o.before, "première date (JJ/MM/AAAA ou AAAA-MM-JJ)")->type_name("DATE");
  cmd->add_option("--after", o.after, "seconde date (JJ/MM/AAAA ou AAAA-MM-JJ)")->type_name("DATE");
  cmd->add_option("--measure", o.measure, measure_help)->type_name("MESURE");
  if (!positions) return;
  cmd->add_option("--position-before", o.position_before, "position à la première date (par exemple l'ancienne "
                                                          "catégorie C)")->type_name("POSITION");
  cmd->add_option("--position-after", o.position_after, "position à la seconde date (par exemple employe.2.1)")
      ->type_name("POSITION");
}

Result<MeasureDates> two_dates(const GridSet& g, const TwoDateOptions& o, const Profile* profile,
                               std::string_view command, std::string_view alternatives) {
  if (!o.measure.empty()) {
    if (!o.before.empty() || !o.after.empty())
      return make_error(ErrorKind::Usage, "donnez --measure ou --before/--after, pas les deux");
    return measure_dates(g, o.measure, profile);
  }
  if (o.before.empty() || o.after.empty())
    return make_error(ErrorKind::Usage, fmt::format("{} demande --before et --after, ou {}", command, alternatives));
  auto b = parse_date_option("--before", o.before);
  if (!b) return b.error();
  auto a = parse_date_option("--after", o.after);
  if (!a) return a.error();
  return MeasureDates{*b, *a};
}

}  // namespace revalo
