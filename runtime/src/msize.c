// Allocation size classes: runtime/msize.go roundupsize over the classes of
// runtime/sizeclasses.go (linux/amd64). append's capacities depend on them:
// growslice asks for roundupsize(n*elemsize) bytes and keeps whatever fits,
// so cap() after an append is only gc's if these classes are gc's.

#include "internal.h"
#include "golly/slice.h"

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

// sizeclasses.go class_to_allocnpages, without class 0: the pages of a span
// of each class (chosen by gc to keep the tail waste under 12.5%).
static const uint8_t class_pages[] = {
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4,
    5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
};
_Static_assert(sizeof class_pages == sizeof class_size / sizeof class_size[0],
               "one page count per size class");

// sizeclasses.go size_to_class8 and size_to_class128: the class of a size,
// by 8-byte steps up to 1024 bytes and 128-byte steps above. They follow
// from class_size, so they are computed from it once, at start-up.
enum { SMALL_SIZE_MAX = 1024, SMALL_SIZE_DIV = 8, LARGE_SIZE_DIV = 128 };
static uint8_t size_to_class8[SMALL_SIZE_MAX / SMALL_SIZE_DIV + 1];
static uint8_t size_to_class128[(MAX_SMALL_SIZE - SMALL_SIZE_MAX) / LARGE_SIZE_DIV + 1];

__attribute__((constructor)) static void init_size_classes(void) {
    uint8_t c = 0;
    for (size_t i = 0; i < sizeof size_to_class8; i++) {
        while (class_size[c] < i * SMALL_SIZE_DIV)
            c++;
        size_to_class8[i] = c;
    }
    c = 0;
    for (size_t i = 0; i < sizeof size_to_class128; i++) {
        while (class_size[c] < SMALL_SIZE_MAX + i * LARGE_SIZE_DIV)
            c++;
        size_to_class128[i] = c;
    }
}

// msize.go roundupsize: the smallest class holding `size` bytes, or whole
// pages above the largest class. A size whose page rounding overflows
// stays as it is.
uintptr_t golly_roundupsize(uintptr_t size) {
    if (size < MAX_SMALL_SIZE) {
        if (size == 0)
            return 0;
        if (size <= SMALL_SIZE_MAX - 8)
            return class_size[size_to_class8[(size + SMALL_SIZE_DIV - 1) / SMALL_SIZE_DIV]];
        return class_size[size_to_class128[(size - SMALL_SIZE_MAX + LARGE_SIZE_DIV - 1) / LARGE_SIZE_DIV]];
    }
    if (size + PAGE_SIZE < size)
        return size;
    return (size + PAGE_SIZE - 1) & ~(uintptr_t)(PAGE_SIZE - 1);
}

uintptr_t golly_roundupsize_go(uintptr_t size) {
    return golly_roundupsize(size);
}

int golly_size_class(uintptr_t size) {
    if (size <= SMALL_SIZE_MAX - 8)
        return size_to_class8[(size + SMALL_SIZE_DIV - 1) / SMALL_SIZE_DIV];
    return size_to_class128[(size - SMALL_SIZE_MAX + LARGE_SIZE_DIV - 1) / LARGE_SIZE_DIV];
}

uintptr_t golly_class_size(int c) { return class_size[c]; }

uintptr_t golly_class_pages(int c) { return class_pages[c]; }
