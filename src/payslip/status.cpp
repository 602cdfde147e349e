// The employee's status for contributions (status.h).
#include "status.h"

namespace revalo {
namespace {

struct StatusName {
  Status status;
  const char* key;
  const char* label;
};
constexpr StatusName kStatuses[] = {
    {Status::Prive, "prive", "salarié du secteur privé, non cadre"},
    {Status::PriveCadre, "prive-cadre", "salarié du secteur privé, cadre"},
    {Status::PublicTitulaire, "public-titulaire", "fonctionnaire titulaire (CNRACL)"},
    {Status::PublicContractuel, "public-contractuel", "agent contractuel de droit public (IRCANTEC)"},
};

}  // namespace

std::optional<Status> parse_status(std::string_view key) {
  for (const auto& s : kStatuses)
    if (key == s.key) return s.status;
  return std::nullopt;
}

std::string status_key(Status s) {
  for (const auto& n : kStatuses)
    if (n.status == s) return n.key;
  return "";
}

std::string status_label(Status s) {
  for (const auto& n : kStatuses)
    if (n.status == s) return n.label;
  return "";
}

std::vector<std::string> status_keys() {
  std::vector<std::string> out;
  for (const auto& s : kStatuses) out.emplace_back(s.key);
  return out;
}

}  // namespace revalo
