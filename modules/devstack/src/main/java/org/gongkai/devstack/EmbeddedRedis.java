package org.gongkai.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.embedded.RedisServer;

/** One embedded Redis server per JVM, memory only, stopped when the JVM exits. */
final class EmbeddedRedis {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);

	private static @Nullable Integer port;

	private EmbeddedRedis() {
	}

	static synchronized int port() {
		if (port == null) {
			port = start();
		}
		return port;
	}

	private static int start() {
		try {
			int free = freePort();
			RedisServer server = RedisServer.newRedisServer()
				.port(free)
				.bind("127.0.0.1")
				.setting("save \"\"")
				.setting("appendonly no")
				.onShutdownForceStop(true)
				.build();
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.stop();
				}
				catch (IOException ex) {
					// the JVM is going away; the process dies with it
				}
			}, "embedded-redis-stop"));
			log.info("Embedded Redis listening on 127.0.0.1:{}", free);
			return free;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded Redis server", ex);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
