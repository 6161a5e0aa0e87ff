#!/usr/bin/env bash
# Installs the console for real, as an administrator would, and takes it out again:
#
#   sudo packaging/linux/check-install.sh [--previous OLD.deb] [--out DIR] [PACKAGE.deb [PACKAGE.rpm]]
#   packaging/linux/check-install.sh --scripts-only [PACKAGE.deb]     (no root, installs nothing)
#
# First the .deb's postinst and prerm run on a scratch copy of the paths they touch, for what
# a real system here does not have: no menu folder, no icon theme, a /usr/bin/ocsp-console
# of someone else's, an entry that cannot be written (--scripts-only stops there). Then,
# twice: once on a system WITHOUT /usr/share/desktop-directories (where xdg-desktop-menu
# fails) and once WITH it; the folder is moved aside or created for the run and put back.
# Each time, for the .deb:
#   1. apt-get installs the package (or, with --previous, an earlier build, whose result is
#      shown and not judged); the console starts from the command ocsp-console under Xvfb
#      until the form shows the demo cluster's values; a user's data goes into a test home
#      (profiles, settings, a password remembered in the Secret Service when gnome-keyring
#      is there);
#   2. apt-get upgrades to the package under test (to a copy of it with a higher version
#      when it is not higher, so that dpkg runs every upgrade script); the command, the menu
#      entry and the icon are checked where the OS expects them, arguments pass through the
#      command, the console starts again and says how many classes came from the start-up
#      archive in the installed location; the user's files are unchanged, byte for byte;
#   3. apt-get remove, then purge: nothing of ours is left on the system (every new path is
#      owned by another package) and the user's files are still unchanged.
# For the .rpm: `rpm -qp --scripts` and the file list are printed, rpmlint reviews it where
# installed, and rpm itself installs, reinstalls and erases it in a private rpm database.
#
# Needs root, apt-get, dpkg-deb, xvfb-run, xdotool, imagemagick; uses desktop-file-validate,
# rpm, rpmlint, gnome-keyring-daemon, secret-tool and dbus-run-session when present.
# Refuses to run while ocsp-console is installed (it would remove it).
set -euo pipefail

package=ocsp-console
app_dir=/opt/ocsp-console
launcher=$app_dir/bin/ocsp-console
command_script=$app_dir/bin/ocsp-console-command
command_link=/usr/bin/ocsp-console
completion=/usr/share/bash-completion/completions/ocsp-console
manual=/usr/share/man/man1/ocsp-console.1.gz
entry=/usr/share/applications/ocsp-console.desktop
icon=/usr/share/icons/hicolor/256x256/apps/ocsp-console.png
menu_folder=/usr/share/desktop-directories
title="OCSP Console"
timeout_s="${CHECK_INSTALL_TIMEOUT:-90}"

