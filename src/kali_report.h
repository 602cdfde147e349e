// The French text of `revalo grids verify`: each compared cell (ok / diffère / absent de KALI / non relié), the
// reason and source of every value without a KALI counterpart, the KALI coefficient tables no cell names, a summary.
#pragma once
#include <string>

#include "kali_verify.h"

namespace revalo {

// `kali_file`: the file as given on the command line, for the heading.
std::string verify_report_text(const VerifyReport& report, const std::string& kali_file);

}  // namespace revalo
