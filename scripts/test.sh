#!/usr/bin/env bash
# Runs every test of gradio-go: formatting and vet, the Go tests with the race detector
# (unit, protocol, golden files, and conformance with the official @gradio/client),
# short fuzzing passes over every decoder of client input, and a one-iteration pass of
# every benchmark so none rots. It installs what the tests need when it is missing.
#
#   ./scripts/test.sh              # everything
#   FUZZTIME=0 ./scripts/test.sh   # skip the fuzzing passes (FUZZTIME=20000x: longer)
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "tools"
go version
if ! command -v node >/dev/null 2>&1; then
  echo "node is missing: installing Debian's nodejs and npm"
  ${SUDO:-$(command -v sudo || true)} apt-get update -qq
  ${SUDO:-$(command -v sudo || true)} apt-get install -y -qq nodejs npm
fi
node --version
# The official client (e2e) and the frontend's build tools, pinned by their lockfiles.
for dir in e2e frontend; do
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    npm ci --prefix "$dir" --no-audit --no-fund
  fi
done
# Debian's chromium, for the browser tests.
if ! command -v chromium >/dev/null 2>&1; then
  echo "chromium is missing: installing Debian's chromium"
  ${SUDO:-$(command -v sudo || true)} apt-get update -qq
  DEBIAN_FRONTEND=noninteractive ${SUDO:-$(command -v sudo || true)} apt-get install -y -qq chromium >/dev/null
fi
chromium --version
# Debian's espeak-ng, for the text-to-speech example.
if ! command -v espeak-ng >/dev/null 2>&1; then
  echo "espeak-ng is missing: installing Debian's espeak-ng"
  ${SUDO:-$(command -v sudo || true)} apt-get update -qq
  DEBIAN_FRONTEND=noninteractive ${SUDO:-$(command -v sudo || true)} apt-get install -y -qq espeak-ng >/dev/null
fi
espeak-ng --version
# Debian's postgresql, for the hub store's PostgreSQL tests (internal/pgtest looks for
# initdb on PATH, then in /usr/lib/postgresql/*/bin).
if ! command -v initdb >/dev/null 2>&1 && ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  echo "initdb is missing: installing Debian's postgresql"
  ${SUDO:-$(command -v sudo || true)} apt-get update -qq
  DEBIAN_FRONTEND=noninteractive ${SUDO:-$(command -v sudo || true)} apt-get install -y -qq postgresql >/dev/null
fi
"$(command -v initdb || ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)" --version

step "frontend: type check, and dist/ rebuilt from the lockfile must match the committed bytes"
(cd frontend && npx tsc --noEmit -p .)
rebuilt=$(mktemp -d)
(cd frontend && node build.mjs "$rebuilt" >/dev/null)
if ! diff -r frontend/dist "$rebuilt"; then
  echo "frontend/dist does not match its sources. Regenerate it with:"
  echo "  (cd frontend && npm ci && npm run build) && git add frontend/dist"
  exit 1
fi
rm -rf "$rebuilt"

step "gofmt"
unformatted=$(git ls-files '*.go' | xargs gofmt -l)
if [ -n "$unformatted" ]; then
  echo "gofmt would change:"; echo "$unformatted"; exit 1
fi

step "go vet"
go vet ./...
go vet -tags nofrontend ./...

step "go test -race"
go test -race -count=1 -timeout 30m ./...
go test -count=1 -tags nofrontend -run NoFrontend .

# A count, not a duration: with a duration, Go 1.26's fuzz coordinator can report a
# spurious "context deadline exceeded" as the time runs out (golang/go#75804).
fuzztime=${FUZZTIME:-5000x}
if [ "$fuzztime" != "0" ]; then
  step "fuzzing, $fuzztime per target"
  for pkg in $(go list ./...); do
    for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
      echo "$pkg $target"
      if ! out=$(go test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" "$pkg" 2>&1); then
        echo "$out"; exit 1
      fi
    done
  done
fi

step "benchmarks, one iteration each"
if ! out=$(go test -run '^$' -bench . -benchtime 1x -timeout 10m ./... 2>&1); then
  echo "$out"; exit 1
fi

step "all tests passed"