if [[ -z "${CHECK_INSTALL_INNER:-}" ]]; then
  previous="" out="" deb="" rpm="" scripts_only=""
  while (($#)); do
    case "$1" in
      --previous) previous="$2"; shift 2 ;;
      --out) out="$2"; shift 2 ;;
      --scripts-only) scripts_only=yes; shift ;;
      -h | --help) sed -n '2,26p' "$0"; exit 0 ;;
      *.deb) deb="$1"; shift ;;
      *.rpm) rpm="$1"; shift ;;
      *) echo "check-install: unexpected argument: $1" >&2; exit 2 ;;
    esac
  done
  shopt -s nullglob
  if [[ -z "$deb" ]]; then
    debs=(target/jpackage/installers/*.deb)
    [[ ${#debs[@]} -eq 1 ]] || { echo "check-install: name the .deb to check (see --help)" >&2; exit 2; }
    deb="${debs[0]}"
    rpms=(target/jpackage/installers/*.rpm)
    [[ -z "$rpm" && ${#rpms[@]} -eq 1 ]] && rpm="${rpms[0]}"
  fi
  [[ -n "$scripts_only" || $EUID -eq 0 ]] || { echo "check-install: installs packages, so it must run as root (sudo)" >&2; exit 2; }
  for tool in apt-get dpkg-deb xvfb-run xdotool import; do
    command -v "$tool" >/dev/null || { echo "check-install: $tool is missing" >&2; exit 2; }
  done
  if [[ -z "$scripts_only" ]] && dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed'; then
    echo "check-install: $package is installed on this system; remove it first (this check installs and removes it)" >&2
    exit 2
  fi
  for f in "$deb" $previous $rpm; do
    [[ -f "$f" ]] || { echo "check-install: no such file: $f" >&2; exit 2; }
  done
  absolute() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
  deb=$(absolute "$deb")
  [[ -n "$previous" ]] && previous=$(absolute "$previous")
  [[ -n "$rpm" ]] && rpm=$(absolute "$rpm")
  out="${out:-$(dirname "$deb")/../check-install}"
  mkdir -p "$out"
  out=$(cd "$out" && pwd)
  export CHECK_INSTALL_INNER=1 CHECK_DEB="$deb" CHECK_PREVIOUS="$previous" CHECK_RPM="$rpm" CHECK_OUT="$out"
  [[ -n "$scripts_only" ]] && CHECK_SCRIPTS_ONLY=1 exec bash "$0"
  # One private display and, when there is one, a private session bus for the keyring.
  session=()
  command -v dbus-run-session >/dev/null && session=(dbus-run-session --)
  # The session bus's own start-up chatter goes; everything else of stderr stays.
  exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" ${session[@]+"${session[@]}"} bash "$0" \
    2> >(grep -v --line-buffered '^dbus-daemon\[' >&2)
fi

deb="$CHECK_DEB" previous="$CHECK_PREVIOUS" rpm="$CHECK_RPM" out="$CHECK_OUT"
export DEBIAN_FRONTEND=noninteractive
failures=0
work=$(mktemp -d /tmp/check-install.XXXXXX)
chmod 755 "$work" # apt reads local packages as its own unprivileged user
moved_menu_folder="" made_menu_folder="" app_pid="" keyring="" installing=""
# One user's home for the whole run (the keyring daemon serves one), outside the real homes.
home="$work/home"
mkdir -p "$home"

cleanup() {
  [[ -n "$app_pid" ]] && stop_console
  restore_menu_folder
  # Only what this run installed (it refuses to start while the package is installed).
  if [[ -n "$installing" ]] && dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q -v 'not-installed'; then
    echo "check-install: purging $package after an interrupted run"
    apt-get purge -y -q "$package" >/dev/null 2>&1 || dpkg --purge "$package" >/dev/null 2>&1 || true
  fi
  if [[ -d "$work/rpmdb" ]] && rpm --dbpath "$work/rpmdb" -q "$package" >/dev/null 2>&1; then
    echo "check-install: erasing the rpm after an interrupted run"
    rpm --dbpath "$work/rpmdb" --nodeps -e "$package" >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step() { printf '\n== %s\n' "$*"; }
ok() { printf '   ok    %s\n' "$*"; }
fail() { printf '   FAIL  %s\n' "$*"; failures=$((failures + 1)); }
note() { printf '   note  %s\n' "$*"; }
check() { # description, command...
  local what="$1"; shift
  if "$@"; then ok "$what"; else fail "$what"; fi
}

restore_menu_folder() {
  if [[ -n "$moved_menu_folder" ]]; then
    mv "$moved_menu_folder" "$menu_folder" && moved_menu_folder=""
  fi
  if [[ -n "$made_menu_folder" ]]; then
    rmdir "$menu_folder" 2>/dev/null || true
    made_menu_folder=""
  fi
}

set_menu_folder() { # without | with
  if [[ "$1" == without && -e "$menu_folder" ]]; then
    moved_menu_folder="$work/desktop-directories.saved"
    mv "$menu_folder" "$moved_menu_folder"
  elif [[ "$1" == with && ! -e "$menu_folder" ]]; then
    mkdir -p "$menu_folder"
    made_menu_folder=yes
  fi
}

# Runs a package manager command, shows what it and our scripts said, keeps the full log.
manage() { # log-name, command...
  local log="$out/$1.log"; shift
  printf '   $ %s\n' "$*"
  local rc=0
  "$@" >"$log" 2>&1 || rc=$?
  grep -E '^(Selecting|Preparing|Unpacking|Setting up|Removing|Purging|ocsp-console:|dpkg|E:|Errors|warning:|error:)' "$log" \
    | sed 's/^/     | /' || true
  printf '     (exit %d; full log %s)\n' "$rc" "$log"
  return "$rc"
}

status_of() { dpkg-query -W -f='${Status} ${Version}' "$package" 2>/dev/null || echo "not known to dpkg"; }

# Every path the system could hold of ours, outside users' homes.
snapshot() {
  find /opt /usr /etc /var/lib/dpkg/info /var/lib/dpkg/alternatives -xdev 2>/dev/null | LC_ALL=C sort >"$1"
}

home_digest() {
  (cd "$home" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum)
}

# The repacked copy: the same payload with a higher version, so that dpkg runs a real upgrade.
bump_version() { # in.deb out.deb
  local tree="$work/repack"
  rm -rf "$tree"
  dpkg-deb -R "$1" "$tree"
  local version
  version=$(sed -n 's/^Version: //p' "$tree/DEBIAN/control")
  sed -i "s/^Version: .*/Version: ${version}+check1/" "$tree/DEBIAN/control"
  dpkg-deb --root-owner-group -Zxz -z1 -b "$tree" "$2" >/dev/null
  rm -rf "$tree"
}

