// Allocation size classes: runtime/msize.go roundupsize over the classes of
// runtime/sizeclasses.go (linux/amd64). append's capacities depend on them:
// growslice asks for roundupsize(n*elemsize) bytes and keeps whatever fits,
// so cap() after an append is only gc's if these classes are gc's.

#include "internal.h"

enum {
    MAX_SMALL_SIZE = 32768,     // sizeclasses.go _MaxSmallSize
    PAGE_SIZE = 8192,           // sizeclasses.go _PageSize (1 << _PageShift)
};

// sizeclasses.go class_to_size, without class 0 (which is 0 bytes): the
// object sizes of the small size classes, ascending.
static const uint16_t class_size[] = {
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
    240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896,
    1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456,
    4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
    28672, 32768,
};

// msize.go roundupsize: the smallest class holding `size` bytes (gc finds
// it through its size_to_class8/size_to_class128 lookup tables; a binary
// search over the sizes gives the same class), or whole pages above the
// largest class. A size whose page rounding overflows stays as it is.
uintptr_t golly_roundupsize(uintptr_t size) {
    if (size < MAX_SMALL_SIZE) {
        if (size == 0)
            return 0;
        size_t lo = 0, hi = sizeof class_size / sizeof *class_size - 1;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (class_size[mid] < size)
                lo = mid + 1;
            else
                hi = mid;
        }
        return class_size[lo];
    }
    if (size + PAGE_SIZE < size)
        return size;
    return (size + PAGE_SIZE - 1) & ~(uintptr_t)(PAGE_SIZE - 1);
}
