#!/usr/bin/env bash
# Start-up, memory and responsiveness benchmark of the console (see README, "Performance").
#
#   src/bench/run.sh [--build] [--quiet-wait] [--runs N] [--staple-only] [--fleet-only]
#                    [--image2 DIR]
#
#   --build       build target/classes and the app image first (mvn -Pdist, image only)
#   --quiet-wait  wait (at most 10 minutes) until the 1-minute load average is below 0.5
#   --runs N      timed start-ups per variant (default 10, after one warm-up each)
#   --staple-only only the staple check's figure (50 demo endpoints), without the app image
#   --fleet-only  only the fleet window's figures (100 profiles; 5 runs of each fleet, or --runs N),
#                 without the app image
#   --image2 DIR  a second app image (the folder holding bin/ and lib/, e.g. one built on
#                 another JDK and copied aside) timed in the same runs as variant "image2"
#
# Variants, alternated run by run so that background load hits them alike:
#   build   java -cp target/classes:<jars> org.ocspconsole.app.Main
#   image   target/jpackage/app-image/ocsp-console/bin/ocsp-console
#   image2  the app image given with --image2, if any
#   bare    a window with one label (src/bench/java), same JDK as "build", same flags
# The responsiveness and refresh figures need BenchProbe (src/bench/java), which the product
# does not carry: those runs start the image's runtime, jars, options and start-up archive with
# bin/java instead of the launcher, the probe's classes added to the class path and named with
# -Docspconsole.probe (variant "image-probe").
# Every run gets the same JVM flags: $COMMON_FLAGS below, plus the tuning flags of the
# image's launcher (its .cfg java-options, except the CDS archive that only the image has).
# Extra flags for all three: BENCH_FLAGS="-XX:..." src/bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"

runs=10
build=false
quiet_wait=false
staple_only=false
fleet_only=false
fleet_runs=5
runs_given=false
image2=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build=true ;;
    --quiet-wait) quiet_wait=true ;;
    --runs) runs="$2"; fleet_runs="$2"; runs_given=true; shift ;;
    --staple-only) staple_only=true ;;
    --fleet-only) fleet_only=true ;;
    --image2) image2="$(cd "$2" && pwd)"; shift ;;
    *) echo "usage: $0 [--build] [--quiet-wait] [--runs N] [--staple-only] [--fleet-only] [--image2 DIR]" >&2; exit 2 ;;
  esac
  shift
done

# One private virtual display for the whole benchmark (no window manager, like CI).
if [[ -z "${OCSP_BENCH_DISPLAY:-}" ]]; then
  command -v xvfb-run >/dev/null || { echo "needs xvfb-run (Debian package xvfb)" >&2; exit 1; }
  args=()
  $runs_given && args+=(--runs "$runs")
  $build && args+=(--build)
  $quiet_wait && args+=(--quiet-wait)
  $staple_only && args+=(--staple-only)
  $fleet_only && args+=(--fleet-only)
  [[ -n "$image2" ]] && args+=(--image2 "$image2")
  OCSP_BENCH_DISPLAY=1 exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
    bash "$0" "${args[@]}"
fi
[[ -x /usr/bin/time ]] || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 1; }

image="$root/target/jpackage/app-image/ocsp-console"
launcher="$image/bin/ocsp-console"
work="$root/target/bench"
mkdir -p "$work"
log="$work/runs.log"
: >"$log"

if ! $staple_only && ! $fleet_only && { $build || [[ ! -x "$launcher" ]]; }; then
  echo "building the app image (mvn -Pdist, no installers)..." >&2
  mvn -q -B -Pdist clean package -Djpackage.skipDeb=true -Djpackage.skipRpm=true >&2
fi
[[ -d target/classes/org/ocspconsole/app ]] || mvn -q -B compile >&2
mvn -q -B dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$work/cp.txt" >&2
deps="$(cat "$work/cp.txt")"
javac -nowarn -d "$work/classes" -cp "$deps" src/bench/java/org/ocspconsole/bench/BareWindow.java
javac -nowarn -d "$work/classes" -cp "$root/target/classes:$deps" \
  src/bench/java/org/ocspconsole/bench/StapleBench.java \
  src/bench/java/org/ocspconsole/bench/FleetBench.java \
  src/bench/java/org/ocspconsole/bench/BenchProbe.java

# wait_quiet: with --quiet-wait, waits (at most 10 minutes) for a 1-minute load average below 0.5.
wait_quiet() {
  $quiet_wait || return 0
  for ((i = 0; i < 60; i++)); do
    load1=$(cut -d' ' -f1 /proc/loadavg)
    awk -v l="$load1" 'BEGIN { exit !(l < 0.5) }' && break
    [[ $i == 0 ]] && echo "waiting for the 1-minute load average ($load1) to fall below 0.5..." >&2
    sleep 10
  done
}
wait_quiet