setup_user_data() {
  mkdir -p "$home/.config/ocsp-console"
  chmod 700 "$home/.config/ocsp-console"
  cat >"$home/.config/ocsp-console/profiles.json" <<'EOF'
{
  "version" : 1,
  "profiles" : [ {
    "id" : "3f1d2c9e-5d7b-4c1e-9a43-2b8f6e0c7d11",
    "name" : "production",
    "url" : "https://cluster.example.com:9443",
    "user" : "admin@example.com",
    "auth" : "BASIC",
    "trust" : "PINNED",
    "pinSha256" : "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"
  } ]
}
EOF
  # The dark theme: the upgraded console's screenshot shows that it still reads the settings.
  printf '{\n  "reviewBeforeSave" : false,\n  "darkTheme" : true\n}\n' >"$home/.config/ocsp-console/settings.json"
  chmod 600 "$home/.config/ocsp-console/"*.json
  ok "profiles.json and settings.json (dark theme) in the test home's configuration folder"
  [[ -n "$keyring" ]] && return 0
  if [[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ]] && command -v gnome-keyring-daemon >/dev/null \
    && command -v secret-tool >/dev/null; then
    # The daemon serves this session bus only and ends with it.
    if printf 'check-install' | HOME="$home" gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 \
      && printf 'remembered-secret' | HOME="$home" secret-tool store --label="OCSP Console check" \
        service "OCSP Console" account check-install 2>/dev/null; then
      keyring=yes
      ok "a password remembered in the Secret Service (login keyring in the test home)"
    fi
  fi
  [[ -n "$keyring" ]] || note "no Secret Service here (gnome-keyring, secret-tool, a session bus): remembered passwords not checked"
}

check_user_data() { # after what
  home_digest >"$work/home.now"
  if cmp -s "$work/home.before" "$work/home.now"; then
    ok "the user's files are unchanged after $1 ($(wc -l <"$work/home.now") files, compared by SHA-256)"
  else
    fail "the user's files changed after $1:"
    diff "$work/home.before" "$work/home.now" | sed 's/^/         /' || true
  fi
  if [[ -n "$keyring" ]]; then
    check "the remembered password is still in the keyring after $1" \
      test "$(HOME="$home" secret-tool lookup service "OCSP Console" account check-install 2>/dev/null)" = remembered-secret
  fi
}

