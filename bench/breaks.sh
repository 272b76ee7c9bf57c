#!/usr/bin/env bash
# The breaks page's polling (POST /api/breaks/check) under load: PEOPLE signed-in people, each with
# a client of their own, asked as fast as THREADS threads can for SECONDS against a real server built
# through App (H2 in memory) on loopback; after a warm-up. Prints requests per second, p50/p99, and
# how many open pages (one check every 20 s) that keeps up with. ~1 minute.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
echo "# $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -n 1)"
java -cp "$cp" dev.unknot.bench.BreaksBenchmark "${PEOPLE:-200}" "${THREADS:-16}" "${SECONDS_RUN:-20}" 2>/dev/null | grep -E '^breaks'
