// `revalo grids verify`: compares the encoded grids with a KALI convention file, cell by cell. Pure: reads
// nothing but the GridSet and the KaliDoc given.
//
// What is compared:
//  - every cell of every table parameter of the grid(s): with the coefficient tables (kali_tables.h) of the KALI
//    article it names (`kali` on the cell, else on its version, else on the parameter);
//  - every version of a scalar parameter labelled "Valeur du point …": with the point value stated in the article
//    it names;
//  - every coefficient table of the KALI file that no cell was compared with: with the values of our table that
//    has the same cells, at the article's date.
//  - every scale parameter that names a KALI article: with the article's table by year (kali_regroupement.h).
// Other parameters (rules, other scales, other scalars) are not compared.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "decimal.h"
#include "grid_model.h"
#include "kali_json.h"
#include "result.h"

namespace revalo {

// What KALI says of an encoded value (apart from the payslip check's CheckStatus: one name, one type).
enum class KaliStatus {
  Ok,        // KALI gives the same value
  Differs,   // KALI gives another value
  Absent,    // no KALI counterpart in this file (text or article not in it, or no such cell in the article)
  Unlinked,  // the KALI text of the source is in the file, but no article is named (`kali`): not compared
};

struct CellCheck {
  Date version_from;
  std::string key;  // table cell key; empty for a scalar
  int index = -1;   // year grids: the index in the cell's values (year − 1); −1 for a one-number cell
  Decimal ours;
  KaliStatus status = KaliStatus::Absent;
  std::string article_id;  // the article compared with, or named
  std::optional<Date> kali_date;
  std::optional<Decimal> kali;  // KALI's value (the differing one, if any)
  std::string where;            // where in the article ("filière support")
  std::string reason;           // Absent / Unlinked: why
  std::string source;           // our source, shown for Absent / Unlinked
};

struct ParamCheck {
  std::string id, label, file;
  std::vector<CellCheck> cells;  // by version, then key, then index
};

// A KALI coefficient table that no cell named, compared with our values at the article's date.
struct TableCheck {
  std::string article_id, text_title, caption;
  int number = 0;
  std::optional<Date> date;
  std::size_t cells = 0;
  std::string param;  // our table with the same cells ("" if none)
  KaliStatus status = KaliStatus::Absent;  // Ok, Differs, or Absent (not encoded / no date)
  std::vector<std::string> mismatches;       // "tam.1.1 : 364 (KALI) ≠ 363 (grille), filière support"
  std::string reason;
};

struct VerifyReport {
  std::string kali_id, kali_title;
  std::vector<std::string> grids;
  std::vector<ParamCheck> params;
  std::vector<TableCheck> tables;
  std::size_t count(KaliStatus s) const;  // over cells
  std::size_t count_tables(KaliStatus s) const;
  bool has_differences() const { return count(KaliStatus::Differs) + count_tables(KaliStatus::Differs) > 0; }
};

// `grid` empty: every grid that names at least one KALI article. Input error for an unknown grid name.
Result<VerifyReport> verify_grids(const GridSet& grids, const KaliDoc& kali, const std::string& grid);

}  // namespace revalo
