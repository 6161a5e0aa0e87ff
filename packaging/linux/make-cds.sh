#!/usr/bin/env bash
# Adds a start-up archive to a freshly built jpackage app image, so the installed console
# starts faster, and names it in the launcher's .cfg.
#
#   make-cds.sh <app-image-dir> <launcher-name>
#
# Which archive depends on the image's runtime:
#
# JDK 25 or later: an AOT cache (JEP 483/514) of everything a start loads and links, the
#   console's own classes and the class-path libraries included. One training run of the
#   image's launcher with -XX:AOTCacheOutput=<app dir>/ocsp-console.aot writes it; the launcher
#   then gets -XX:AOTCache=$APPDIR/ocsp-console.aot. The class path is jars only (jpackage puts
#   every jar in the app dir), as the cache requires, and the cache keeps working when the
#   image is installed or moved elsewhere (checked by check-deb.sh and check-install.sh).
#
# JDK 17: a static CDS archive of the runtime image's classes (JDK and JavaFX) only.
#   1. Training run with -XX:DumpLoadedClassList, so we learn which classes a real start loads.
#   2. The image's runtime dumps those classes to <app dir>/ocsp-console.jsa; the launcher gets
#      -XX:SharedArchiveFile=$APPDIR/ocsp-console.jsa -Xshare:auto.
#   Why not the class-path classes too (-XX:ArchiveClassesAtExit)? On JDK 17 the archive records
#   the absolute class path of the training run, so once installed under /opt or C:\Program
#   Files it no longer matches and is ignored, every class with it.
#
# A missing or outdated archive never stops the app (the JVM starts without it).
# The training run starts the app with -Docspconsole.exitAfterFirstFrame=true (it exits after
# its first frame showing the demo cluster's values). On JDK 17 a second one runs the command
# line's `check --demo`, so that its JDK classes are archived too, and a third opens the fleet
# window on the demo fleet (-Docspconsole.trainFleet=true). An AOT cache on JDK 25 takes one
# training run: the window's start. A cache loads its classes at start-up: trained on the fleet
# too, it made the start about 90 ms slower (948 -> 1,040 ms, medians) to save 170 ms on the
# fleet window's first opening, and the start comes first.
#
# Works on the Linux, macOS and Windows (Git Bash) image layouts. On Linux the run
# needs a display: without DISPLAY it uses xvfb-run; if that is missing too, it
# prints a warning and leaves the image without an archive (exit 0).
set -euo pipefail

image="${1:?usage: make-cds.sh <app-image-dir> <launcher-name>}"
name="${2:?usage: make-cds.sh <app-image-dir> <launcher-name>}"
timeout_s="${CDS_TRAINING_TIMEOUT:-120}"

warn() { echo "[make-cds] WARNING: $*; the image ships WITHOUT a start-up archive (slower start)." >&2; exit 0; }
info() { echo "[make-cds] $*"; }

if [[ -x "$image/bin/$name" ]]; then                       # Linux
  launcher="$image/bin/$name"; appdir="$image/lib/app"; java="$image/lib/runtime/bin/java"
elif [[ -x "$image/Contents/MacOS/$name" ]]; then          # macOS .app
  launcher="$image/Contents/MacOS/$name"; appdir="$image/Contents/app"
  java="$image/Contents/runtime/Contents/Home/bin/java"
elif [[ -f "$image/$name.exe" ]]; then                     # Windows
  launcher="$image/$name.exe"; appdir="$image/app"; java="$image/runtime/bin/java.exe"
else
  echo "[make-cds] no launcher '$name' in $image" >&2; exit 1
fi
[[ -x "$java" || -f "$java" ]] || { echo "[make-cds] $java missing: keep bin/java (no --strip-native-commands)" >&2; exit 1; }

if [[ "$(uname -s)" == Linux && -z "${DISPLAY:-}" ]]; then
  # One virtual display for the whole script, so both timed runs see the same one.
  command -v xvfb-run >/dev/null || warn "no DISPLAY and no xvfb-run (Debian package xvfb)"
  exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" bash "$0" "$@"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
cfg="$appdir/$name.cfg"
[[ -f "$cfg" ]] || { echo "[make-cds] no launcher configuration $cfg" >&2; exit 1; }
# Leftovers of an earlier run of this script on the same image.
sed -i.bak -e '/^java-options=-XX:SharedArchiveFile=/d' -e '/^java-options=-Xshare:/d' \
  -e '/^java-options=-XX:AOTCache=/d' "$cfg" && rm -f "$cfg.bak"
rm -f "$appdir/ocsp-console.jsa" "$appdir/ocsp-console.aot"

release="$(dirname "$java")/../release"
feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" 2>/dev/null || true)
[[ "$feature" =~ ^[0-9]+$ ]] || { echo "[make-cds] cannot read the runtime's version from $release" >&2; exit 1; }

# A fresh home so that the run neither reads nor leaves user settings (a profile offered at
# start would open the connection screen and never show the form). Java takes user.home from
# the password database, not from HOME, so it is named as well.
# macOS has no timeout(1) by default; there the app's own exit bounds the run.
limit=()
command -v timeout >/dev/null && limit=(timeout "$timeout_s")
run_app() { # extra JVM options...
  env -u XDG_CONFIG_HOME -u XDG_STATE_HOME HOME="$work/home" \
    JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Docspconsole.exitAfterFirstFrame=true $*" \
    ${limit[@]+"${limit[@]}"} "$launcher" >"$work/run.log" 2>&1
}
millis() { # BSD date has no %N: fall back to whole seconds there
  local ns; ns="$(date +%s%N)"
  if [[ "$ns" =~ ^[0-9]+$ ]]; then echo $(( ns / 1000000 )); else echo $(( $(date +%s) * 1000 )); fi
}

