// Exact decimal arithmetic: see decimal.h for the representation and the rounding rule.
#include "decimal.h"

#include <climits>

#include <cstdlib>

#include "decimal_division.h"

namespace revalo {
namespace decimal_detail {

i128 div_round_general(i128 num, i128 den) {
  if (den < 0) { num = -num; den = -den; }
  i128 q = num / den;
  i128 r = num % den;
  if (r < 0) r = -r;
  if (2 * r >= den) q += (num < 0) ? -1 : 1;
  return q;
}

std::optional<std::int64_t> div_round_fast(i128 num, std::int64_t den) {
  if (den == 0 || den == INT64_MIN) return std::nullopt;
  const bool negative = (num < 0) != (den < 0);
  const unsigned __int128 n = num < 0 ? -static_cast<unsigned __int128>(num) : static_cast<unsigned __int128>(num);
  const std::uint64_t d = den < 0 ? static_cast<std::uint64_t>(-den) : static_cast<std::uint64_t>(den);
  const std::uint64_t hi = static_cast<std::uint64_t>(n >> 64), lo = static_cast<std::uint64_t>(n);
  if (hi >= d) return std::nullopt;  // the quotient would not fit in 64 bits
  std::uint64_t q, r;
#if defined(__x86_64__)
  __asm__("divq %[d]" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), [d] "rm"(d));
#else
  q = static_cast<std::uint64_t>(n / d);
  r = static_cast<std::uint64_t>(n % d);
#endif
  if (r >= d - r) ++q;  // 2r ≥ d without overflowing: half away from zero
  if (q > static_cast<std::uint64_t>(INT64_MAX)) return std::nullopt;
  return negative ? -static_cast<std::int64_t>(q) : static_cast<std::int64_t>(q);
}

std::int64_t div_round(i128 num, std::int64_t den) {
  if (auto q = div_round_fast(num, den)) return *q;
  return static_cast<std::int64_t>(div_round_general(num, den));
}

}  // namespace decimal_detail

namespace {

using decimal_detail::div_round;
using decimal_detail::i128;

constexpr std::int64_t kPow10[] = {1,         10,         100,         1000,         10000,
                                   100000,    1000000,    10000000,    100000000,    1000000000};

}  // namespace

std::optional<Decimal> Decimal::parse(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && text[i] == ' ') ++i;
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    negative = text[i] == '-';
    ++i;
  }
  std::int64_t int_part = 0;
  std::int64_t frac = 0;
  int frac_digits = 0;
  bool any_digit = false;
  bool in_frac = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      any_digit = true;
      if (in_frac) {
        if (++frac_digits > kScale) return std::nullopt;
        frac = frac * 10 + (c - '0');
      } else {
        int_part = int_part * 10 + (c - '0');
        if (int_part >= kMaxUnits) return std::nullopt;
      }
    } else if ((c == '.' || c == ',') && !in_frac) {
      in_frac = true;
    } else if (c == ' ' && !in_frac && any_digit) {
      continue;  // thousands separator
    } else {
      return std::nullopt;
    }
  }
  if (!any_digit) return std::nullopt;
  while (frac_digits < kScale) { frac *= 10; ++frac_digits; }
  std::int64_t raw = int_part * kOne + frac;
  return Decimal(negative ? -raw : raw);
}

Decimal Decimal::operator*(Decimal o) const {
  return Decimal(static_cast<std::int64_t>(div_round(static_cast<i128>(raw_) * o.raw_, kOne)));
}

Decimal Decimal::mul_div(Decimal num, Decimal den) const {
  return Decimal(static_cast<std::int64_t>(div_round(static_cast<i128>(raw_) * num.raw_, den.raw_)));
}

Decimal Decimal::div(Decimal den) const {
  return Decimal(static_cast<std::int64_t>(div_round(static_cast<i128>(raw_) * kOne, den.raw_)));
}

Decimal Decimal::round_to(int decimals) const {
  if (decimals >= kScale) return *this;
  if (decimals < 0) decimals = 0;
  // In 64 bits: |raw| < 2^63 and the unit ≤ 10^9, so neither the quotient nor the rounded product overflows.
  if (decimals == 2) return round_cents();  // a constant divisor
  const std::int64_t unit = kPow10[kScale - decimals];
  std::int64_t q = raw_ / unit, r = raw_ % unit;
  if (r < 0) r = -r;
  if (r >= unit - r) q += raw_ < 0 ? -1 : 1;
  return Decimal(q * unit);
}

Decimal Decimal::floor() const {
  std::int64_t q = raw_ / kOne;
  if (raw_ % kOne != 0 && raw_ < 0) --q;
  return from_int(q);
}

void Decimal::append_fixed(std::string& out, int decimals, char mark) const {
  if (decimals < 0) decimals = 0;
  if (decimals > kScale) decimals = kScale;
  const bool cents = decimals == 2;  // amounts: constant divisors
  const std::int64_t raw = cents ? round_cents().raw_ : round_to(decimals).raw_;
  std::uint64_t a = raw < 0 ? 0 - static_cast<std::uint64_t>(raw) : static_cast<std::uint64_t>(raw);
  // Exact: the value is rounded to `decimals` digits.
  a = cents ? a / static_cast<std::uint64_t>(kOne / 100) : a / static_cast<std::uint64_t>(kPow10[kScale - decimals]);
  // The digits are written from the end of a buffer, then appended at once.
  char digits[32];
  char* const end = digits + sizeof digits;
  char* p = end;
  for (int i = 0; i < decimals; ++i, a /= 10) *--p = static_cast<char>('0' + a % 10);
  if (decimals > 0) *--p = mark;
  do {
    *--p = static_cast<char>('0' + a % 10);
    a /= 10;
  } while (a);
  if (raw < 0) *--p = '-';
  out.append(p, static_cast<std::size_t>(end - p));
}

std::string Decimal::str(int min_decimals) const {
  std::int64_t a = raw_ < 0 ? -raw_ : raw_;
  std::string out = raw_ < 0 ? "-" : "";
  out += std::to_string(a / kOne);
  std::string frac = std::to_string(a % kOne);
  frac.insert(0, kScale - frac.size(), '0');
  std::size_t keep = frac.size();
  while (keep > static_cast<std::size_t>(min_decimals) && frac[keep - 1] == '0') --keep;
  if (keep > 0) out += "." + frac.substr(0, keep);
  if (out == "-0" || out.rfind("-0.", 0) == 0) {
    bool all_zero = out.find_first_not_of("-0.") == std::string::npos;
    if (all_zero) out.erase(0, 1);
  }
  return out;
}

}  // namespace revalo
