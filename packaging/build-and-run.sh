#!/usr/bin/env bash
# Fresh machine to running app: installs the dependencies, builds, and starts Themenfeldplaner on the user's
# default catalog (created from the embedded OZG catalog on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel "$(nproc)"
exec build/app/themenfeldplaner "$@"
