// `revalo history`, `revalo rappel` and `revalo career`: pay over months or over a career, as a French table, CSV,
// JSON, or a chart (SVG, or an HTML page with the table). The paid amounts of `rappel` are read here.
#include <algorithm>
#include <cstdio>

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "batch_input.h"
#include "career_curve.h"
#include "chart.h"
#include "cli_command.h"
#include "column_names.h"
#include "format_series.h"
#include "french_input.h"
#include "monthly_pay.h"
#include "rappel.h"
#include "registry.h"
#include "text_file.h"

namespace revalo {
namespace {

// --format text|json|csv|svg|html, --explain, --csv-fr.
struct SeriesOutput {
  std::string format = "text";
  bool explain = false, csv_fr = false;
  void add_to(CLI::App* cmd) {
    cmd->add_option("--format", format, "format de sortie (défaut : text)")
        ->check(one_of({"text", "json", "csv", "svg", "html"}));
    cmd->add_flag("--explain", explain, "montre la source légale de chaque événement");
    cmd->add_flag("--csv-fr", csv_fr, "CSV avec « ; » comme séparateur et la virgule décimale");
  }
  FormatOptions options() const { return {explain, csv_fr}; }
};

// A profile over a period of months: the profile options, --from and --to, and the series output.
struct PeriodOptions {
  ProfileOptions profile;
  SeriesOutput output;
  std::string from, to;
  void add_to(CLI::App* cmd) {
    add_profile_options(cmd, profile);
    cmd->add_option("--from", from, "premier mois (MM/AAAA ou AAAA-MM)")->required()->type_name("MOIS");
    cmd->add_option("--to", to, "dernier mois (MM/AAAA ou AAAA-MM)")->required()->type_name("MOIS");
    output.add_to(cmd);
  }
  // The first days of the first and last months.
  Result<std::pair<Date, Date>> months() const {
    auto f = parse_month_fr(from);
    if (!f) return make_error(ErrorKind::Usage, fmt::format("--from : « {} » n'est pas un mois MM/AAAA ou AAAA-MM", from));
    auto t = parse_month_fr(to);
    if (!t) return make_error(ErrorKind::Usage, fmt::format("--to : « {} » n'est pas un mois MM/AAAA ou AAAA-MM", to));
    if (*t < *f) return make_error(ErrorKind::Usage, fmt::format("--from {} est après --to {}", from, to));
    return std::pair{*f, *t};
  }
};

Result<Decimal> parse_amount(const std::string& text) {
  if (auto d = parse_amount_fr(text)) return *d;
  return make_error(ErrorKind::Input, fmt::format("« {} » n'est pas un montant", text));
}

// The paid CSV: a header with `month` and `gross` (and optionally `net`), or their French names (`mois`, `brut`,
// `net payé`: column_names.h), one row per month.
Result<std::map<Date, PaidMonth>> read_paid(const std::string& path) {
  auto text = read_text_file(path);
  if (!text) return make_error(ErrorKind::Input, fmt::format("impossible de lire le fichier des montants payés « {} »", path));
  std::istringstream in(*text);
  auto reader = BatchReader::open(in, BatchFormat::Csv, 0);
  if (!reader) return make_error(ErrorKind::Input, fmt::format("{} : {}", path, reader.error().message));
  const std::vector<std::string> names = {"month", "gross", "net"};
  reader->rename_columns([&](const std::string& h) { return canonical_column(h, names, paid_column_aliases()).value_or(h); });
  const auto& h = reader->header();
  auto col = [&](const char* name) -> long {
    auto it = std::find(h.begin(), h.end(), name);
    return it == h.end() ? -1 : it - h.begin();
  };
  const long month = col("month"), gross = col("gross"), net = col("net");
  if (month < 0 || gross < 0)
    return make_error(ErrorKind::Input, fmt::format("{} : l'en-tête doit nommer les colonnes mois et brut (et net "
                                                    "si connu), ou month et gross (et net)", path));
  std::map<Date, PaidMonth> out;
  BatchRecord rec;
  while (reader->next(rec)) {
    auto where = [&](const std::string& msg) {
      return make_error(ErrorKind::Input, fmt::format("{}:{} : {}", path, rec.line, msg));
    };
    if (!rec.error.empty()) return where(rec.error);
    auto m = parse_month_fr(rec.values[month]);
    if (!m) return where(fmt::format("« {} » n'est pas un mois MM/AAAA ou AAAA-MM", rec.values[month]));
    auto g = parse_amount(rec.values[gross]);
    if (!g) return where(g.error().message);
    PaidMonth pm{*g, std::nullopt};
    if (net >= 0 && !rec.values[net].empty()) {
      auto n = parse_amount(rec.values[net]);
      if (!n) return where(n.error().message);
      pm.net = *n;
    }
    if (!out.emplace(*m, pm).second) return where(fmt::format("le mois {} est donné deux fois", month_key(*m)));
  }
  return out;
}

template <typename Text, typename Csv, typename Json, typename ChartOf, typename TableOf>
std::string render_series(const SeriesOutput& so, Text text, Csv csv, Json json, ChartOf chart, TableOf table) {
  if (so.format == "csv") return csv(so.options());
  if (so.format == "json") return json();
  if (so.format == "svg") return chart_svg(chart());
  if (so.format == "html") return chart_html(chart(), table());
  return text(so.options());
}

class HistoryCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    auto* cmd = app.add_subcommand("history", "paie mois par mois entre deux mois, avec les événements qui l'ont changée");
    period_.add_to(cmd);
    return cmd;
  }
  int run(const CliContext& ctx) override {
    auto profile = build_profile(period_.profile);
    if (!profile) return fail(ctx.err, profile.error());
    auto range = period_.months();
    if (!range) return fail(ctx.err, range.error());
    auto h = monthly_pay(ctx.grids, *profile, range->first, range->second);
    if (!h) return fail(ctx.err, h.error());
    ctx.out << render_series(
        period_.output, [&](const FormatOptions& o) { return history_text(*h, *profile, o); },
        [&](const FormatOptions& o) { return history_csv(*h, o); }, [&] { return history_json(*h, *profile); },
        [&] { return history_chart(*h, *profile); }, [&] { return history_table(*h); });
    return 0;
  }

