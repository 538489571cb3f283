// A panic recovered in half of the calls: gopanic, the deferred call,
// recover and the resumption of the deferring frame.
package main

func mayPanic(i int) {
	if i&1 == 1 {
		panic(i)
	}
}

func work(i int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = e.(int) * 2
		}
	}()
	mayPanic(i)
	return i
}

func main() {
	sum := 0
	for i := 0; i < 5000000; i++ {
		sum += work(i)
	}
	println("panic_recover checksum", sum)
}
