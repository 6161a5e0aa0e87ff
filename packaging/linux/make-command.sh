#!/usr/bin/env bash
# Writes bin/<launcher-name>-command into a finished Linux app image (after make-cds.sh, which
# edits the launcher's .cfg): the command the packages put on the PATH as /usr/bin/<name>.
#
#   make-command.sh <app-image-dir> <launcher-name>
#
# Why not the jpackage launcher itself: before every start it asks the package managers which
# package owns it (`rpm -qf`, then `dpkg -S` and `dpkg -L`, each reading the whole package
# database), which took 1.3 s of a 2.8 s start of `check` on a loaded build machine and is
# paid again by every cron or monitoring run. The script starts the image's own runtime with
# exactly the launcher's options (taken from its .cfg here, with $APPDIR, $BINDIR and $ROOTDIR
# resolved where the image is installed) for a subcommand, and hands everything else (no
# argument, or an option: the window) to the launcher, unchanged.
set -euo pipefail

image="${1:?usage: make-command.sh <app-image-dir> <launcher-name>}"
name="${2:?usage: make-command.sh <app-image-dir> <launcher-name>}"
cfg="$image/lib/app/$name.cfg"
target="$image/bin/$name-command"
[[ -x "$image/bin/$name" && -f "$cfg" ]] || { echo "[make-command] no Linux launcher and .cfg for '$name' in $image" >&2; exit 1; }

# One value of the .cfg as a double-quoted shell word, the launcher's macros left to the shell.
quote() {
  local v="$1"
  v=${v//\\/\\\\}; v=${v//\"/\\\"}; v=${v//\`/\\\`}; v=${v//\$/\\\$}
  v=${v//\\\$APPDIR/\$APPDIR}; v=${v//\\\$BINDIR/\$BINDIR}; v=${v//\\\$ROOTDIR/\$ROOTDIR}
  printf '"%s"' "$v"
}

main="" classpath="" options=()
section=""
while IFS= read -r line || [[ -n "$line" ]]; do
  case "$line" in
    \[*\]) section="$line"; continue ;;
    "" | \#*) continue ;;
  esac
  key="${line%%=*}" value="${line#*=}"
  case "$section:$key" in
    "[Application]:app.mainclass") main="$value" ;;
    "[Application]:app.classpath") classpath="${classpath:+$classpath:}$value" ;;
    "[JavaOptions]:java-options") options+=("$(quote "$value")") ;;
    "[Application]:app.mainjar" | "[Application]:app.mainmodule")
      echo "[make-command] $key in $cfg is not supported: use app.mainclass" >&2; exit 1 ;;
  esac
done <"$cfg"
[[ -n "$main" && -n "$classpath" ]] || { echo "[make-command] no app.mainclass or app.classpath in $cfg" >&2; exit 1; }

{
  printf '#!/bin/sh\n'
  printf '# %s: the command on the PATH. Generated at package build by make-command.sh from\n' "$name"
  printf '# lib/app/%s.cfg; do not edit. A subcommand starts the runtime directly with the\n' "$name"
  printf "# launcher's options (the jpackage launcher queries rpm and dpkg before every start);\n"
  printf '# no argument or an option (the window) goes through the launcher.\n'
  printf 'BINDIR=$(dirname "$(readlink -f "$0")")\n'
  printf 'case "${1:-}" in\n  "" | -*) exec "$BINDIR/%s" "$@" ;;\nesac\n' "$name"
  printf 'ROOTDIR=$(dirname "$BINDIR")\n'
  printf 'APPDIR=$ROOTDIR/lib/app\n'
  printf 'exec "$ROOTDIR/lib/runtime/bin/java"'
  for option in "${options[@]}"; do printf ' \\\n  %s' "$option"; done
  printf ' \\\n  -cp %s \\\n  %s "$@"\n' "$(quote "$classpath")" "$main"
} >"$target.tmp"
sh -n "$target.tmp" || { echo "[make-command] the generated script is not valid sh" >&2; exit 1; }
chmod 0755 "$target.tmp"
mv -f "$target.tmp" "$target"
echo "[make-command] wrote $target"