check_installed() { # expected version
  local status
  status=$(status_of)
  check "dpkg: $status" test "$status" = "install ok installed $1"
  check "$command_link -> $(readlink "$command_link" 2>/dev/null || echo '(missing)')" \
    test "$(readlink "$command_link" 2>/dev/null)" = "$command_script"
  check "ocsp-console is on the PATH: $(command -v ocsp-console || echo '(not found)')" \
    test "$(command -v ocsp-console)" = "$command_link"
  check "$completion -> $(readlink "$completion" 2>/dev/null || echo '(missing)')" \
    test "$(readlink -f "$completion" 2>/dev/null)" = "$app_dir/lib/ocsp-console.bash"
  check "bash completes ocsp-console from it" \
    bash -c "source '$completion' && complete -p ocsp-console | grep -q _complete_ocsp-console"
  check "$manual -> $(readlink "$manual" 2>/dev/null || echo '(missing)')" \
    test "$(readlink -f "$manual" 2>/dev/null)" = "$app_dir/lib/ocsp-console.1.gz"
  if command -v man >/dev/null; then
    check "man ocsp-console shows the manual page" \
      bash -c "MANWIDTH=80 man ocsp-console 2>/dev/null | grep -q '^COMMANDS'"
  fi
  check "arguments pass through the command: ocsp-console --help prints the usage" \
    bash -c "ocsp-console --help 2>/dev/null | grep -q '^usage: ocsp-console'"
  local rc=0
  ocsp-console --no-such-option >"$work/usage.log" 2>&1 || rc=$?
  check "ocsp-console --no-such-option exits $rc with: $(head -n1 "$work/usage.log")" test "$rc" = 2
  rc=0
  env -u DISPLAY ocsp-console check --demo --skip-endpoints >"$work/check.log" 2>&1 || rc=$?
  check "ocsp-console check --demo runs without a display: exit $rc, $(head -n1 "$work/check.log")" \
    test "$rc" -le 2
  if [[ -d /usr/share/applications ]]; then
    check "menu entry $entry" test -f "$entry"
    check "  Exec=$(sed -n 's/^Exec=//p' "$entry" 2>/dev/null), Icon=$(sed -n 's/^Icon=//p' "$entry" 2>/dev/null)" \
      grep -q "^Exec=$launcher" "$entry"
    if command -v desktop-file-validate >/dev/null; then
      local verdict
      verdict=$(desktop-file-validate "$entry" 2>&1 || true)
      check "  desktop-file-validate: ${verdict:-no errors, no warnings, no hints}" test -z "$verdict"
    fi
    if [[ -d /usr/share/icons/hicolor ]]; then
      check "  Icon=ocsp-console, found in the hicolor theme" grep -q '^Icon=ocsp-console$' "$entry"
      check "icon $icon: $(identify -format '%m %wx%h' "$icon" 2>/dev/null || echo '(missing)')" \
        test "$(identify -format '%m %wx%h' "$icon" 2>/dev/null)" = "PNG 256x256"
    fi
  else
    note "no /usr/share/applications on this system: no menu entry expected"
  fi
  check "no entry left by earlier versions' scripts" test ! -e /usr/share/applications/ocsp-console-ocsp-console.desktop
}

