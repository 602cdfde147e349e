// French number formatting (see format_number.h).
#include "format_number.h"

namespace revalo {
namespace {

std::string frenchify(const std::string& plain) {
  std::string sign, digits = plain, frac;
  if (!digits.empty() && digits[0] == '-') {
    sign = "-";
    digits.erase(0, 1);
  }
  if (auto dot = digits.find('.'); dot != std::string::npos) {
    frac = "," + digits.substr(dot + 1);
    digits.resize(dot);
  }
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ' ';
    grouped += digits[i];
  }
  return sign + grouped + frac;
}

}  // namespace

std::string fr_fixed(Decimal d, int decimals) { return frenchify(d.fixed(decimals)); }
std::string fr_number(Decimal d, int min_decimals) { return frenchify(d.str(min_decimals)); }
std::string fr_euros(Decimal d) { return fr_fixed(d, 2) + " €"; }
std::string fr_euros(Decimal d, int decimals) { return fr_fixed(d, decimals) + " €"; }

std::string machine_number(Decimal d, std::string_view unit) {
  if (unit == "EUR") return d.fixed(2);
  return unit.starts_with("EUR") ? d.str(2) : d.str();
}

std::string unit_fr(std::string_view unit) {
  if (unit == "coefficient") return "coef.";
  if (unit == "points") return "pts";
  if (unit == "EUR") return "€";
  if (unit == "hours") return "h";
  if (unit == "EUR/point") return "€/pt";
  if (unit == "EUR/point/year") return "€/pt/an";
  if (unit == "EUR/hour") return "€/h";
  if (unit == "points/24h") return "pts/24 h";
  return std::string(unit);
}

}  // namespace revalo
