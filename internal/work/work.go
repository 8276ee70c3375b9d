// Package work runs independent jobs on several goroutines, writing
// results by index so that the output never depends on scheduling.
package work

import "sync"

// Each calls a worker's function for every index 0..n-1 on up to
// workers goroutines. newWorker is called once per goroutine, so each
// can keep buffers of its own. With one worker everything runs on the
// calling goroutine.
func Each(n, workers int, newWorker func() func(i int)) {
	workers = min(max(workers, 1), n)
	if workers <= 1 {
		if n > 0 {
			fn := newWorker()
			for i := range n {
				fn(i)
			}
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn := newWorker()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// InOrder calls a worker's produce for every index 0..n-1 on up to
// workers goroutines, and after each the same worker's consume for that
// index, in index order: consume(i) starts only once consume(i-1) has
// returned, and never runs alongside another consume. A worker may keep
// what produce made in buffers of its own until its consume has run.
func InOrder(n, workers int, newWorker func() (produce, consume func(i int))) {
	var mu sync.Mutex
	turn := sync.NewCond(&mu)
	next := 0 // the index whose consume runs next
	Each(n, workers, func() func(int) {
		produce, consume := newWorker()
		return func(i int) {
			produce(i)
			mu.Lock()
			defer mu.Unlock()
			for next != i {
				turn.Wait()
			}
			consume(i)
			next++
			turn.Broadcast()
		}
	})
}
