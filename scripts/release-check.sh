#!/usr/bin/env bash
# Release dry run (README "Releasing"; CI runs it): builds the committed HEAD twice, in two fresh
# clones at two different paths, with the release version (the pom version without -SNAPSHOT, or
# RELEASE_VERSION), and
#   1. with `-Prelease deploy` signs every published artifact with a throw-away GPG key made here
#      (never committed, deleted at the end), adds sources/Javadoc jars and a CycloneDX SBOM per
#      module, and stages them in Maven repository layout with checksums;
#   2. checks the staged modules, POM metadata, signatures and checksums and zips the bundle
#      Maven Central's publisher accepts (scripts/CentralBundle.java) into target/release/;
#   3. checks that the second build's jars are byte-identical to the first's (reproducible).
# Nothing is uploaded. Tests are not run here: CI runs them before.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/target/release"
work=$(mktemp -d "${TMPDIR:-/tmp}/fsonboard-release.XXXXXX")
export GNUPGHOME="$work/gnupg"
cleanup() {
  gpgconf --homedir "$GNUPGHOME" --kill gpg-agent >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

snapshot=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)
version=${RELEASE_VERSION:-${snapshot%-SNAPSHOT}}
echo "== Release check of $(git -C "$root" rev-parse --short HEAD) as version $version"

# A throw-away signing key, valid for one day, in a temporary GNUPGHOME.
mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' \
  --quick-gen-key "FS Onboard release check (throw-away) <release-check@fsonboard.invalid>" \
  ed25519 sign 1d
key=$(gpg --batch --list-keys --with-colons | awk -F: '/^fpr/ {print $10; exit}')

build() { # build DIR GOAL [extra Maven arguments...]
  local dir=$1 goal=$2
  shift 2
  git clone --quiet --no-local "$root" "$dir"
  find "$dir" -name pom.xml -not -path '*/src/it/*' \
    -exec sed -i "s:<version>$snapshot</version>:<version>$version</version>:" {} +
  # Only the published modules and what they need; tests are neither compiled nor run.
  (cd "$dir" && ./mvnw -B -ntp -q -Prelease -Dmaven.test.skip=true -Dspotless.check.skip=true \
    -pl sdk-bom,sdk-core,sdk-is,sdk-apim,sdk-testkit,sdk-micrometer,sdk-spring-boot-starter -am "$@" "$goal")
}

echo "== Build 1: signed, staged ($work/a/target/central-staging)"
build "$work/a" deploy -Dgpg.keyname="$key"
rm -rf "$out" && mkdir -p "$out"
java "$root/scripts/CentralBundle.java" "$work/a/target/central-staging" \
  "$out/fs-onboard-$version-central-bundle.zip"
cp -r "$work/a/target/central-staging" "$out/central-staging"

echo "== Build 2: another clone at another path, for reproducibility"
build "$work/b" package -Dgpg.skip=true -Dcyclonedx.skip=true
differ=0
compared=0
while IFS= read -r jar; do
  relative=${jar#"$work/a/"}
  if cmp -s "$jar" "$work/b/$relative"; then
    compared=$((compared + 1))
  else
    echo "   NOT reproducible: $relative"
    differ=$((differ + 1))
  fi
done < <(for m in sdk-core sdk-is sdk-apim sdk-testkit sdk-micrometer sdk-spring-boot-starter; do ls "$work/a/$m/target/"*.jar; done)
if [ "$compared" -eq 0 ] || [ "$differ" -ne 0 ]; then
  echo "Reproducibility check FAILED: $differ of $((compared + differ)) jars differ"
  exit 1
fi
echo "Reproducible: $compared jars byte-identical across two builds"