start_console() { # label [dark: the user's settings ask for the dark theme]
  local log="$out/$mode-$1-app.log" classes="$work/classload.log"
  rm -f "$classes"
  local t0=$SECONDS
  # Java takes user.home from the password database, not from HOME: name the test home.
  (cd "$home" && exec env -u XDG_CONFIG_HOME -u XDG_STATE_HOME HOME="$home" NO_AT_BRIDGE=1 \
    JAVA_TOOL_OPTIONS="-Duser.home=$home -Xlog:class+load=info:file=$classes -Docspconsole.trace=true" \
    ocsp-console) >"$log" 2>&1 &
  app_pid=$!
  local ready="" deadline=$((SECONDS + timeout_s))
  while ((SECONDS < deadline)); do
    kill -0 "$app_pid" 2>/dev/null || break
    ready=$(grep -o 'ocspconsole: ready.*' "$log" 2>/dev/null | head -n1 || true)
    [[ -n "$ready" ]] && break
    sleep 0.2
  done
  local window
  # The title is "OCSP Console — <cluster>".
  window=$(xdotool search --onlyvisible --name "^${title}( |\$)" 2>/dev/null | head -n1 || true)
  import -window root "$out/$mode-$1.png" 2>/dev/null || true
  if [[ -n "$ready" && -n "$window" ]]; then
    ok "ocsp-console started from $command_link: window '$(xdotool getwindowname "$window")', the form showed the demo cluster's values (${ready#ocspconsole: }); screenshot $out/$mode-$1.png"
    local total shared
    total=$(grep -c ' source: ' "$classes" || true)
    shared=$(grep -c 'source: shared objects file' "$classes" || true)
    check "start-up archive in the installed location: $shared of $total classes loaded came from the archive in $app_dir/lib/app" \
      test "$shared" -gt 0
    if [[ "${2:-}" == dark ]]; then
      local brightness
      brightness=$(convert "$out/$mode-$1.png" -colorspace Gray -format '%[fx:mean]' info: 2>/dev/null || echo 1)
      check "it kept the user's settings: the dark theme (mean brightness of the screen $brightness)" \
        awk -v b="$brightness" 'BEGIN { exit !(b < 0.5) }'
    fi
  else
    fail "ocsp-console did not show the form within ${timeout_s}s (after $((SECONDS - t0)) s); log:"
    sed 's/^/         /' "$log"
  fi
  stop_console
}

stop_console() {
  kill "$app_pid" 2>/dev/null || true
  local i
  for i in $(seq 1 50); do
    kill -0 "$app_pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -KILL "$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

check_gone() { # after what
  check "$app_dir is gone" test ! -e "$app_dir"
  check "$command_link is gone" test ! -e "$command_link" -a ! -L "$command_link"
  check "$completion is gone" test ! -e "$completion" -a ! -L "$completion"
  check "$manual is gone" test ! -e "$manual" -a ! -L "$manual"
  check "menu entry is gone" test ! -e "$entry"
  check "icon is gone" test ! -e "$icon"
}

check_system_clean() {
  snapshot "$work/after"
  local added="" removed="" path
  while IFS= read -r path; do
    dpkg-query -S "$path" >/dev/null 2>&1 || added+="$path"$'\n'
  done < <(LC_ALL=C comm -13 "$work/before" "$work/after")
  while IFS= read -r path; do
    dpkg-query -S "$path" >/dev/null 2>&1 || removed+="$path"$'\n'
  done < <(LC_ALL=C comm -23 "$work/before" "$work/after")
  if [[ -z "$added" ]]; then
    ok "nothing new in /opt, /usr, /etc, /var/lib/dpkg that no installed package owns"
  else
    fail "left behind:"; printf '%s' "$added" | sed 's/^/         /'
  fi
  if [[ -z "$removed" ]]; then ok "nothing that was there before went missing"; else
    fail "missing after the removal:"; printf '%s' "$removed" | sed 's/^/         /'
  fi
  local ours
  ours=$(find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /run -o -path /tmp -o -path /var/tmp \
    -o -path /home -o -path /root -o -path /work \) -prune -o -iname '*ocsp-console*' -print 2>/dev/null || true)
  if [[ -z "$ours" ]]; then ok "no file named ocsp-console anywhere outside home, temporary and work folders"; else
    fail "still on the system:"; printf '%s\n' "$ours" | sed 's/^/         /'
  fi
}

