#!/usr/bin/env bash
# The clinician's list of people (issue 15) at scale on PostgreSQL: 10,000 people, 100 clinicians in
# 10 clinics, 1,000,000 diary entries with assessments, sessions, advice and questionnaires, seeded
# in SQL and vacuumed; then the list of a random clinician is timed 300 times (p50/p95/p99).
# Needs PostgreSQL at 127.0.0.1:5432 (database test). ~1 minute.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
echo "# $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -n 1)"
java -cp "$cp" dev.unknot.bench.RosterBenchmark postgresql "${PEOPLE:-10000}" "${ENTRIES:-100}" "${RUNS:-300}" \
  | grep -E '^postgresql:'
