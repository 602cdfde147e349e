// Vocabulary lookups (see vocabulary.h).
#include "vocabulary.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "names.h"

namespace revalo {

const Term* term_by_id(const Vocabulary& v, std::string_view id) {
  for (const auto& t : v.terms)
    if (t.id == id) return &t;
  return nullptr;
}

bool term_in(const Vocabulary& v, const Term& t, std::string_view id) {
  // Groups may nest; the depth bound guards against a cycle in a grid file.
  std::vector<const Term*> frontier{&t};
  for (int depth = 0; depth < 8 && !frontier.empty(); ++depth) {
    std::vector<const Term*> next;
    for (const Term* x : frontier) {
      if (x->id == id) return true;
      for (const auto& g : x->groups)
        if (const Term* parent = term_by_id(v, g)) next.push_back(parent);
    }
    frontier = std::move(next);
  }
  return false;
}

std::vector<const Term*> group_members(const Vocabulary& v, std::string_view group) {
  std::vector<const Term*> out;
  for (const auto& t : v.terms)
    if (!t.group && t.id != group && term_in(v, t, group)) out.push_back(&t);
  return out;
}

std::string term_label(const Vocabulary& v, std::string_view id) {
  const Term* t = term_by_id(v, id);
  return t ? t->label : std::string(id);
}

Result<const Term*> find_term(const Vocabulary& v, std::string_view name) {
  const std::string key = normalize_name(name);
  std::vector<std::string> known;                 // ids, labels and aliases of the values (not the groups)
  std::map<std::string, std::string> id_of;      // each of them → its term id
  for (const auto& t : v.terms) {
    bool hit = normalize_name(t.id) == key || normalize_name(t.label) == key;
    for (const auto& a : t.aliases) hit = hit || normalize_name(a) == key;
    if (hit) {
      if (!t.group) return &t;
      std::vector<std::string> members;
      for (const Term* m : group_members(v, t.id)) members.push_back(m->id);
      if (members.size() > 6) {
        members.resize(6);
        members.push_back("…");
      }
      return make_error(ErrorKind::Input, fmt::format("{} « {} » est un groupe ({}), pas une valeur : donnez l'un de ses membres : {}",
                                                      v.id, name, t.label, fmt::join(members, ", ")));
    }
    if (t.group) continue;
    for (const std::string* n : {&t.id, &t.label}) {
      known.push_back(*n);
      id_of[*n] = t.id;
    }
    for (const auto& a : t.aliases) {
      known.push_back(a);
      id_of[a] = t.id;
    }
  }
  std::vector<std::string> ids;
  for (const auto& n : nearest_names(name, known, known.size())) {
    const std::string& id = id_of[n];
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    if (ids.size() == 3) break;
  }
  return make_error(ErrorKind::Input, fmt::format("valeur inconnue pour {} : « {} » ; valeurs connues les plus proches : {}", v.id, name, fmt::join(ids, ", ")));
}

}  // namespace revalo
