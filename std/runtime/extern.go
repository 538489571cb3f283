package runtime

// GOROOT, Version and the environment (runtime/extern.go, env_posix.go).

// gogetenv is the value of the environment variable key, "" if unset
// (runtime/src/exported.c).
func gogetenv(key string) string

// defaultGOROOT is the Go tree golly compiles the standard library from
// when $GOROOT is unset (Loader's GoEnvironment.installedGoroot).
const defaultGOROOT = "/usr/lib/go-1.19"

// GOROOT returns the root of the Go tree: $GOROOT if set, else the tree
// golly reads the standard library from.
func GOROOT() string {
	if s := gogetenv("GOROOT"); s != "" {
		return s
	}
	return defaultGOROOT
}

// Version returns the Go version the program was built for: golly
// implements Go 1.19.
func Version() string { return "go1.19" }
