// Runs a transcript test (tests/transcripts/*.t): commands and the output they must give.
//
// Format, line by line:
//   # comment            why the expected figures are what they are (the hand computation, the legal text)
//   $ revalo ARGS        a shell command; the word `revalo` is replaced by the binary under test
//   | text               an expected stdout line (exact; the whole stdout must be these lines)
//   ~ text               stdout must contain this text (used instead of `|` lines)
//   ! text               stderr must contain this text
//   ? N                  expected exit code (default 0)
// A command with neither `|` nor `~` lines must print nothing on stdout.
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Case {
  int line = 0;
  std::string command;
  std::vector<std::string> exact, contains, err_contains;
  bool has_exact = false;
  int exit_code = 0;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: transcript_runner REVALO_BINARY FILE.t\n";
    return 2;
  }
  std::string binary = argv[1];
  std::ifstream in(argv[2]);
  if (!in) {
    std::cerr << "cannot read " << argv[2] << "\n";
    return 2;
  }
  std::vector<Case> cases;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    std::string rest = line.size() > 2 ? line.substr(2) : "";
    switch (line[0]) {
      case '$': cases.push_back(Case{n, rest, {}, {}, {}, false, 0}); break;
      case '|':
        if (cases.empty()) break;
        cases.back().exact.push_back(rest);
        cases.back().has_exact = true;
        break;
      case '~': if (!cases.empty()) cases.back().contains.push_back(rest); break;
      case '!': if (!cases.empty()) cases.back().err_contains.push_back(rest); break;
      case '?': if (!cases.empty()) cases.back().exit_code = std::stoi(rest); break;
      default:
        std::cerr << argv[2] << ":" << n << ": unknown line kind: " << line << "\n";
        return 2;
    }
  }
  if (cases.empty()) {
    std::cerr << argv[2] << ": no command\n";
    return 2;
  }
  int failures = 0;
  std::regex word(R"((^|[\s|;&(])revalo(?=\s|$))");
  for (const auto& c : cases) {
    std::string cmd = std::regex_replace(c.command, word, "$1" + binary);
    std::string out_file = "/tmp/revalo_transcript_" + std::to_string(getpid()) + ".out";
    std::string err_file = "/tmp/revalo_transcript_" + std::to_string(getpid()) + ".err";
    std::string full = "(" + cmd + ") >" + out_file + " 2>" + err_file + " </dev/null";
    int status = std::system(full.c_str());
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::string out = slurp(out_file), err = slurp(err_file);
    std::remove(out_file.c_str());
    std::remove(err_file.c_str());
    std::vector<std::string> problems;
    if (code != c.exit_code)
      problems.push_back("exit code " + std::to_string(code) + ", expected " + std::to_string(c.exit_code));
    if (c.has_exact) {
      std::string want;
      for (const auto& l : c.exact) want += l + "\n";
      if (out != want) problems.push_back("stdout differs:\n--- expected\n" + want + "--- got\n" + out + "---");
    } else if (c.contains.empty() && !out.empty()) {
      problems.push_back("stdout should be empty, got:\n" + out);
    }
    for (const auto& s : c.contains)
      if (out.find(s) == std::string::npos) problems.push_back("stdout lacks: " + s + "\n--- got\n" + out + "---");
    for (const auto& s : c.err_contains)
      if (err.find(s) == std::string::npos) problems.push_back("stderr lacks: " + s + "\n--- got\n" + err + "---");
    if (!problems.empty()) {
      ++failures;
      std::cerr << argv[2] << ":" << c.line << ": $ " << c.command << "\n";
      for (const auto& p : problems) std::cerr << "  " << p << "\n";
    }
  }
  std::cout << (cases.size() - failures) << " passed, " << failures << " failed\n";
  return failures ? 1 : 0;
}
