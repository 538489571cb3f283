// File and line of a program counter (gc: runtime/symtab.go funcline, over
// the linker's pclntab), read from the executable's DWARF line tables,
// which the compiler writes as DWARF 4, line tables only
// (IRGen/DebugInfo.swift). On first use the executable (/proc/self/exe) is
// mapped, each line program of `.debug_line` run (DWARF 4 §6.2; units of
// other versions, such as the C runtime's own, are skipped), and its rows
// kept sorted by address: a lookup is a binary search. Without the section
// (a stripped executable) every pc is unknown, as gc reports it ("?", 0).

#include "internal.h"

#include <elf.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
    uintptr_t pc;
    int32_t file;       // index into files; -1 ends a sequence
    int32_t line;
} line_row;

static line_row *rows;
static size_t nrows, caprows;
static go_string *files;
static size_t nfiles, capfiles;
static bool loaded;

static void add_row(uintptr_t pc, int32_t file, int32_t line) {
    if (nrows == caprows) {
        caprows = caprows ? 2 * caprows : 4096;
        rows = realloc(rows, caprows * sizeof *rows);
        if (rows == NULL)
            golly_throw("runtime: out of memory reading line tables");
    }
    rows[nrows++] = (line_row){pc, file, line};
}

static int32_t add_file(const char *dir, const char *name) {
    if (nfiles == capfiles) {
        capfiles = capfiles ? 2 * capfiles : 256;
        files = realloc(files, capfiles * sizeof *files);
        if (files == NULL)
            golly_throw("runtime: out of memory reading line tables");
    }
    size_t dl = (name[0] == '/' || dir == NULL) ? 0 : strlen(dir), nl = strlen(name);
    char *path = malloc(dl + 1 + nl + 1);
    if (path == NULL)
        golly_throw("runtime: out of memory reading line tables");
    size_t n = 0;
    if (dl > 0) {
        memcpy(path, dir, dl);
        path[dl] = '/';
        n = dl + 1;
    }
    memcpy(path + n, name, nl + 1);
    files[nfiles] = (go_string){(const uint8_t *)path, (go_int)(n + nl)};
    return (int32_t)nfiles++;
}

static uint64_t uleb(const uint8_t **p, const uint8_t *end) {
    uint64_t v = 0;
    for (unsigned shift = 0; *p < end; shift += 7) {
        uint8_t b = *(*p)++;
        if (shift < 64)
            v |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80))
            break;
    }
    return v;
}

static int64_t sleb(const uint8_t **p, const uint8_t *end) {
    int64_t v = 0;
    unsigned shift = 0;
    uint8_t b = 0;
    while (*p < end) {
        b = *(*p)++;
        if (shift < 64)
            v |= (int64_t)(b & 0x7f) << shift;
        shift += 7;
        if (!(b & 0x80))
            break;
    }
    if (shift < 64 && (b & 0x40))
        v |= -((int64_t)1 << shift);
    return v;
}

static const char *cstring(const uint8_t **p, const uint8_t *end) {
    const char *s = (const char *)*p;
    while (*p < end && **p != 0)
        (*p)++;
    if (*p < end)
        (*p)++;
    return s;
}

