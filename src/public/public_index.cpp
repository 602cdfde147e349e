// The barème indice brut → indice majoré and its changes (public_index.h). The pairs and the changes are data
// (net.public.bareme.im, net.public.bareme.change); this file is the reading rule: a pair holds for its whole period,
// and on a change date it changes only if its indice brut is in the range changed that day, or by the points added
// to every indice brut.
#include "public_index.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <string>

#include <fmt/format.h>

namespace revalo {
namespace {

constexpr std::string_view kPairs = "net.public.bareme.im";
constexpr std::string_view kChanges = "net.public.bareme.change";

std::optional<Decimal> cell_number(const Version& v, std::string_view key) {
  auto it = v.cells.find(key);
  if (it == v.cells.end() || it->second.values.empty()) return std::nullopt;
  return it->second.values.front();
}

// The changes that opened a period after `lo` and up to `hi` (lo < hi), in date order.
std::vector<const Version*> changes_between(const GridSet& g, Date lo, Date hi) {
  std::vector<const Version*> out;
  auto p = g.params.find(kChanges);
  if (p == g.params.end()) return out;
  for (const auto& v : p->second.versions)
    if (lo < v.from && v.from <= hi) out.push_back(&v);
  return out;
}

// Whether a change of a range of indices bruts (ib_min … ib_max) touches `ib`.
bool changes_ib(const Version& change, int ib) {
  auto lo = cell_number(change, "ib_min"), hi = cell_number(change, "ib_max");
  return lo && hi && Decimal::from_int(ib) >= *lo && Decimal::from_int(ib) <= *hi;
}

// The pair of `from` carried to `to` (periods of the barème) over the changes in between, or none when one of them
// changes this indice brut's range.
std::optional<IndexAt> carry(const GridSet& g, std::string_view id, const Version& from, const Cell& cell, int ib,
                             const Version& to) {
  IndexAt out{cell.values.front(), {grid_source(g, id, from, &cell.provenance)}, std::nullopt};
  const bool forward = from.from < to.from;
  for (const Version* c : changes_between(g, std::min(from.from, to.from), std::max(from.from, to.from))) {
    if (changes_ib(*c, ib)) return std::nullopt;
    if (auto rise = cell_number(*c, "rise")) {
      out.im += forward ? *rise : -*rise;
      out.sources.push_back(grid_source(g, kChanges, *c));
    }
  }
  return out;
}

std::set<int> known_ibs(const Parameter& pairs) {
  std::set<int> out;
  for (const auto& v : pairs.versions)
    for (const auto& [key, cell] : v.cells) out.insert(std::atoi(key.c_str()));
  return out;
}

}  // namespace

Result<IndexAt> bareme_im(const GridSet& g, int ib, Date d) {
  auto pairs = g.param(kPairs);
  if (!pairs) return pairs.error();
  const auto& versions = (*pairs)->versions;
  const Version* target = version_at(versions, d);
  if (!target)
    return make_error(ErrorKind::MissingData, fmt::format("barème indice brut → indice majoré : aucune période connue au {}",
                                                          d.iso()));
  const std::string key = std::to_string(ib);
  if (auto it = target->cells.find(key); it != target->cells.end())
    return IndexAt{it->second.values.front(), {grid_source(g, kPairs, *target, &it->second.provenance)}, std::nullopt};
  // Other periods, nearest first: a pair they list may hold at d too.
  std::vector<const Version*> others;
  for (const auto& v : versions)
    if (&v != target) others.push_back(&v);
  std::stable_sort(others.begin(), others.end(), [&](const Version* a, const Version* b) {
    return std::labs(a->from.days() - d.days()) < std::labs(b->from.days() - d.days());
  });
  for (const Version* v : others) {
    auto it = v->cells.find(key);
    if (it == v->cells.end()) continue;
    if (auto carried = carry(g, kPairs, *v, it->second, ib, *target)) return *carried;
  }
  return make_error(ErrorKind::MissingData,
                    fmt::format("pas de couple indice brut {} → indice majoré connu au {} (barème du décret 82-1105 : "
                                "seuls les couples publiés avec les grilles sont encodés, {})",
                                ib, d.iso(), (*pairs)->file));
}

namespace {

Result<IndexAt> follow(const GridSet& g, int im, Date given, Date d) {
  const Date lo = std::min(given, d), hi = std::max(given, d);
  const auto crossed = changes_between(g, lo, hi);
  if (crossed.empty()) return IndexAt{Decimal::from_int(im), {}, std::nullopt};
  const Date nearest = given < d ? crossed.back()->from : crossed.front()->from;
  auto pairs = g.param(kPairs);
  if (!pairs) return pairs.error();
  const Decimal m = Decimal::from_int(im);
  // Through the indice brut: every indice brut whose pair gives this indice majoré at `given`.
  std::optional<IndexAt> found;
  bool named = false;
  for (int ib : known_ibs(**pairs)) {
    auto at_given = bareme_im(g, ib, given);
    if (!at_given || at_given->im != m) continue;
    named = true;
    auto at_d = bareme_im(g, ib, d);
    if (!at_d || (found && found->im != at_d->im))
      return make_error(ErrorKind::MissingData,
                        fmt::format("l'indice majoré {} du {} (indice brut {}) n'a pas de valeur connue au {} : le barème a "
                                    "changé entre ces dates ; donnez l'indice majoré de cette date (--indice-majore, --at)",
                                    im, given.iso(), ib, d.iso()));
    if (!found) found = std::move(*at_d);
  }
  if (named) {
    found->changed_on = nearest;
    return *found;
  }
  // Without its indice brut: the points added to every indice brut, and the ranges it is shown to lie outside of.
  IndexAt out{m, {}, nearest};
  const bool forward = given < d;
  std::vector<const Version*> order(crossed);
  if (!forward) std::reverse(order.begin(), order.end());
  for (const Version* c : order) {
    if (auto rise = cell_number(*c, "rise")) {
      out.im += forward ? *rise : -*rise;
      out.sources.push_back(grid_source(g, kChanges, *c));
      continue;
    }
    auto a = cell_number(*c, "ib_min"), b = cell_number(*c, "ib_max");
    if (!a || !b) continue;
    // The side of the change the indice majoré is on: before it going forward, after it going back. The barème
    // never decreases, so an indice majoré below that of an indice brut ≤ ib_min has a lower indice brut, and one
    // above that of an indice brut ≥ ib_max a higher one.
    const Date side = forward ? c->from.add_days(-1) : c->from;
    bool outside = false;
    for (int ib : known_ibs(**pairs)) {
      auto x = bareme_im(g, ib, side);
      if (!x) continue;
      const Decimal b_ib = Decimal::from_int(ib);
      if ((b_ib <= *a && out.im < x->im) || (b_ib >= *b && out.im > x->im)) outside = true;
    }
    if (!outside)
      return make_error(ErrorKind::MissingData,
                        fmt::format("l'indice majoré {} du {} n'a pas d'indice brut connu, et le barème a changé au {} pour "
                                    "les indices bruts {} à {} : donnez l'indice majoré du {} (--indice-majore, --at)",
                                    im, given.iso(), c->from.iso(), a->str(), b->str(), d.iso()));
  }
  return out;
}

}  // namespace

Result<IndexAt> follow_indice_majore(const GridSet& g, int im, Date given, Date d) {
  auto out = follow(g, im, given, d);
  // At another date than the one given, the change that opened d's period of the barème is a source of the indice
  // (history shows the month it starts in as an event, even going back from a later date).
  if (out && given != d)
    if (const Version* c = g.find_at(kChanges, d);
        c && std::none_of(out->sources.begin(), out->sources.end(), [&](const SourceRef& r) { return r.provenance == &c->provenance; }))
      out->sources.push_back(grid_source(g, kChanges, *c));
  return out;
}

}  // namespace revalo
