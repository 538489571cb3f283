"""The lit test format of the conformance suite: one lit test per file of
Go's test/ directory, executed like $GOROOT/test/run.go executes it, with
golly in place of `go tool compile` / `go run`.

Actions run (everything else is UNSUPPORTED, with run.go's reason):
  run          `// run` without gc flags or program arguments: `golly build`,
               run the program (combined stdout+stderr, like run.go's
               runcmd), compare with the .out file (or expect no output) and
               exit status 0 (run.go's checkExpectedOutput).
  errorcheck   compile only (`golly build -S`); when the recipe wants errors
               golly must exit 1 with gc-format diagnostics, with `-0` it
               must compile. Never a crash (exit 3, a signal, a Swift trap)
               or a hang. With errorcheck=match the // ERROR comments are
               matched as run.go's errorCheck does.
  compile      compile only, must succeed (run.go compiles to an object).
  build        compile and link, must succeed.
  rundir, compiledir, errorcheckdir
               the packages of X.dir as a temporary module (godir.py): built
               and run against X.out, built, or refused with diagnostics.
"""

import os
import re
import shutil
import signal
import subprocess
import time

import lit.Test

import godir
import gotest

COMPILE_TIMEOUT = 60  # seconds, per compiler invocation
RUN_TIMEOUT = 60      # seconds, per program run: run.go sets none without -t N; tests such
                      # as chanlinear.go double their work while a loaded machine makes
                      # their timings noisy, and need room (never a reason to hang)

# A gc-format diagnostic: file.go:LINE:COL: message. A //line directive
# without a column makes gc print file:LINE: message, and may rename the file.
DIAGNOSTIC_RX = re.compile(r"^[^\s:]+:\d+(:\d+)?: \S", re.M)
# Things a compiler that crashed leaves behind. Exit status 3 is golly's
# "internal compiler error"; a Swift runtime trap prints "Fatal error:".
CRASH_RX = re.compile(r"internal compiler error|Fatal error:|Stack dump:|"
                      r"Current stack trace:|Segmentation fault|Illegal instruction")


def read_xfail_list(path):
    """xfail.txt: one test path (relative to Go's test/) a line; `#` starts
    a comment."""
    names = set()
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                name = line.split("#", 1)[0].strip()
                if name:
                    names.add(os.path.normpath(name))
    return names


