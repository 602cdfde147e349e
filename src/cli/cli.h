// Command-line interface: parses options, loads grids and profile, calls the calculator, prints a formatter.
#pragma once
#include <ostream>

namespace revalo {

// Runs revalo with argv; returns the exit code (README, "Exit codes"). Nothing is written to `out` unless the
// whole result was computed.
int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace revalo
