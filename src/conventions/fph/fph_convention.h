// The public grids' entry of the convention registry (registry.cpp).
#pragma once
#include "convention.h"

namespace revalo {

const Convention& fph_convention();

}  // namespace revalo
