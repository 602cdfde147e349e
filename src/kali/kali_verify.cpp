// Grid ↔ KALI comparison (see kali_verify.h).
#include "kali_verify.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

#include "format_number.h"
#include "kali_html.h"
#include "kali_regroupement.h"
#include "kali_tables.h"
#include "names.h"

namespace revalo {
namespace {

bool is_point(const Parameter& p) {
  return p.kind == ParamKind::Scalar && fold(p.label).rfind("valeur du point", 0) == 0;
}

bool names_kali(const Parameter& p) {
  if (!p.kali.empty()) return true;
  for (const auto& v : p.versions) {
    if (!v.provenance.kali.empty()) return true;
    for (const auto& [k, c] : v.cells)
      if (!c.provenance.kali.empty()) return true;
  }
  return false;
}

std::string date_text(const std::optional<Date>& d) { return d ? d->iso() : "date inconnue"; }

class Verifier {
 public:
  explicit Verifier(const KaliDoc& k) : kali_(k) {}

  ParamCheck check(const Parameter& p) {
    ParamCheck out{p.id, p.label, p.file, {}};
    for (const Version& v : p.versions) {
      if (p.kind == ParamKind::Table) {
        for (const auto& [key, cell] : v.cells) {
          const std::string& id = !cell.provenance.kali.empty() ? cell.provenance.kali : p.kali;
          for (std::size_t i = 0; i < cell.values.size(); ++i) {
            CellCheck c;
            c.version_from = v.from;
            c.key = key;
            c.index = cell.values.size() == 1 ? -1 : static_cast<int>(i);
            c.ours = cell.values[i];
            c.source = cell.provenance.source;
            compare_in_articles(c, id, out.cells);
          }
        }
      } else if (is_point(p)) {
        CellCheck c;
        c.version_from = v.from;
        c.ours = v.number;
        c.source = v.provenance.source;
        compare_point(c, !v.provenance.kali.empty() ? v.provenance.kali : p.kali);
        out.cells.push_back(std::move(c));
      }
    }
    return out;
  }

  // KALI coefficient tables that no cell was compared with.
  std::vector<TableCheck> uncited_tables(const std::vector<const Parameter*>& tables_of_ours) {
    std::vector<TableCheck> out;
    for (const std::string& id : kali_.order) {
      const KaliArticle& a = *kali_.article(id);
      for (const KaliTable& t : tables(a)) {
        if (used_.count({a.id, t.number})) continue;
        TableCheck tc;
        tc.article_id = a.id;
        tc.number = t.number;
        tc.caption = t.caption;
        tc.date = a.date;
        tc.cells = t.values.size();
        if (auto it = kali_.texts.find(a.text_id); it != kali_.texts.end()) tc.text_title = it->second.title;
        compare_table(tc, t, tables_of_ours);
        out.push_back(std::move(tc));
      }
    }
    return out;
  }

 private:
  const std::vector<KaliTable>& tables(const KaliArticle& a) {
    auto it = tables_.find(a.id);
    if (it == tables_.end()) it = tables_.emplace(a.id, coefficient_tables(a)).first;
    return it->second;
  }

