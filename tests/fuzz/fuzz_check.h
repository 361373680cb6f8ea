// CHECK for fuzz targets: an invariant that must hold for every input; a
// violation aborts so that libFuzzer (or the corpus replay) reports it.
#pragma once
#include <cstdio>
#include <cstdlib>

#define CHECK(cond)                                                                   \
  do {                                                                                \
    if (!(cond)) {                                                                    \
      std::fprintf(stderr, "check failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
      std::abort();                                                                   \
    }                                                                                 \
  } while (0)
