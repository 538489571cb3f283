package double

func Double(x int) int { return x * 3 }
