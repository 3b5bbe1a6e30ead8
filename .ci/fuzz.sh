#!/usr/bin/env bash
# Nightly-style fuzzing: runs the same seeded fuzz tests as CI (tests/Segmentation.Tests/Reliability/FuzzTests.cs)
# with many more cases, over several seeds.
#   FUZZ_CASES  cases per test and seed (default 200000; CI runs 2000)
#   FUZZ_SEEDS  space-separated seeds (default: three fixed seeds plus one from the date, printed for reproduction)
# A failure prints each unexpected exception type with the base64 of the first input that raised it; rerun it with
# FUZZ_SEED=<seed> FUZZ_CASES=<n> and the same filter.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export FUZZ_CASES="${FUZZ_CASES:-200000}"
seeds="${FUZZ_SEEDS:-20261128 1 2 $(date -u +%Y%m%d)}"

dotnet build tests/Segmentation.Tests -c Release
status=0
for seed in $seeds; do
  echo "fuzz: seed $seed, $FUZZ_CASES cases per test"
  FUZZ_SEED="$seed" dotnet test tests/Segmentation.Tests -c Release --no-build \
    --filter "FullyQualifiedName~Segmentation.Tests.Reliability.FuzzTests" \
    --logger "console;verbosity=normal" || status=1
done
exit $status
