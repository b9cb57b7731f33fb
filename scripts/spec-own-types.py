#!/usr/bin/env python3
"""Diagnostic for `make bench-quantities`: spec accuracy when each spec file
is scored on its own entity types only.

usage: spec-own-types.py BINARY SHARED_DIR [extra scorer options]

The official figure (run_number_specs.py) passes every mention the harness
finds to the scorer, and a record passes only when its mentions equal the
expected ones. The Currency and Dimension files expect only their own type,
so a correct year or percent elsewhere in the sentence fails the record, and
the Number and Ordinal files expect different answers for the same words
("the first two books"). A single harness that sees no file name cannot
meet both. This script drops, per file, the mentions of types that file does
not test, and scores again: it measures how well each type is recognized.
It is a diagnostic next to the official figure, never a replacement for it.
"""
import json
import os
import subprocess
import sys
import tempfile

OWN_TYPES = {
    "recognizers-text/Number/English/NumberModel.json": {"number"},
    "recognizers-text/Number/English/OrdinalModel.json": {"ordinal", "ordinal.relative"},
    "recognizers-text/Number/English/PercentModel.json": {"percentage"},
    "recognizers-text/Number/English/NumberRangeModel.json": {"numberrange"},
    "recognizers-text/NumberWithUnit/English/CurrencyModel.json": {"currency"},
    "recognizers-text/NumberWithUnit/English/DimensionModel.json": {"dimension"},
}
def main(binary, shared, extra):
    tools = os.path.join(shared, "tools")
    scorer = os.path.join(tools, "number_spec_score.py")
    # The harness's kind names map to the specs' types exactly as the
    # official runner maps them.
    sys.path.insert(0, tools)
    from run_number_specs import KIND
    listing = subprocess.run([sys.executable, scorer, "--list-inputs", *OWN_TYPES],
                             capture_output=True, text=True, check=True).stdout.splitlines()
    records = [json.loads(line) for line in listing]
    stdin = "".join(json.dumps(r["input"], ensure_ascii=False) + "\n" for r in records)
    run = subprocess.run([binary, "quantities", "--jsonl"], input=stdin,
                         capture_output=True, text=True)
    if run.returncode != 0:
        print(f"quantities harness failed (exit {run.returncode}): {run.stderr.strip()[:300]}")
        return 1
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as out:
        for record, line in zip(records, run.stdout.splitlines()):
            keep = OWN_TYPES[record["file"]]
            results = []
            for m in json.loads(line):
                kind = str(m.get("kind", "")).lower()
                kind = KIND.get(kind, kind)
                if kind not in keep:
                    continue
                entity = {"type": kind, "value": m.get("value"),
                          "start": m.get("start"), "end": m.get("end")}
                if m.get("unit") is not None:
                    entity["unit"] = m["unit"]
                results.append(entity)
            out.write(json.dumps({"file": record["file"], "index": record["index"],
                                  "results": results}) + "\n")
        predictions = out.name
    rc = subprocess.run([sys.executable, scorer, predictions, "--exclusive-end",
                         "--offset-unit", "byte", *extra]).returncode
    os.unlink(predictions)
    return rc


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
