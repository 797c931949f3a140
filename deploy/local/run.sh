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

jar=modules/app/target/gongkai.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml modules -newer "$jar" \( -name '*.java' -o -name '*.xml' -o -name '*.properties' -o -name '*.sql' -o -name '*.yaml' -o -name '*.csv' -o -name '*.html' \) -not -path '*/target/*' -print -quit)" ]; then
	echo "Building Gongkai (tests are left to deploy/local/test.sh)..."
	./mvnw -B -q -DskipTests install
fi

export GONGKAI_DEVSTACK_DATA_DIR="${GONGKAI_DEVSTACK_DATA_DIR:-$root/.gongkai}"
mkdir -p "$GONGKAI_DEVSTACK_DATA_DIR"
echo "Starting Gongkai on http://localhost:${PORT:-8080} (data in $GONGKAI_DEVSTACK_DATA_DIR; Ctrl-C stops it)"
exec java -Xmx1g -Dfile.encoding=UTF-8 -jar "$jar" "$@"
