// Tests of the exact decimal type and of THE rounding rule (half away from zero, to the cent).
#include "decimal.h"

#include <random>
#include <string>

#include <doctest/doctest.h>

#include "decimal_division.h"

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

namespace {

// Random raw values over every magnitude a payslip meets (10^-9 to 10^9 units), either sign.
std::int64_t random_raw(std::mt19937_64& rng) {
  const int digits = static_cast<int>(rng() % 19);  // 1 to 10^18 raw units
  std::int64_t bound = 1;
  for (int i = 0; i < digits; ++i) bound *= 10;
  const std::int64_t v = static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(bound)) + 1;
  return rng() % 2 ? v : -v;
}

}  // namespace

TEST_CASE("the fast 128/64 division equals the general one (property, 3 million random cases)") {
  using namespace revalo::decimal_detail;
  std::mt19937_64 rng(20261205);
  long fast = 0;
  for (int i = 0; i < 3'000'000; ++i) {
    const i128 num = static_cast<i128>(random_raw(rng)) * random_raw(rng);
    // Denominators: the scale, a percentage's 100 × scale, and any raw value.
    const std::int64_t den = i % 3 == 0 ? Decimal::kOne : i % 3 == 1 ? 100 * Decimal::kOne : random_raw(rng);
    const auto f = div_round_fast(num, den);
    if (!f) continue;
    ++fast;
    const i128 g = div_round_general(num, den);
    if (static_cast<i128>(*f) != g) FAIL_CHECK("differs");  // one check per case would make 3 million assertions
  }
  CHECK(fast > 1'000'000);  // most cases take the fast path
  // Ties and signs, by hand: 5 / 2 = 2.5 → 3, −5 / 2 → −3, 5 / −2 → −3, 4 / 2 = 2, 1 / 3 → 0, 2 / 3 → 1.
  CHECK(*div_round_fast(5, 2) == 3);
  CHECK(*div_round_fast(-5, 2) == -3);
  CHECK(*div_round_fast(5, -2) == -3);
  CHECK(*div_round_fast(4, 2) == 2);
  CHECK(*div_round_fast(1, 3) == 0);
  CHECK(*div_round_fast(2, 3) == 1);
  // A quotient beyond 64 bits is left to the general path.
  CHECK_FALSE(div_round_fast(static_cast<i128>(1) << 100, 3));
}

TEST_CASE("round_to and append_fixed give what the general arithmetic gives (property, 1 million random values)") {
  using namespace revalo::decimal_detail;
  std::mt19937_64 rng(42);
  for (int i = 0; i < 1'000'000; ++i) {
    const Decimal d = Decimal::from_raw(random_raw(rng) / 10);
    const int decimals = static_cast<int>(rng() % 10);
    std::int64_t unit = 1;
    for (int k = decimals; k < Decimal::kScale; ++k) unit *= 10;
    const i128 expected = div_round_general(d.raw(), unit) * unit;
    if (d.round_to(decimals).raw() != static_cast<std::int64_t>(expected)) FAIL_CHECK("round_to differs");
    std::string out;
    d.append_fixed(out, decimals);
    if (out != d.fixed(decimals)) FAIL_CHECK("append_fixed differs");
  }
  std::string comma;
  D("-1628.005").append_fixed(comma, 2, ',');
  CHECK(comma == "-1628,01");
}
