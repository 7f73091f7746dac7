#!/usr/bin/env bash
# Time to the first window of the Linux app image, N starts with and N without its AOT cache, under Xvfb.
#   packaging/startup-bench.sh [N] [PROJECT_DIR]
# Prints each time and the medians (ms). Needs Xvfb and xwininfo (x11-utils).
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

first_window() { # prints ms from launch to the main window (not GTK's 10x10 leader window)
  local start app
  start=$(date +%s%N)
  "$IMAGE/bin/Veldwerk" "$PROJECT" > /dev/null 2>&1 &
  app=$!
  until xwininfo -root -tree 2>/dev/null | grep -qE '"[^"]*Veldwerk".* [0-9]{3,}x[0-9]{3,}'; do sleep 0.01; done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
  kill $app; wait $app 2>/dev/null || true
  sleep 1
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

for mode in cache no-cache; do
  times=()
  for _ in $(seq 1 "$N"); do
    if [ $mode = no-cache ]; then export JAVA_TOOL_OPTIONS=-XX:AOTMode=off; else unset JAVA_TOOL_OPTIONS; fi
    times+=("$(first_window)")
  done
  unset JAVA_TOOL_OPTIONS
  echo "$mode: ${times[*]} ms; median $(printf '%s\n' "${times[@]}" | median) ms"
done
