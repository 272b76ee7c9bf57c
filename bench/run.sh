#!/usr/bin/env bash
# Core benchmarks (issue 2): JMH throughput of triage, triage + plan and free-text reading on one
# thread; then the whole-process time of `./unknot assess --answers examples/intake.json --json`
# against a hello-world jar started the same way (same JVM flags, its own class-data archive),
# medians of RUNS runs each, interleaved, in the same run. ~2 minutes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${RUNS:-21}"
mvn -B -q -Dstyle.color=never package -DskipTests dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
mvn -B -q -Dstyle.color=never test-compile >&2
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
echo "# $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -n 1)"
java -cp "$cp" org.openjdk.jmh.Main CoreBenchmark -rf json -rff target/jmh-core.json | grep -E '^(Benchmark|CoreBenchmark)'

# Start-up: the launcher's own JVM flags, read from it so the comparison cannot drift.
. bench/startup-lib.sh
./unknot assess --answers examples/intake.json --json >/dev/null   # builds the jar's archive if needed
h=(); u=()
for _ in $(seq "$runs"); do
  h+=("$(run_hello)")
  u+=("$(millis ./unknot assess --answers examples/intake.json --json)")
done
hm=$(printf '%s\n' "${h[@]}" | median)
um=$(printf '%s\n' "${u[@]}" | median)
echo "start-up, median of $runs: hello world ${hm} ms, ./unknot assess --answers examples/intake.json --json ${um} ms, ratio $(awk -v a="$um" -v b="$hm" 'BEGIN {printf "%.2f", a / b}')x"
