// Tests of read_text_file: a file of the tree is read byte for byte; a missing one gives none.
#include "text_file.h"

#include <doctest/doctest.h>

using namespace revalo;

TEST_CASE("read_text_file reads a whole file, or says it cannot") {
  auto text = read_text_file(std::string(REVALO_SOURCE_DIR) + "/examples/avs-saad.toml");
  REQUIRE(text);
  CHECK(text->find("convention = \"bad\"") != std::string::npos);
  CHECK_FALSE(read_text_file(std::string(REVALO_SOURCE_DIR) + "/no/such/file.toml"));
}
