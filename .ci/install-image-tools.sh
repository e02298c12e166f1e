#!/bin/sh
# Installs the daemonless image tools the test suite drives for real
# (test/images): buildah, skopeo, the distribution registry, and shellcheck
# for linting src/images/scripts. CI runs this before "npm test"; it is
# idempotent: when every tool is already on PATH it does nothing.
# Debian/Ubuntu only; run as root (or with sudo available).
set -eu

missing=
for tool in buildah skopeo docker-registry shellcheck; do
  command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if [ -z "$missing" ]; then
  echo "install-image-tools: buildah, skopeo, docker-registry and shellcheck are installed"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-image-tools: error: apt-get not found; install${missing} yourself" >&2
  exit 1
fi
sudo=
if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi

echo "install-image-tools: installing${missing}"
$sudo apt-get update -qq
# docker-registry is the Debian package of github.com/distribution/distribution.
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
  buildah skopeo docker-registry shellcheck >/dev/null

# The package may start a registry service on :5000 for all interfaces; the
# tests start their own on 127.0.0.1, so stop it when it is running.
if command -v service >/dev/null 2>&1; then
  $sudo service docker-registry stop >/dev/null 2>&1 || true
fi
echo "install-image-tools: done"