deb_cycle() {
  local from="${previous:-$deb}" to="$deb" from_version to_version
  # dpkg runs its upgrade scripts only for a higher version: when the package under test is
  # not higher than the one installed first, a copy of it with a higher version stands in.
  if ! dpkg --compare-versions "$(dpkg-deb -f "$deb" Version)" gt "$(dpkg-deb -f "$from" Version)"; then
    to="$work/$(basename "${deb%.deb}")+check1.deb"
    bump_version "$deb" "$to"
    chmod 644 "$to"
  fi
  from_version=$(dpkg-deb -f "$from" Version)
  to_version=$(dpkg-deb -f "$to" Version)
  snapshot "$work/before"
  installing=yes

  step "install $(basename "$from") ($from_version)"
  if [[ -n "$previous" ]]; then
    # An earlier build is what it is: its result is shown, not judged; the upgrade must cope.
    if manage "$mode-1-install" apt-get install -y -q --no-install-recommends "$from"; then
      note "the previous build installed: dpkg says '$(status_of)'"
    else
      note "the previous build did not install cleanly: dpkg says '$(status_of)'; the upgrade must repair it"
    fi
  elif manage "$mode-1-install" apt-get install -y -q --no-install-recommends "$from"; then
    check_installed "$from_version"
    start_console installed
  else
    fail "apt-get install failed: dpkg says '$(status_of)'"
  fi
  setup_user_data
  home_digest >"$work/home.before"

  step "upgrade to $(basename "$to") ($to_version)"
  manage "$mode-2-upgrade" apt-get install -y -q --no-install-recommends "$to" || fail "apt-get upgrade failed"
  check_installed "$to_version"
  check_user_data "the upgrade"
  start_console upgraded dark
  # The console itself may write its logs and settings; from here on the package manager alone acts.
  home_digest >"$work/home.before"

  step "remove"
  manage "$mode-3-remove" apt-get remove -y -q "$package" || fail "apt-get remove failed"
  check "dpkg: $(status_of)" bash -c "dpkg-query -W -f='\${Status}' $package 2>/dev/null | grep -q -E 'deinstall ok config-files|not-installed' || ! dpkg-query -W $package >/dev/null 2>&1"
  check_gone "remove"
  check_user_data "the removal"

  step "purge"
  manage "$mode-4-purge" apt-get purge -y -q "$package" || fail "apt-get purge failed"
  check "dpkg no longer knows $package" bash -c "! dpkg-query -W -f='\${Status}' $package 2>/dev/null | grep -q -v 'not-installed'"
  check "no maintainer scripts left: $(ls /var/lib/dpkg/info/$package.* 2>/dev/null | wc -l) files" \
    bash -c "! ls /var/lib/dpkg/info/$package.* >/dev/null 2>&1"
  check_system_clean
  check_user_data "the purge"
  note "the user's data stays where it was: ~/.config/ocsp-console, ~/.local/state/ocsp-console${keyring:+, the login keyring}"
}

rpm_review() {
  step "rpm review of $(basename "$rpm")"
  printf '   $ rpm -qp --scripts\n'
  rpm -qp --scripts "$rpm" 2>/dev/null | sed 's/^/     | /'
  printf '   $ rpm -qp --list (outside %s)\n' "$app_dir"
  rpm -qpl "$rpm" 2>/dev/null | grep -v "^$app_dir/" | sed 's/^/     | /'
  printf '   $ rpm -qp --requires\n'
  rpm -qpR "$rpm" 2>/dev/null | sed 's/^/     | /'
  check "no scriptlet calls xdg-desktop-menu or xdg-icon-resource" \
    bash -c "! rpm -qp --scripts '$rpm' 2>/dev/null | grep -q -E 'xdg-(desktop-menu|icon-resource|mime)'"
  check "every scriptlet ends with exit 0" \
    bash -c "test \"\$(rpm -qp --scripts '$rpm' 2>/dev/null | grep -c 'scriptlet')\" = \"\$(rpm -qp --scripts '$rpm' 2>/dev/null | grep -c '^exit 0')\""
  if command -v rpmlint >/dev/null; then
    printf '   $ rpmlint (with packaging/linux/rpmlintrc)\n'
    local rc=0 config
    config="$(dirname "$0")/rpmlintrc"
    rpmlint -r "$config" "$rpm" >"$out/rpmlint.log" 2>&1 || rc=$?
    sed 's/^/     | /' "$out/rpmlint.log"
    check "rpmlint: no errors (exit $rc)" test "$rc" = 0
  else
    note "rpmlint is not installed (Debian/Ubuntu: apt-get install rpmlint): not run"
  fi
}

