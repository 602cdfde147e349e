// Reading a whole file (text_file.h).
#include "text_file.h"

#include <fstream>
#include <sstream>

namespace revalo {

std::optional<std::string> read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return ss.str();
}

}  // namespace revalo
