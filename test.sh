#!/usr/bin/env bash
# Runs the test suite with a JDK 21+ (the README's test command; .ci/run calls it too).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/bin/java-env.sh"
cd "$here"
exec mvn -B "$@" verify