rpm_cycle() {
  step "rpm: install, reinstall and erase for real (private rpm database, dependencies not checked)"
  local db="$work/rpmdb"
  mkdir -p "$db"
  snapshot "$work/before"
  local rpm_cmd=(rpm --dbpath "$db" --nodeps)
  manage "$mode-rpm-1-install" "${rpm_cmd[@]}" -i "$rpm" || fail "rpm -i failed"
  check "$command_link -> $(readlink "$command_link" 2>/dev/null || echo '(missing)')" \
    test "$(readlink -f "$command_link" 2>/dev/null)" = "$command_script"
  check "arguments pass through the command: ocsp-console --help prints the usage" \
    bash -c "ocsp-console --help 2>/dev/null | grep -q '^usage: ocsp-console'"
  check "menu entry $entry with Icon=ocsp-console" grep -q '^Icon=ocsp-console$' "$entry"
  check "icon $icon" test -f "$icon"
  check "rpm -V: the installed files match the package" "${rpm_cmd[@]}" -V "$package"
  manage "$mode-rpm-2-reinstall" "${rpm_cmd[@]}" -U --replacepkgs "$rpm" || fail "rpm -U --replacepkgs failed"
  check "still installed after reinstalling" test -x "$launcher" -a -L "$command_link" -a -f "$entry" -a -f "$icon"
  manage "$mode-rpm-3-erase" "${rpm_cmd[@]}" -e "$package" || fail "rpm -e failed"
  check_gone "erase"
  # On rpm systems /usr/share/licenses belongs to the filesystem package; here rpm created it
  # as the parent of the licence's folder, so it goes again if it was not there before.
  if ! grep -qx /usr/share/licenses "$work/before"; then rmdir /usr/share/licenses 2>/dev/null || true; fi
  snapshot "$work/after"
  local added
  added=$(LC_ALL=C comm -13 "$work/before" "$work/after" | while IFS= read -r p; do
    dpkg-query -S "$p" >/dev/null 2>&1 || echo "$p"; done)
  if [[ -z "$added" ]]; then ok "rpm -e left nothing behind"; else
    fail "rpm -e left behind:"; printf '%s\n' "$added" | sed 's/^/         /'
  fi
}

