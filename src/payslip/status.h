// The employee's status for contributions: private employee (cadre or not), fonctionnaire (CNRACL) or public
// contract staff (IRCANTEC). Its key is the stable input and output word ("prive", "public-titulaire"…).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace revalo {

enum class Status { Prive, PriveCadre, PublicTitulaire, PublicContractuel };

std::optional<Status> parse_status(std::string_view key);  // "prive", "prive-cadre", "public-titulaire"…
std::string status_key(Status s);
std::string status_label(Status s);  // French
std::vector<std::string> status_keys();

}  // namespace revalo
