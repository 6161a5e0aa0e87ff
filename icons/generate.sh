#!/usr/bin/env bash
# Regenerates every raster icon from icons/ocsp-console.svg.
# The outputs are committed, so a normal or -Pdist build needs none of these tools.
# Debian packages: librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns),
# imagemagick (convert).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$here/ocsp-console.svg"
out="$here/png"
res="$here/../src/main/resources/org/ocspconsole/icons"

for tool in rsvg-convert icotool png2icns convert; do
  command -v "$tool" >/dev/null || { echo "generate.sh: $tool is missing" >&2; exit 1; }
done

mkdir -p "$out" "$res"
sizes=(16 24 32 48 64 128 256 512 1024)
for s in "${sizes[@]}"; do
  rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio "$src" --output "$out/tmp-$s.png"
  # Drop timestamps and other chunks so that regenerating gives byte-identical files.
  convert "$out/tmp-$s.png" -strip -define png:exclude-chunks=date,time \
    "PNG32:$out/ocsp-console-$s.png"
  rm -f "$out/tmp-$s.png"
done

# Windows: the sizes Explorer and the taskbar ask for (256 is stored as PNG inside the .ico).
icotool --create --output="$here/ocsp-console.ico" \
  "$out/ocsp-console-16.png" "$out/ocsp-console-24.png" "$out/ocsp-console-32.png" \
  "$out/ocsp-console-48.png" "$out/ocsp-console-64.png" "$out/ocsp-console-128.png" \
  --raw="$out/ocsp-console-256.png"

# macOS: png2icns picks the icon type from each PNG's size (16, 32, 48, 128, 256, 512, 1024).
png2icns "$here/ocsp-console.icns" \
  "$out/ocsp-console-16.png" "$out/ocsp-console-32.png" "$out/ocsp-console-48.png" \
  "$out/ocsp-console-128.png" "$out/ocsp-console-256.png" "$out/ocsp-console-512.png" \
  "$out/ocsp-console-1024.png" >/dev/null

# Window icons for the application (Stage.getIcons()).
for s in 16 32 64 256; do
  cp "$out/ocsp-console-$s.png" "$res/icon-$s.png"
done

echo "icons written to $out, $here/ocsp-console.ico, $here/ocsp-console.icns and $res"
