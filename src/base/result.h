// Errors as values: every module returns Result<T> instead of throwing across module borders.
#pragma once
#include <string>
#include <utility>
#include <variant>

namespace revalo {

// What went wrong, by the exit code the CLI maps it to (README, "Exit codes").
enum class ErrorKind {
  Usage = 2,        // bad options or option values
  Input = 3,        // bad profile/input: unknown job or position, bad date, unreadable file
  MissingData = 4,  // the law as encoded has no value for this case at this date
  Grid = 5,         // a grid file is malformed or invalid
  Internal = 1,
};

// Exit codes that are verdicts on the input, not errors (README, "Exit codes"): the run completed.
constexpr int kExitKaliDiffers = 6;     // grids verify: a value differs from KALI
constexpr int kExitSomeRowsFailed = 7;  // batch: some rows are error rows
constexpr int kExitPayslipDiffers = 8;  // check: the payslip differs from what the texts give

struct Error {
  ErrorKind kind = ErrorKind::Internal;
  std::string message;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  // Built in place: a payslip returned through a Result is moved once, not twice.
  Result(const T& value) : v_(std::in_place_index<0>, value) {}
  Result(T&& value) : v_(std::in_place_index<0>, std::move(value)) {}
  Result(Error error) : v_(std::in_place_index<1>, std::move(error)) {}
  bool ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<T>(v_); }
  const T& value() const { return std::get<T>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<Error>(v_); }

 private:
  std::variant<T, Error> v_;
};

inline Error make_error(ErrorKind kind, std::string message) { return Error{kind, std::move(message)}; }

}  // namespace revalo
