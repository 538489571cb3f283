module example.com/usesmod

go 1.19

require example.org/greet v1.2.0
