// Tests of the profile fields (profile.h): a field reset to the run's defaults, as a batch row does.
#include "profile.h"

#include <doctest/doctest.h>

namespace revalo {
namespace {

const ProfileField& field(std::string_view name) { return *find_field(core_profile_fields(), name); }

// An agreement's own field, kept in Profile::extra.
const ProfileField kExtraField{.name = "diploma_level", .type = FieldType::Integer, .help = "niveau"};

TEST_CASE("reset_profile_field gives a common field its default back") {
  Profile defaults;
  REQUIRE_FALSE(set_profile_field(defaults, field("hours"), "130"));
  Profile p = defaults;
  REQUIRE_FALSE(set_profile_field(p, field("hours"), "121,34"));
  REQUIRE_FALSE(set_profile_field(p, field("seniority"), "7"));
  reset_profile_field(p, field("hours"), defaults);
  reset_profile_field(p, field("seniority"), defaults);
  CHECK(p.hours == Decimal::parse("130"));
  CHECK_FALSE(p.seniority.has_value());
}

TEST_CASE("reset_profile_field removes an agreement's field the defaults do not give, restores one they give") {
  Profile defaults, p;
  REQUIRE_FALSE(set_profile_field(p, kExtraField, "3"));
  CHECK(extra_int(p, "diploma_level") == 3);
  reset_profile_field(p, kExtraField, defaults);
  CHECK_FALSE(extra_int(p, "diploma_level").has_value());
  REQUIRE_FALSE(set_profile_field(defaults, kExtraField, "5"));
  REQUIRE_FALSE(set_profile_field(p, kExtraField, "4"));
  reset_profile_field(p, kExtraField, defaults);
  CHECK(extra_int(p, "diploma_level") == 5);
}

}  // namespace
}  // namespace revalo
