// `revalo batch`: opens the input and output, runs the batch (batch.h), prints the French summary on stderr, or
// writes it as JSON (--summary FILE; - for stderr instead of the French text).
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include <unistd.h>

#include "batch.h"
#include "cli_command.h"
#include "column_names.h"
#include "format_number.h"
#include "pay.h"
#include "registry.h"
#include "scenario_options.h"

namespace revalo {
namespace {

class BatchCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    auto* cmd =
        app.add_subcommand("batch", "recalcule un effectif : une ligne de sortie par ligne d'entrée (CSV ou lignes JSON)");
    add_profile_options(cmd, po_);
    cmd->add_option("ENTRÉE", input_, "fichier d'entrée, ou - pour l'entrée standard")->required();
    cmd->add_option("-o,--output", output_, "fichier de sortie (défaut : la sortie standard)")->type_name("FICHIER");
    add_two_date_options(cmd, dates_, fmt::format("compare de part et d'autre d'une mesure nommée ({}, ou une mesure Ségur : datée ligne par "
                                                  "ligne)",
                                                  agreement_measure_names()),
                         false);
    cmd->add_option("--format", format_, "format de sortie (défaut : csv)")->check(one_of({"csv", "jsonl"}));
    cmd->add_option("--input-format", in_format_, "format d'entrée (défaut : auto)")
        ->check(one_of({"auto", "csv", "jsonl"}));
    cmd->add_option("--delimiter", delimiter_, "séparateur du CSV d'entrée (défaut : détecté)")
        ->check(one_of({",", ";", "tab"}));
    cmd->add_option("--keep", keep_,
                    "colonnes d'entrée recopiées dans la sortie, séparées par des virgules (un matricule…)")
        ->type_name("COLONNES");
    cmd->add_flag("--ignore-unknown-columns", ignore_unknown_, "ignore les colonnes d'entrée qui ne sont pas des champs de profil");
    cmd->add_flag("--csv-fr", csv_fr_, "CSV de sortie avec « ; » comme séparateur et la virgule décimale");
    cmd->add_option("--summary", summary_,
                    "écrit le résumé en JSON dans ce fichier (- : sur la sortie d'erreur, à la place du texte français)")
        ->type_name("FICHIER");
    add_scenario_options(cmd, so_);
    return cmd;
  }

