#!/usr/bin/env bash
# Smoke test of a built .deb without installing it:
#   check-deb.sh [path/to/ocsp-console_*.deb] [output-dir]
# Unpacks the package with dpkg-deb -x into a temporary folder, starts the unpacked
# launcher under Xvfb, waits (bounded) for the "OCSP Console" window, takes a
# screenshot of the screen, stops the app and exits 0 only if the window appeared.
# Also prints the package size, Installed-Size, the time to the window and whether
# the start-up archive (CDS archive on JDK 17, AOT cache on JDK 25) was used from the
# unpacked (moved) location, and which runtime the package carries.
# Needs: dpkg-deb, xvfb (xvfb-run), xdotool, imagemagick (import).
set -euo pipefail

title="OCSP Console"
timeout_s="${CHECK_DEB_TIMEOUT:-60}"

if [[ -z "${CHECK_DEB_UNDER_XVFB:-}" ]]; then
  deb="${1:-}"
  if [[ -z "$deb" ]]; then
    shopt -s nullglob
    debs=(target/jpackage/installers/*.deb)
    [[ ${#debs[@]} -eq 1 ]] || { echo "usage: check-deb.sh path/to/package.deb [output-dir]" >&2; exit 2; }
    deb="${debs[0]}"
  fi
  [[ -f "$deb" ]] || { echo "check-deb: no such file: $deb" >&2; exit 2; }
  deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
  out="${2:-$(dirname "$deb")/../check-deb}"
  mkdir -p "$out"; out="$(cd "$out" && pwd)"
  for tool in dpkg-deb xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || { echo "check-deb: $tool is missing" >&2; exit 2; }
  done
  # Everything below runs on one private virtual display.
  CHECK_DEB_UNDER_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
    bash "$0" "$deb" "$out"
fi

deb="$1"; out="$2"
bytes=$(stat -c %s "$deb")
installed_kb=$(dpkg-deb -f "$deb" Installed-Size)
package=$(dpkg-deb -f "$deb" Package)
echo "package:        $(basename "$deb")"
echo "size:           $bytes bytes ($(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1048576}') MiB)"
echo "Installed-Size: $installed_kb KiB ($(awk -v k="$installed_kb" 'BEGIN{printf "%.1f", k/1024}') MiB)"
echo "Depends:        $(dpkg-deb -f "$deb" Depends)"

work="$(mktemp -d)"
app_pid=""
cleanup() {
  if [[ -n "$app_pid" ]]; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

dpkg-deb -x "$deb" "$work/root"
launcher="$work/root/opt/$package/bin/$package"
[[ -x "$launcher" ]] || { echo "check-deb: FAIL: no launcher at /opt/$package/bin/$package" >&2; exit 1; }

# The command line: its bash completion, generated at package build, and a check that runs
# without a display against the built-in demo cluster.
completion="$work/root/opt/$package/lib/$package.bash"
[[ -f "$completion" ]] || { echo "check-deb: FAIL: no bash completion at /opt/$package/lib/$package.bash" >&2; exit 1; }
bash -c "source '$completion' && complete -p $package" >/dev/null \
  || { echo "check-deb: FAIL: the completion script does not complete $package" >&2; exit 1; }
echo "completion:     /opt/$package/lib/$package.bash (postinst links it into /usr/share/bash-completion/completions)"
# Its manual page, generated from the same model as --help at package build.
manual="$work/root/opt/$package/lib/$package.1.gz"
[[ -f "$manual" ]] || { echo "check-deb: FAIL: no manual page at /opt/$package/lib/$package.1.gz" >&2; exit 1; }
if command -v man >/dev/null; then
  MANWIDTH=80 man -l "$manual" >"$out/manual.txt" 2>"$out/manual.err" \
    || { cat "$out/manual.err" >&2; echo "check-deb: FAIL: man cannot render the manual page" >&2; exit 1; }
  grep -q "^COMMANDS" "$out/manual.txt" && ! grep -q . "$out/manual.err" \
    || { echo "check-deb: FAIL: the manual page renders with warnings or without its commands" >&2; exit 1; }
  echo "manual page:    /opt/$package/lib/$package.1.gz, $(wc -l <"$out/manual.txt") lines in man (postinst links it into /usr/share/man/man1)"
else
  echo "manual page:    /opt/$package/lib/$package.1.gz (man is not installed: not rendered)"
fi
command="$work/root/opt/$package/bin/$package-command"
[[ -x "$command" ]] || { echo "check-deb: FAIL: no command script at /opt/$package/bin/$package-command" >&2; exit 1; }
mkdir -p "$work/cli-home"
cli_rc=0
cli_start=$(( $(date +%s%N) / 1000000 ))
env -u DISPLAY HOME="$work/cli-home" JAVA_TOOL_OPTIONS="-Duser.home=$work/cli-home -Docspconsole.credentialStore=none" \
  "$command" check --demo --skip-endpoints >"$out/check.log" 2>"$out/check.err" || cli_rc=$?
echo "check --demo:   exit $cli_rc after $(( $(date +%s%N) / 1000000 - cli_start )) ms, no display: $(head -n1 "$out/check.log")"
[[ "$cli_rc" -le 2 ]] || { echo "check-deb: FAIL: the command line could not check the demo cluster" >&2; exit 1; }

mkdir -p "$work/home"
start_ms=$(( $(date +%s%N) / 1000000 ))
# A fresh home, named for Java too (it takes user.home from the password database, not HOME).
env -u XDG_CONFIG_HOME -u XDG_STATE_HOME HOME="$work/home" \
  JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Xlog:class+load=info:file=$work/classload.log -Docspconsole.trace=true" \
  "$launcher" >"$out/app.log" 2>&1 &
app_pid=$!

found=""
deadline=$(( SECONDS + timeout_s ))
while (( SECONDS < deadline )); do
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "check-deb: FAIL: the app exited before showing a window; log:" >&2
    cat "$out/app.log" >&2
    app_pid=""
    exit 1
  fi
  # The title is "OCSP Console", then "OCSP Console — <cluster>" once connected.
  found=$(xdotool search --onlyvisible --name "^${title}( |\$)" 2>/dev/null | head -n1 || true)
  [[ -n "$found" ]] && break
  sleep 0.1
done
if [[ -z "$found" ]]; then
  echo "check-deb: FAIL: no window named '$title' within ${timeout_s}s" >&2
  import -window root "$out/screenshot.png" || true
  exit 1
fi
window_ms=$(( $(date +%s%N) / 1000000 - start_ms ))

# The window is mapped; wait (bounded) until the console reports the first frame that shows
# the demo cluster's configuration, then capture that.
ready=""
while (( SECONDS < deadline )); do
  ready=$(grep -o 'ocspconsole: ready.*' "$out/app.log" 2>/dev/null | head -n1 || true)
  [[ -n "$ready" ]] && break
  sleep 0.1
done
if [[ -z "$ready" ]]; then
  echo "check-deb: FAIL: the window opened but never showed the configuration; log:" >&2
  cat "$out/app.log" >&2
  import -window root "$out/screenshot.png" || true
  exit 1
fi
import -window root "$out/screenshot.png"
echo "form shown:     ${ready#ocspconsole: }"

echo "window:         '$(xdotool getwindowname "$found")' after ${window_ms} ms, geometry $(xdotool getwindowgeometry "$found" | awk '/Geometry/{print $2}')"
if command -v xprop >/dev/null; then
  echo "WM_CLASS:       $(xprop -id "$found" WM_CLASS | cut -d= -f2)"
fi
total=$(grep -c ' source: ' "$work/classload.log" || true)
shared=$(grep -c 'source: shared objects file' "$work/classload.log" || true)
archive=$(sed -n 's/^java-options=-XX:\(SharedArchiveFile\|AOTCache\)=\$APPDIR\///p' \
  "$work/root/opt/$package/lib/app/$package.cfg" | head -n1)
echo "runtime:        $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$work/root/opt/$package/lib/runtime/release")"
echo "archive:        ${archive:-none}: ${shared} of ${total} classes loaded so far came from it"
if [[ -z "$archive" || "$shared" -eq 0 ]]; then
  echo "check-deb: FAIL: the start-up archive was not used from the unpacked location" >&2
  exit 1
fi
echo "screenshot:     $out/screenshot.png"
echo "check-deb: OK"
exit 0
