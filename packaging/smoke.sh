#!/usr/bin/env bash
# Starts the built app image on a project under Xvfb, measures the time to the first window, takes a
# screenshot and quits through File > Quit (Ctrl+Q), checking the app exits cleanly.
#   packaging/smoke.sh [PROJECT_DIR] [SCREENSHOT.png]
# Needs: the app image (packaging/build.sh app-image), Xvfb, xdotool, xwininfo (x11-utils), ImageMagick's import.
set -euo pipefail
cd "$(dirname "$0")/.."
PROJECT=$(realpath "${1:-sample-projects/wijk-y}")
SHOT=${2:-target/packaging/smoke.png}
IMAGE=${VELDWERK_IMAGE:-target/packaging/dist/Veldwerk}  # or an installed one: VELDWERK_IMAGE=/opt/veldwerk
[ -x "$IMAGE/bin/Veldwerk" ] || { echo "no app image; run packaging/build.sh app-image first" >&2; exit 1; }
for tool in Xvfb xdotool xwininfo import; do
  command -v $tool >/dev/null || { echo "$tool is missing (apt-get install xvfb xdotool x11-utils imagemagick)" >&2; exit 1; }
done

export DISPLAY=:77
Xvfb $DISPLAY -screen 0 1600x1000x24 -nolisten tcp &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true' EXIT
sleep 1

start=$(date +%s%N)
"$IMAGE/bin/Veldwerk" "$PROJECT" > target/packaging/smoke.log 2>&1 &
APP=$!
# The main window, not GTK's 10x10 leader window that is also called Veldwerk.
until xwininfo -root -tree 2>/dev/null | grep -qE '"[^"]*Veldwerk".* [0-9]{3,}x[0-9]{3,}'; do
  kill -0 $APP 2>/dev/null || { echo "the app exited before showing a window:" >&2; cat target/packaging/smoke.log >&2; exit 1; }
  [ $(( ($(date +%s%N) - start) / 1000000 )) -lt 30000 ] || { echo "no window after 30 s" >&2; exit 1; }
  sleep 0.02
done
first_window_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "time to first window: ${first_window_ms} ms"

sleep 3 # let the project load and the window paint
mkdir -p "$(dirname "$SHOT")"
import -window root "$SHOT"
echo "screenshot: $SHOT"
window=$(xdotool search --onlyvisible --name 'Veldwerk' | head -1)
xdotool windowfocus --sync "$window" key --clearmodifiers ctrl+q
for _ in $(seq 1 100); do
  kill -0 $APP 2>/dev/null || break
  sleep 0.1
done
if kill -0 $APP 2>/dev/null; then
  echo "the app did not quit within 10 s" >&2; kill $APP; exit 1
fi
wait $APP && echo "quit cleanly (exit code 0)"
