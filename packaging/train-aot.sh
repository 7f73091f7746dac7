#!/usr/bin/env bash
# Trains an AOT cache (JDK 25, JEP 483/514/515) for the Linux app image: starts it once under Xvfb on a
# project, waits until the project is shown and its search index built, quits through Ctrl+Q, and lets the
# JVM write the classes it loaded and linked, and the profiles of the methods it ran, into
# lib/app/veldwerk.aot. Every later start maps the classes instead of loading them again (about half the
# time to the first window), and compiles the methods that were hot in training at once instead of
# profiling them first: trained on a project of a hundred documents, a large project's first open is
# faster too. Without Xvfb and xdotool the image simply starts without a cache.
#   packaging/train-aot.sh IMAGE_DIR PROJECT_DIR
set -euo pipefail
IMAGE=$1
CFG="$IMAGE/lib/app/Veldwerk.cfg"
for tool in Xvfb xdotool xwininfo; do
  command -v $tool >/dev/null || { echo "no AOT cache: $tool is missing"; exit 0; }
done
PROJECT=$(realpath "$2")
sed -i '/-XX:AOTCache/d' "$CFG"
echo 'java-options=-XX:AOTCacheOutput=$APPDIR/veldwerk.aot' >> "$CFG"
# The training run keeps its preferences (recent projects, window size, language) in a folder of its own, not
# in those of whoever builds: the builder's were changed, and the cache was trained on their settings.
PREFS=$(mktemp -d)
echo "java-options=-Djava.util.prefs.userRoot=$PREFS" >> "$CFG"

export DISPLAY=:79
Xvfb $DISPLAY -screen 0 1600x1000x24 -nolisten tcp &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true; rm -rf "$PREFS"' EXIT
sleep 1
"$IMAGE/bin/Veldwerk" "$PROJECT" > "$(dirname "$IMAGE")/../aot-training.log" 2>&1 &
APP=$!
for _ in $(seq 1 600); do
  LC_ALL=C.UTF-8 xwininfo -root -tree 2>/dev/null | grep -qE '"[^"]*Veldwerk".* [0-9]{3,}x[0-9]{3,}' && break
  sleep 0.05
done
# The project opens, the window shows it ("name — Veldwerk", printed in a UTF-8 locale only) and builds its
# search index: the classes and
# profiles of all of it belong in the cache too.
for _ in $(seq 1 1200); do
  LC_ALL=C.UTF-8 xwininfo -root -tree 2>/dev/null | grep -q ' — Veldwerk"' && break
  sleep 0.05
done
sleep 8
xdotool windowfocus --sync "$(xdotool search --onlyvisible --name Veldwerk | head -1)" key --clearmodifiers ctrl+q
wait $APP # the JVM assembles the cache on exit

sed -i '/-XX:AOTCacheOutput/d' "$CFG"
sed -i '/-Djava.util.prefs.userRoot=/d' "$CFG"
if [ -s "$IMAGE/lib/app/veldwerk.aot" ]; then
  echo 'java-options=-XX:AOTCache=$APPDIR/veldwerk.aot' >> "$CFG"
  echo "AOT cache: $(du -h "$IMAGE/lib/app/veldwerk.aot" | cut -f1)"
else
  echo "no AOT cache was written; see $(dirname "$IMAGE")/../aot-training.log"
fi
