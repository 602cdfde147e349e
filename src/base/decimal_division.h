// The division at the heart of every Decimal product and quotient: an exact 128-bit numerator divided by an integer,
// rounded half away from zero. Two paths that must agree: the general one (128-bit division, a library call) and a
// fast one for the operands every payslip has (a quotient that fits in 64 bits: one hardware 128/64 division).
// decimal_test.cpp checks them against each other on millions of random cases.
#pragma once
#include <cstdint>
#include <optional>

namespace revalo::decimal_detail {

using i128 = __int128;

// num / den rounded half away from zero (den ≠ 0).
i128 div_round_general(i128 num, i128 den);

// The same, when |den| < 2^63 and the rounded quotient fits in an int64; none otherwise (use the general path).
std::optional<std::int64_t> div_round_fast(i128 num, std::int64_t den);

// div_round_fast when it applies, else div_round_general (truncated to 64 bits, as Decimal keeps them).
std::int64_t div_round(i128 num, std::int64_t den);

}  // namespace revalo::decimal_detail
