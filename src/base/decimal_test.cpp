// Tests of the exact decimal type and of THE rounding rule (half away from zero, to the cent).
#include "decimal.h"

#include <doctest/doctest.h>

using revalo::Decimal;

static Decimal D(const char* s) { return *Decimal::parse(s); }

TEST_CASE("parse and print keep every digit") {
  CHECK(D("5.355").str() == "5.355");
  CHECK(D("0.024").str() == "0.024");
  CHECK(D("59.0734").str() == "59.0734");
  CHECK(D("1539,42").str(2) == "1539.42");
  CHECK(D("1 539.42").str(2) == "1539.42");
  CHECK(D("-12").str() == "-12");
  CHECK(D("296").str(2) == "296.00");
  CHECK_FALSE(Decimal::parse("1e5"));
  CHECK_FALSE(Decimal::parse(""));
  CHECK_FALSE(Decimal::parse("abc"));
  CHECK_FALSE(Decimal::parse("1.0000000001"));  // 10 decimals: more than we keep exactly
  CHECK_FALSE(Decimal::parse("99999999999"));   // absurd magnitude
}

TEST_CASE("products are exact where decimal arithmetic is") {
  // Old BAD grid, category C year 1: 296 × 5.50 = 1628.00 (art. III.5: point × coefficient).
  CHECK((D("296") * D("5.50")).str(2) == "1628.00");
  // 0.1 + 0.2 is exactly 0.3 (it is not in binary floating point).
  CHECK((D("0.1") + D("0.2")) == D("0.3"));
  // 2000 × 0.024 % = 0.48
  CHECK(D("2000").percent(D("0.024")) == D("0.48"));
}

TEST_CASE("rounding to the cent is half away from zero") {
  CHECK(D("1.005").round_cents() == D("1.01"));
  CHECK(D("1.0049").round_cents() == D("1.00"));
  CHECK(D("-1.005").round_cents() == D("-1.01"));
  CHECK(D("2.675").round_cents() == D("2.68"));  // binary floating point gives 2.67 here
  CHECK(D("1.5").round_to(0) == D("2"));
}

TEST_CASE("SMIC monthly = hourly × 35 × 52 / 12, rounded to the cent") {
  // 10.15 × 1820 / 12 = 18473 / 12 = 1539.4166… → 1539.42
  CHECK(D("10.15").mul_div(D("1820"), D("12")).round_cents() == D("1539.42"));
  // 11.65 × 1820 / 12 = 1766.9166… → 1766.92
  CHECK(D("11.65").mul_div(D("1820"), D("12")).round_cents() == D("1766.92"));
}

TEST_CASE("proration divides last so that no precision is lost") {
  // 1628.00 × 100 h / 151.67 h = 1073.382999… → 1073.38
  CHECK(D("1628").mul_div(D("100"), D("151.67")).round_cents() == D("1073.38"));
  CHECK(D("10").div(D("4")) == D("2.5"));
  CHECK(D("-2.5").floor() == D("-3"));
}
