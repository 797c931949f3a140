package org.gongkai.app;

import org.gongkai.supervision.api.ReadModelRebuild;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The exit code tells a deployment job whether every town was rebuilt. */
class SupervisionRebuildCommandTests {

	@Test
	void exitsZeroOnlyWhenEveryTownWasRebuilt() {
		assertThat(SupervisionRebuildCommand.rebuild(() -> new ReadModelRebuild.Result(15, 0, 120))).isZero();
		assertThat(SupervisionRebuildCommand.rebuild(() -> new ReadModelRebuild.Result(14, 1, 110))).isEqualTo(1);
		assertThat(SupervisionRebuildCommand.rebuild(() -> {
			throw new IllegalStateException("The relay is running on another replica");
		})).isEqualTo(1);
	}

}
