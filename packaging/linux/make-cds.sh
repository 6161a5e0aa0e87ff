#!/usr/bin/env bash
# Adds a class-data-sharing (CDS) archive to a freshly built jpackage app image, so
# the installed console starts faster (about a third less time to the first frame).
#
#   make-cds.sh <app-image-dir> <launcher-name>
#
# 1. Training run: the image's own launcher starts the app once with
#    -Docspconsole.exitAfterFirstFrame=true (the app exits after its first frame)
#    and -XX:DumpLoadedClassList, so we learn which classes a real start loads.
# 2. The image's runtime dumps a static archive of those classes to
#    <app dir>/ocsp-console.jsa, which the launcher uses through
#    -XX:SharedArchiveFile=$APPDIR/ocsp-console.jsa -Xshare:auto (set in jpackage-image.txt).
#
# Why not a dynamic archive (-XX:ArchiveClassesAtExit)? On JDK 17 it records the
# absolute class path of the training run, so once installed under /opt or
# C:\Program Files it no longer matches and is ignored. This archive holds only
# classes from the runtime image (JDK and JavaFX, the bulk of a start), which JDK 17
# accepts wherever the image is installed; the few hundred classes from the
# class-path jars are loaded normally.
#
# Works on the Linux, macOS and Windows (Git Bash) image layouts. On Linux the run
# needs a display: without DISPLAY it uses xvfb-run; if that is missing too, it
# prints a warning and leaves the image without an archive (exit 0).
set -euo pipefail

image="${1:?usage: make-cds.sh <app-image-dir> <launcher-name>}"
name="${2:?usage: make-cds.sh <app-image-dir> <launcher-name>}"
archive_name="ocsp-console.jsa"
timeout_s="${CDS_TRAINING_TIMEOUT:-120}"

warn() { echo "[make-cds] WARNING: $*; the image ships WITHOUT a CDS archive (slower start)." >&2; exit 0; }
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
archive="$appdir/$archive_name"
rm -f "$archive"

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

info "training run of $launcher"
t0=$(millis)
if ! run_app "-XX:DumpLoadedClassList=$work/classes.lst"; then
  cat "$work/run.log" >&2
  warn "the training run failed or did not exit within ${timeout_s}s (does the app honour -Docspconsole.exitAfterFirstFrame=true?)"
fi
t_plain=$(( $(millis) - t0 ))
[[ -s "$work/classes.lst" ]] || warn "the training run wrote no class list"

# Class-path classes in the list cannot be found without -cp and are skipped on purpose.
if ! "$java" -Xshare:dump -XX:SharedClassListFile="$work/classes.lst" \
     -XX:SharedArchiveFile="$archive" >"$work/dump.log" 2>&1; then
  cat "$work/dump.log" >&2
  warn "the archive dump failed"
fi
skipped=$(grep -c 'Preload Warning: Cannot find' "$work/dump.log" || true)

t0=$(millis)
run_app "-Xlog:class+load=info:file=$work/classload.log" || warn "the app did not start with the archive"
t_cds=$(( $(millis) - t0 ))
total=$(grep -c ' source: ' "$work/classload.log" || true)
shared=$(grep -c 'source: shared objects file' "$work/classload.log" || true)
[[ "$shared" -gt 0 ]] || { rm -f "$archive"; warn "the JVM did not use the archive"; }

size_kb=$(( $(wc -c <"$archive") / 1024 ))
info "wrote $archive (${size_kb} KB; $(wc -l <"$work/classes.lst") classes listed, ${skipped} class-path classes left out)"
info "start to exit: ${t_plain} ms without the archive, ${t_cds} ms with it; ${shared} of ${total} classes came from the archive"
