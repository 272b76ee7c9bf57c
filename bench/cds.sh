#!/usr/bin/env bash
# The CDS Hooks service (dev.unknot.cds): a patient-view call with full prefetch (Patient, 28 NPRS
# Observations, an intake QuestionnaireResponse) over HTTP on loopback against a real server built
# through App (H2 in memory), each call with its own RS384 token signed beforehand (unique jti).
# Sequential calls, p50/p95/p99 after a warm-up. Writes the example request, answer and discovery
# document to target/cds-example/ (docs/cds-hooks.md shows them). ~1 minute.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -Dstyle.color=never test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >&2
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
echo "# $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -n 1)"
java -cp "$cp" dev.unknot.cds.CdsBenchmark "${RUNS:-2000}" "${WARMUP:-500}" 2>/dev/null | grep -E '^cds'
