#!/usr/bin/env bash
# Runs every fuzz target for a set time (default 600 s each), two at a time.
# Needs cargo-fuzz (`cargo install cargo-fuzz`); the stable toolchain works
# with RUSTC_BOOTSTRAP=1. Interesting inputs accumulate in fuzz/corpus/;
# crashes land in fuzz/artifacts/ and become regression tests.
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-600}"
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O
run() {
  mkdir -p "corpus/$1"
  cargo fuzz run -O "$1" "corpus/$1" -- -max_total_time="$secs" -max_len=65536 -rss_limit_mb=2048 \
    > "logs/$1.log" 2>&1
  tail -n 3 "logs/$1.log"
}
mkdir -p logs
run load & run dates & wait
run front_matter & run rules & wait
run names & wait
