#!/usr/bin/env bash
# Builds the pinned FerretDB (see go.mod) into .cache/bin/ferretdb, once.
#
# `go install …@v1.24.2` produces a binary that panics at start: FerretDB embeds
# build/version/version.txt, which its release process generates and which the
# module zip does not carry. So we vendor the pinned module, stamp that file with
# the pinned version, and build from the vendor tree.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${FERRETDB_BIN:-$here/../../.cache/bin/ferretdb}"
if [[ -x "$out" ]]; then exit 0; fi
command -v go >/dev/null || { echo "FerretDB needs Go (https://go.dev/dl) to build: install Go 1.24 or newer." >&2; exit 1; }
cd "$here"
version="$(go list -m -f '{{.Version}}' github.com/FerretDB/FerretDB)"
echo "building FerretDB $version (once, cached in .cache/bin)…"
go mod vendor
echo "$version" > vendor/github.com/FerretDB/FerretDB/build/version/version.txt
mkdir -p "$(dirname "$out")"
go build -mod=vendor -trimpath -o "$out.tmp" github.com/FerretDB/FerretDB/cmd/ferretdb
mv "$out.tmp" "$out"
rm -rf vendor
