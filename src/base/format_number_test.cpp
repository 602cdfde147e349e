// Tests of French number formatting.
#include "format_number.h"

#include <doctest/doctest.h>

using namespace revalo;

TEST_CASE("French forms") {
  CHECK(fr_fixed(*Decimal::parse("1628"), 2) == "1 628,00");
  CHECK(fr_fixed(*Decimal::parse("-1234567.891"), 2) == "-1 234 567,89");
  CHECK(fr_number(*Decimal::parse("5.50")) == "5,5");
  CHECK(fr_number(*Decimal::parse("5.50"), 2) == "5,50");
  CHECK(fr_euros(*Decimal::parse("12.3")) == "12,30 €");
}
