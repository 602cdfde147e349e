// Number formatting for human output: French (1 628,00) and plain (1628.00) forms.
#pragma once
#include <string>

#include "decimal.h"

namespace revalo {

// "1 628,00": space as thousands separator, comma as decimal mark, exactly `decimals` digits.
std::string fr_fixed(Decimal d, int decimals);
// French form keeping only significant decimals, at least min_decimals ("5,5" / "5,355" / "296").
std::string fr_number(Decimal d, int min_decimals = 0);
// "1 628,00 €"
std::string fr_euros(Decimal d);
// "1 650 €" with exactly `decimals` digits after the comma (chart axis ticks: whole euros when the step is).
std::string fr_euros(Decimal d, int decimals);

// Machine form ('.' decimal) by unit: euros with 2 decimals, per-unit euro rates with at least 2 (5.50, 5.355),
// other quantities as written (296, 2, 0.024).
std::string machine_number(Decimal d, std::string_view unit);

// A unit as printed in French text: "coefficient" → "coef.", "EUR/point" → "€/pt"…
std::string unit_fr(std::string_view unit);

}  // namespace revalo