// Runs one DWARF 4 line program (32-bit format), from its header.
static void run_unit(const uint8_t *p, const uint8_t *end) {
    uint16_t version;
    memcpy(&version, p, 2);
    p += 2;
    if (version != 4)
        return;
    uint32_t header_length;
    memcpy(&header_length, p, 4);
    p += 4;
    const uint8_t *program = p + header_length;
    uint8_t min_inst = p[0], default_is_stmt = p[2], opcode_base = p[5];
    int8_t line_base = (int8_t)p[3];
    uint8_t line_range = p[4];
    (void)default_is_stmt;
    const uint8_t *lengths = p + 6;
    p = lengths + (opcode_base - 1);
    const char *dirs[256];
    size_t ndirs = 0;
    while (p < program && *p != 0) {
        const char *d = cstring(&p, program);
        if (ndirs < 256)
            dirs[ndirs++] = d;
    }
    p++;
    int32_t unit_files[4096];
    size_t nunit = 0;
    while (p < program && *p != 0) {
        const char *name = cstring(&p, program);
        uint64_t dir = uleb(&p, program);
        uleb(&p, program);
        uleb(&p, program);
        int32_t f = add_file(dir >= 1 && dir <= ndirs ? dirs[dir - 1] : NULL, name);
        if (nunit < 4096)
            unit_files[nunit++] = f;
    }
    p = program;
    uintptr_t address = 0;
    uint64_t file = 1;
    int64_t line = 1;
    int32_t current = -1;
#define FILE_OF(n) ((n) >= 1 && (n) <= nunit ? unit_files[(n) - 1] : -1)
    current = FILE_OF(file);
    while (p < end) {
        uint8_t op = *p++;
        if (op >= opcode_base) {
            uint8_t adjusted = op - opcode_base;
            address += (uintptr_t)(adjusted / line_range) * min_inst;
            line += line_base + adjusted % line_range;
            add_row(address, current, (int32_t)line);
            continue;
        }
        switch (op) {
        case 0: {   // extended
            uint64_t len = uleb(&p, end);
            const uint8_t *next = p + len;
            if (len == 0 || next > end)
                return;
            uint8_t sub = *p++;
            if (sub == 1) {         // end_sequence
                add_row(address, -1, 0);
                address = 0;
                file = 1;
                line = 1;
                current = FILE_OF(file);
            } else if (sub == 2 && len == 9) {  // set_address
                uint64_t a;
                memcpy(&a, p, 8);
                address = (uintptr_t)a;
            }
            p = next;
            break;
        }
        case 1: add_row(address, current, (int32_t)line); break;           // copy
        case 2: address += (uintptr_t)uleb(&p, end) * min_inst; break;     // advance_pc
        case 3: line += sleb(&p, end); break;                              // advance_line
        case 4: file = uleb(&p, end); current = FILE_OF(file); break;      // set_file
        case 5: uleb(&p, end); break;                                      // set_column
        case 8: address += (uintptr_t)((255 - opcode_base) / line_range) * min_inst; break;  // const_add_pc
        case 9: {   // fixed_advance_pc
            uint16_t d;
            memcpy(&d, p, 2);
            p += 2;
            address += d;
            break;
        }
        default:    // operands as the header says
            for (uint8_t i = 0; i < lengths[op - 1]; i++)
                uleb(&p, end);
        }
    }
#undef FILE_OF
}

static int by_pc(const void *a, const void *b) {
    const line_row *x = a, *y = b;
    if (x->pc != y->pc)
        return x->pc < y->pc ? -1 : 1;
    // An end of sequence first: the next sequence's row at the same pc wins.
    return (x->file >= 0) - (y->file >= 0);
}

static void load(void) {
    loaded = true;
    int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat st;
    if (fstat(fd, &st) != 0 || (size_t)st.st_size < sizeof(Elf64_Ehdr)) {
        close(fd);
        return;
    }
    const uint8_t *image = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (image == MAP_FAILED)
        return;
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)image;
    if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_shoff == 0 ||
        eh->e_shoff + (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr) > (uint64_t)st.st_size)
        return;
    const Elf64_Shdr *sh = (const Elf64_Shdr *)(image + eh->e_shoff);
    const char *names = (const char *)(image + sh[eh->e_shstrndx].sh_offset);
    for (unsigned i = 0; i < eh->e_shnum; i++) {
        if (strcmp(names + sh[i].sh_name, ".debug_line") != 0 || sh[i].sh_offset + sh[i].sh_size > (uint64_t)st.st_size)
            continue;
        const uint8_t *p = image + sh[i].sh_offset, *end = p + sh[i].sh_size;
        while (p + 4 <= end) {
            uint32_t length;
            memcpy(&length, p, 4);
            p += 4;
            if (length >= 0xfffffff0u || p + length > end)
                break;      // 64-bit DWARF or damage: stop
            run_unit(p, p + length);
            p += length;
        }
    }
    qsort(rows, nrows, sizeof *rows, by_pc);
    // The mapping stays: files point into nothing of it (they were copied).
    munmap((void *)image, (size_t)st.st_size);
}

// The row that covers pc, or NULL.
static const line_row *row_of(uintptr_t pc) {
    if (!loaded)
        load();
    size_t lo = 0, hi = nrows;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (rows[mid].pc <= pc)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0 || rows[lo - 1].file < 0)
        return NULL;
    return &rows[lo - 1];
}

bool golly_pcline(uintptr_t pc, go_string *file, go_int *line) {
    const line_row *r = row_of(pc);
    if (r == NULL || r->line == 0)
        return false;
    *file = files[r->file];
    *line = r->line;
    return true;
}

go_string golly_pcFile(void *context, uintptr_t pc) {
    (void)context;
    go_string file = {(const uint8_t *)"?", 1};
    go_int line;
    golly_pcline(pc, &file, &line);
    return file;
}

go_int golly_pcLine(void *context, uintptr_t pc) {
    (void)context;
    go_string file;
    go_int line = 0;
    golly_pcline(pc, &file, &line);
    return line;
}
