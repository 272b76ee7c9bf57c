#!/usr/bin/env bash
# Storage benchmarks (issue 3): diary append latency (p50/p99) and the 14-day/7-day verdict over
# 3,650 entries, on H2 and PostgreSQL (JMH); then bulk import of 1,000,000 entries across 10,000
# people on each database. Needs PostgreSQL at 127.0.0.1:5432 (database test). ~5 minutes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
echo "# $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -n 1)"
java -cp "$cp" org.openjdk.jmh.Main DiaryStoreBenchmark -f 1 -wi 2 -w 2s -i 3 -r 3s -rf json -rff target/jmh-storage.json \
  | grep -E '^(Benchmark|DiaryStore)|p0\.(50|99):' 
java -cp "$cp" dev.unknot.bench.BulkImportBenchmark h2 "${PEOPLE:-10000}" "${ENTRIES:-100}"
java -cp "$cp" dev.unknot.bench.BulkImportBenchmark postgresql "${PEOPLE:-10000}" "${ENTRIES:-100}"
