// Exact decimal numbers for money, rates, points, coefficients and hours.
//
// A Decimal is an integer count of 10^-9 units: every value of the grids (5.355 €, 0.024 %, 151.67 h, 59.0734 €)
// is held exactly, and sums are exact. Products and quotients are computed exactly in 128-bit integers and then
// rounded to 10^-9; payslip amounts are then rounded to the cent with round_cents().
//
// THE ROUNDING RULE (the only one in revalo): each payslip line amount is computed from exact inputs and rounded
// once, to the cent, half away from zero (1.005 → 1.01, -1.005 → -1.01), as payroll software does. Totals are sums
// of rounded lines. No binary floating point is used anywhere for amounts.
#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace revalo {

class Decimal {
 public:
  static constexpr int kScale = 9;
  static constexpr std::int64_t kOne = 1'000'000'000;
  // Largest magnitude accepted from text: keeps every product inside 128 bits and every sum inside 64.
  static constexpr std::int64_t kMaxUnits = 1'000'000'000;

  constexpr Decimal() = default;
  static constexpr Decimal from_int(std::int64_t units) { return Decimal(units * kOne); }
  static constexpr Decimal from_raw(std::int64_t raw) { return Decimal(raw); }
  // Parses "5.355", "-12", "1539,42", "1 539.42" (spaces as thousands separators, '.' or ',' as decimal mark).
  // Rejects exponents, more than 9 decimals, and magnitudes of kMaxUnits or more.
  static std::optional<Decimal> parse(std::string_view text);

  constexpr std::int64_t raw() const { return raw_; }
  bool is_zero() const { return raw_ == 0; }
  bool is_integer() const { return raw_ % kOne == 0; }
  std::int64_t integer_part() const { return raw_ / kOne; }  // truncates toward zero

  Decimal operator+(Decimal o) const { return Decimal(raw_ + o.raw_); }
  Decimal operator-(Decimal o) const { return Decimal(raw_ - o.raw_); }
  Decimal operator-() const { return Decimal(-raw_); }
  Decimal& operator+=(Decimal o) { raw_ += o.raw_; return *this; }
  Decimal& operator-=(Decimal o) { raw_ -= o.raw_; return *this; }
  // Exact product, rounded half away from zero at 10^-9.
  Decimal operator*(Decimal o) const;
  // this × num / den computed exactly, then rounded half away from zero at 10^-9 (den must not be zero).
  Decimal mul_div(Decimal num, Decimal den) const;
  // this / den, rounded half away from zero at 10^-9.
  Decimal div(Decimal den) const;
  // this × pct / 100 (a percentage rate applied to a base).
  Decimal percent(Decimal pct) const { return mul_div(pct, from_int(100)); }

  // The payslip rounding rule: to the cent, half away from zero.
  Decimal round_cents() const {  // round_to(2), inline: every payslip line calls it
    constexpr std::int64_t kCent = kOne / 100;
    std::int64_t q = raw_ / kCent, r = raw_ % kCent;
    if (r < 0) r = -r;
    if (r >= kCent - r) q += raw_ < 0 ? -1 : 1;
    return Decimal(q * kCent);
  }
  Decimal round_to(int decimals) const;
  Decimal floor() const;  // toward minus infinity, to an integer

  auto operator<=>(const Decimal&) const = default;

  // Plain text with a '.' decimal mark: at least min_decimals, trailing zeros beyond them dropped.
  std::string str(int min_decimals = 0) const;
  // Exactly `decimals` digits after the mark (rounded half away from zero).
  std::string fixed(int decimals) const { return round_to(decimals).str(decimals); }
  // The same text as fixed(decimals), appended to `out` without building a string (batch output); `mark` is the
  // decimal mark ('.' or ',').
  void append_fixed(std::string& out, int decimals, char mark = '.') const;

 private:
  constexpr explicit Decimal(std::int64_t raw) : raw_(raw) {}
  std::int64_t raw_ = 0;
};

inline Decimal max(Decimal a, Decimal b) { return a < b ? b : a; }
inline Decimal min(Decimal a, Decimal b) { return a < b ? a : b; }

}  // namespace revalo