  int run(const CliContext& ctx) override {
    const GridSet& g = ctx.grids;
    std::ostream& err = ctx.err;
    BatchOptions o;
    o.jsonl = format_ == "jsonl";
    o.csv_fr = csv_fr_;
    o.ignore_unknown_columns = ignore_unknown_;
    for (std::size_t start = 0; !keep_.empty() && start <= keep_.size();) {
      std::size_t comma = keep_.find(',', start);
      if (comma == std::string::npos) comma = keep_.size();
      if (comma > start) o.keep.push_back(keep_.substr(start, comma - start));
      start = comma + 1;
    }
    auto base = build_profile(po_);
    if (!base) return fail(err, base.error());
    o.defaults = *base;
    std::optional<GridSet> scenario;  // outlives the batch
    if (so_.given()) {
      if (dates_.any_date())
        return fail(err, make_error(ErrorKind::Usage, "--scenario/--point calcule chaque ligne à sa date (--at) sous "
                                                      "la loi et sous la proposition : pas de --before, --after ni --measure"));
      if (!so_.point.empty() && o.defaults.convention.empty()) {
        // No --convention: each row's own convention gets the point value (batch.h, BatchOptions::point).
        auto value = so_.point_value(o.defaults);
        if (!value) return fail(err, value.error());
        o.point = *value;
        o.point_from = o.defaults.at;
      } else {
        auto loaded = so_.load(ctx, o.defaults);
        if (!loaded) return fail(err, loaded.error());
        scenario = std::move(*loaded);
        o.scenario = &*scenario;
      }
    }
    if (dates_.any_date()) {
      auto d = two_dates(g, dates_, nullptr, "une comparaison en lot");
      const bool only_measure = !dates_.measure.empty() && dates_.before.empty() && dates_.after.empty();
      if (d) {
        o.before = d->before;
        o.after = d->after;
      } else if (only_measure && d.error().kind == ErrorKind::Usage) {
        o.measure = dates_.measure;  // its start depends on the person (Ségur): dated row by row
      } else {
        return fail(err, d.error());  // an unknown measure, or bad dates, stop here
      }
    }
    std::ifstream file;
    std::istream* in = &std::cin;
    if (input_ != "-") {
      file.open(input_, std::ios::binary);
      if (!file)
        return fail(err, make_error(ErrorKind::Input, fmt::format("impossible de lire le fichier d'entrée « {} »", input_)));
      in = &file;
    }
    BatchFormat bf = in_format_ == "csv"     ? BatchFormat::Csv
                     : in_format_ == "jsonl" ? BatchFormat::Jsonl
                                             : BatchFormat::Auto;
    char delim = delimiter_.empty() ? 0 : delimiter_ == "tab" ? '\t' : delimiter_[0];
    auto reader = BatchReader::open(*in, bf, delim);
    if (!reader) return fail(err, reader.error());
    // French or differently written headers name the profile fields ("Ancienneté", "HEURES"); --keep names a column
    // whatever its case or accents, as written in the file.
    reader->rename_columns([](const std::string& h) { return profile_field_column(h).value_or(h); });
    for (auto& k : o.keep) {
      const auto& written = reader->written_header();
      for (std::size_t i = 0; i < written.size(); ++i)
        if (same_column(k, written[i]) || same_column(k, reader->header()[i])) k = reader->header()[i];
      if (!reader->is_csv()) k = profile_field_column(k).value_or(k);
    }
    std::ofstream out_file;
    std::ostream* sink = &ctx.out;
    if (!output_.empty()) {
      out_file.open(output_, std::ios::binary);
      if (!out_file)
        return fail(err, make_error(ErrorKind::Input, fmt::format("impossible d'écrire le fichier de sortie « {} »", output_)));
      sink = &out_file;
    }
    std::ofstream summary_file;  // opened before the run, so that an unwritable path stops it early
    if (!summary_.empty() && summary_ != "-") {
      summary_file.open(summary_, std::ios::binary);
      if (!summary_file)
        return fail(err, make_error(ErrorKind::Input, fmt::format("impossible d'écrire le fichier de résumé « {} »", summary_)));
    }
    if (&err == &std::cerr && ::isatty(STDERR_FILENO) && summary_ != "-") {
      // A large input on a terminal: how many rows are done, on one line rewritten in place (not before a JSON
      // summary on the same stream).
      o.progress = [&err](long rows, bool done) {
        err << fmt::format("\rrevalo batch : {} lignes traitées{}", fr_number(Decimal::from_int(rows)), done ? "\n" : "…")
            << std::flush;
      };
    }
    auto summary = run_batch(g, *reader, o, *sink);
    if (!summary) return fail(err, summary.error());
    sink->flush();
    if (!*sink) return fail(err, make_error(ErrorKind::Input, "l'écriture de la sortie a échoué"));
    if (summary_ == "-") {
      err << batch_summary_json(*summary);
    } else {
      err << batch_summary_text(*summary);
      if (summary_file.is_open() && !(summary_file << batch_summary_json(*summary) << std::flush))
        return fail(err, make_error(ErrorKind::Input, fmt::format("l'écriture du résumé « {} » a échoué", summary_)));
    }
    return summary->errors ? kExitSomeRowsFailed : 0;
  }

 private:
  ProfileOptions po_;
  TwoDateOptions dates_;
  std::string input_, output_, keep_, summary_;
  std::string format_ = "csv", in_format_ = "auto", delimiter_;
  bool ignore_unknown_ = false, csv_fr_ = false;
  ScenarioOptions so_;
};

}  // namespace

std::unique_ptr<Command> make_batch_command() { return std::make_unique<BatchCommand>(); }

}  // namespace revalo
