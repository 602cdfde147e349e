// The CCN 51 (IDCC 29, FEHAP) as a convention of the registry (convention.h).
#pragma once
#include "convention.h"

namespace revalo {

const Convention& ccn51_convention();

}  // namespace revalo
