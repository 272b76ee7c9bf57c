#!/usr/bin/env bash
# The clinician's list of people and a person's page (issue 15) at scale on PostgreSQL: 10,000
# people, 100 clinicians in 10 clinics, 1,000,000 diary entries with assessments, sessions, advice,
# questionnaires and an individual plan for every third person, seeded in SQL and vacuumed
# (VACUUM ANALYZE). Then, after 30 warm-up rounds, 300 rounds each time a random person and their
# clinician: CareTeam.dashboard, the person's record with the plan, and the same two over HTTP on
# loopback (GET /clinician, GET /clinician/people/{id}) against a real server built through App, the
# clinician signed in with a password and a second factor. p50/p95/p99 of each.
# Needs PostgreSQL at 127.0.0.1:5432 (database test). ~2-3 minutes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
echo "# $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -n 1)"
java -cp "$cp" dev.unknot.bench.RosterBenchmark postgresql "${PEOPLE:-10000}" "${ENTRIES:-100}" "${RUNS:-300}" \
  | grep -E '^postgresql:'
