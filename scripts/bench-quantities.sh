#!/usr/bin/env bash
# Number recognition against the public specs in ../shared (accuracy through
# the CLI harness) and the recognizer's in-process throughput.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
if [ ! -d "$SHARED/specs" ]; then
  echo "bench-quantities: $SHARED/specs not found (set SHARED=path/to/shared)" >&2
  exit 2
fi
cargo build --locked --release -q -p factcheck-cli -p factcheck-quantities --example throughput
echo "== accuracy (factcheck quantities --jsonl, scored by number_spec_score.py)"
python3 "$SHARED/tools/run_number_specs.py" target/release/factcheck
echo "== diagnostic: each spec file scored on its own types only (see scripts/spec-own-types.py)"
python3 scripts/spec-own-types.py target/release/factcheck "$SHARED"
echo "== in-process throughput over the same inputs"
python3 "$SHARED/tools/number_spec_score.py" --list-inputs \
    recognizers-text/Number/English/NumberModel.json \
    recognizers-text/Number/English/OrdinalModel.json \
    recognizers-text/Number/English/PercentModel.json \
    recognizers-text/Number/English/NumberRangeModel.json \
    recognizers-text/NumberWithUnit/English/CurrencyModel.json \
    recognizers-text/NumberWithUnit/English/DimensionModel.json \
    quantulum3/en_US/quantities.json \
  | python3 -c 'import json,sys; [print(json.dumps(json.loads(l)["input"])) for l in sys.stdin]' \
  | target/release/examples/throughput
