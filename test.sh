#!/usr/bin/env bash
# Runs the whole test suite: unit tests, then the EAR on Payara Server through Arquillian,
# REST and headless-Chromium tests, once on H2 and once on PostgreSQL (when 127.0.0.1:5432 answers).
set -euo pipefail
cd "$(dirname "$0")"
scripts/prepare-test-machine.sh
exec mvn -B verify "$@"
