// The rate sheet: every dated parameter of a grid set resolved at one date, each once. A payslip reads the law
// through it (the version in force, its number, its cells, its source) by a ParamKey, an index fixed when the program
// starts, instead of searching the grids by name at every line: a batch of a million rows at one date resolves each
// parameter once. Pure lookups; the grid set must outlive the sheet and every payslip computed from it.
#pragma once
#include <cstddef>
#include <map>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "date.h"
#include "decimal.h"
#include "grid_model.h"
#include "result.h"

namespace revalo {

// A legal value used by a payslip line, with where it comes from. It points into the GridSet (which outlives every
// payslip computed from it), so that lines carry their sources without copying them.
struct SourceRef {
  std::string_view param;  // parameter id ("bad.point"), "job" or "input"
  std::string_view label;
  Date from;
  const Provenance* provenance = nullptr;  // never null
};

// A dated parameter as a payslip line uses it: its value at the date (a number, or the text of a rule) with its
// source (param_value.h).
struct ParamValue {
  Decimal value;
  SourceRef source;
  std::string_view text = {};  // rule parameters ("annuel_douzieme"); empty for a number
};

// A parameter id known to the code, numbered once: `static const ParamKey kPoint{"bad.point"};`. Ids built at run
// time (a convention's prévoyance prefix) get their number from ParamKey::of, once per id.
class ParamKey {
 public:
  explicit ParamKey(std::string_view id);
  static ParamKey of(std::string_view id);
  std::string_view id() const;
  std::size_t index() const { return index_; }

 private:
  struct Index {};
  ParamKey(Index, std::size_t i) : index_(i) {}
  std::size_t index_;
};

class RateSheet {
 public:
  RateSheet(const GridSet& grids, Date date) : g_(&grids), d_(date) {}
  const GridSet& grids() const { return *g_; }
  Date date() const { return d_; }

  // The version of `k` in force at the date, or the MissingData error of GridSet::at naming it.
  Result<const Version*> at(const ParamKey& k) const;
  // The same for a value that may rightly be absent (nullptr, no message built).
  const Version* find(const ParamKey& k) const { return slot(k).version; }
  // The value and source of the version in force (nullptr when none), made once per sheet.
  const ParamValue* value(const ParamKey& k) const {
    const Slot& s = slot(k);
    return s.version ? &s.value : nullptr;
  }
  Result<Decimal> number(const ParamKey& k) const;
  // Cell `key` of table `k` (MissingData when the table or the key has no value then).
  Result<const Cell*> cell(const ParamKey& k, std::string_view key) const;
  // The parameter of `k` (nullptr when no grid defines it).
  const Parameter* param(const ParamKey& k) const;
  // The source of version `v` of `k`, or of one of its table cells.
  SourceRef source(const ParamKey& k, const Version& v, const Provenance* cell = nullptr) const;
  // A yes/no fact of the grids that every payslip asks (does some measure include this employer type?), worked out
  // once per sheet; `key` names it and must outlive the sheet (a literal, or text of the grids or the registry).
  template <typename Compute>
  bool fact(std::string_view key, Compute compute) const {
    for (const auto& [k, v] : facts_)
      if (k == key) return v;
    facts_.emplace_back(key, compute());
    return facts_.back().second;
  }

 private:
  struct Slot {
    bool resolved = false;
    const Parameter* param = nullptr;
    const Version* version = nullptr;
    ParamValue value;  // of `version`
  };
  // Inline when the slot is resolved (every lookup but the first of each parameter).
  const Slot& slot(const ParamKey& k) const {
    if (k.index() < slots_.size() && slots_[k.index()].resolved) return slots_[k.index()];
    return resolve(k);
  }
  const Slot& resolve(const ParamKey& k) const;
  const GridSet* g_;
  Date d_;
  mutable std::vector<Slot> slots_;
  mutable std::vector<std::pair<std::string_view, bool>> facts_;
};

// Rate sheets by grid set and date, made on first use and kept for the run (a batch's dates, a comparison's two).
class RateSheets {
 public:
  const RateSheet& at(const GridSet& grids, Date date);

 private:
  std::map<std::pair<const GridSet*, Date>, std::unique_ptr<RateSheet>> sheets_;
};

// The source of version `v` of parameter `id` of `g`, or of one of its table cells (GridSet lookup: for the few
// places that have no rate sheet).
SourceRef grid_source(const GridSet& g, std::string_view id, const Version& v, const Provenance* cell = nullptr);

}  // namespace revalo
