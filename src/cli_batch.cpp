// `revalo batch`: opens the input and output, runs the batch (batch.h), prints the French summary on stderr.
#include <fmt/format.h>

#include <fstream>
#include <iostream>

#include "batch.h"
#include "cli_command.h"
#include "pay.h"
#include "scenario_options.h"

namespace revalo {
namespace {

class BatchCommand : public Command {
 public:
  CLI::App* add_to(CLI::App& app) override {
    auto* cmd =
        app.add_subcommand("batch", "recompute a workforce: one output row per input row (CSV or JSON lines)");
    add_profile_options(cmd, po_);
    cmd->add_option("INPUT", input_, "input file, or - for standard input")->required();
    cmd->add_option("-o,--output", output_, "output file (default: standard output)");
    cmd->add_option("--before", before_, "compare: first date");
    cmd->add_option("--after", after_, "compare: second date");
    cmd->add_option("--measure", measure_, "compare across a named measure (avenant43)");
    cmd->add_option("--format", format_, "output format")->check(CLI::IsMember({"csv", "jsonl"}));
    cmd->add_option("--input-format", in_format_, "input format")
        ->check(CLI::IsMember({"auto", "csv", "jsonl"}));
    cmd->add_option("--delimiter", delimiter_, "CSV input delimiter (default: detected)")
        ->check(CLI::IsMember({",", ";", "tab"}));
    cmd->add_option("--keep", keep_,
                    "input columns copied to the output, comma-separated (e.g. an employee id)");
    cmd->add_flag("--ignore-unknown-columns", ignore_unknown_, "ignore input columns that are not profile fields");
    cmd->add_flag("--csv-fr", csv_fr_, "CSV output with ';' separator and decimal comma");
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
      if (!measure_.empty() || !before_.empty() || !after_.empty())
        return fail(err, make_error(ErrorKind::Usage, "--scenario/--point calcule chaque ligne à sa date (--at) sous "
                                                      "la loi et sous la proposition : pas de --before, --after ni --measure"));
      auto loaded = so_.load(ctx, o.defaults);
      if (!loaded) return fail(err, loaded.error());
      scenario = std::move(*loaded);
      o.scenario = &*scenario;
    }
    if (!measure_.empty()) {
      if (!before_.empty() || !after_.empty())
        return fail(err, make_error(ErrorKind::Usage, "donnez --measure ou --before/--after, pas les deux"));
      // A measure whose start depends on the person (Ségur) is dated row by row; an unknown one stops here.
      auto m = measure_dates(g, measure_);
      if (m) {
        o.before = m->before;
        o.after = m->after;
      } else if (m.error().kind != ErrorKind::Usage) {  // Usage: its start depends on the person
        return fail(err, m.error());
      } else {
        o.measure = measure_;
      }
    } else if (!before_.empty() || !after_.empty()) {
      if (before_.empty() || after_.empty())
        return fail(err, make_error(ErrorKind::Usage, "une comparaison en lot demande --before et --after"));
      auto b = parse_date_option("--before", before_);
      if (!b) return fail(err, b.error());
      auto a = parse_date_option("--after", after_);
      if (!a) return fail(err, a.error());
      o.before = *b;
      o.after = *a;
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
    std::ofstream out_file;
    std::ostream* sink = &ctx.out;
    if (!output_.empty()) {
      out_file.open(output_, std::ios::binary);
      if (!out_file)
        return fail(err, make_error(ErrorKind::Input, fmt::format("impossible d'écrire le fichier de sortie « {} »", output_)));
      sink = &out_file;
    }
    auto summary = run_batch(g, *reader, o, *sink);
    if (!summary) return fail(err, summary.error());
    sink->flush();
    if (!*sink) return fail(err, make_error(ErrorKind::Input, "l'écriture de la sortie a échoué"));
    err << batch_summary_text(*summary);
    return summary->errors ? kExitSomeRowsFailed : 0;
  }

 private:
  ProfileOptions po_;
  std::string input_, output_, before_, after_, measure_, keep_;
  std::string format_ = "csv", in_format_ = "auto", delimiter_;
  bool ignore_unknown_ = false, csv_fr_ = false;
  ScenarioOptions so_;
};

}  // namespace

std::unique_ptr<Command> make_batch_command() { return std::make_unique<BatchCommand>(); }

}  // namespace revalo
