// The CCN du 15 mars 1966 (CCN 66, IDCC 413) as a convention of the registry.
#pragma once
#include "convention.h"

namespace revalo {

const Convention& ccn66_convention();

}  // namespace revalo
