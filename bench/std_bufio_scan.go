// bufio: write a file of lines through a bufio.Writer, then scan it
// line by line and word by word with bufio.Scanner.
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "golly-bench-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "lines.txt")
	f, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(f)
	for i := 0; i < 200000; i++ {
		fmt.Fprintf(w, "line %d: the quick brown fox jumps over the lazy dog %d\n", i, i%97)
	}
	w.Flush()
	f.Close()
	lines, words, foxes := 0, 0, 0
	for round := 0; round < 5; round++ {
		f, err := os.Open(path)
		if err != nil {
			panic(err)
		}
		s := bufio.NewScanner(f)
		for s.Scan() {
			lines++
			if strings.Contains(s.Text(), "fox") {
				foxes++
			}
		}
		f.Seek(0, 0)
		s = bufio.NewScanner(f)
		s.Split(bufio.ScanWords)
		for s.Scan() {
			words++
		}
		f.Close()
	}
	fmt.Println(lines, words, foxes)
}
