#!/usr/bin/env bash
# Remakes the README's screenshots: starts `unknot serve` on a free port with an in-memory database and
# has headless Chromium (Debian's chromium) photograph the start page and the result of examples/intake.json.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v chromium >/dev/null || { echo "docs/screenshots.sh needs chromium: apt-get install chromium" >&2; exit 2; }
mvn -B -q -Dstyle.color=never package -DskipTests >&2
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
home=$(mktemp -d)
UNKNOT_HOME="$home" java -jar target/unknot.jar serve --db jdbc:h2:mem:shots --port "$port" \
  --access-log "$home/access.log" >"$home/serve.out" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$home"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
answers=$(python3 -c 'import base64, json; print(base64.urlsafe_b64encode(json.dumps(json.load(open("examples/intake.json"))).encode()).decode().rstrip("="))')
shoot() {
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$3" --screenshot="$PWD/docs/images/$1" "http://127.0.0.1:$port$2" >/dev/null 2>&1
  echo "docs/images/$1"
}
shoot start.png / 1000,760
shoot result.png "/result?a=$answers" 1000,1500