  // Why a value has no article to compare with: the KALI ids of its source, present in the file or not.
  void explain_unnamed(CellCheck& c) {
    static const std::regex kId("KALI(TEXT|ARTI)[0-9]{12}");
    std::vector<std::string> present, missing;
    for (std::sregex_iterator it(c.source.begin(), c.source.end(), kId), end; it != end; ++it) {
      std::string id = it->str();
      bool here = kali_.texts.count(id) || kali_.articles.count(id);
      auto& list = here ? present : missing;
      if (std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
    }
    if (!present.empty()) {
      c.status = KaliStatus::Unlinked;
      c.reason = fmt::format("aucun article KALI indiqué (champ kali) ; {} de la source {} dans le fichier",
                             fmt::join(present, ", "), present.size() > 1 ? "sont" : "est");
    } else if (!missing.empty()) {
      c.status = KaliStatus::Absent;
      c.reason = fmt::format("{} de la source {} pas dans ce fichier KALI", fmt::join(missing, ", "),
                             missing.size() > 1 ? "ne sont" : "n'est");
    } else {
      c.status = KaliStatus::Absent;
      c.reason = "la source ne cite aucun texte KALI";
    }
  }

  // Finds the named article; false (with the reason set) when the check cannot go further.
  const KaliArticle* find_article(CellCheck& c, const std::string& id) {
    c.article_id = id;
    if (id.empty()) {
      explain_unnamed(c);
      return nullptr;
    }
    const KaliArticle* a = kali_.article(id);
    if (a) {
      c.kali_date = a->date;
      return a;
    }
    c.status = KaliStatus::Absent;
    if (auto ab = kali_.abrogated.find(id); ab != kali_.abrogated.end()) {
      c.reason = fmt::format("l'article {} n'est pas dans ce fichier : abrogé le {} par {}{}", id,
                             date_text(ab->second.date), ab->second.by_article,
                             ab->second.by_text_title.empty() ? "" : " (" + ab->second.by_text_title + ")");
    } else {
      c.reason = fmt::format("l'article {} n'est pas dans ce fichier KALI", id);
    }
    return nullptr;
  }

  // `ids`: one KALI article, or several separated by spaces that each hold the same table (the CCN 66 restates a
  // grid in the article of every job on it). The cell is compared with each article whose tables have its key; when
  // none has, one check says so.
  void compare_in_articles(const CellCheck& base, const std::string& ids, std::vector<CellCheck>& out) {
    std::vector<std::string> list;
    for (std::string_view id : words(ids)) list.emplace_back(id);
    if (list.size() <= 1) {
      CellCheck c = base;
      compare_cell(c, list.empty() ? std::string() : list.front());
      out.push_back(std::move(c));
      return;
    }
    std::vector<CellCheck> found, missing;
    for (const std::string& id : list) {
      CellCheck c = base;
      compare_cell(c, id);
      (c.status == KaliStatus::Absent && kali_.article(id) ? missing : found).push_back(std::move(c));
    }
    if (found.empty()) {
      CellCheck c = base;
      c.status = KaliStatus::Absent;
      c.reason = fmt::format("aucun des articles {} n'a de case {} dans ses tableaux de coefficients",
                             fmt::join(list, ", "), base.key);
      found.push_back(std::move(c));
    }
    for (auto& c : found) out.push_back(std::move(c));
  }

  void compare_cell(CellCheck& c, const std::string& id) {
    const KaliArticle* a = find_article(c, id);
    if (!a) return;
    bool found = false;
    for (const KaliTable& t : tables(*a)) {
      for (const KaliValue& kv : t.values) {
        if (kv.key != c.key || kv.index != c.index) continue;
        used_.insert({a->id, t.number});
        if (!found || (c.status == KaliStatus::Ok && kv.value != c.ours)) {
          c.kali = kv.value;
          c.where = kv.where;
          c.status = kv.value == c.ours ? KaliStatus::Ok : KaliStatus::Differs;
        }
        found = true;
      }
    }
    // A métier heading with its reference coefficient ("AIDE-SOIGNANT Coef. Réf. 376", kali_regroupement.h).
    if (!found) found = compare_reference_coefficient(c, *a);
    if (!found) {
      c.status = KaliStatus::Absent;
      c.reason = fmt::format("l'article {} n'a pas de case {} dans ses tableaux de coefficients", a->id, c.key);
    }
  }

  void compare_point(CellCheck& c, const std::string& id) {
    const KaliArticle* a = find_article(c, id);
    if (!a) return;
    const std::string text = html_to_text(a->html);
    if (auto dated = point_value_on(text, c.version_from)) {  // the value stated for this version's date
      c.kali = *dated;
      c.status = *dated == c.ours ? KaliStatus::Ok : KaliStatus::Differs;
      return;
    }
    auto stated = stated_point_values(text);
    if (stated.empty()) {
      c.status = KaliStatus::Absent;
      c.reason = fmt::format("l'article {} n'énonce pas de valeur du point", a->id);
      return;
    }
    c.status = KaliStatus::Ok;
    c.kali = stated.front();
    for (Decimal d : stated) {
      if (d != c.ours) {
        c.status = KaliStatus::Differs;
        c.kali = d;
      }
    }
  }

  void compare_table(TableCheck& tc, const KaliTable& t, const std::vector<const Parameter*>& ours) {
    if (t.steps) {
      tc.reason = "grille d'un emploi qu'aucune case ne cite : non comparée (ses cases ne disent pas de quelle grille "
                  "elle est)";
      return;
    }
    if (!tc.date) {
      tc.reason = "l'article n'a pas de date d'effet dans le fichier : non comparé";
      return;
    }
    for (const Parameter* p : ours) {
      const Version* v = version_at(p->versions, *tc.date);
      if (!v) continue;
      auto has = [&](const KaliValue& kv) {
        auto it = v->cells.find(kv.key);
        if (it == v->cells.end()) return false;
        std::size_t n = it->second.values.size();
        return kv.index < 0 ? n == 1 : static_cast<std::size_t>(kv.index) < n;
      };
      if (!std::all_of(t.values.begin(), t.values.end(), has)) continue;
      tc.param = p->id;
      tc.status = KaliStatus::Ok;
      for (const KaliValue& kv : t.values) {
        Decimal our = v->cells.at(kv.key).values[kv.index < 0 ? 0 : static_cast<std::size_t>(kv.index)];
        if (our == kv.value) continue;
        tc.status = KaliStatus::Differs;
        tc.mismatches.push_back(fmt::format("{}{} : KALI {}, grille {}{}", kv.key,
                                            kv.index < 0 ? "" : fmt::format(" année {}", kv.index + 1),
                                            fr_number(kv.value), fr_number(our),
                                            kv.where.empty() ? "" : " (" + kv.where + ")"));
      }
      return;
    }
    tc.reason = "aucune table des grilles n'a ces cases à cette date : tableau non encodé";
  }

  const KaliDoc& kali_;
  std::map<std::string, std::vector<KaliTable>> tables_;
  std::set<std::pair<std::string, int>> used_;
};

}  // namespace

std::size_t VerifyReport::count(KaliStatus s) const {
  std::size_t n = 0;
  for (const auto& p : params)
    for (const auto& c : p.cells) n += c.status == s;
  return n;
}

std::size_t VerifyReport::count_tables(KaliStatus s) const {
  return static_cast<std::size_t>(std::count_if(tables.begin(), tables.end(), [s](const TableCheck& t) { return t.status == s; }));
}

Result<VerifyReport> verify_grids(const GridSet& grids, const KaliDoc& kali, const std::string& grid) {
  std::set<std::string> names;
  if (!grid.empty()) {
    bool known = std::any_of(grids.files.begin(), grids.files.end(), [&](const GridFileInfo& f) { return f.grid == grid; });
    if (!known) return make_error(ErrorKind::Input, fmt::format("grille inconnue : {} (voir revalo grids list)", grid));
    names.insert(grid);
  } else {
    for (const auto& [id, p] : grids.params)
      if (names_kali(p)) names.insert(p.grid);
  }
  VerifyReport report;
  report.kali_id = kali.id;
  report.kali_title = kali.title;
  report.grids.assign(names.begin(), names.end());
  Verifier verifier(kali);
  std::vector<const Parameter*> tables;
  for (const auto& [id, p] : grids.params) {
    if (!names.count(p.grid)) continue;
    if (p.kind == ParamKind::Table) tables.push_back(&p);
    if (p.kind == ParamKind::Scale && names_kali(p)) {  // a percentage by year (kali_regroupement.h)
      report.params.push_back(check_yearly_scale(p, kali));
      continue;
    }
    if (p.kind != ParamKind::Table && !is_point(p)) continue;
    report.params.push_back(verifier.check(p));
  }
  report.tables = verifier.uncited_tables(tables);
  return report;
}

}  // namespace revalo
