// libFuzzer target: any bytes given to the profile loader, then to the calculator on the embedded grids.
#include <cstdint>
#include <string>

#include "grid_loader.h"
#include "pay.h"
#include "profile_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const revalo::GridSet grids = *revalo::load_grids(*revalo::collect_grid_sources(""));
  std::string text(reinterpret_cast<const char*>(data), size);
  revalo::Profile p;
  if (revalo::parse_profile_toml("fuzz.toml", text, p)) return 0;
  if (p.at) (void)revalo::compute_pay(grids, p, *p.at).ok();
  return 0;
}
