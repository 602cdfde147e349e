// Reading a whole file the user named (profile, payslip, grid, KALI export, scenario): one place that opens it in
// binary mode, so that byte offsets in messages match the file.
#pragma once
#include <optional>
#include <string>

namespace revalo {

// The file's bytes, or none when it cannot be opened or read (the caller names the file in its own message).
std::optional<std::string> read_text_file(const std::string& path);

}  // namespace revalo
