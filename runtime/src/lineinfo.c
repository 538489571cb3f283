// File and line of a program counter (gc: runtime/symtab.go funcline, over
// the linker's pclntab), read from the executable's DWARF line tables,
// which the compiler writes as DWARF 4, line tables only
// (IRGen/DebugInfo.swift). On first use the executable (/proc/self/exe) is
// mapped, each line program of `.debug_line` run (DWARF 4 §6.2; units of
// other versions, such as the C runtime's own, are skipped), and its rows
// kept sorted by address: a lookup is a binary search. Without the section
// (a stripped executable) every pc is unknown, as gc reports it ("?", 0).

#include "internal.h"
#include "dwarf.h"

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

// Each line program's files: lineinfo.c's indices first .. first+count-1,
// for DW_AT_call_file (inlineinfo.c).
typedef struct {
    uint32_t offset;    // of the program's header in .debug_line
    int32_t first, count;
} line_unit;
static line_unit *units;
static size_t nunits, capunits;

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

static const char *cstring(const uint8_t **p, const uint8_t *end) {
    const char *s = (const char *)*p;
    while (*p < end && **p != 0)
        (*p)++;
    if (*p < end)
        (*p)++;
    return s;
}

// Runs one DWARF 4 line program (32-bit format), from its header (the
// program starts at `offset` in .debug_line, its unit length included).
static void run_unit(uint32_t offset, const uint8_t *p, const uint8_t *end) {
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
        uint64_t dir = dwarf_uleb(&p, program);
        dwarf_uleb(&p, program);
        dwarf_uleb(&p, program);
        int32_t f = add_file(dir >= 1 && dir <= ndirs ? dirs[dir - 1] : NULL, name);
        if (nunit < 4096)
            unit_files[nunit++] = f;
    }
    if (nunits == capunits) {
        capunits = capunits ? 2 * capunits : 256;
        units = realloc(units, capunits * sizeof *units);
        if (units == NULL)
            golly_throw("runtime: out of memory reading line tables");
    }
    units[nunits++] = (line_unit){offset, nunit > 0 ? unit_files[0] : (int32_t)nfiles, (int32_t)nunit};
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
            uint64_t len = dwarf_uleb(&p, end);
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
        case 2: address += (uintptr_t)dwarf_uleb(&p, end) * min_inst; break;     // advance_pc
        case 3: line += dwarf_sleb(&p, end); break;                              // advance_line
        case 4: file = dwarf_uleb(&p, end); current = FILE_OF(file); break;      // set_file
        case 5: dwarf_uleb(&p, end); break;                                      // set_column
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
                dwarf_uleb(&p, end);
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

// The section called `name`, or false.
static bool section(const uint8_t *image, size_t size, const char *name, const uint8_t **start, size_t *length) {
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)image;
    const Elf64_Shdr *sh = (const Elf64_Shdr *)(image + eh->e_shoff);
    const char *names = (const char *)(image + sh[eh->e_shstrndx].sh_offset);
    for (unsigned i = 0; i < eh->e_shnum; i++) {
        if (strcmp(names + sh[i].sh_name, name) != 0 || sh[i].sh_offset + sh[i].sh_size > size)
            continue;
        *start = image + sh[i].sh_offset;
        *length = sh[i].sh_size;
        return true;
    }
    return false;
}

void golly_line_load(void) {
    if (loaded)
        return;
    loaded = true;
    int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat st;
    if (fstat(fd, &st) != 0 || (size_t)st.st_size < sizeof(Elf64_Ehdr)) {
        close(fd);
        return;
    }
    // The mapping stays: inlineinfo.c's names point into it.
    const uint8_t *image = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (image == MAP_FAILED)
        return;
    size_t size = (size_t)st.st_size;
    const Elf64_Ehdr *eh = (const Elf64_Ehdr *)image;
    if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_shoff == 0 ||
        eh->e_shoff + (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr) > (uint64_t)size)
        return;
    const uint8_t *line;
    size_t line_size;
    if (!section(image, size, ".debug_line", &line, &line_size))
        return;
    const uint8_t *p = line, *end = line + line_size;
    while (p + 4 <= end) {
        uint32_t length;
        memcpy(&length, p, 4);
        if (length >= 0xfffffff0u || p + 4 + length > end)
            break;      // 64-bit DWARF or damage: stop
        run_unit((uint32_t)(p - line), p + 4, p + 4 + length);
        p += 4 + length;
    }
    qsort(rows, nrows, sizeof *rows, by_pc);
    dwarf_sections sec = {0};
    if (section(image, size, ".debug_info", &sec.info, &sec.info_size) &&
        section(image, size, ".debug_abbrev", &sec.abbrev, &sec.abbrev_size)) {
        sec.abbrev_end = sec.abbrev + sec.abbrev_size;
        section(image, size, ".debug_str", &sec.str, &sec.str_size);
        section(image, size, ".debug_ranges", &sec.ranges, &sec.ranges_size);
        golly_inline_load(&sec);
    }
}

int32_t golly_line_unit_file(uint32_t stmt_list, uint64_t index) {
    size_t lo = 0, hi = nunits;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (units[mid].offset < stmt_list)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == nunits || units[lo].offset != stmt_list || index < 1 || index > (uint64_t)units[lo].count)
        return -1;
    return units[lo].first + (int32_t)(index - 1);
}

bool golly_line_file(int32_t f, go_string *path) {
    if (f < 0 || (size_t)f >= nfiles)
        return false;
    *path = files[f];
    return true;
}

// The row that covers pc, or NULL.
static const line_row *row_of(uintptr_t pc) {
    golly_line_load();
    size_t lo = DWARF_COUNT_AT_MOST(rows, nrows, pc, pc);
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

// pcFile and pcLine answer for the logical frame a pc from Callers names.
go_string golly_pcFile(void *context, uintptr_t pc) {
    (void)context;
    go_string name, file = GO_STRING("?");
    go_int line;
    if (!golly_logical_frame(GOLLY_PC_ADDRESS(pc), GOLLY_PC_FRAME(pc), &name, &file, &line))
        golly_pcline(GOLLY_PC_ADDRESS(pc), &file, &line);
    return file;
}

go_int golly_pcLine(void *context, uintptr_t pc) {
    (void)context;
    go_string name, file;
    go_int line = 0;
    if (!golly_logical_frame(GOLLY_PC_ADDRESS(pc), GOLLY_PC_FRAME(pc), &name, &file, &line))
        golly_pcline(GOLLY_PC_ADDRESS(pc), &file, &line);
    return line;
}
