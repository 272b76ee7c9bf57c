#!/usr/bin/env bash
# Start-up of `./unknot assess --answers examples/intake.json --json` here against another checkout of
# unknot (BASE=/path/to/checkout, e.g. a `git worktree add` of an earlier commit, its jar already built
# with `mvn -q -DskipTests package`) and a hello-world jar started with the same JVM flags, RUNS runs
# each, interleaved, medians of the same run. Usage: BASE=../unknot-before bash bench/startup-compare.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
base="${BASE:?set BASE to the other checkout}"
runs="${RUNS:-21}"
# Start-up: the launcher's own JVM flags, read from it so the comparison cannot drift.
. bench/startup-lib.sh
# Each launcher makes its own class-data archive on first use.
./unknot assess --answers examples/intake.json --json >/dev/null
"$base/unknot" assess --answers "$base/examples/intake.json" --json >/dev/null
h=(); n=(); b=()
for _ in $(seq "$runs"); do
  h+=("$(run_hello)")
  n+=("$(millis ./unknot assess --answers examples/intake.json --json)")
  b+=("$(millis "$base/unknot" assess --answers "$base/examples/intake.json" --json)")
done
hm=$(printf '%s\n' "${h[@]}" | median)
nm=$(printf '%s\n' "${n[@]}" | median)
bm=$(printf '%s\n' "${b[@]}" | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
echo "# $(date -u +%FT%TZ), median of $runs interleaved runs each"
echo "hello world ${hm} ms; this checkout ${nm} ms ($(ratio "$nm" "$hm")x hello); BASE ${bm} ms ($(ratio "$bm" "$hm")x hello); this / BASE $(ratio "$nm" "$bm")"
