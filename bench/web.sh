#!/usr/bin/env bash
# Web load test (issue 4), on loopback with wrk (apt-get install wrk):
#  - POST /api/assessments with examples/intake.json, against POST /api/bench/echo on the same server in the
#    same run: it reads and parses the same body and answers the same bytes, canned (enabled only with
#    -Dunknot.bench=true). The ratio is what the assessment itself costs on top of HTTP + JSON.
#  - 64 connections, 2 wrk threads, DURATION seconds per round, rounds interleaved (echo, assess, echo,
#    assess) after a warm-up; p99 latency from wrk --latency; non-2xx answers and socket errors counted.
#  - memory: heap used after a full GC before and after a LONG-second run of POST /api/assessments.
#  - page weight of the wizard: its HTML and everything it loads (the stylesheet; it loads no script).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
duration="${DURATION:-15}"
long="${LONG:-60}"
command -v wrk >/dev/null || { echo "bench/web.sh needs wrk: apt-get install wrk" >&2; exit 2; }
mvn -B -q -Dstyle.color=never package -DskipTests >&2
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
home=$(mktemp -d)
UNKNOT_HOME="$home" java -Dunknot.bench=true ${BENCH_JVM:--XX:+UseSerialGC} -Xmx512m -jar target/unknot.jar serve \
  --db jdbc:h2:mem:bench --port "$port" --access-log "$home/access.log" >"$home/serve.out" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$home"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
url="http://127.0.0.1:$port"
lua="$home/post.lua"
cat >"$lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("examples/intake.json", "rb"); wrk.body = f:read("*a"); f:close()
done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.0f p50=%.2f p99=%.2f non2xx=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
run() { wrk -t"${WRK_THREADS:-1}" -c64 -d"$1"s --latency -s "$lua" "$url$2" | grep RESULT | sed "s|RESULT|$2|"; }
# heap used after a full GC: the young and old generations' "used" figures, summed, in KB
heap() { jcmd "$pid" GC.run >/dev/null; jcmd "$pid" GC.heap_info | awk '/generation/ {for (i=1;i<=NF;i++) if ($i == "used") {v=$(i+1); sub(/K,?/, "", v); t+=v}} END {print t "K"}'; }

echo "# $(date -u +%FT%TZ) on $(nproc) cores, $(java -version 2>&1 | head -n 1), wrk -t${WRK_THREADS:-1} -c64, ${duration}s rounds, server JVM ${BENCH_JVM:--XX:+UseSerialGC}"
curl -sf -H 'Content-Type: application/json' --data @examples/intake.json "$url/api/assessments" | wc -c | sed 's/^/assessment answer bytes: /'
curl -sf -H 'Content-Type: application/json' --data @examples/intake.json "$url/api/bench/echo" | wc -c | sed 's/^/canned answer bytes:     /'
run 10 /api/bench/echo >/dev/null; run 10 /api/assessments >/dev/null   # warm-up
results=()
for _ in 1 2; do
  results+=("$(run "$duration" /api/bench/echo)")
  results+=("$(run "$duration" /api/assessments)")
done
printf '%s\n' "${results[@]}"
printf '%s\n' "${results[@]}" | awk '
  { split($2, r, "="); if ($1 == "/api/bench/echo") { e += r[2]; ne++ } else { a += r[2]; na++ } }
  END { printf "ratio assess/echo: %.1f%% (mean of %d rounds each)\n", 100 * (a / na) / (e / ne), na }'

before=$(heap)
run "$long" /api/assessments | sed 's/^/long run: /'
after=$(heap)
echo "heap used after full GC: before ${before}, after ${after} (${long}s of POST /api/assessments)"

html=$(curl -sf "$url/assess" | wc -c)
css=$(curl -sf "$url/static/unknot.css" | wc -c)
scripts=$(curl -sf "$url/assess" | grep -c '<script' || true)
echo "wizard page weight: $((html + css)) bytes (HTML ${html} + CSS ${css}; ${scripts} scripts)"
kill "$pid"; wait "$pid" 2>/dev/null || true   # serve writes what is queued and reports dropped lines on stop
echo "access log: $(cat "$home"/access.log* | grep -c .) lines kept in $(ls "$home"/access.log* | wc -l) files (rolled over at 10 MB), $(grep -o '[0-9]* lines dropped' "$home/serve.out" || echo '0 lines dropped')"
