// libFuzzer target: any bytes given to the grid loader give a GridSet or an Error, never a crash.
#include <cstdint>
#include <string>

#include "grid_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto g = revalo::load_grids({revalo::GridSource{"fuzz.toml", "fuzz.toml", text, true}});
  (void)g.ok();
  return 0;
}
