#!/usr/bin/env bash
# Remakes the README's screenshots from the browser tests: PhonePathwayBrowserIT walks the whole
# pathway in headless Chromium (Debian's chromium and chromium-driver) at 320, 390 and 1280 px and
# photographs every page into target/screenshots/, and BodyMapBrowserIT photographs the body map
# into target/bodymap/; this copies the ones the README shows.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -Dstyle.color=never verify -Dit.test='PhonePathwayBrowserIT,BodyMapBrowserIT' -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false >&2
for shot in start-390 safety-questions-390 emergency-390 result-1280 session-390; do
  cp "target/screenshots/$shot.png" "docs/images/$shot.png"
  echo "docs/images/$shot.png"
done
cp target/bodymap/regions-chosen-390.png docs/images/bodymap-390.png
echo docs/images/bodymap-390.png
