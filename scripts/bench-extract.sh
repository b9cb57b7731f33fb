#!/usr/bin/env bash
# Article extraction against the public benchmark in ../shared: shingle F1
# and whole-process pages/s of `factcheck fetch`, peak memory, and
# trafilatura's pages/s on the same pages and machine when it is installed
# (pip install trafilatura lxml_html_clean).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
BENCH="$SHARED/bench/article-extraction"
if [ ! -d "$BENCH" ]; then
  echo "bench-extract: $BENCH not found (set SHARED=path/to/shared)" >&2
  exit 2
fi
cargo build --locked --release -q -p factcheck-cli
echo "== factcheck (scored by extraction_score.py, best of 3 runs)"
python3 "$SHARED/tools/run_extraction_bench.py" target/release/factcheck --repeat 3
pages=$(mktemp -d)
trap 'rm -rf "$pages"' EXIT
for f in "$BENCH"/html/*.html.gz; do
  gunzip -c "$f" > "$pages/$(basename "$f" .gz)"
done
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "peak memory: %M KiB (factcheck fetch over all pages)" \
    target/release/factcheck fetch --format jsonl "$pages"/*.html > /dev/null
fi
echo "== trafilatura on the same pages"
python3 - "$pages" <<'PY'
import os, sys, time
try:
    import trafilatura
except Exception as e:  # not installed: say so, do not fail the benchmark
    print(f"trafilatura not available ({e.__class__.__name__}); pip install trafilatura lxml_html_clean")
    sys.exit(0)
folder = sys.argv[1]
docs = [open(os.path.join(folder, n), encoding="utf-8", errors="replace").read()
        for n in sorted(os.listdir(folder))]
t = time.time()
for html in docs:
    trafilatura.extract(html, favor_precision=True)
secs = time.time() - t
print(f"trafilatura {trafilatura.__version__}: {len(docs)} pages in {secs:.2f}s "
      f"({len(docs)/secs:.1f} pages/s, one process, import excluded)")
PY
