// The registry of agreements: one line per agreement (its folder's entry), and the lookups built on it.
#include "registry.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <string>

#include "bad_convention.h"
#include "ccn51_convention.h"
#include "ccn66_convention.h"
#include "fph_convention.h"
#include "names.h"

namespace revalo {

const std::vector<const Convention*>& conventions() {
  // Adding an agreement: its folder conventions/<id>/, its grids/<id>/ data, and one line here.
  static const std::vector<const Convention*> kConventions = {
      &bad_convention(),
      &ccn51_convention(),
      &ccn66_convention(),
      &fph_convention(),
  };
  return kConventions;
}

const Convention* find_convention(std::string_view name) {
  // A payslip names its convention by id (resolve_convention): found without the case-insensitive scan.
  for (const Convention* c : conventions())
    if (c->id == name) return c;
  for (const Convention* c : conventions()) {
    if (same_ignoring_case(c->id, name) || (!c->idcc.empty() && same_ignoring_case(c->idcc, name))) return c;
    for (auto alias : c->aliases)
      if (same_ignoring_case(alias, name)) return c;
  }
  return nullptr;
}

void resolve_convention(Profile& p) {
  if (const Convention* c = find_convention(p.convention)) p.convention = std::string(c->id);
}

std::string_view point_param_of(std::string_view convention) {
  const Convention* c = find_convention(convention);
  return c ? c->point_param : std::string_view();
}

std::vector<std::string> convention_ids() {
  std::vector<std::string> out;
  for (const Convention* c : conventions()) out.emplace_back(c->id);
  return out;
}

std::string agreement_measure_names() {
  std::string out;
  for (const Convention* c : conventions())
    for (const auto& m : c->measures) {
      if (!out.empty()) out += ", ";
      out += m.id;
    }
  return out;
}

const std::vector<ProfileField>& profile_fields() {
  static const std::vector<ProfileField> kAll = [] {
    std::vector<ProfileField> all = core_profile_fields();
    // A field several agreements declare is kept once, as the first declares it, with each one's help; it counts
    // years at the pay date (ProfileField::counts_years) if any declaration says so.
    static std::deque<std::string> helps;
    for (const Convention* c : conventions())
      for (const auto& f : c->fields) {
        auto same = std::find_if(all.begin(), all.end(), [&](const ProfileField& x) { return x.name == f.name; });
        if (same == all.end()) {
          all.push_back(f);
          continue;
        }
        same->counts_years = same->counts_years || f.counts_years;
        if (!f.help.empty() && f.help != same->help)
          same->help = helps.emplace_back(std::string(same->help) + " ; " + std::string(f.help));
      }
    return all;
  }();
  return kAll;
}

namespace {

// A convention given by its IDCC or an alias is kept by its id (the registry's name for it).
void after_set(Profile& p, std::string_view field) {
  if (field == "convention") resolve_convention(p);
}

}  // namespace

std::optional<Error> set_any_profile_field(Profile& p, std::string_view name, std::string_view value) {
  if (auto e = set_profile_field(p, name, value, profile_fields())) return e;
  after_set(p, name);
  return std::nullopt;
}

std::optional<Error> set_any_profile_field(Profile& p, const ProfileField& field, std::string_view value) {
  if (auto e = set_profile_field(p, field, value)) return e;
  after_set(p, field.name);
  return std::nullopt;
}

void store_any_profile_field(Profile& p, const ProfileField& field, const FieldValue& value) {
  store_profile_field(p, field, value);
  after_set(p, field.name);
}

std::vector<Finding> check_all_grids(const GridSet& g) {
  return check_grids(g, [&g](const Job& j, std::vector<Finding>& out) {
    const Convention* c = find_convention(j.convention);
    if (c && c->check_job) c->check_job(g, j, out);
  });
}

}  // namespace revalo
