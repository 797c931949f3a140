package org.gongkai.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Keycloak per JVM, run from Keycloak's own server distribution in development mode
 * with the realm {@code gongkai} imported from
 * {@code deploy/keycloak/gongkai-realm.json}. The distribution is extracted once per
 * version into a cache directory; the server runs in memory (a freshly imported realm
 * every time) unless a data directory is named, and is stopped when the JVM exits.
 */
final class EmbeddedKeycloak {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedKeycloak.class);

	static final String REALM = "gongkai";

	/** The master realm's administrator: development only, like everything here. */
	static final String ADMIN_USER = "admin";

	static final String ADMIN_PASSWORD = "admin";

	private static final String REALM_RESOURCE = "META-INF/gongkai/gongkai-realm.json";

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private static final Duration LOG_RETENTION = Duration.ofDays(7);

	private static final int LOG_TAIL_LINES = 40;

	/**
	 * Runs kc.sh and stops it when the JVM is gone, so that a JVM killed without running
	 * its shutdown hooks does not leave a Keycloak holding 600 MB and a port. SIGTERM to
	 * this script is passed on to kc.sh, which passes it on to Keycloak.
	 */
	private static final String WATCHDOG = """
			jvm=$1; shift
			"$@" &
			kc=$!
			trap 'kill -TERM $kc 2>/dev/null; wait $kc; exit 143' TERM INT
			while kill -0 "$jvm" 2>/dev/null && kill -0 "$kc" 2>/dev/null; do sleep 1; done
			kill -TERM "$kc" 2>/dev/null
			wait "$kc"
			""";

	/**
	 * Variables that kc.sh or Keycloak would read from the developer's environment and
	 * that would change how this server runs (KC_* is Keycloak's whole configuration).
	 */
	private static final List<String> FOREIGN_VARIABLE_PREFIXES = List.of("KC_", "QUARKUS_", "JAVA_OPTS",
			"JAVA_ADD_OPENS", "JAVA_LOCALE", "DEBUG", "PRINT_ENV");

	private static @Nullable String baseUrl;

	private EmbeddedKeycloak() {
	}

	/**
	 * The server's base URL ({@code http://127.0.0.1:<port>}), starting it if needed.
	 * Only the first call's arguments count.
	 */
	static synchronized String baseUrl(@Nullable String dataDir, int port) {
		if (baseUrl == null) {
			baseUrl = start(dataDir, port);
		}
		return baseUrl;
	}

	static String issuer(String baseUrl) {
		return baseUrl + "/realms/" + REALM;
	}

	private static String start(@Nullable String dataDir, int port) {
		var distribution = KeycloakDistribution.fromClasspath();
		boolean persistent = dataDir != null && !dataDir.isBlank();
		Path cache = persistent ? Path.of(dataDir) : Path.of(System.getProperty("user.home"), ".gongkai");
		Path home = cache.resolve("keycloak-" + distribution.version());
		int httpPort = (port != 0) ? port : freePort();
		requireFree(httpPort);
		try {
			Files.createDirectories(cache);
			// JVMs sharing the cache take turns: extraction, the realm file and
			// Keycloak's one-off build step all write into the distribution
			try (FileChannel lockFile = FileChannel.open(cache.resolve(home.getFileName() + ".lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = lockFile.lock()) {
				extractIfMissing(distribution, home);
				installRealm(home);
				Path logFile = logFile(home, httpPort);
				String url = "http://127.0.0.1:" + httpPort;
				log.info("Starting Keycloak {} on {} (data {}, log {})", distribution.version(), url,
						persistent ? home.resolve("data/h2") : "in memory", logFile);
				Instant started = Instant.now();
				Process process = launch(home, httpPort, persistent, logFile);
				Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "embedded-keycloak-stop"));
				awaitRealm(process, issuer(url), logFile);
				log.info("Keycloak answers at {} after {} s", url,
						Duration.between(started, Instant.now()).toSeconds());
				return url;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded Keycloak in " + home, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting the embedded Keycloak", ex);
		}
	}

	/**
	 * Extracts into a temporary sibling and renames it, so that an extraction cut short
	 * is never taken for a complete distribution.
	 */
	private static void extractIfMissing(KeycloakDistribution distribution, Path home)
			throws IOException, InterruptedException {
		if (Files.isDirectory(home)) {
			return;
		}
		if (!Files.isRegularFile(distribution.archive())) {
			throw new IllegalStateException("The Keycloak " + distribution.version() + " distribution is not at "
					+ distribution.archive() + ": build the devstack module (./mvnw -pl modules/devstack install"
					+ " -DskipTests) to fetch it");
		}
		String partialPrefix = home.getFileName() + ".partial-";
		try (Stream<Path> leftovers = Files.list(home.getParent())) {
			// we hold the lock, so these are what killed runs left behind
			for (Path leftover : leftovers.filter((path) -> path.getFileName().toString().startsWith(partialPrefix))
				.toList()) {
				deleteRecursively(leftover);
			}
		}
		log.info("Extracting Keycloak {} into {}", distribution.version(), home);
		Path partial = Files.createTempDirectory(home.getParent(), partialPrefix);
		// the system tar, because dependency:unpack and most Java tar readers cut names
		// longer than 100 characters
		Process tar = new ProcessBuilder("tar", "-xzf", distribution.archive().toString(), "-C", partial.toString(),
				"--strip-components=1", "--no-same-owner")
			.redirectErrorStream(true)
			.start();
		String output = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (tar.waitFor() != 0 || !Files.isRegularFile(partial.resolve("bin/kc.sh"))) {
			deleteRecursively(partial);
			throw new IllegalStateException("Could not extract " + distribution.archive() + ": " + output);
		}
		Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * Puts the realm where {@code --import-realm} looks. Keycloak skips the import when
	 * the realm already exists (a persistent data directory), which keeps what was
	 * changed in it.
	 */
	private static void installRealm(Path home) throws IOException {
		Path imports = Files.createDirectories(home.resolve("data/import"));
		try (InputStream realm = EmbeddedKeycloak.class.getClassLoader().getResourceAsStream(REALM_RESOURCE)) {
			if (realm == null) {
				throw new IllegalStateException(
						REALM_RESOURCE + " is missing: the devstack jar was not built by Maven");
			}
			// Keycloak reads only *.json, so the half-written file is never imported
			Path partial = Files.createTempFile(imports, REALM, ".partial");
			Files.copy(realm, partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
	}

	private static Path logFile(Path home, int port) throws IOException {
		Path logs = Files.createDirectories(home.resolve("data/log"));
		FileTime cutoff = FileTime.from(Instant.now().minus(LOG_RETENTION));
		try (Stream<Path> files = Files.list(logs)) {
			// tests pick a new port each run, and with it a new log file
			for (Path old : files.filter((path) -> path.getFileName().toString().startsWith("devstack-")).toList()) {
				if (Files.getLastModifiedTime(old).compareTo(cutoff) < 0) {
					Files.deleteIfExists(old);
				}
			}
		}
		return logs.resolve("devstack-" + port + ".log");
	}

	private static Process launch(Path home, int port, boolean persistent, Path logFile) throws IOException {
		List<String> command = new ArrayList<>(List.of("sh", "-c", WATCHDOG, "keycloak-watchdog",
				Long.toString(ProcessHandle.current().pid()), home.resolve("bin/kc.sh").toString(), "start-dev",
				"--http-host=127.0.0.1", "--http-port=" + port,
				// tokens name the issuer by the host they were fetched from: pin it, so
				// that a browser on localhost and a client on 127.0.0.1 agree
				"--hostname=http://127.0.0.1:" + port, "--import-realm",
				// H2 in the distribution's data/h2 under the data directory, else memory
				// only, so that every test run starts from the realm file
				"--db=" + (persistent ? "dev-file" : "dev-mem")));
		var builder = new ProcessBuilder(command).directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(Redirect.to(logFile.toFile()));
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf((name) -> FOREIGN_VARIABLE_PREFIXES.stream().anyMatch(name::startsWith));
		environment.remove("JAVA");
		environment.put("JAVA_HOME", System.getProperty("java.home"));
		environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
		environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
		return builder.start();
	}

	private static void awaitRealm(Process process, String issuer, Path logFile) throws InterruptedException {
		URI discovery = URI.create(issuer + "/.well-known/openid-configuration");
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
		try {
			while (true) {
				if (!process.isAlive()) {
					throw failure("Keycloak exited with code " + process.exitValue(), logFile);
				}
				try {
					HttpRequest request = HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build();
					if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
						return;
					}
				}
				catch (IOException ex) {
					// not listening yet
				}
				if (Instant.now().isAfter(deadline)) {
					throw failure(
							"Keycloak did not answer " + discovery + " within " + STARTUP_TIMEOUT.toSeconds() + " s",
							logFile);
				}
				Thread.sleep(500);
			}
		}
		catch (RuntimeException | InterruptedException ex) {
			stop(process);
			throw ex;
		}
	}

	private static IllegalStateException failure(String reason, Path logFile) {
		String tail;
		try {
			List<String> lines = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8).lines().toList();
			tail = String.join(System.lineSeparator(),
					lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
		}
		catch (IOException ex) {
			tail = "(could not read it: " + ex.getMessage() + ")";
		}
		return new IllegalStateException(reason + ". Last lines of " + logFile + ":" + System.lineSeparator() + tail);
	}

	private static void stop(Process process) {
		List<ProcessHandle> descendants = process.descendants().toList();
		process.destroy();
		try {
			if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				descendants.forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not find a free port for Keycloak", ex);
		}
	}

	private static void requireFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
			// free
		}
		catch (IOException ex) {
			throw new IllegalStateException("Port " + port + " on 127.0.0.1 is taken, so Keycloak cannot start there:"
					+ " stop what holds it (a Keycloak from an earlier run?) or set gongkai.devstack.keycloak.port"
					+ " (0 picks a free port)", ex);
		}
	}

	private static void deleteRecursively(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