# The .deb's own postinst and prerm, run on a scratch copy of the paths they touch, for the
# situations a real system here does not have: no menu folder at all, no icon theme, a
# /usr/bin/ocsp-console that is someone else's, a menu entry that cannot be written.
scripts_in_scratch_root() {
  step "the .deb's postinst and prerm in a scratch root: what they do when something cannot be done"
  local root="$work/scratch" ctl="$work/control" rc
  dpkg-deb -e "$deb" "$ctl"
  local to_root=(-e "s|/opt/ocsp-console|$root/opt/ocsp-console|g" -e "s|/usr/|$root/usr/|g")
  sed "${to_root[@]}" "$ctl/postinst" >"$work/postinst"
  sed "${to_root[@]}" "$ctl/prerm" >"$work/prerm"
  run_script() { # expected-exit script argument
    local expected="$1" name="$2"; shift 2
    rc=0
    sh "$work/$name" "$@" >"$work/script.out" 2>&1 || rc=$?
    sed -e "s|$root||g" -e 's/^/     | /' "$work/script.out"
    check "$name $* exits $rc" test "$rc" = "$expected"
  }
  fresh_root() { # folders under usr/share to create...
    rm -rf "$root"
    mkdir -p "$root/opt/ocsp-console/bin" "$root/usr/bin"
    dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$root" ./opt/ocsp-console/lib/ocsp-console.png \
      ./opt/ocsp-console/lib/ocsp-console-ocsp-console.desktop ./opt/ocsp-console/lib/ocsp-console.bash \
      ./opt/ocsp-console/lib/ocsp-console.1.gz
    sed -i "${to_root[@]}" "$root/opt/ocsp-console/lib/ocsp-console-ocsp-console.desktop"
    printf '#!/bin/sh\n' >"$root/opt/ocsp-console/bin/ocsp-console"
    printf '#!/bin/sh\n' >"$root/opt/ocsp-console/bin/ocsp-console-command"
    chmod +x "$root/opt/ocsp-console/bin/ocsp-console-command"
    local dir
    for dir in "$@"; do mkdir -p "$root/usr/share/$dir"; done
  }
  local link="$root/usr/bin/ocsp-console" entry_file="$root/usr/share/applications/ocsp-console.desktop"

  printf '   -- no /usr/share/applications, no icon theme (a jump host, a container)\n'
  fresh_root
  run_script 0 postinst configure
  check "the command link is there all the same, to the command script" \
    test "$(readlink "$link")" = "$root/opt/ocsp-console/bin/ocsp-console-command"
  check "so is the completion link, in a folder made for it" \
    test -L "$root/usr/share/bash-completion/completions/ocsp-console"
  check "and the manual page link" test -L "$root/usr/share/man/man1/ocsp-console.1.gz"
  check "no menu folder was created" test ! -e "$root/usr/share/applications"
  run_script 0 prerm remove
  check "prerm removed the link" test ! -e "$link" -a ! -L "$link"
  check "and the completion link with the folders it had made" test ! -e "$root/usr/share/bash-completion"
  check "and the manual page link" test ! -e "$root/usr/share/man/man1/ocsp-console.1.gz"

  printf '   -- a menu folder but no icon theme\n'
  fresh_root applications
  run_script 0 postinst configure
  check "the entry names the icon by its path in /opt: $(sed -n 's|^Icon=||p' "$entry_file" | sed "s|$root||")" \
    grep -q "^Icon=$root/opt/ocsp-console/lib/ocsp-console.png$" "$entry_file"
  run_script 0 prerm remove
  check "prerm removed the entry" test ! -e "$entry_file"

  printf '   -- /usr/bin/ocsp-console is a file of someone else; the entry cannot be written\n'
  fresh_root applications icons/hicolor
  printf '#!/bin/sh\necho mine\n' >"$link"
  mkdir "$entry_file" # a folder where the entry should go: writing it fails
  run_script 0 postinst configure
  check "their /usr/bin/ocsp-console is untouched" grep -q mine "$link"
  rm -rf "$entry_file"
  run_script 0 prerm remove
  check "and still there after the removal" grep -q mine "$link"
  check "the icon went with the removal" test ! -e "$root/usr/share/icons/hicolor/256x256/apps/ocsp-console.png"
  check "so did the icon folders postinst had made" test ! -e "$root/usr/share/icons/hicolor/256x256"

  printf '   -- arguments dpkg may pass\n'
  run_script 0 prerm failed-upgrade 0.1.0-1
  run_script 0 prerm upgrade 0.1.0-2
  run_script 1 postinst no-such-action
  rm -rf "$root"
}

echo "check-install: $(basename "$deb")${previous:+ over $(basename "$previous")}${rpm:+ and $(basename "$rpm")}"
echo "system: $(. /etc/os-release && echo "$PRETTY_NAME"), $(dpkg --print-architecture); results in $out"
scripts_in_scratch_root
if [[ -z "${CHECK_SCRIPTS_ONLY:-}" ]]; then
  for mode in without with; do
    set_menu_folder "$mode"
    step "#### $mode $menu_folder ($( [[ -d $menu_folder ]] && echo present || echo absent))"
    deb_cycle
    if [[ -n "$rpm" ]] && command -v rpm >/dev/null; then
      rpm_cycle
    fi
    restore_menu_folder
  done
  [[ -n "$rpm" ]] && rpm_review
  step "restored: $menu_folder $( [[ -d $menu_folder ]] && echo present || echo absent), as before the check"
fi

echo
if ((failures == 0)); then
  echo "check-install: OK"
else
  echo "check-install: $failures check(s) FAILED"
  exit 1
fi
