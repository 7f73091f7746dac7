#!/usr/bin/env bash
# Time to the first window of the Linux app image, and to the project shown in it (its name in the window's
# title), N starts with and N without its AOT cache, under Xvfb.
#   packaging/startup-bench.sh [N] [PROJECT_DIR]
# Prints each time and the medians (ms). Needs Xvfb and xwininfo (x11-utils). The project is opened as it
# is: its search index is kept between starts, as a user's is.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-5}
PROJECT=$(realpath "${2:-sample-projects/wijk-y}")
IMAGE=${VELDWERK_IMAGE:-target/packaging/dist/Veldwerk}
export DISPLAY=:76
Xvfb $DISPLAY -screen 0 1600x1000x24 -nolisten tcp &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1

# The window's title is UTF-8 ("name — Veldwerk"): xwininfo prints it only in a UTF-8 locale.
windows() { LC_ALL=C.UTF-8 xwininfo -root -tree 2>/dev/null; }

# Waits until the window list matches the pattern (grep -E), at most two minutes; false when it never did.
wait_for() {
  local _
  for _ in $(seq 1 12000); do
    windows | grep -qE "$1" && return 0
    sleep 0.01
  done
  return 1
}

first_window() { # prints ms from launch to the main window (not GTK's 10x10 leader window), then to the project
  local start app window
  start=$(date +%s%N)
  "$IMAGE/bin/Veldwerk" "$PROJECT" > /dev/null 2>&1 &
  app=$!
  wait_for '"[^"]*Veldwerk".* [0-9]{3,}x[0-9]{3,}' || { echo "no window within two minutes" >&2; kill $app; exit 1; }
  window=$(( ($(date +%s%N) - start) / 1000000 ))
  wait_for ' — Veldwerk"' || { echo "no project shown within two minutes" >&2; kill $app; exit 1; }
  echo "$window $(( ($(date +%s%N) - start) / 1000000 ))"
  kill $app; wait $app 2>/dev/null || true
  sleep 1
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for mode in ${MODES:-cache no-cache}; do # MODES=cache: only the starts with the cache
  windows=()
  shown=()
  for _ in $(seq 1 "$N"); do
    if [ $mode = no-cache ]; then export JAVA_TOOL_OPTIONS=-XX:AOTMode=off; else unset JAVA_TOOL_OPTIONS; fi
    times=$(first_window) # $(...) waits for the app to end, as a process substitution would not
    read -r window project <<< "$times"
    windows+=("$window")
    shown+=("$project")
  done
  unset JAVA_TOOL_OPTIONS
  echo "$mode: first window ${windows[*]} ms, median $(printf '%s\n' "${windows[@]}" | median) ms;" \
    "project shown ${shown[*]} ms, median $(printf '%s\n' "${shown[@]}" | median) ms"
done
