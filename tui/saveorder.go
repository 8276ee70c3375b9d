package tui

import "sync"

// saveOrder hands out tickets and lets their holders through one at a
// time, in ticket order.
type saveOrder struct {
	mu           sync.Mutex
	turn         *sync.Cond
	issued, next uint64
}

func newSaveOrder() *saveOrder {
	o := &saveOrder{}
	o.turn = sync.NewCond(&o.mu)
	return o
}

func (o *saveOrder) issue() uint64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.issued++
	return o.issued - 1
}

func (o *saveOrder) wait(ticket uint64) {
	o.mu.Lock()
	for o.next != ticket {
		o.turn.Wait()
	}
	o.mu.Unlock()
}

func (o *saveOrder) done() {
	o.mu.Lock()
	o.next++
	o.mu.Unlock()
	o.turn.Broadcast()
}
