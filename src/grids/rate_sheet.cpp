// The rate sheet (see rate_sheet.h): parameter keys numbered once, versions resolved once per sheet.
#include "rate_sheet.h"

#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

#include <fmt/format.h>

namespace revalo {
namespace {

// Every parameter id the program has numbered; a deque keeps each id's text in place as the table grows. Batch
// lanes number ids at run time side by side (ParamKey::of): the table is guarded.
struct KeyTable {
  std::mutex guard;
  std::deque<std::string> ids;
  std::unordered_map<std::string_view, std::size_t> index;
};

KeyTable& key_table() {
  static KeyTable table;
  return table;
}

std::size_t intern(std::string_view id) {
  KeyTable& t = key_table();
  std::lock_guard lock(t.guard);
  if (auto it = t.index.find(id); it != t.index.end()) return it->second;
  t.ids.emplace_back(id);
  t.index.emplace(t.ids.back(), t.ids.size() - 1);
  return t.ids.size() - 1;
}

std::size_t key_count() {
  KeyTable& t = key_table();
  std::lock_guard lock(t.guard);
  return t.ids.size();
}

}  // namespace

ParamKey::ParamKey(std::string_view id) : index_(intern(id)) {}

ParamKey ParamKey::of(std::string_view id) { return ParamKey(Index{}, intern(id)); }

std::string_view ParamKey::id() const {
  KeyTable& t = key_table();
  std::lock_guard lock(t.guard);
  return t.ids[index_];  // the text stays in place: the view outlives the lock
}

const RateSheet::Slot& RateSheet::resolve(const ParamKey& k) const {
  if (k.index() >= slots_.size()) slots_.resize(key_count());
  Slot& s = slots_[k.index()];
  if (!s.resolved) {
    s.resolved = true;
    auto it = g_->params.find(k.id());
    if (it != g_->params.end()) {
      s.param = &it->second;
      s.version = version_at(it->second.versions, d_);
      if (s.version)
        s.value = ParamValue{s.version->number, SourceRef{s.param->id, s.param->label, s.version->from,
                                                          &s.version->provenance},
                             s.version->text};
    }
  }
  return s;
}

Result<const Version*> RateSheet::at(const ParamKey& k) const {
  if (const Version* v = slot(k).version) return v;
  return g_->at(k.id(), d_);  // builds the message naming the parameter, the date and the known range
}

const Parameter* RateSheet::param(const ParamKey& k) const { return slot(k).param; }

Result<Decimal> RateSheet::number(const ParamKey& k) const {
  if (const Version* v = slot(k).version) return v->number;
  return g_->number_at(k.id(), d_);
}

Result<const Cell*> RateSheet::cell(const ParamKey& k, std::string_view key) const {
  if (const Version* v = slot(k).version)
    if (auto it = v->cells.find(key); it != v->cells.end()) return &it->second;
  return g_->cell_at(k.id(), key, d_);
}

SourceRef RateSheet::source(const ParamKey& k, const Version& v, const Provenance* cell) const {
  const Parameter* p = slot(k).param;
  return SourceRef{p->id, p->label, v.from, cell ? cell : &v.provenance};
}

const RateSheet& RateSheets::at(const GridSet& grids, Date date) {
  auto& sheet = sheets_[{&grids, date}];
  if (!sheet) sheet = std::make_unique<RateSheet>(grids, date);
  return *sheet;
}

SourceRef grid_source(const GridSet& g, std::string_view id, const Version& v, const Provenance* cell) {
  const Parameter& param = g.params.find(id)->second;
  return SourceRef{param.id, param.label, v.from, cell ? cell : &v.provenance};
}

}  // namespace revalo
