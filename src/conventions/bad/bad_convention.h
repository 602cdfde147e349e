// The BAD's entry of the convention registry (registry.cpp).
#pragma once
#include "convention.h"

namespace revalo {

const Convention& bad_convention();

}  // namespace revalo
