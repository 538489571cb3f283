module example.com/ln

go 1.19
