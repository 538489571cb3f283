package runtime

// Callers, Caller, FuncForPC and CallersFrames (runtime/extern.go,
// runtime/symtab.go): the program's own frames, found by walking the
// frame-pointer chain (runtime/src/traceback.c), named by the executable's
// symbol table (runtime/src/symbolize.c) and placed by its line tables
// (runtime/src/lineinfo.c); a pc they do not cover is ("?", 0), as gc
// reports it.

// Callers fills pc with the return program counters of the calling
// goroutine's stack, skipping the first skip frames (0: Callers itself,
// 1: its caller), and returns how many it wrote.
func Callers(skip int, pc []uintptr) int

// funcName is the name of the function containing pc, "" if unknown.
func funcName(pc uintptr) string

// funcEntry is the entry address of the function containing pc, 0 if unknown.
func funcEntry(pc uintptr) uintptr

// funcInlined reports whether the frame pc names is a call inlined into
// another function (runtime/src/inlineinfo.c).
func funcInlined(pc uintptr) bool

// Caller reports the program counter, file and line of a call on the
// calling goroutine's stack; skip 0 is the caller of Caller. It counts
// frames, so it is never inlined.
//
//go:noinline
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var rpc [1]uintptr
	// Frames from here: Callers, Caller, then Caller's caller.
	if Callers(skip+2, rpc[:]) < 1 {
		return 0, "", 0, false
	}
	frame, _ := CallersFrames(rpc[:]).Next()
	return frame.PC, frame.File, frame.Line, frame.PC != 0
}

// A Func describes a function of the program.
type Func struct {
	name  string
	entry uintptr
}

// FuncForPC returns the function that contains pc, or nil. Where calls
// are inlined at pc it describes the innermost function, with the entry of
// the outermost, as gc's.
func FuncForPC(pc uintptr) *Func {
	name := funcName(pc)
	if name == "" {
		return nil
	}
	return &Func{name: name, entry: funcEntry(pc)}
}

// Name returns the function's name as gc spells it (main.(*T).M).
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return f.name
}

// Entry returns the function's entry address.
func (f *Func) Entry() uintptr {
	if f == nil {
		return 0
	}
	return f.entry
}

// FileLine returns the file and line of pc in f.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	return pcFile(pc), pcLine(pc)
}

// pcFile and pcLine are the file and line of pc ("?" and 0 when unknown).
func pcFile(pc uintptr) string
func pcLine(pc uintptr) int

// A Frame is one frame of a stack CallersFrames walks.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// Frames walks the program counters Callers returned.
type Frames struct {
	callers []uintptr
}

// CallersFrames returns the frames of the return addresses callers.
func CallersFrames(callers []uintptr) *Frames {
	return &Frames{callers: callers}
}

// Next returns the next frame and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	if len(ci.callers) == 0 {
		return Frame{}, false
	}
	// A return address: the call is the instruction before it. Each
	// logical frame of an inlined call has its own pc (Callers), and a
	// frame of an inlined call has no Func, as in gc's symtab.go.
	pc := ci.callers[0] - 1
	ci.callers = ci.callers[1:]
	f := FuncForPC(pc)
	frame = Frame{PC: pc, Func: f, Function: f.Name(), File: pcFile(pc), Line: pcLine(pc), Entry: f.Entry()}
	if funcInlined(pc) {
		frame.Func = nil
	}
	return frame, len(ci.callers) > 0
}

// goid is the running goroutine's id.
func goid() int64

// Stack writes the calling goroutine's traceback into buf, as gc's
// tracebacks print it, and returns how many bytes it wrote; all asks for
// every goroutine's, and golly gives the caller's alone.
func Stack(buf []byte, all bool) int {
	var pcs [100]uintptr
	// Frames from here: Callers, Stack, then Stack's caller.
	n := Callers(2, pcs[:])
	s := "goroutine " + itoa(uint64(goid())) + " [running]:\n"
	frames := CallersFrames(pcs[:n])
	for {
		frame, more := frames.Next()
		if showFrame(frame.Function) {
			s += frame.Function + "(...)\n\t" + frame.File + ":" + itoa(uint64(frame.Line))
			// An inlined call's frame has no offset (traceback.go).
			if frame.Func != nil {
				s += " +0x" + hex(uint64(frame.PC+1-frame.Entry))
			}
			s += "\n"
		}
		if !more {
			break
		}
	}
	return copy(buf, s)
}

// showFrame: the frames gc's tracebacks show (traceback.go showframe,
// as runtime/src/traceback.c's show_frame): Go functions, the runtime's
// exported ones among them; not the runtime's helpers nor C.
func showFrame(name string) bool {
	dot := false
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			dot = true
		}
	}
	if len(name) > 8 && name[:8] == "runtime." {
		return name[8] >= 'A' && name[8] <= 'Z'
	}
	return dot
}

func itoa(v uint64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return string(b[i:])
		}
	}
}

func hex(v uint64) string {
	var b [16]byte
	i := len(b)
	for {
		i--
		b[i] = "0123456789abcdef"[v%16]
		v /= 16
		if v == 0 {
			return string(b[i:])
		}
	}
}
