#!/usr/bin/env bash
# Sets up what the full suite needs on this machine, then runs it: ./mvnw -B verify.
#
# Tests use the PostgreSQL and Redis named by GONGKAI_DB_URL (with GONGKAI_DB_USER and
# GONGKAI_DB_PASSWORD) and GONGKAI_REDIS_URL when they are set, else embedded servers started by
# the tests themselves. Either way each test context works in a database of its own.
set -euo pipefail
cd "$(dirname "$0")/../.."

# Operating-system packages the suite needs: the browser tests drive Debian's chromium through
# its matching chromium-driver (Selenium must not download a browser of its own), and without CJK
# fonts Chinese pages render as boxes in their screenshots.
OS_PACKAGES=(chromium chromium-driver fonts-noto-cjk)

missing=()
for package in "${OS_PACKAGES[@]}"; do
	dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "Installing ${missing[*]}"
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
	else
		echo "The suite needs these packages, which are missing: ${missing[*]}" >&2
		echo "Install them (sudo apt-get install ${missing[*]}) and run this again." >&2
		exit 1
	fi
fi

if ! command -v java >/dev/null; then
	echo "No java on the PATH: install a JDK 17 or newer." >&2
	exit 1
fi

echo "Test servers: PostgreSQL ${GONGKAI_DB_URL:-embedded}, Redis ${GONGKAI_REDIS_URL:-embedded}"
exec ./mvnw -B verify "$@"
