// revalo entry point.
#include <iostream>

#include "cli.h"

int main(int argc, char** argv) { return revalo::run_cli(argc, argv, std::cout, std::cerr); }
