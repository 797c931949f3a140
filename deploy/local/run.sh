#!/usr/bin/env bash
# Runs the platform on embedded defaults at http://localhost:8080 (PORT to change it): embedded
# PostgreSQL and Redis with their data under .gongkai/, and the demo city 昌吉市 with its 15 towns.
# Builds first when the sources are newer than the last build. GONGKAI_DB_URL / GONGKAI_REDIS_URL
# point it at real servers instead (see docs/operations.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

if ! command -v java >/dev/null; then
	echo "No java on the PATH: install a JDK 17 or newer." >&2
	exit 1
fi

jar=modules/app/target/gongkai-exec.jar
# the jar's own time is fixed (reproducible builds), so a stamp says when it was last built
stamp=modules/app/target/.built
if [ ! -f "$jar" ] || [ ! -f "$stamp" ] || [ -n "$(find pom.xml modules deploy/keycloak -newer "$stamp" -type f -not -path '*/target/*' -print -quit)" ]; then
	echo "Building Gongkai (tests are left to deploy/local/test.sh)..."
	./mvnw -B -q -DskipTests install
	touch "$stamp"
fi

export GONGKAI_DEVSTACK_DATA_DIR="${GONGKAI_DEVSTACK_DATA_DIR:-$root/.gongkai}"
mkdir -p "$GONGKAI_DEVSTACK_DATA_DIR"
echo "Starting Gongkai on http://localhost:${PORT:-8080} (data in $GONGKAI_DEVSTACK_DATA_DIR; Ctrl-C stops it)"
exec java -Xmx1g -Dfile.encoding=UTF-8 -jar "$jar" "$@"
