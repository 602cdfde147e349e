// Output of `revalo eligibility`: each measure with its outcome, reason and legal text, as French text, JSON or CSV
// (stable English keys, docs/output.md).
#pragma once
#include <string>

#include "eligibility.h"
#include "format.h"
#include "profile.h"

namespace revalo {

std::string eligibility_text(const Eligibility& e, const Profile& p, const FormatOptions& o);
std::string eligibility_json(const Eligibility& e, const Profile& p, const FormatOptions& o);
std::string eligibility_csv(const Eligibility& e, const Profile& p, const FormatOptions& o);

}  // namespace revalo
