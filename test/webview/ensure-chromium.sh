#!/usr/bin/env bash
# Installs Debian's Chromium for the webview security suite (test/webview) when it is missing.
# Idempotent: does nothing when /usr/bin/chromium exists. Needs root (or sudo) and Debian's apt.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
	echo "chromium: already installed ($(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium))"
	exit 0
fi

start=$SECONDS
sudo=''
if [ "$(id -u)" -ne 0 ]; then
	sudo='sudo'
fi
echo "chromium: installing Debian's chromium with apt-get…"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
echo "chromium: installed in $((SECONDS - start)) s ($(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium))"
