// Tests of the column names: French aliases, any case or accents, and a table that stays in step with the fields.
#include "column_names.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "names.h"
#include "registry.h"

using namespace revalo;

TEST_CASE("a column names a field whatever its case, accents or separators") {
  CHECK(profile_field_column("seniority") == "seniority");
  CHECK(profile_field_column("Diploma Level") == "diploma_level");
  CHECK(profile_field_column("DIPLOMA-LEVEL") == "diploma_level");
  CHECK(profile_field_column("Ancienneté") == "seniority");
  CHECK(profile_field_column("ANCIENNETE") == "seniority");
  CHECK(profile_field_column("anciennete") == "seniority");
  CHECK(profile_field_column("Heures") == "hours");
  CHECK(profile_field_column("heures_hebdo") == "hours_per_week");
  CHECK(profile_field_column("Date d'embauche") == "hired");
  CHECK(profile_field_column("Quotité") == "fte");
  CHECK_FALSE(profile_field_column("Matricule"));  // an id to copy with --keep, not a field
}

TEST_CASE("paid-file columns have their French names") {
  const std::vector<std::string> names = {"month", "gross", "net"};
  CHECK(canonical_column("mois", names, paid_column_aliases()) == "month");
  CHECK(canonical_column("Brut", names, paid_column_aliases()) == "gross");
  CHECK(canonical_column("Net payé", names, paid_column_aliases()) == "net");
  CHECK(canonical_column("NET", names, paid_column_aliases()) == "net");
  CHECK_FALSE(canonical_column("brut annuel", names, paid_column_aliases()));
}

TEST_CASE("every alias names a profile field, and no written form names two fields") {
  std::map<std::string, std::string> form_to_field;  // normalized written form → field
  for (const auto& f : profile_fields()) form_to_field[normalize_name(f.name)] = std::string(f.name);
  for (const auto& a : profile_column_aliases()) {
    CHECK_MESSAGE(std::any_of(profile_fields().begin(), profile_fields().end(),
                              [&](const ProfileField& f) { return f.name == a.name; }),
                  a.name);
    for (auto alias : a.aliases) {
      auto [it, inserted] = form_to_field.emplace(normalize_name(alias), std::string(a.name));
      CHECK_MESSAGE(it->second == a.name, alias);
    }
  }
}
