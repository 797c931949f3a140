package org.gongkai.requests.api;

import java.util.List;

/**
 * The current town's wording of its reply letters: any shipped text may be replaced and
 * reset to the default; reply letters print with it. Every change audited.
 */
public interface RequestLetterTemplates {

	/** Every text, by key. */
	List<LetterTemplateText> list();

	/**
	 * @throws RequestActionException 404 for a key that letters do not have
	 */
	LetterTemplateText get(String key);

	/**
	 * @throws RequestException 400 for an empty text or one with placeholders the key
	 * does not know
	 */
	LetterTemplateText save(String key, String text, String actor);

	/** Back to the shipped wording. */
	LetterTemplateText reset(String key, String actor);

}
