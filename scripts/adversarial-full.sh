#!/usr/bin/env bash
# The hostile corpus at full size, run once by hand (CI runs smaller sizes in
# tests/adversarial.rs): a 200 MB article, 100,000 tiny files, a 1 MB line.
# Prints the summary and the time and memory the run took.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -q
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
prose="The minister said on Tuesday that the talks would resume next week in the capital, officials said. "
head -c 209715200 /dev/zero | tr '\0' 'a' > "$dir/huge.txt"
python3 - "$dir" "$prose" <<'PY'
import os, sys
d, prose = sys.argv[1], sys.argv[2]
os.makedirs(f"{d}/tiny")
for i in range(100_000):
    with open(f"{d}/tiny/t{i:06d}.txt", "w") as f:
        f.write(f"Note {i}: {prose}")
with open(f"{d}/line.txt", "w") as f:
    f.write(prose * (1_000_000 // len(prose)))
PY
/usr/bin/time -v ./target/release/crosscheck check "$dir" --format json --output "$dir/report.json" 2> "$dir/time.txt" || true
python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary'])" "$dir/report.json"
grep -E "Elapsed|Maximum resident" "$dir/time.txt"
