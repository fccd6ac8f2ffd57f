#!/usr/bin/env bash
# Benchmarks the routing classifier on one core: predictions/s (single item and batch), load time, model size,
# with a keyword-lookup baseline from the same run. Exits non-zero when a target is missed.
# Usage: bench/classify.sh [SECONDS_PER_MEASURE]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dotnet build bench/ClassifyBench -c Release -o bench/out/ClassifyBench --nologo -v q >/dev/null
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi
DOTNET_TieredPGO=1 "${pin[@]}" dotnet bench/out/ClassifyBench/ClassifyBench.dll ml-models "${1:-3}"
