// The French text of `revalo grids verify`: each compared cell (ok / diffère / absent de KALI / non relié), the
// reason and source of every value without a KALI counterpart, the KALI coefficient tables no cell names, a summary.
#pragma once
#include <string>
#include <vector>

#include "kali_verify.h"

namespace revalo {

// `kali_files`: the files as given on the command line, for the heading.
std::string verify_report_text(const VerifyReport& report, const std::vector<std::string>& kali_files);

}  // namespace revalo
