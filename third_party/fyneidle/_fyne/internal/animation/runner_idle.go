package animation

// This file is not Fyne's: Roster Desk adds it to Fyne 2.7.1 through Go's
// -overlay build flag (third_party/fyneidle in Roster Desk's repository).

// Active reports whether an animation is running or waits for its first
// tick: the driver's main loop then keeps ticking 60 times a second.
func (r *Runner) Active() bool {
	r.animationMutex.RLock()
	defer r.animationMutex.RUnlock()
	return r.runnerStarted
}
