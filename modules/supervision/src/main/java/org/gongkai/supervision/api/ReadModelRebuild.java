package org.gongkai.supervision.api;

/**
 * Recomputes the read model from the towns' own data (catalogue items, requests, the
 * alerts in their audit trails), for a new installation of the module, after a repair or
 * to check the incremental path. Runs under the relay's lock, so the two never
 * interleave.
 */
public interface ReadModelRebuild {

	/**
	 * @return what was rebuilt
	 */
	Result rebuild();

	/**
	 * @param towns towns rebuilt
	 * @param failed towns whose rebuild failed (their counters are left as they were)
	 * @param counters daily counter rows written
	 */
	record Result(int towns, int failed, int counters) {
	}

}
