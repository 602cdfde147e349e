// The placeholder of a profile field's value in --help ("NOMBRE", "DATE", "{A,B,C}"); the help text itself is the
// field's own (profile.h: French, written once in the field table).
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli_french.h"

namespace revalo {

std::string field_value_name(const ProfileField& f) {
  if (!f.choices.empty()) return fmt::format("{{{}}}", fmt::join(f.choices, ","));
  switch (f.type) {
    case FieldType::Decimal: return "NOMBRE";
    case FieldType::Integer: return "ENTIER";
    case FieldType::Date: return "DATE";
    case FieldType::Bool: return "[oui|non]";
    case FieldType::Text: break;
  }
  return "TEXTE";
}

}  // namespace revalo
