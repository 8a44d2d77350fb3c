#!/usr/bin/env bash
# Benchmark 4 of issue #8: bulk onboarding on the embedded WSO2 emulator. Builds sdk-benchmarks,
# runs io.github.fsonboard.benchmarks.BulkOnboarding (N TPPs over the full onboarding flow,
# sequentially and with P threads sharing one ApiManager) and appends a "Bulk onboarding" table
# to sdk-benchmarks/BULK-RESULTS.md. Not run in CI.
#
# Usage: scripts/run-bulk-benchmark.sh [sizes, default 100,1000] [parallelism, default 16]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=sdk-benchmarks/BULK-RESULTS.md
TARGET=sdk-benchmarks/target
SIZES=${1:-100,1000}
PARALLEL=${2:-16}

echo "== build (no tests) and runtime class path"
./mvnw -B -q -pl sdk-benchmarks -am package dependency:build-classpath -DskipTests \
  -Dspotless.check.skip=true -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt
CP="$TARGET/classes:$(cat "$TARGET/runtime-classpath.txt")"

echo "== bulk onboarding (N=$SIZES, sequential and $PARALLEL threads)"
TABLE=$(java -cp "$CP" io.github.fsonboard.benchmarks.BulkOnboarding "$SIZES" "$PARALLEL")
echo "$TABLE"

if [ ! -f "$OUT" ]; then
  {
    echo "# Bulk onboarding results"
    echo
    echo "Appended by \`scripts/run-bulk-benchmark.sh [sizes] [parallelism]\` (benchmark 4 of issue #8)."
  } > "$OUT"
fi
{
  echo
  echo "## Bulk onboarding — $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') ($(nproc) cores"
  echo "  visible), $(free -m | awk '/Mem:/ {print $2}') MB, $(java -version 2>&1 | sed -n 2p); shared with"
  echo "  other work, so absolute times are noisy."
  echo "- Flow per TPP: sign up (as a registrar), sign in, application, 2 subscriptions, regulatory"
  echo "  PRODUCTION keys (authorization_code, refresh_token, client_credentials, PKCE, certificate)"
  echo "  and SANDBOX keys (client_credentials). One shared \`ApiManager\` and one \`ApiCatalog\` per row"
  echo "  (each API looked up once per batch); a fresh emulator per row, key manager set up before the"
  echo "  clock starts; a 300-TPP warm-up per mode is not reported."
  echo "- The minimum per TPP is 8 requests: sign-up, REST-API client registration, token,"
  echo "  application, 2 subscriptions, 2 key generations; the batch adds 2 API look-ups in all."
  echo "- HTTP requests per TPP: counted by the emulator (both servers; a zero-delay latency rule"
  echo "  matches every request). Tokens issued include the first token the emulator issues with a"
  echo "  non-regulatory client_credentials key (SANDBOX)."
  echo "- Linear scaling: the last column compares ms per TPP with the smallest N of the same mode"
  echo "  (1.00x = linear). The emulator runs in the same JVM and on the same 2 cores as the SDK."
  echo
  echo "$TABLE"
} >> "$OUT"
echo "== appended to $ROOT/$OUT"