 private:
  PeriodOptions period_;
};

class RappelCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    auto* cmd = app.add_subcommand("rappel", "rappel de salaire : mois par mois, ce que donnent les textes face à ce qui a été payé");
    period_.add_to(cmd);
    auto* paid = cmd->add_option("--paid", paid_, "CSV des montants payés : mois;brut[;net] (ou month,gross[,net])");
    cmd->add_option("--paid-gross", paid_gross_, "le même brut payé chaque mois")->excludes(paid)->type_name("MONTANT");
    cmd->add_option("--claim-date", claim_, "date de la demande, pour la prescription (défaut : aujourd'hui)")->type_name("DATE");
    return cmd;
  }
  int run(const CliContext& ctx) override {
    auto profile = build_profile(period_.profile);
    if (!profile) return fail(ctx.err, profile.error());
    auto range = period_.months();
    if (!range) return fail(ctx.err, range.error());
    Date claim = today();
    if (!claim_.empty()) {
      auto d = parse_date_option("--claim-date", claim_);
      if (!d) return fail(ctx.err, d.error());
      claim = *d;
    }
    std::map<Date, PaidMonth> paid;
    if (!paid_.empty()) {
      auto p = read_paid(paid_);
      if (!p) return fail(ctx.err, p.error());
      paid = std::move(*p);
    } else if (!paid_gross_.empty()) {
      auto g = parse_amount(paid_gross_);
      if (!g) return fail(ctx.err, make_error(ErrorKind::Usage, "--paid-gross : " + g.error().message));
      for (Date m = range->first; m <= range->second; m = month_end(m).add_days(1)) paid[m] = PaidMonth{*g, std::nullopt};
    } else {
      return fail(ctx.err, make_error(ErrorKind::Usage, "rappel demande les montants payés : --paid FICHIER.csv ou "
                                                        "--paid-gross MONTANT"));
    }
    auto r = compute_rappel(ctx.grids, *profile, range->first, range->second, paid, claim);
    if (!r) return fail(ctx.err, r.error());
    ctx.out << render_series(
        period_.output, [&](const FormatOptions& o) { return rappel_text(*r, *profile, o); },
        [&](const FormatOptions& o) { return rappel_csv(*r, o); }, [&] { return rappel_json(*r, *profile); },
        [&] { return rappel_chart(*r, *profile); }, [&] { return rappel_table(*r); });
    return 0;
  }

 private:
  PeriodOptions period_;
  std::string paid_, paid_gross_, claim_;
};

class CareerCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    auto* cmd = app.add_subcommand("career", "paie d'une position selon l'ancienneté, à deux dates ou de part et d'autre d'une mesure");
    add_profile_options(cmd, po_);
    add_two_date_options(cmd, dates_, fmt::format("mesure nommée ({}, ou une mesure Ségur)", agreement_measure_names()), true);
    cmd->add_option("--years", years_, "années d'ancienneté révolues, par exemple 0-30 (défaut)");
    so_.add_to(cmd);
    return cmd;
  }
  int run(const CliContext& ctx) override {
    auto profile = build_profile(po_);
    if (!profile) return fail(ctx.err, profile.error());
    int lo = 0, hi = 30;
    if (char dash = 0; std::sscanf(years_.c_str(), "%d%c%d", &lo, &dash, &hi) != 3 || dash != '-' || lo < 0 || hi < lo || hi > 50)
      return fail(ctx.err, make_error(ErrorKind::Usage, fmt::format("--years : « {} » n'est pas un intervalle A-B "
                                                                    "d'années (0 ≤ A ≤ B ≤ 50)", years_)));
    auto d = two_dates(ctx.grids, dates_, &*profile, "career");
    if (!d) return fail(ctx.err, d.error());
    auto c = compute_career(ctx.grids, *profile, d->before, d->after, {dates_.position_before},
                            {dates_.position_after}, lo, hi);
    if (!c) return fail(ctx.err, c.error());
    ctx.out << render_series(
        so_, [&](const FormatOptions& o) { return career_text(*c, *profile, o); },
        [&](const FormatOptions& o) { return career_csv(*c, o); }, [&] { return career_json(*c, *profile); },
        [&] { return career_chart(*c, *profile); }, [&] { return career_table(*c); });
    return 0;
  }

 private:
  ProfileOptions po_;
  SeriesOutput so_;
  TwoDateOptions dates_;
  std::string years_ = "0-30";
};

}  // namespace

std::unique_ptr<Command> make_history_command() { return std::make_unique<HistoryCommand>(); }
std::unique_ptr<Command> make_rappel_command() { return std::make_unique<RappelCommand>(); }
std::unique_ptr<Command> make_career_command() { return std::make_unique<CareerCommand>(); }

}  // namespace revalo
