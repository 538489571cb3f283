package main

import "example.org/greet"

func main() { println(greet.Hello("golly")) }
