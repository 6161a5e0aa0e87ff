#!/usr/bin/env bash
# Writes the bash completion script of the command line into a freshly built Linux app image,
# as lib/<launcher-name>.bash, from the image's own launcher (so it describes exactly the
# commands and options that image has). The .deb's postinst links it into
# /usr/share/bash-completion/completions/<launcher-name>; the .rpm ships it there as a file.
#
#   make-completion.sh <app-image-dir> <launcher-name>
#
# The command line needs no display, so this runs anywhere the image's runtime runs.
set -euo pipefail

image="${1:?usage: make-completion.sh <app-image-dir> <launcher-name>}"
name="${2:?usage: make-completion.sh <app-image-dir> <launcher-name>}"
launcher="$image/bin/$name"
target="$image/lib/$name.bash"

[[ -x "$launcher" ]] || { echo "[make-completion] no Linux launcher $launcher" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A fresh home and no credential store: generating the script reads no user's settings.
env -u XDG_CONFIG_HOME -u DISPLAY HOME="$work" \
  JAVA_TOOL_OPTIONS="-Duser.home=$work -Docspconsole.credentialStore=none" \
  "$launcher" generate-completion >"$work/completion" 2>"$work/err" \
  || { cat "$work/err" >&2; echo "[make-completion] the launcher could not generate the script" >&2; exit 1; }
# Picocli names the completion function after the command; bash must accept the whole file.
grep -Eq "^complete -F [^ ]+ .* $name( |\$)" "$work/completion" \
  || { echo "[make-completion] the script does not complete '$name'" >&2; exit 1; }
bash -n "$work/completion" || { echo "[make-completion] the script is not valid bash" >&2; exit 1; }
# bash-completion sources the file, it never runs it; picocli's "#!/usr/bin/env bash" first line
# would make a 0644 file look like a script that cannot be executed (rpmlint refuses the .rpm).
sed -i '1{/^#!/d}' "$work/completion"
install -m 0644 "$work/completion" "$target"
echo "[make-completion] wrote $target ($(wc -c <"$target") bytes)"
