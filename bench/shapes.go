// The workload of issue 4's acceptance check: sum a million-element slice,
// build a map of 100k string keys, and dispatch through an interface in a
// loop (dynamic calls through itabs of value and pointer receivers).
package main

type Shape interface {
	Area() int
	Scale(k int) Shape
}

type Rect struct{ w, h int }
type Square struct{ s int }
type Tri struct{ b, h int }

func (r Rect) Area() int            { return r.w * r.h }
func (r Rect) Scale(k int) Shape    { return Rect{r.w * k, r.h * k} }
func (s *Square) Area() int         { return s.s * s.s }
func (s *Square) Scale(k int) Shape { return &Square{s.s * k} }
func (t Tri) Area() int             { return t.b * t.h / 2 }
func (t Tri) Scale(k int) Shape     { return Tri{t.b * k, t.h * k} }

func key(i int) string {
	b := []byte("key-")
	for {
		b = append(b, byte('0'+i%10))
		i /= 10
		if i == 0 {
			return string(b)
		}
	}
}

func main() {
	xs := make([]int, 1000000)
	for i := range xs {
		xs[i] = i * 3 % 1001
	}
	sum := 0
	for _, x := range xs {
		sum += x
	}
	println("sum", sum)

	m := make(map[string]int)
	for i := 0; i < 100000; i++ {
		m[key(i)] = i
	}
	hits := 0
	for i := 0; i < 200000; i += 3 {
		if v, ok := m[key(i)]; ok && v == i {
			hits++
		}
	}
	println("keys", len(m), "hits", hits)

	shapes := []Shape{Rect{2, 3}, &Square{4}, Tri{6, 5}}
	total := 0
	for i := 0; i < 30000000; i++ {
		total += shapes[i%3].Area()
	}
	for i := 0; i < 100000; i++ {
		total += shapes[i%3].Scale(i%7 + 1).Area()
	}
	println("area", total)
}
