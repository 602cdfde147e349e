// Vocabularies of the grids (structure types, jobs and their families, employer types…): a profile's value → its
// term (by id, label or alias, accent- and case-insensitive), with suggestions, and group membership.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "grid_model.h"
#include "result.h"

namespace revalo {

// The term called `name` in `v`. Unknown → Input error with the nearest names; a group (a job family…) → Input
// error listing some of its members, since a profile takes a precise value.
Result<const Term*> find_term(const Vocabulary& v, std::string_view name);
// The term `id` of `v` (exact id), or nullptr.
const Term* term_by_id(const Vocabulary& v, std::string_view id);
// Whether `t` is `id` or belongs, directly or through its groups, to the group `id`.
bool term_in(const Vocabulary& v, const Term& t, std::string_view id);
// The members of a group (non-group terms, directly or through sub-groups), in vocabulary order.
std::vector<const Term*> group_members(const Vocabulary& v, std::string_view group);
// French label of a term id ("EHPAD"), or the id itself.
std::string term_label(const Vocabulary& v, std::string_view id);

}  // namespace revalo
