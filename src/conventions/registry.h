// The table of agreements revalo computes (registry.cpp) and the lookups every layer above uses: by id, IDCC or
// alias; the profile fields of all agreements; their grid checks and named measures.
#pragma once
#include <string_view>
#include <vector>

#include "convention.h"

namespace revalo {

const std::vector<const Convention*>& conventions();
// By id, IDCC or alias, ignoring case ("bad", "2941", "BAD"). Null when unknown.
const Convention* find_convention(std::string_view name);
// The convention of a profile, resolved once: "2941" becomes "bad". An unknown name is left as typed (compute_pay
// reports it with the nearest names).
void resolve_convention(Profile& p);
// The point value parameter of an agreement (Convention::point_param), for --point; empty when it has none.
std::string_view point_param_of(std::string_view convention);
// The agreement ids, for suggestions.
std::vector<std::string> convention_ids();
// The named measures of all agreements (Convention::measures), comma-separated, for help texts ("avenant43").
std::string agreement_measure_names();

// Every profile field: the common ones (profile.h) and each agreement's own (Convention::fields), once each.
const std::vector<ProfileField>& profile_fields();
// Sets a field of any agreement from its text (profile.h, set_profile_field), and resolves the convention alias.
std::optional<Error> set_any_profile_field(Profile& p, std::string_view name, std::string_view value);
std::optional<Error> set_any_profile_field(Profile& p, const ProfileField& field, std::string_view value);
// Stores a value already read (profile.h, store_profile_field), and resolves the convention alias.
void store_any_profile_field(Profile& p, const ProfileField& field, const FieldValue& value);

// The grid checks of revalo grids check: the generic ones (grid_check.h) and each agreement's.
std::vector<Finding> check_all_grids(const GridSet& g);

}  // namespace revalo