def run_command(argv, cwd, timeout, env=None):
    """Runs argv with stdout and stderr combined, in its own process group so
    a timeout kills everything it started. Returns (status, output, timed_out);
    status is negative for a signal, as in subprocess."""
    # stdin is an empty pipe rather than /dev/null, so nothing depends on
    # the device node.
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        out, _ = proc.communicate(input=b"", timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, _ = proc.communicate()
        timed_out = True
    return proc.returncode, out.decode("utf-8", errors="replace"), timed_out


def describe_status(status):
    if status < 0:
        try:
            return "killed by signal %s" % signal.Signals(-status).name
        except ValueError:
            return "killed by signal %d" % -status
    return "exit status %d" % status


def tail(text, limit=4000):
    return text if len(text) <= limit else "...\n" + text[-limit:]


class Outcome(Exception):
    """Raised to finish a test with a lit result code and a message."""

    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
        self.message = message


class GoTestFormat(lit.formats.base.TestFormat):
    def __init__(self, golly, go_test_dir, xfails, match_errors, crash_only, go_bin,
                 keep=False):
        self.golly = golly
        self.keep = keep  # keep the work directories of failed tests
        # run.go runs `// run` programs in $GOROOT/test with GOOS and GOARCH
        # set and the go command on PATH (some tests look for ./*.dir or
        # run `go`).
        self.run_env = dict(os.environ, GOOS=gotest.GOOS, GOARCH=gotest.GOARCH)
        self.run_env["PATH"] = os.pathsep.join([go_bin, os.environ.get("PATH", "")])
        self.go_test_dir = go_test_dir
        self.xfails = xfails
        self.match_errors = match_errors
        self.crash_only = crash_only

    # -- discovery -------------------------------------------------------

    def _make_test(self, suite, rel, local_config):
        test = lit.Test.Test(suite, tuple(rel.split(os.sep)), local_config)
        if rel in self.xfails:
            test.xfails = ["*"]
        return test

    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig, localConfig):
        # Tests come from run.go's directory list. At the root all of them
        # are found at once and lit's own walk of the subdirectories is cut
        # off by config.excludes; a directory named on the command line
        # (Tests/conformance/ken) gives its own tests.
        if path_in_suite:
            wanted = os.path.join(*path_in_suite)
            if wanted not in gotest.RUN_GO_DIRS:
                return
            tests = gotest.list_tests(self.go_test_dir, [wanted])
        else:
            tests = gotest.list_tests(self.go_test_dir)
        for rel in tests:
            yield self._make_test(testSuite, rel, localConfig)

    def getTestsForPath(self, testSuite, path_in_suite, litConfig, localConfig):
        if path_in_suite[-1].endswith(".go"):
            yield self._make_test(testSuite, os.path.join(*path_in_suite), localConfig)

    # -- execution -------------------------------------------------------

    def execute(self, test, litConfig):
        source = os.path.join(self.go_test_dir, *test.path_in_suite)
        rel = "/".join(test.path_in_suite)
        src = gotest.read_source(source)
        recipe = gotest.parse_recipe(src)
        if recipe.skip:
            return lit.Test.UNSUPPORTED, "run.go skips it: " + recipe.skip
        work = test.getExecPath() + ".d"
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        try:
            code, message = lit.Test.PASS, self._execute(recipe, source, src, work)
        except Outcome as o:
            code, message = o.code, o.message
            if code.isFailure:
                message = "%s (%s)\n%s" % (rel, recipe.action, message)
        if not (self.keep and code.isFailure):
            shutil.rmtree(work, ignore_errors=True)
        return code, message

    def _execute(self, recipe, source, src, work):
        action = recipe.action
        if action == "run":
            if recipe.flags or recipe.args:
                raise Outcome(lit.Test.UNSUPPORTED,
                              "needs gc flags or program arguments: %s"
                              % " ".join(recipe.flags + recipe.args))
            exe = os.path.join(work, "test.exe")
            self._compile(source, ["-o", exe], want_error=False)
            if self.crash_only:
                return "compiled"
            self._run(exe, source, recipe, work)
            return "ran as expected"
        if action == "errorcheck":
            out = self._compile(source, ["-S", "-o", os.path.join(work, "test.ll")],
                                want_error=recipe.want_error)
            if self.match_errors and not self.crash_only:
                problems = gotest.error_check(out, src, source, os.path.basename(source),
                                              recipe.want_auto)
                if problems:
                    raise Outcome(lit.Test.FAIL, "\n".join(problems) + "\n\ngolly said:\n" + tail(out))
            return "diagnosed as expected"
        if action == "compile":
            self._compile(source, ["-S", "-o", os.path.join(work, "test.ll")], want_error=False)
            return "compiled"
        if action == "build":
            self._compile(source, ["-o", os.path.join(work, "test.exe")], want_error=False)
            return "built"
        if action in ("rundir", "compiledir", "errorcheckdir"):
            return self._execute_dir(recipe, source, work)
        if action in ("runindir", "builddir", "buildrundir"):
            return self._execute_in_dir(recipe, source, work)
        raise Outcome(lit.Test.UNSUPPORTED, "action %r is not run yet" % action)

    def _execute_dir(self, recipe, source, work):
        if recipe.flags or recipe.args:
            raise Outcome(lit.Test.UNSUPPORTED, "needs gc flags or program arguments: %s"
                          % " ".join(recipe.flags + recipe.args))
        longdir = source[:-len(".go")] + ".dir"
        try:
            packages = godir.dir_packages(longdir, recipe.single_file_packages)
        except (OSError, ValueError) as e:
            raise Outcome(lit.Test.UNSUPPORTED, "cannot read %s: %s" % (longdir, e))
        module = os.path.join(work, "module")
        has_main = godir.make_module(longdir, packages, module)
        if recipe.action == "rundir":
            if not has_main:
                raise Outcome(lit.Test.UNSUPPORTED, "rundir without a main package")
            exe = os.path.join(work, "test.exe")
            self._compile(".", ["-o", exe], want_error=False, cwd=module)
            if self.crash_only:
                return "compiled"
            self._run(exe, source, recipe, work)
            return "ran as expected"
        self._compile("./...", ["-S", "-o", os.devnull], want_error=recipe.want_error, cwd=module)
        return "diagnosed as expected" if recipe.want_error else "compiled"

    def _execute_in_dir(self, recipe, source, work):
        """run.go's runindir (`go run .` in a module named after X.dir,
        holding a copy of it) and builddir/buildrundir (X.dir's files as
        one command): the copy is built with `golly build .`."""
        if recipe.flags or recipe.args:
            raise Outcome(lit.Test.UNSUPPORTED, "needs gc flags or program arguments: %s"
                          % " ".join(recipe.flags + recipe.args))
        longdir = source[:-len(".go")] + ".dir"
        name = os.path.basename(longdir) if recipe.action == "runindir" else "main"
        module = os.path.join(work, "src", name)
        godir.copy_module(longdir, module, name)
        exe = os.path.join(work, "test.exe")
        self._compile(".", ["-o", exe], want_error=False, cwd=module)
        if self.crash_only or recipe.action == "builddir":
            return "compiled"
        self._run(exe, source, recipe, work)
        return "ran as expected"

    def _compile(self, source, options, want_error, cwd=None):
        """Runs `golly build OPTIONS FILE` in the file's directory (so
        diagnostics name it as gc's do), or `golly build OPTIONS PATTERN`
        in `cwd`, and checks the outcome."""
        argv = [self.golly, "build"] + options + [os.path.basename(source) if cwd is None else source]
        started = time.monotonic()
        status, out, timed_out = run_command(argv, cwd or os.path.dirname(source), COMPILE_TIMEOUT)
        command = " ".join(argv)
        if timed_out:
            raise Outcome(lit.Test.FAIL, "compiler HANG: no answer after %d s\n$ %s\n%s"
                          % (COMPILE_TIMEOUT, command, tail(out)))
        if status == 3 or status < 0 or status > 128 or CRASH_RX.search(out):
            raise Outcome(lit.Test.FAIL, "compiler CRASH (%s)\n$ %s\n%s"
                          % (describe_status(status), command, tail(out)))
        if self.crash_only:
            return out
        if want_error:
            if status == 0:
                raise Outcome(lit.Test.FAIL, "compilation succeeded unexpectedly\n$ %s\n%s"
                              % (command, tail(out)))
            if status != 1 or not DIAGNOSTIC_RX.search(out):
                raise Outcome(lit.Test.FAIL,
                              "want exit status 1 and file:line:col: diagnostics, got %s\n$ %s\n%s"
                              % (describe_status(status), command, tail(out)))
        elif status != 0:
            raise Outcome(lit.Test.FAIL, "compilation failed (%s, %.1f s)\n$ %s\n%s"
                          % (describe_status(status), time.monotonic() - started,
                             command, tail(out)))
        return out

    def _run(self, exe, source, recipe, work):
        timeout = max(RUN_TIMEOUT, recipe.timeout or 0)
        status, out, timed_out = run_command([exe], self.go_test_dir, timeout, self.run_env)
        if timed_out:
            raise Outcome(lit.Test.FAIL, "program timed out after %d s\n%s" % (timeout, tail(out)))
        if status != 0:
            raise Outcome(lit.Test.FAIL, "program failed (%s)\n%s" % (describe_status(status), tail(out)))
        out = out.replace("\r\n", "\n")
        want_file = source[:-len(".go")] + ".out"
        want = gotest.read_source(want_file) if os.path.exists(want_file) else ""
        if out != want:
            if os.path.exists(want_file):
                raise Outcome(lit.Test.FAIL, "output does not match %s\n%s"
                              % (want_file, output_diff(want, out)))
            raise Outcome(lit.Test.FAIL, "output should be empty (no .out file); got\n" + tail(out))


def output_diff(want, got):
    import difflib
    lines = list(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                      "expected", "golly", n=2))
    return tail("".join(lines))
