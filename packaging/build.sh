#!/usr/bin/env bash
# Builds Veldwerk's app image and installers with jpackage from JDK 25.
#   packaging/build.sh              app image + this platform's installers
#   packaging/build.sh app-image    only the app image
# Linux: app image, .deb (dpkg-deb, fakeroot), .rpm when rpmbuild exists.
# Windows (Git Bash): app image, .msi (needs the WiX Toolset on PATH).
# macOS: app image, .dmg (needs the Xcode command line tools).
# Output: target/packaging/dist. Set APP_VERSION to override the version taken from the pom.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ONLY=${1:-all}

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/jdk-25*; do
    if [ -x "$candidate/bin/jpackage" ]; then export JAVA_HOME=$candidate; break; fi
  done
fi
JPACKAGE="$JAVA_HOME/bin/jpackage"
[ -x "$JPACKAGE" ] || [ -x "$JPACKAGE.exe" ] || { echo "jpackage of JDK 25 not found; set JAVA_HOME" >&2; exit 1; }
export PATH="$JAVA_HOME/bin:$PATH"

# The project's own <version> is the pom's first (it has no parent).
POM_VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
JFX_VERSION=$(sed -n 's:.*<javafx.version>\(.*\)</javafx.version>.*:\1:p' pom.xml)
# jpackage wants plain numbers (1.2.3): the pom's 0.1.0-SNAPSHOT becomes 0.1.0.
VERSION=${APP_VERSION:-${POM_VERSION%%-*}}
OUT=$ROOT/target/packaging
rm -rf "$OUT"
mkdir -p "$OUT/lib" "$OUT/fx" "$OUT/input" "$OUT/dist"

echo "== Building the application jar ($POM_VERSION)"
./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$OUT/lib"
# JavaFX goes on the module path (its platform jars carry the native libraries); the rest on the class path.
mv "$OUT"/lib/javafx-*-"$JFX_VERSION"-*.jar "$OUT/fx/"
rm -f "$OUT"/lib/javafx-*.jar
mv "$OUT"/lib/*.jar "$OUT/input/"
cp "target/veldwerk-$POM_VERSION.jar" "$OUT/input/veldwerk.jar"

echo "== Finding the JDK modules the application needs (jdeps)"
MODULES=$(jdeps --multi-release 25 --ignore-missing-deps --print-module-deps --module-path "$OUT/fx" \
  --class-path "$OUT/input/*" --recursive "$OUT/input/veldwerk.jar")
# jdeps cannot see these: Dutch locale data for number and date formats, and sun.misc.Unsafe for libraries.
MODULES="$MODULES,jdk.localedata,jdk.unsupported"
echo "$MODULES"

case "$(uname -s)" in
  Linux*) PLATFORM=linux; ICON=packaging/icons/veldwerk.png; INSTALLERS="deb"
          command -v rpmbuild >/dev/null && INSTALLERS="$INSTALLERS rpm" ;;
  Darwin*) PLATFORM=mac; ICON=packaging/icons/veldwerk.icns; INSTALLERS="dmg" ;;
  MINGW*|MSYS*|CYGWIN*) PLATFORM=windows; ICON=packaging/icons/veldwerk.ico; INSTALLERS="msi" ;;
  *) echo "unsupported platform $(uname -s)" >&2; exit 1 ;;
esac

COMMON=(--name Veldwerk --app-version "$VERSION" --vendor "Veldwerk"
  --description "Offline qualitative coding of interview transcripts"
  --copyright "Apache License 2.0")

# The collector's options (docs/decisions/0017), one --java-options each.
GC_OPTIONS=()
while IFS= read -r option || [ -n "$option" ]; do # the last line too when it has no newline
  option=${option%$'\r'}
  [ -n "$option" ] && GC_OPTIONS+=(--java-options "$option")
done < packaging/jvm-options

echo "== App image (jlink runtime + application)"
"$JPACKAGE" --type app-image "${COMMON[@]}" --dest "$OUT/dist" \
  --input "$OUT/input" --main-jar veldwerk.jar --main-class nl.veldwerk.ui.shell.Launcher \
  --module-path "$OUT/fx" --add-modules "$MODULES" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --include-locales=en,nl" \
  "${GC_OPTIONS[@]}" \
  --java-options "--enable-native-access=javafx.graphics,javafx.media,ALL-UNNAMED" \
  --java-options "--sun-misc-unsafe-memory-access=allow" \
  --icon "$ICON" \
  --add-launcher veldwerk-cli=packaging/launchers/veldwerk-cli.properties

case "$PLATFORM" in
  linux) IMAGE="$OUT/dist/Veldwerk"; RUNTIME="$IMAGE/lib/runtime" ;;
  mac) IMAGE="$OUT/dist/Veldwerk.app"; RUNTIME="$IMAGE/Contents/runtime" ;;
  windows) IMAGE="$OUT/dist/Veldwerk"; RUNTIME="$IMAGE/runtime" ;;
esac
if [ "$PLATFORM" = linux ]; then
  echo "== AOT cache for a fast start (training run under Xvfb)"
  # Trained on a generated project of a hundred documents, not the sample's eleven: the methods that open,
  # index and show a project are run often enough there for their profiles to be kept.
  if command -v Xvfb >/dev/null && command -v xdotool >/dev/null && command -v xwininfo >/dev/null; then
    java -cp "$OUT/input/*" nl.veldwerk.cli.bench.BenchMain generate "$OUT/training" --preset medium
  fi
  packaging/train-aot.sh "$IMAGE" "$OUT/training" # says why when it makes no cache
fi
echo "App image: $IMAGE ($(du -sh "$IMAGE" | cut -f1); runtime $(du -sh "$RUNTIME" | cut -f1))"
[ "$ONLY" = "app-image" ] && exit 0

for TYPE in $INSTALLERS; do
  echo "== Installer: $TYPE"
  EXTRA=(--file-associations packaging/linux/vwz-association.properties --license-file LICENSE)
  case "$TYPE" in
    deb) EXTRA+=(--resource-dir packaging/linux/resources --linux-package-deps libgtk-3-0 --linux-shortcut --linux-menu-group "Education;Science"
                 --linux-app-category science --linux-package-name veldwerk --icon "$ICON") ;;
    rpm) EXTRA+=(--resource-dir packaging/linux/resources --linux-shortcut --linux-menu-group "Education;Science" --linux-package-name veldwerk --icon "$ICON") ;;
    msi) EXTRA+=(--win-menu --win-menu-group Veldwerk --win-shortcut --win-dir-chooser
                 --win-upgrade-uuid 3f0c8a2e-5b1d-4c7e-9a44-6d2f1e8b7c10 --icon "$ICON") ;;
    dmg) EXTRA+=(--mac-package-identifier nl.veldwerk.app --icon "$ICON") ;;
  esac
  "$JPACKAGE" --type "$TYPE" "${COMMON[@]}" --dest "$OUT/dist" --app-image "$IMAGE" "${EXTRA[@]}"
done
ls -la "$OUT/dist"
