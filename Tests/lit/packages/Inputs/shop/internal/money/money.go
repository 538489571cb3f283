// Package money is internal to the shop module.
package money

// Cents counts money without rounding.
type Cents int64

var formatted int

// String is what print shows for a Cents through an interface.
func (c Cents) String() string {
	formatted++
	neg := c < 0
	if neg {
		c = -c
	}
	whole, frac := int64(c)/100, int64(c)%100
	s := itoa(whole) + "." + string(rune('0'+frac/10)) + string(rune('0'+frac%10))
	if neg {
		s = "-" + s
	}
	return s
}

// Formatted reports how many times String ran.
func Formatted() int { return formatted }

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
