"""The directory recipes of Go's test/ (rundir, compiledir, errorcheckdir;
runindir, builddir, buildrundir) as a module golly builds with package
patterns.

run.go compiles the `.go` files of `X.dir` as packages in file-name order
(files of one package name together; with `-s`, each file a package of its
own), each but `main` as import path `test/<first file's name>` (`go tool
compile -D test -p test/a`), so that the sources import `"./a"`. Here the
files go into a temporary module `test`: a package's files into
`<first file's name>/`, main's into the module root, and every `"./x"`
import becomes `"test/x"` in the copies (module mode has no local imports;
the Go sources themselves are read in place and never kept). The packages
are then built as `go build` would: `.` for main, `./...` otherwise, the
latter with `-S` (as `go tool compile`, it needs no func main), the IR
discarded. A file named `*_test.go` is copied under another name.
"""

import os
import re

_PACKAGE_RX = re.compile(r"(?m)^package ([\w]+)")
_LOCAL_IMPORT_RX = re.compile(r'"\./([^"]+)"')


def dir_packages(longdir, single_file_packages):
    """run.go's goDirPackages: [(package name, [file names])]."""
    names = sorted(n for n in os.listdir(longdir) if n.endswith(".go"))
    packages = []
    by_name = {}
    for name in names:
        with open(os.path.join(longdir, name), encoding="utf-8", errors="replace") as f:
            m = _PACKAGE_RX.search(f.read())
        if not m:
            raise ValueError("cannot find package name in %s" % name)
        pkg = m.group(1)
        if single_file_packages or pkg not in by_name:
            entry = (pkg, [])
            packages.append(entry)
            by_name[pkg] = entry
        by_name[pkg][1].append(name)
    return packages


def make_module(longdir, packages, root):
    """Writes the module under root; returns whether it has a main package."""
    os.makedirs(root, exist_ok=True)
    with open(os.path.join(root, "go.mod"), "w") as f:
        f.write("module test\n\ngo 1.19\n")
    has_main = False
    for pkg, files in packages:
        if pkg == "main":
            target = root
            has_main = True
        else:
            target = os.path.join(root, files[0][:-len(".go")])
        os.makedirs(target, exist_ok=True)
        for name in files:
            with open(os.path.join(longdir, name), encoding="utf-8", errors="replace") as f:
                text = f.read()
            text = _LOCAL_IMPORT_RX.sub(lambda m: '"test/%s"' % m.group(1), text)
            # go tool compile takes any name; the go command leaves test files out.
            copy = name[:-len("_test.go")] + "_test_.go" if name.endswith("_test.go") else name
            with open(os.path.join(target, copy), "w", encoding="utf-8") as f:
                f.write(text)
    return has_main


def copy_module(longdir, root, module):
    """runindir's copy of X.dir as module `module` (run.go overlayDir), its
    subdirectories included; builddir's and buildrundir's too, as module
    main. Only temporary copies, removed with the test's work directory."""
    for dirpath, _, files in os.walk(longdir):
        target = os.path.join(root, os.path.relpath(dirpath, longdir))
        os.makedirs(target, exist_ok=True)
        for name in files:
            with open(os.path.join(dirpath, name), "rb") as f:
                data = f.read()
            with open(os.path.join(target, name), "wb") as f:
                f.write(data)
    with open(os.path.join(root, "go.mod"), "w") as f:
        f.write("module %s\n\ngo 1.14\n" % module)
