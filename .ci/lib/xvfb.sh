# Shared by the scripts that run the window under Xvfb (source it after
# defining $work, xvfb_pid and a fail function).
#
# start_xvfb SCREEN [DISPLAY_NUMBER] [XVFB_OPTIONS...]: starts Xvfb with one
# screen of SCREEN (WxHxDEPTH), sets xvfb_pid, exports DISPLAY, and fails
# with Xvfb's own log unless the server answers within 30 s. Without a
# display number Xvfb picks a free one (-displayfd): a fixed number failed
# CI once on a machine where it was taken, or its lock file left behind,
# after three other Xvfb runs had passed ("Can't open display", then a
# 30 s wait for a window that could not appear). A given number that
# already answers is refused: never draw on a display this script did not
# start.
start_xvfb() {
	local screen=$1 number=${2:-}
	shift $(($# < 2 ? $# : 2))
	rm -f "$work/xvfb.display"
	if [ -n "$number" ]; then
		xdpyinfo -display ":$number" >/dev/null 2>&1 && fail "display :$number is already in use"
		Xvfb ":$number" -screen 0 "$screen" -nolisten tcp "$@" >"$work/xvfb.log" 2>&1 &
		xvfb_pid=$!
		DISPLAY=:$number
	else
		# Xvfb writes the number it took to fd 3 once it accepts connections.
		Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp "$@" 3>"$work/xvfb.display" >"$work/xvfb.log" 2>&1 &
		xvfb_pid=$!
		for _ in $(seq 300); do
			[ -s "$work/xvfb.display" ] && break
			kill -0 "$xvfb_pid" 2>/dev/null || break
			sleep 0.1
		done
		[ -s "$work/xvfb.display" ] || xvfb_failed "Xvfb did not report a display within 30 s"
		DISPLAY=:$(head -1 "$work/xvfb.display")
	fi
	export DISPLAY
	for _ in $(seq 300); do
		xdpyinfo >/dev/null 2>&1 && return 0
		kill -0 "$xvfb_pid" 2>/dev/null || break
		sleep 0.1
	done
	xvfb_failed "Xvfb did not answer on display $DISPLAY within 30 s"
}

xvfb_failed() {
	[ -s "$work/xvfb.log" ] && sed 's/^/  Xvfb: /' "$work/xvfb.log" | tail -20
	fail "$1"
}
