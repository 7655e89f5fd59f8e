#!/usr/bin/env bash
# Runs every test of gradio-go: formatting and vet, the Go tests with the race detector
# (unit, protocol, golden files, and conformance with the official @gradio/client),
# short fuzzing passes over every decoder of client input, and a one-iteration pass of
# every benchmark so none rots. It installs what the tests need when it is missing.
#
#   ./scripts/test.sh              # everything
#   FUZZTIME=0 ./scripts/test.sh   # skip the fuzzing passes
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
# The official client, pinned by e2e/package-lock.json.
if [ ! -f e2e/node_modules/@gradio/client/package.json ] || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
  npm ci --prefix e2e --no-audit --no-fund
fi

step "gofmt"
unformatted=$(git ls-files '*.go' | xargs gofmt -l)
if [ -n "$unformatted" ]; then
  echo "gofmt would change:"; echo "$unformatted"; exit 1
fi

step "go vet"
go vet ./...

step "go test -race"
go test -race -count=1 -timeout 30m ./...

fuzztime=${FUZZTIME:-3s}
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
