// Tests of a batch lane's parts (batch_lane.h): the values of the cell texts already read.
#include "batch_lane.h"

#include <doctest/doctest.h>

namespace revalo::batch_detail {
namespace {

const ProfileField kHours{.name = "hours", .type = FieldType::Decimal, .help = "heures"};
const ProfileField kLevel{.name = "diploma_level", .type = FieldType::Integer, .help = "niveau"};

TEST_CASE("a text read in a column is found again for the same field, not for another field or column") {
  ReadValues read;
  CHECK(read.find(0, &kHours, "121.34") == nullptr);
  read.add(0, &kHours, "121.34", FieldValue(*Decimal::parse("121.34")));
  REQUIRE(read.find(0, &kHours, "121.34") != nullptr);
  CHECK(std::get<Decimal>(*read.find(0, &kHours, "121.34")) == *Decimal::parse("121.34"));
  CHECK(read.find(0, &kLevel, "121.34") == nullptr);
  CHECK(read.find(1, &kHours, "121.34") == nullptr);
  read.add(3, &kHours, "130", FieldValue(*Decimal::parse("130")));
  CHECK(read.find(1, &kHours, "121.34") == nullptr);  // a column before one read from is still empty
  CHECK(read.find(0, &kHours, "121.3") == nullptr);
}

TEST_CASE("a text replaces the one of its slot: the table stays small and never answers for another text") {
  ReadValues read;
  for (int i = 0; i < 1000; ++i) read.add(2, &kLevel, std::to_string(i), FieldValue(i));
  int found = 0;
  for (int i = 0; i < 1000; ++i)
    if (const FieldValue* v = read.find(2, &kLevel, std::to_string(i))) {
      CHECK(std::get<int>(*v) == i);
      ++found;
    }
  CHECK(found > 0);
  CHECK(found <= 64);
}

}  // namespace
}  // namespace revalo::batch_detail
