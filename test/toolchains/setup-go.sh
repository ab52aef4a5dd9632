#!/usr/bin/env bash
# Installs staticcheck (once per machine) for the tests that compile the Go output: its SA1019 check is
# what says, at each use, that a deprecated constant is used (go vet does not). The Go module proxy serves
# it as a Go module; it goes outside the repository, so a clean clone reuses it.
#
#   GO_TOOLS  where staticcheck is installed (default /var/cache/status-codegen/go-tools)
set -euo pipefail

dir="${GO_TOOLS:-/var/cache/status-codegen/go-tools}"
version="v0.8.2"

if [ -x "$dir/staticcheck" ] && "$dir/staticcheck" -version | grep -qF "(${version#v})"; then
  echo "staticcheck ready at $dir"
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  echo "setup-go: no go on PATH; install Go first." >&2
  exit 1
fi
mkdir -p "$dir"
GOBIN="$dir" GOFLAGS= GOTOOLCHAIN=local go install "honnef.co/go/tools/cmd/staticcheck@$version"
"$dir/staticcheck" -version
