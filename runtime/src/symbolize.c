// Maps a code address to the name of the function containing it, for
// tracebacks. gc keeps its own pc tables (runtime/symtab.go findfunc);
// golly reads the ELF symbol table of its own executable instead, where
// every Go function has its Go name (`main.f`, `main.(*T).m`,
// `main.f.func1`, see docs/DESIGN.md §4). This needs no `-rdynamic` and
// also names static functions. Addresses outside the executable (shared
// libraries) fall back to dladdr.
//
// Only called while crashing, possibly from a signal handler: it uses
// system calls (open, mmap) but no locks or malloc.

#include "internal.h"

#include <dlfcn.h>
#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static bool loaded;
static const Elf64_Sym *symbols;
static size_t symbol_count;
static const char *names;
static size_t names_size;
// Load bias: 0 for the non-PIE executables golly links, the relocation
// offset for a PIE.
static uintptr_t bias;

static uintptr_t load_bias(void) {
    const Elf64_Phdr *phdr = (const Elf64_Phdr *)getauxval(AT_PHDR);
    size_t count = getauxval(AT_PHNUM);
    if (phdr == NULL)
        return 0;
    for (size_t i = 0; i < count; i++)
        if (phdr[i].p_type == PT_PHDR)
            return (uintptr_t)phdr - phdr[i].p_vaddr;
    return 0;
}

static void load_symbols(void) {
    loaded = true;
    bias = load_bias();
    int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    struct stat st;
    void *map = MAP_FAILED;
    if (fstat(fd, &st) == 0 && (size_t)st.st_size >= sizeof(Elf64_Ehdr))
        map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (map == MAP_FAILED)
        return;
    size_t size = (size_t)st.st_size;
    const uint8_t *file = map;
    const Elf64_Ehdr *eh = map;
    if (memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_ident[EI_CLASS] != ELFCLASS64)
        return;
    if (eh->e_shoff == 0 || eh->e_shoff + (size_t)eh->e_shnum * sizeof(Elf64_Shdr) > size)
        return;
    const Elf64_Shdr *sections = (const Elf64_Shdr *)(file + eh->e_shoff);
    // Prefer the full symbol table; a stripped binary still has .dynsym.
    const Elf64_Shdr *table = NULL;
    for (int i = 0; i < eh->e_shnum; i++)
        if (sections[i].sh_type == SHT_SYMTAB)
            table = &sections[i];
    if (table == NULL)
        for (int i = 0; i < eh->e_shnum; i++)
            if (sections[i].sh_type == SHT_DYNSYM)
                table = &sections[i];
    if (table == NULL || table->sh_link >= eh->e_shnum)
        return;
    const Elf64_Shdr *strtab = &sections[table->sh_link];
    if (table->sh_offset + table->sh_size > size || strtab->sh_offset + strtab->sh_size > size)
        return;
    symbols = (const Elf64_Sym *)(file + table->sh_offset);
    symbol_count = table->sh_size / sizeof(Elf64_Sym);
    names = (const char *)(file + strtab->sh_offset);
    names_size = strtab->sh_size;
}

// The C frames that stand where gc's runtime has Go functions, under gc's
// names: the main goroutine's first frame and every goroutine's outermost.
static const char *gc_name(const char *name) {
    if (strcmp(name, "run_main") == 0)
        return "runtime.main";
    if (strcmp(name, "golly_gostart") == 0)
        return "runtime.goexit";
    return name;
}

static bool find_symbol(uintptr_t pc, const char **name, uintptr_t *entry);

bool golly_symbolize(uintptr_t pc, const char **name, uintptr_t *entry) {
    if (!find_symbol(pc, name, entry))
        return false;
    *name = gc_name(*name);
    return true;
}

static bool find_symbol(uintptr_t pc, const char **name, uintptr_t *entry) {
    if (!loaded)
        load_symbols();
    uintptr_t address = pc - bias;
    for (size_t i = 0; i < symbol_count; i++) {
        const Elf64_Sym *s = &symbols[i];
        if (ELF64_ST_TYPE(s->st_info) != STT_FUNC || s->st_shndx == SHN_UNDEF)
            continue;
        if (address < s->st_value || address - s->st_value >= s->st_size)
            continue;
        if (s->st_name >= names_size)
            continue;
        *name = names + s->st_name;
        *entry = s->st_value + bias;
        return true;
    }
    Dl_info info;
    if (dladdr((void *)pc, &info) != 0 && info.dli_sname != NULL) {
        *name = info.dli_sname;
        *entry = (uintptr_t)info.dli_saddr;
        return true;
    }
    return false;
}

// A pc from Callers may name a logical frame (GOLLY_PC_FRAME): the name
// is that frame's function.
go_string golly_funcName(void *context, uintptr_t pc) {
    (void)context;
    go_string name, file;
    go_int line;
    if (!golly_logical_frame(GOLLY_PC_ADDRESS(pc), GOLLY_PC_FRAME(pc), &name, &file, &line))
        return (go_string){NULL, 0};
    return name;
}

// The entry of the function the code physically lies in, as gc's
// (symtab.go: "with an entry of the outermost function").
uintptr_t golly_funcEntry(void *context, uintptr_t pc) {
    (void)context;
    const char *name;
    uintptr_t entry;
    return golly_symbolize(GOLLY_PC_ADDRESS(pc), &name, &entry) ? entry : 0;
}

bool golly_funcInlined(void *context, uintptr_t pc) {
    (void)context;
    return GOLLY_PC_FRAME(pc) < golly_inline_depth(GOLLY_PC_ADDRESS(pc));
}
