#include "util/heap.h"

#include <malloc.h>

namespace chatbeto::util {

void KeepFreedMemoryForReuse() {
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
}

}  // namespace chatbeto::util