# add_option <option>: one more line in the launcher's [JavaOptions].
add_option() { printf 'java-options=%s\n' "$1" >>"$cfg"; }
count_shared() { # class-load log -> "<shared> of <total>"
  echo "$(grep -c 'source: shared objects file' "$1" || true) of $(grep -c ' source: ' "$1" || true)"
}

if (( feature >= 25 )); then
  archive="$appdir/ocsp-console.aot"
  info "training run of $launcher (JDK $feature: AOT cache)"
  t0=$(millis)
  if ! run_app "-XX:AOTCacheOutput=$archive"; then
    cat "$work/run.log" >&2
    warn "the training run failed or did not exit within ${timeout_s}s (does the app honour -Docspconsole.exitAfterFirstFrame=true?)"
  fi
  t_plain=$(( $(millis) - t0 ))
  [[ -s "$archive" ]] || { cat "$work/run.log" >&2; warn "the training run wrote no AOT cache"; }
  add_option "-XX:AOTCache=\$APPDIR/ocsp-console.aot"
else
  archive="$appdir/ocsp-console.jsa"
  info "training run of $launcher (JDK $feature: CDS archive of the runtime's classes)"
  t0=$(millis)
  if ! run_app "-XX:DumpLoadedClassList=$work/classes.lst"; then
    cat "$work/run.log" >&2
    warn "the training run failed or did not exit within ${timeout_s}s (does the app honour -Docspconsole.exitAfterFirstFrame=true?)"
  fi
  t_plain=$(( $(millis) - t0 ))
  [[ -s "$work/classes.lst" ]] || warn "the training run wrote no class list"
  # A second training run for the command line: `check` against the built-in demo cluster,
  # endpoints included, adds the JDK classes of its own path (the HTTP client's, the staple
  # check's TLS probes) that the window's start does not load. No display needed. Best effort:
  # without it the window's list alone is archived.
  info "training run of $launcher check --demo (the command line's JDK classes)"
  if env -u DISPLAY HOME="$work/home" \
      JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Docspconsole.credentialStore=none -XX:DumpLoadedClassList=$work/cli.lst" \
      ${limit[@]+"${limit[@]}"} "$launcher" check --demo >"$work/cli.log" 2>&1 || [[ -s "$work/cli.lst" ]]; then
    # Both lists in one, each class once, in the order first seen.
    awk '!seen[$0]++' "$work/classes.lst" "$work/cli.lst" >"$work/all.lst" && mv "$work/all.lst" "$work/classes.lst"
  else
    cat "$work/cli.log" >&2
    info "the command line's training run failed: the archive holds the window's classes only"
  fi
  # A third for the fleet window: Fleet… on the built-in demo fleet, every row read. Its table's
  # JavaFX classes and the lambdas of their behaviours and skins (about 230 and 320) are otherwise
  # loaded and spun by the first opening, half of that opening's time. Best effort too.
  info "training run of $launcher with the fleet window"
  if run_app "-Docspconsole.trainFleet=true -XX:DumpLoadedClassList=$work/fleet.lst" ||
      [[ -s "$work/fleet.lst" ]]; then
    awk '!seen[$0]++' "$work/classes.lst" "$work/fleet.lst" >"$work/all.lst" && mv "$work/all.lst" "$work/classes.lst"
  else
    cat "$work/run.log" >&2
    info "the fleet's training run failed: the archive holds the start's classes only"
  fi
  # Class-path classes in the list cannot be found without -cp and are skipped on purpose.
  if ! "$java" -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" \
       -XX:SharedArchiveFile="$archive" >"$work/dump.log" 2>&1; then
    cat "$work/dump.log" >&2
    warn "the archive dump failed"
  fi
  skipped=$(grep -c 'Preload Warning: Cannot find' "$work/dump.log" || true)
  info "$(wc -l <"$work/classes.lst") classes listed, ${skipped} class-path classes left out"
  add_option "-XX:SharedArchiveFile=\$APPDIR/ocsp-console.jsa"
  add_option "-Xshare:auto"
fi

t0=$(millis)
run_app "-Xlog:class+load=info:file=$work/classload.log" || warn "the app did not start with the archive"
t_archive=$(( $(millis) - t0 ))
shared=$(grep -c 'source: shared objects file' "$work/classload.log" || true)
if [[ "$shared" -eq 0 ]]; then
  rm -f "$archive"
  sed -i.bak -e '/^java-options=-XX:SharedArchiveFile=/d' -e '/^java-options=-Xshare:/d' \
    -e '/^java-options=-XX:AOTCache=/d' "$cfg" && rm -f "$cfg.bak"
  warn "the JVM did not use the archive"
fi
info "wrote $archive ($(( $(wc -c <"$archive") / 1024 )) KB)"
info "start to exit: ${t_plain} ms in the training run, ${t_archive} ms with the archive; $(count_shared "$work/classload.log") classes came from it"
