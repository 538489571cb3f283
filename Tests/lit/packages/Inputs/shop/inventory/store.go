// Package inventory keeps stock counts.
package inventory

import "example.com/shop/internal/money"

// Max is the most of one item a store holds.
const Max = 100

// Stores counts the stores made.
var Stores int

var prices = map[string]money.Cents{"apple": 45, "pear": 120}

func init() {
	println("inventory: init, prices for", len(prices), "items")
}

// Store holds items by name.
type Store struct {
	name  string
	items map[string]int
}

// OutOfStock is the error Take returns.
type OutOfStock struct {
	Item string
	Have int
}

func (e *OutOfStock) Error() string {
	return "out of stock: " + e.Item
}

// New makes an empty store.
func New(name string) *Store {
	Stores++
	return &Store{name: name, items: map[string]int{}}
}

// Add stocks n of item, up to Max.
func (s *Store) Add(item string, n int) {
	s.items[item] += n
	if s.items[item] > Max {
		s.items[item] = Max
	}
}

// Take removes n of item.
func (s *Store) Take(item string, n int) error {
	if s.items[item] < n {
		return &OutOfStock{Item: item, Have: s.items[item]}
	}
	s.items[item] -= n
	return nil
}

// Count is how many of item the store has.
func (s Store) Count(item string) int { return s.items[item] }

// Price of n items.
func Price(item string, n int) money.Cents { return prices[item] * money.Cents(n) }

// Pricer prices things.
type Pricer interface {
	Price(item string, n int) money.Cents
}

type list struct{}

func (list) Price(item string, n int) money.Cents { return Price(item, n) }

// Default is the list price.
var Default Pricer = list{}