# The launcher's own JVM options, minus what only the image has (its start-up archive, and
# native access for JavaFX as a named module).
tuning=()
while IFS= read -r opt; do
  case "$opt" in
    -XX:SharedArchiveFile=* | -Xshare:* | -XX:AOTCache=* | --enable-native-access=* | -Djpackage.*) ;;
    *) tuning+=("$opt") ;;
  esac
done < <(sed -n 's/^java-options=//p' "$image/lib/app/ocsp-console.cfg" 2>/dev/null ||
  sed -n 's/^--java-options //p' packaging/common/jpackage-image.txt)
# What the launcher starts, read from its .cfg, for the probe's runs (image-probe).
image_options=() image_cp="" image_main=""
cfg_file="$image/lib/app/ocsp-console.cfg"
if [[ -f "$cfg_file" ]]; then
  appdir="$image/lib/app"
  while IFS= read -r line; do
    line="${line//\$APPDIR/$appdir}"
    line="${line//\$ROOTDIR/$image}"
    line="${line//\$BINDIR/$image/bin}"
    case "$line" in
      java-options=*) image_options+=("${line#java-options=}") ;;
      app.classpath=*) image_cp+="${image_cp:+:}${line#app.classpath=}" ;;
      app.mainclass=*) image_main="${line#app.mainclass=}" ;;
    esac
  done <"$cfg_file"
fi
home="$work/home"            # a fixed HOME: no user settings, profiles or theme choice
mkdir -p "$home"
COMMON_FLAGS=(-Dprism.order=sw -Docspconsole.configDir=target/bench/home/config
  -Docspconsole.credentialStore=none ${tuning[@]+"${tuning[@]}"} ${BENCH_FLAGS:-})
console_flags=(-Docspconsole.trace=true -Docspconsole.exitAfterFirstFrame=true)

now_ms() { echo $(( ${EPOCHREALTIME/./} / 1000 )); }

