package main

import (
	"example.com/shop/internal/money"
	inv "example.com/shop/inventory"
)

var total = inv.Price("pear", 3)

type counter interface{ Count(string) int }

func main() {
	s := inv.New("corner")
	s.Add("apple", 70)
	s.Add("apple", 70)
	println("apples:", s.Count("apple"), "max", inv.Max)
	if err := s.Take("pear", 1); err != nil {
		println("error:", err.Error())
		if oos, ok := err.(*inv.OutOfStock); ok {
			println("have", oos.Have, "of", oos.Item)
		}
	}
	if err := s.Take("apple", 30); err == nil {
		println("took 30, left", s.Count("apple"))
	}
	var c counter = s
	println("via interface:", c.Count("apple"))
	var p inv.Pricer = inv.Default
	println("price:", p.Price("apple", 3).String(), total.String())
	var st interface{ String() string } = money.Cents(-1234)
	println(st.String(), money.Formatted(), inv.Stores)
	inv.Stores = 7
	f := inv.Price
	println(f("apple", 2).String(), inv.Stores)
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
	}()
	panic(s.Take("kiwi", 1))
}
