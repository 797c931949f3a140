package org.gongkai.disclosure.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gongkai.disclosure.api.CategoryException;
import org.jspecify.annotations.Nullable;

/** A node of the town's catalogue tree (table {@code category} in the town's schema). */
@Entity
@Table(name = "category")
class CategoryEntity {

	static final int MAX_NAME = 64;

	@Id
	private UUID id;

	@Version
	private @Nullable Long version;

	private String code;

	private @Nullable UUID parentId;

	private String name;

	private int position;

	private boolean retired;

	private Instant updatedAt;

	CategoryEntity(String code, @Nullable UUID parentId, String name, int position, Instant now) {
		this.id = UUID.randomUUID();
		this.code = code;
		this.parentId = parentId;
		this.name = checkedName(name);
		this.position = position;
		this.updatedAt = now;
	}

	@SuppressWarnings("NullAway.Init")
	protected CategoryEntity() {
		// for JPA
	}

	void rename(String newName, Instant now) {
		requireActive();
		this.name = checkedName(newName);
		this.updatedAt = now;
	}

	void moveTo(int newPosition, Instant now) {
		this.position = newPosition;
		this.updatedAt = now;
	}

	void retire(Instant now) {
		requireActive();
		this.retired = true;
		this.updatedAt = now;
	}

	private void requireActive() {
		if (retired) {
			throw CategoryException.invalid("id", "retired", name);
		}
	}

	private static String checkedName(String name) {
		String stripped = (name != null) ? name.strip() : "";
		if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
			throw CategoryException.invalid("name", "name", MAX_NAME);
		}
		return stripped;
	}

	UUID id() {
		return id;
	}

	long version() {
		return (version != null) ? version : 0;
	}

	String code() {
		return code;
	}

	@Nullable UUID parentId() {
		return parentId;
	}

	String name() {
		return name;
	}

	int position() {
		return position;
	}

	boolean retired() {
		return retired;
	}

}
