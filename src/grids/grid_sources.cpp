// Collects grid files: embedded ones, then the --grids / REVALO_GRIDS directory on top.
#include "grid_sources.h"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>

#include "text_file.h"

namespace revalo {

Result<std::vector<GridSource>> collect_grid_sources(const std::string& dir) {
  std::vector<GridSource> out;
  for (const auto& f : embedded_grid_files())
    out.push_back({std::string(f.path), std::string(f.path), std::string(f.text), false});
  if (dir.empty()) return out;

  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    return make_error(ErrorKind::Input, fmt::format("le répertoire de grilles « {} » n'existe pas ou n'est pas un répertoire", dir));
  std::vector<fs::path> found;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec))
    if (it->is_regular_file() && it->path().extension() == ".toml") found.push_back(it->path());
  if (ec) return make_error(ErrorKind::Input, fmt::format("impossible de lire le répertoire de grilles « {} » : {}", dir, ec.message()));
  std::sort(found.begin(), found.end());
  for (const auto& p : found) {
    auto text = read_text_file(p.string());
    if (!text) return make_error(ErrorKind::Input, fmt::format("impossible de lire le fichier de grille « {} »", p.string()));
    std::string rel = "grids/" + fs::relative(p, dir).generic_string();
    auto same = std::find_if(out.begin(), out.end(), [&](const GridSource& g) { return g.path == rel; });
    GridSource src{rel, p.string(), std::move(*text), true};
    if (same != out.end()) *same = std::move(src);
    else out.push_back(std::move(src));
  }
  return out;
}

}  // namespace revalo
