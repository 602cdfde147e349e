// libFuzzer target: any bytes as batch input (CSV or JSON lines) run through the batch on the embedded grids.
#include <cstdint>
#include <sstream>
#include <string>

#include "batch.h"
#include "grid_loader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const revalo::GridSet grids = *revalo::load_grids(*revalo::collect_grid_sources(""));
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  auto reader = revalo::BatchReader::open(in, revalo::BatchFormat::Auto, 0);
  if (!reader) return 0;
  revalo::BatchOptions o;
  o.ignore_unknown_columns = true;
  o.defaults.convention = "bad";
  o.defaults.at = revalo::Date::parse("2024-03-01");
  std::ostringstream out;
  (void)revalo::run_batch(grids, *reader, o, out).ok();
  return 0;
}
