// Text of `revalo grids verify` (see kali_report.h).
#include "kali_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <vector>

#include "format_number.h"

namespace revalo {
namespace {

std::string date_text(const std::optional<Date>& d) { return d ? d->iso() : "date inconnue"; }

// "KALIARTI… du 2021-10-01", with the place in the article when it is given (`where`).
std::string article_ref(const CellCheck& c, bool where) {
  return fmt::format("{} {}{}", c.article_id, c.kali_date ? "du " + c.kali_date->iso() : "(sans date dans KALI)",
                     where && !c.where.empty() ? ", " + c.where : "");
}

// Footnotes of one parameter: each distinct reason and source, numbered in order of first use.
class Notes {
 public:
  int number(const CellCheck& c) {
    std::string text = c.reason + ". Source : " + c.source;
    for (std::size_t i = 0; i < notes_.size(); ++i)
      if (notes_[i] == text) return static_cast<int>(i) + 1;
    notes_.push_back(text);
    return static_cast<int>(notes_.size());
  }
  void print(std::string& out) const {
    for (std::size_t i = 0; i < notes_.size(); ++i) out += fmt::format("  [{}] {}\n", i + 1, notes_[i]);
  }

 private:
  std::vector<std::string> notes_;
};

std::string status_text(const CellCheck& c, Notes& notes) {
  switch (c.status) {
    case KaliStatus::Ok: return "ok  " + article_ref(c, false);
    case KaliStatus::Differs:
      return fmt::format("DIFFÈRE : KALI {}, grille {} — {}", fr_number(*c.kali), fr_number(c.ours), article_ref(c, true));
    case KaliStatus::Absent: return fmt::format("absent de KALI [{}]", notes.number(c));
    case KaliStatus::Unlinked: return fmt::format("non relié à KALI [{}]", notes.number(c));
  }
  return "";
}

bool same_outcome(const CellCheck& a, const CellCheck& b) {
  return a.status == b.status && a.article_id == b.article_id && a.kali_date == b.kali_date && a.where == b.where &&
         a.reason == b.reason && a.source == b.source;
}

// The cells of one row of a year grid (same version and key): each differing year on its own line, the others
// grouped by outcome.
void print_years(std::string& out, const std::vector<const CellCheck*>& row, Notes& notes) {
  std::vector<std::vector<const CellCheck*>> groups;
  for (const CellCheck* c : row) {
    if (c->status == KaliStatus::Differs) {
      out += fmt::format("    {:<18} {:>6}  {}\n", fmt::format("{} année {}", c->key, c->index + 1),
                         fr_number(c->ours), status_text(*c, notes));
      continue;
    }
    auto g = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return same_outcome(*g.front(), *c); });
    if (g == groups.end()) groups.push_back({c});
    else g->push_back(c);
  }
  for (const auto& g : groups) {
    int first = g.front()->index + 1, last = g.back()->index + 1;
    std::string label = static_cast<int>(g.size()) == last - first + 1
                            ? fmt::format("{} années {} à {}", g.front()->key, first, last)
                            : fmt::format("{} ({} années)", g.front()->key, g.size());
    out += fmt::format("    {:<25} {}\n", label, status_text(*g.front(), notes));
  }
}

void print_param(std::string& out, const ParamCheck& p) {
  out += fmt::format("\n{} — {} ({})\n", p.id, p.label, p.file);
  Notes notes;
  std::optional<Date> version;
  for (std::size_t i = 0; i < p.cells.size();) {
    const CellCheck& c = p.cells[i];
    if (!version || *version != c.version_from) {
      version = c.version_from;
      out += fmt::format("  version du {}\n", c.version_from.iso());
    }
    if (c.index < 0) {
      out += fmt::format("    {:<18} {:>6}  {}\n", c.key.empty() ? "valeur" : c.key, fr_number(c.ours),
                         status_text(c, notes));
      ++i;
      continue;
    }
    std::vector<const CellCheck*> row;
    while (i < p.cells.size() && p.cells[i].index >= 0 && p.cells[i].key == c.key &&
           p.cells[i].version_from == c.version_from)
      row.push_back(&p.cells[i++]);
    print_years(out, row, notes);
  }
  notes.print(out);
}

std::string short_caption(const std::string& caption) {
  if (caption.size() <= 110) return caption;
  std::size_t cut = caption.find(' ', caption.size() - 110);
  return cut == std::string::npos ? caption : "…" + caption.substr(cut + 1);
}

void print_table(std::string& out, const TableCheck& t) {
  std::string text = t.text_title.rfind("Texte de base", 0) == 0 ? "texte de base" : t.text_title;
  out += fmt::format("  {} tableau {} ({}{}) : {} cases — ", t.article_id, t.number, date_text(t.date),
                     text.empty() ? "" : ", " + text, t.cells);
  switch (t.status) {
    case KaliStatus::Ok: out += fmt::format("identiques à {} au {}\n", t.param, date_text(t.date)); break;
    case KaliStatus::Differs: out += fmt::format("DIFFÈRENT de {} au {} :\n", t.param, date_text(t.date)); break;
    default: out += t.reason + "\n"; break;
  }
  for (const auto& m : t.mismatches) out += fmt::format("      {}\n", m);
  if (!t.caption.empty()) out += fmt::format("      « {} »\n", short_caption(t.caption));
}

}  // namespace

std::string verify_report_text(const VerifyReport& r, const std::vector<std::string>& kali_files) {
  std::string out = fmt::format("Vérification des grilles contre KALI : {} ({}{})\n", fmt::join(kali_files, " + "),
                                r.kali_id, r.kali_title.empty() ? "" : ", " + r.kali_title);
  out += fmt::format("Grilles : {}\n", r.grids.empty() ? "aucune" : fmt::format("{}", fmt::join(r.grids, ", ")));
  for (const auto& p : r.params) print_param(out, p);
  out += "\nTableaux de coefficients KALI qu'aucune case ne cite :\n";
  if (r.tables.empty()) out += "  aucun\n";
  for (const auto& t : r.tables) print_table(out, t);
  out += fmt::format(
      "\nBilan : cases ok : {}, différentes : {}, absentes de KALI : {}, non reliées : {} ; tableaux KALI non cités "
      ": identiques : {}, différents : {}, non comparés : {}.\n",
      r.count(KaliStatus::Ok), r.count(KaliStatus::Differs), r.count(KaliStatus::Absent),
      r.count(KaliStatus::Unlinked), r.count_tables(KaliStatus::Ok), r.count_tables(KaliStatus::Differs),
      r.count_tables(KaliStatus::Absent));
  if (r.has_differences()) out += "Des valeurs des grilles diffèrent de KALI (code de sortie 6).\n";
  return out;
}

}  // namespace revalo
