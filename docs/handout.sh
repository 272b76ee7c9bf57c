#!/usr/bin/env bash
# Remakes the README's picture of a printed plan (docs/images/handout-a4.png): page one of the
# example's handout on A4, drawn at 80 dpi by HandoutImageTest with PDFBox's own renderer.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -Dstyle.color=never test -Dtest=HandoutImageTest -Dunknot.updateDocs=true >&2
echo docs/images/handout-a4.png
