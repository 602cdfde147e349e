// Lookups in the grid model, with messages that say exactly which legal value is missing.
#include "grid_model.h"

#include <algorithm>

#include <fmt/format.h>

namespace revalo {

std::string confidence_tag(Confidence c) {
  switch (c) {
    case Confidence::High: return "H";
    case Confidence::Medium: return "M";
    case Confidence::Uncertain: return "U";
  }
  return "?";
}

const Version* version_at(const std::vector<Version>& versions, Date d) {
  for (const auto& v : versions)
    if (v.covers(d)) return &v;
  return nullptr;
}

const ScaleStep* scale_step(const Version& v, Decimal x) {
  const ScaleStep* found = nullptr;
  for (const auto& s : v.steps)
    if (s.threshold <= x) found = &s;
  return found;
}

static std::string known_ranges(const Parameter& p) {
  std::string out;
  for (const auto& v : p.versions) {
    if (!out.empty()) out += ", ";
    out += v.open_ended ? fmt::format("à partir du {}", v.from.iso()) : fmt::format("du {} au {}", v.from.iso(), v.to.iso());
  }
  return out.empty() ? "aucune valeur datée" : out;
}

Result<const Parameter*> GridSet::param(std::string_view id) const {
  auto it = params.find(id);
  if (it == params.end())
    return make_error(ErrorKind::MissingData, fmt::format("aucune grille ne définit le paramètre « {} »", id));
  return &it->second;
}

void overlay_version(Parameter& p, Version v) {
  std::vector<Version> out;
  for (auto& law : p.versions) {
    if (law.to < v.from || v.to < law.from) {
      out.push_back(std::move(law));
      continue;
    }
    if (law.from < v.from) {
      Version before = law;
      before.to = v.from.add_days(-1);
      before.open_ended = false;
      out.push_back(std::move(before));
    }
    if (v.to < law.to) {
      Version after = std::move(law);
      after.from = v.to.add_days(1);
      out.push_back(std::move(after));
    }
  }
  out.push_back(std::move(v));
  std::sort(out.begin(), out.end(), [](const Version& a, const Version& b) { return a.from < b.from; });
  p.versions = std::move(out);
}

const Version* GridSet::find_at(std::string_view id, Date d) const {
  auto it = params.find(id);
  return it == params.end() ? nullptr : version_at(it->second.versions, d);
}

Result<const Version*> GridSet::at(std::string_view id, Date d) const {
  auto p = param(id);
  if (!p) return p.error();
  if (const Version* v = version_at((*p)->versions, d)) return v;
  return make_error(ErrorKind::MissingData,
                    fmt::format("pas de valeur sourcée de « {} » ({}) au {} : les grilles la donnent {} ({})", id, (*p)->label,
                                d.iso(), known_ranges(**p), (*p)->file));
}

Result<Decimal> GridSet::number_at(std::string_view id, Date d) const {
  auto v = at(id, d);
  if (!v) return v.error();
  return (*v)->number;
}

Result<const Cell*> GridSet::cell_at(std::string_view id, std::string_view key, Date d) const {
  auto v = at(id, d);
  if (!v) return v.error();
  auto it = (*v)->cells.find(key);
  if (it == (*v)->cells.end())
    return make_error(ErrorKind::MissingData,
                      fmt::format("pas de valeur sourcée de « {} » ({}) pour « {} » au {} (version du {}, {})", id,
                                  params.find(id)->second.label, key, d.iso(), (*v)->from.iso(),
                                  params.find(id)->second.file));
  return &it->second;
}

const Vocabulary* GridSet::vocabulary(std::string_view id) const {
  for (const auto& v : vocabularies)
    if (v.id == id) return &v;
  return nullptr;
}

const Measure* GridSet::measure(std::string_view id) const {
  for (const auto& m : measures)
    if (m.id == id) return &m;
  return nullptr;
}

}  // namespace revalo
