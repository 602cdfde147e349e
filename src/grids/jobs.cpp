// Job lookup and suggestions (see jobs.h).
#include "jobs.h"

#include <fmt/format.h>

namespace revalo {

Result<const Job*> find_job(const GridSet& grids, const std::string& convention, std::string_view name) {
  std::string key = normalize_name(name);
  std::vector<std::string> known;
  for (const auto& j : grids.jobs) {
    if (j.convention != convention) continue;
    known.push_back(j.id);
    if (normalize_name(j.id) == key || normalize_name(j.label) == key) return &j;
    for (const auto& a : j.aliases)
      if (normalize_name(a) == key) return &j;
  }
  if (known.empty())
    return make_error(ErrorKind::Input, fmt::format("pas de table des emplois pour la convention « {} »", convention));
  auto near = nearest_names(name, known);
  return make_error(ErrorKind::Input, fmt::format("emploi inconnu : « {} » pour la convention {} ; emplois connus les plus proches : {}", name,
                                                  convention, fmt::join(near, ", ")));
}

}  // namespace revalo
