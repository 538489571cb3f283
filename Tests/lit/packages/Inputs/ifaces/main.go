package main

import "example.com/ifaces/a"

type readCloser interface {
	a.Closer
	Read() int
}

type rc struct{ a.Closer }

func (rc) Read() int { return 7 }

func deferred(c a.Closer) {
	defer c.Close()
	println("deferred: body")
}

func main() {
	deferred(a.Open("one"))
	done := make(chan bool)
	c := a.Open("two")
	go func() {
		c.Close()
		done <- true
	}()
	<-done
	var r readCloser = rc{a.Open("three")}
	defer r.Close()
	println("read", r.Read())
	go r.Close()
	a.Close()
}
