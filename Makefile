# golly: the entry points of README and .ci/run.
#
#   make                 setup + build + demo: install what is missing, build
#                        golly and its runtime, compile and run examples/hello.go
#   make test            every suite (unit, runtime, lit, conformance), then the totals
#   make bench           race golly -O2 against gc and gccgo -O2 (bench/race.py)
#   make clean           remove build products
#
# Variables: JOBS (parallelism, default 2), LLVM_CONFIG (default llvm-config-19),
# SCRATCH (SwiftPM's build directory, default .build; a second work tree or a
# second engineer uses its own, e.g. make build SCRATCH=.build-me).

SHELL := /bin/bash
.DEFAULT_GOAL := all

JOBS        ?= 2
SCRATCH     ?= .build
LLVM_CONFIG ?= llvm-config-19
export LLVM_CONFIG

# Debian 12 packages the build and the tests need. gcc provides `cc`, which
# links golly's executables and compiles the runtime.
APT_PACKAGES := llvm-19-dev llvm-19-tools cmake make gcc golang-1.19-go golang-1.19-src gccgo-12 python3

LIT         := python3 /usr/lib/llvm-19/build/utils/lit/lit.py
GOLLY       := $(SCRATCH)/release/golly
SUITES      := python3 Tests/run_suites.py --golly $(GOLLY) --scratch-path $(SCRATCH)
RUNTIME_DIR := build/runtime
RUNTIME_LIB := $(RUNTIME_DIR)/libgollyrt.a

.PHONY: all setup build runtime compiler demo test test-unit test-lit test-conformance test-gcstress \
        test-runtime conformance-update-xfail conformance-crash-check conformance-core bench clean

all: setup build demo

# Installs only what is missing, so a second run does nothing and needs no
# network; apt-get update runs only when something has to be installed. It
# says which packages it installs, and why, before it starts.
setup:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then echo "setup: all packages present"; exit 0; fi; \
	echo "setup: these Debian packages are missing and will be installed now with apt-get:"; \
	echo "setup:  $$missing"; \
	echo "setup: (LLVM 19 and cmake build golly; Go 1.19, its sources and gccgo-12 are the test oracle and the bench rivals)"; \
	if [ "$$(id -u)" = 0 ]; then sudo=""; \
	elif command -v sudo >/dev/null; then sudo="sudo"; \
	else echo "setup: need root or sudo to install$$missing" >&2; exit 1; fi; \
	$$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q && \
	$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing

build: runtime compiler
	cp $(RUNTIME_LIB) $(dir $(GOLLY))libgollyrt.a
	@echo "built $(GOLLY) and $(dir $(GOLLY))libgollyrt.a"

runtime:
	cmake -S runtime -B $(RUNTIME_DIR) -DCMAKE_BUILD_TYPE=Release
	cmake --build $(RUNTIME_DIR) -j $(JOBS)

compiler:
	swift build -c release -j $(JOBS) --scratch-path $(SCRATCH)

demo:
	@mkdir -p build
	$(GOLLY) build -o build/hello examples/hello.go
	./build/hello
	$(GOLLY) run examples/hello.go

# All suites, totalled; the last line is `N passed, N failed`.
test: build
	$(SUITES)

test-unit:
	$(SUITES) --only unit

test-runtime: runtime
	$(SUITES) --only runtime

test-lit: build
	$(SUITES) --only lit

test-conformance: build
	$(SUITES) --only conformance

# The lit programs again, each collecting at every allocation.
test-gcstress: build
	$(SUITES) --only gcstress

# Rewrites Tests/conformance/xfail.txt from a fresh run (keeps the reasons
# of tests that still fail).
conformance-update-xfail: build
	python3 Tests/conformance/update_xfail.py --golly $(GOLLY)

# Only "golly never crashes or hangs": every test golly would compile, the
# xfail list ignored, a failure only for exit status 3, a signal, a Swift
# trap or a compile taking over 60 s.
conformance-crash-check: build
	$(LIT) -s -j $(JOBS) -D golly=$(GOLLY) -D xfail=off -D crash_only=1 Tests/conformance

# The import-free core `// run` tests of the walking-skeleton issue, with
# their results in the last conformance run.
conformance-core:
	@if [ -f build/test-results/conformance.json ]; then \
	  python3 Tests/conformance/classify.py --results build/test-results/conformance.json; \
	else python3 Tests/conformance/classify.py; fi

bench: build
	python3 bench/race.py --golly $(GOLLY)

clean:
	rm -rf build $(SCRATCH)/release/libgollyrt.a Tests/lit/Output Tests/conformance/Output
	swift package clean --scratch-path $(SCRATCH)