# run <variant> <extra JVM options...> [-- <console arguments...>]: one start-up (image and
# image2 take console arguments); prints "<ready ms> <peak RSS KB>".
run() {
  local variant="$1"; shift
  local out="$work/out.txt" rss="$work/rss.txt" t0 status=0
  local jvm=() app=()
  while [[ $# -gt 0 && "$1" != -- ]]; do jvm+=("$1"); shift; done
  [[ $# -gt 0 ]] && shift && app=("$@")
  set -- ${jvm[@]+"${jvm[@]}"}
  t0=$(now_ms)
  case "$variant" in
    build)
      HOME="$home" timeout 120 /usr/bin/time -f %M -o "$rss" java "${COMMON_FLAGS[@]}" \
        "-Docspconsole.t0=$t0" "$@" -cp "target/classes:$deps" org.ocspconsole.app.Main \
        >"$out" 2>&1 || status=$? ;;
    image-probe)
      # The image without its native launcher: the same runtime, jars, options and start-up
      # archive, so that the benchmark's probe (which the image does not carry) joins the class
      # path. The launcher's options come after ours, as JAVA_TOOL_OPTIONS do for the launcher.
      HOME="$home" timeout 120 /usr/bin/time -f %M -o "$rss" "$image/lib/runtime/bin/java" \
        "${COMMON_FLAGS[@]}" "-Docspconsole.t0=$t0" "$@" "${image_options[@]}" \
        -Docspconsole.probe=org.ocspconsole.bench.BenchProbe -cp "$image_cp:$work/classes" \
        "$image_main" >"$out" 2>&1 || status=$? ;;
    image | image2)
      local exe="$launcher"
      [[ $variant == image2 ]] && exe="$image2/bin/ocsp-console"
      HOME="$home" JAVA_TOOL_OPTIONS="${COMMON_FLAGS[*]} -Docspconsole.t0=$t0 $*" \
        timeout 120 /usr/bin/time -f %M -o "$rss" "$exe" ${app[@]+"${app[@]}"} >"$out" 2>&1 \
        || status=$? ;;
    bare)
      HOME="$home" timeout 120 /usr/bin/time -f %M -o "$rss" java "${COMMON_FLAGS[@]}" \
        "-Docspconsole.t0=$t0" "$@" -cp "$work/classes:$deps" org.ocspconsole.bench.BareWindow \
        >"$out" 2>&1 || status=$? ;;
  esac
  { echo "== $variant $* ${app[*]+${app[*]}} (exit $status)"; cat "$out"; } >>"$log"
  local ready
  ready=$(sed -n 's/.*ocspconsole: ready \([0-9]*\) ms since t0.*/\1/p' "$out" | head -1)
  if [[ $status != 0 || -z "$ready" ]]; then
    echo "run of $variant failed (exit $status); see $log" >&2
    tail -20 "$out" >&2
    exit 1
  fi
  echo "$ready $(tail -1 "$rss")"
}

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# The fleet window, 100 profiles on demo clusters answering in 200 ms (the issue's figure), against
# its targets: all rows filled in 3 s, pulse gaps of 50 ms while the table fills, 50 MB of heap
# growth. Two fleets, alternated run by run: 10 clusters (the table and the reads; profiles of a
# cluster share its connections) and 100 (a fleet of distinct clusters: a full TLS handshake
# each). The clusters run in a second JVM, on the same cores. The parts before raise the load, so
# --quiet-wait waits again here.
fleet_part() {
  local line clusters i
  declare -A filled gap up heap
  wait_quiet
  echo "fleet window (100 profiles on demo clusters answering in 200 ms, the console's bound; $fleet_runs runs of each fleet, alternated; load average at start: $(cut -d' ' -f1-3 /proc/loadavg))"
  for ((i = 1; i <= fleet_runs; i++)); do
    for clusters in 10 100; do
      line="$(java "${COMMON_FLAGS[@]}" -cp "$work/classes:$root/target/classes:$deps" \
        org.ocspconsole.bench.FleetBench 100 "$clusters" 200 2>>"$log" | tail -1)"
      echo "  $line"
      filled[$clusters]+="$(sed -n 's/.*all rows filled in \([0-9]*\) ms.*/\1/p' <<<"$line") "
      gap[$clusters]+="$(sed -n 's/.* \([0-9]*\) ms once the window was up.*/\1/p' <<<"$line") "
      up[$clusters]+="$(sed -n 's/.*window up in \([0-9]*\) ms.*/\1/p' <<<"$line") "
      heap[$clusters]+="$(sed -n 's/.*heap growth \([0-9]*\) MB.*/\1/p' <<<"$line") "
    done
  done
  for clusters in 10 100; do
    printf '  %3s clusters: filled median %s ms (runs: %s); largest gap once the window is up median %s ms, at most %s; window up median %s ms; heap growth at most %s MB\n' \
      "$clusters" "$(tr ' ' '\n' <<<"${filled[$clusters]}" | grep . | median)" "${filled[$clusters]% }" \
      "$(tr ' ' '\n' <<<"${gap[$clusters]}" | grep . | median)" \
      "$(tr ' ' '\n' <<<"${gap[$clusters]}" | grep . | sort -n | tail -1)" \
      "$(tr ' ' '\n' <<<"${up[$clusters]}" | grep . | median)" \
      "$(tr ' ' '\n' <<<"${heap[$clusters]}" | grep . | sort -n | tail -1)"
  done
  echo
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo "OCSP Console benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
echo "JDK: $(java -version 2>&1 | head -1); image runtime: $(if [[ -x "$image/lib/runtime/bin/java" ]]; then "$image/lib/runtime/bin/java" -version 2>&1 | head -1; else echo "none (no app image)"; fi)"
[[ -n "$image2" ]] && echo "image2 runtime: $("$image2/lib/runtime/bin/java" -version 2>&1 | head -1)"
echo "flags (all variants): ${COMMON_FLAGS[*]}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if $fleet_only; then
  fleet_part
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi

if ! $staple_only; then
declare -A ready rss
variants=(build image)
[[ -n "$image2" ]] && variants+=(image2)
variants+=(bare)
for variant in "${variants[@]}"; do run "$variant" "${console_flags[@]}" >/dev/null; done  # warm-up
for ((i = 1; i <= runs; i++)); do
  for variant in "${variants[@]}"; do
    result=$(run "$variant" "${console_flags[@]}")
    read -r r m <<<"$result"
    ready[$variant]+="$r "
    rss[$variant]+="$m "
  done
done

echo
echo "time to ready (process start -> first frame showing the configuration), $runs runs each"
printf '  %-6s %8s %8s %10s   %s\n' variant median ratio "peak RSS" "RSS ratio   (all ready ms)"
bare_ready=$(tr ' ' '\n' <<<"${ready[bare]}" | grep . | median)
bare_rss=$(tr ' ' '\n' <<<"${rss[bare]}" | grep . | median)
for variant in "${variants[@]}"; do
  r=$(tr ' ' '\n' <<<"${ready[$variant]}" | grep . | median)
  m=$(tr ' ' '\n' <<<"${rss[$variant]}" | grep . | median)
  printf '  %-6s %5s ms %7sx %7s MB %6sx     (%s)\n' "$variant" "$r" "$(ratio "$r" "$bare_ready")" \
    "$(awk -v k="$m" 'BEGIN { printf "%.0f", k / 1024 }')" "$(ratio "$m" "$bare_rss")" "${ready[$variant]% }"
done

echo
echo "responsiveness (image; demo cluster answers after 2 s): longest gap between two pulses, 5 runs"
declare -A gaps
keys=(first-form-frame load-max-gap reload-max-gap save-max-gap
  first-form-cpu load-max-cpu reload-max-cpu save-max-cpu)
for ((i = 1; i <= 5; i++)); do
  run image-probe -Docspconsole.trace=true -Docspconsole.demo.latencyMs=2000 \
    -Docspconsole.bench=pulses >/dev/null
  line=$(grep 'ocspconsole: bench pulses' "$work/out.txt")
  for key in "${keys[@]}"; do
    gaps[$key]+="$(sed -n "s/.* $key=\([0-9]*\).*/\1/p" <<<"$line") "
  done
done
labels=("building and drawing the form (not waiting)" "first read, pending" "Refresh, pending" "save of one field, pending")
for k in 0 1 2 3; do
  printf '  %-44s median %4s ms  (runs: %s)\n' "${labels[$k]}" \
    "$(tr ' ' '\n' <<<"${gaps[${keys[$k]}]}" | grep . | median)" "${gaps[${keys[$k]}]% }"
done
echo "  the same windows, most CPU time of the FX thread between two pulses (far less load-dependent)"
for k in 0 1 2 3; do
  printf '  %-44s median %4s ms  (runs: %s)\n' "${labels[$k]}" \
    "$(tr ' ' '\n' <<<"${gaps[${keys[$k + 4]}]}" | grep . | median)" "${gaps[${keys[$k + 4]}]% }"
done

echo
echo "time to values (image) against the standalone demo cluster in another process, every answer"
echo "after 200 ms, alternating with the image on the built-in demo; $runs runs each"
demo_log="$work/demo-cluster.txt"
java -Djava.io.tmpdir="$work" -cp "target/classes:$deps" org.ocspconsole.demo.DemoClusterMain \
  --port 0 --latency-ms 200 --cert-out "$work/demo-cluster.pem" >"$demo_log" 2>&1 &
demo_pid=$!
trap 'kill "$demo_pid" 2>/dev/null || true' EXIT
for ((i = 0; i < 300; i++)); do
  grep -q 'OCSP Console demo cluster:' "$demo_log" && break
  sleep 0.1
done
demo_url=$(sed -n 's/^OCSP Console demo cluster: \([^ ]*\) .*/\1/p' "$demo_log")
demo_user=$(sed -n 's/^OCSP Console demo cluster: .*  user \([^ ]*\) .*/\1/p' "$demo_log")
demo_password=$(sed -n 's/^OCSP Console demo cluster: .*  password \([^ ]*\) .*/\1/p' "$demo_log")
[[ -n "$demo_url" ]] || { echo "the standalone demo cluster did not start; see $demo_log" >&2; exit 1; }
declare -A remote
for ((i = 0; i <= runs; i++)); do  # run 0: warm-up
  a=$(run image "${console_flags[@]}")
  b=$(OCSP_CONSOLE_PASSWORD="$demo_password" run image "${console_flags[@]}" -- \
    --cluster "$demo_url" --user "$demo_user" --ca-file "$work/demo-cluster.pem")
  ((i == 0)) && continue
  remote[demo]+="${a%% *} "
  remote[remote]+="${b%% *} "
done
kill "$demo_pid" 2>/dev/null || true
r_demo=$(tr ' ' '\n' <<<"${remote[demo]}" | grep . | median)
r_remote=$(tr ' ' '\n' <<<"${remote[remote]}" | grep . | median)
printf '  %-44s median %6s ms  (%s)\n' "built-in demo" "$r_demo" "${remote[demo]% }"
printf '  %-44s median %6s ms  (%s)\n' "standalone demo, 200 ms per answer" "$r_remote" "${remote[remote]% }"
printf '  %-44s %6s ms  (target: at most one round trip, 200 ms plus the TLS handshake)\n' \
  "difference" "$(awk -v a="$r_remote" -v b="$r_demo" 'BEGIN { printf "%.0f", a - b }')"

echo
echo "refresh cost (image, warm: 5 refreshes first, then 20 measured per run)"
for ((i = 1; i <= 3; i++)); do
  run image-probe -Docspconsole.trace=true -Docspconsole.bench=refresh >/dev/null
  echo "  $(grep -o 'n=.*' "$work/out.txt" | head -1)"
done
echo
fi

# The demo's endpoint names (redis-<port>.demo-cluster.ocsp-console.local) exist nowhere, so each
# check asks the machine's resolver about 50 of them; one that loses a query answers after its
# retry, and the check then waits its 2 s for the name. The JDK resolves from this file instead
# (jdk.net.hosts.file): every demo name fails at once, as with a resolver answering promptly, and
# the figure is the check's, not the network's.
printf '127.0.0.1 localhost\n' >"$work/hosts"
echo "staple check (demo cluster, 50 stapling TLS endpoints on loopback; whole check, 3 JVMs; names resolved from a hosts file)"
for ((i = 1; i <= 3; i++)); do
  echo "  $(java "${COMMON_FLAGS[@]}" -Djdk.net.hosts.file="$work/hosts" \
    -cp "$work/classes:$root/target/classes:$deps" org.ocspconsole.bench.StapleBench 50 5)"
done
echo
if $staple_only; then
  echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  exit 0
fi
echo "command line (get, and check without endpoints, against the standalone demo cluster): process start -> first request sent, $runs runs; load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
cli_demo_log="$work/cli-demo.txt"
java "${COMMON_FLAGS[@]}" -cp "target/classes:$deps" org.ocspconsole.demo.DemoClusterMain \
  --port 0 --password bench-pass --cert-out "$work/cli-demo.pem" >"$cli_demo_log" 2>&1 &
cli_demo_pid=$!
for ((i = 0; i < 300; i++)); do grep -q '^OCSP Console demo cluster: ' "$cli_demo_log" && break; sleep 0.1; done
cli_url=$(sed -n 's/^OCSP Console demo cluster: \(https:[^ ]*\).*/\1/p' "$cli_demo_log")
cli_target=(--cluster "$cli_url" --user admin@demo.local --ca-file "$work/cli-demo.pem")
declare -A cli_ms
# The command the packages put on the PATH (make-command.sh): the runtime without the launcher.
cli_command="$(dirname "$launcher")/ocsp-console-command"
cli_variants=(build image)
[[ -x "$cli_command" ]] && cli_variants+=(command)
for ((i = 0; i <= runs; i++)); do
  for command in get check; do
    cli_args=("$command" "${cli_target[@]}")
    [[ "$command" == check ]] && cli_args+=(--skip-endpoints)
    for variant in "${cli_variants[@]}"; do
      t0=$(now_ms)
      case "$variant" in
        build) out=$(OCSP_CONSOLE_PASSWORD=bench-pass java "${COMMON_FLAGS[@]}" -Docspconsole.trace=true \
          "-Docspconsole.t0=$t0" -cp "target/classes:$deps" org.ocspconsole.app.Main "${cli_args[@]}" 2>&1 >/dev/null) || true ;;
        image) out=$(OCSP_CONSOLE_PASSWORD=bench-pass HOME="$home" \
          JAVA_TOOL_OPTIONS="${COMMON_FLAGS[*]} -Docspconsole.trace=true -Docspconsole.t0=$t0" \
          "$launcher" "${cli_args[@]}" 2>&1 >/dev/null) || true ;;
        command) out=$(OCSP_CONSOLE_PASSWORD=bench-pass HOME="$home" \
          JAVA_TOOL_OPTIONS="${COMMON_FLAGS[*]} -Docspconsole.trace=true -Docspconsole.t0=$t0" \
          "$cli_command" "${cli_args[@]}" 2>&1 >/dev/null) || true ;;
      esac
      # check exits with its verdict (2, CRITICAL, while the demo's stapling is off): not a failure
      # of the run, which is told by the missing "first request" line.
      ms=$(sed -n 's/.*first request \([0-9]*\) ms since t0.*/\1/p' <<<"$out")
      [[ -n "$ms" ]] || { echo "command line run failed: $out" >&2; kill "$cli_demo_pid"; exit 1; }
      ((i > 0)) && cli_ms[$command-$variant]+="$ms "  # run 0 warms the file cache
    done
  done
done
kill "$cli_demo_pid"
for command in get check; do
  for variant in "${cli_variants[@]}"; do
    printf '  %-5s %-6s median %5s ms   (runs: %s)\n' "$command" "$variant" \
      "$(tr ' ' '\n' <<<"${cli_ms[$command-$variant]}" | grep . | median)" "${cli_ms[$command-$variant]% }"
  done
done
echo "  load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
echo
fleet_part
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(per-run output: $log)"
