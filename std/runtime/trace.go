// Execution tracing (gc's runtime/trace.go): golly records no trace.
// StartTrace fails, so runtime/trace.Start returns its error; the
// annotations runtime/trace makes (tasks, regions, logs) are dropped, as gc
// drops them while no trace runs.

package runtime

import _ "unsafe" // for go:linkname

type traceError string

func (e traceError) Error() string { return string(e) }

// StartTrace fails: golly does not trace.
func StartTrace() error { return traceError("golly does not support execution tracing yet") }

// StopTrace stops nothing.
func StopTrace() {}

// ReadTrace has no trace to return.
func ReadTrace() []byte { return nil }

//go:linkname trace_userTaskCreate runtime/trace.userTaskCreate
func trace_userTaskCreate(id, parentID uint64, taskType string) {}

//go:linkname trace_userTaskEnd runtime/trace.userTaskEnd
func trace_userTaskEnd(id uint64) {}

//go:linkname trace_userRegion runtime/trace.userRegion
func trace_userRegion(id, mode uint64, regionType string) {}

//go:linkname trace_userLog runtime/trace.userLog
func trace_userLog(id uint64, category, message string) {}
