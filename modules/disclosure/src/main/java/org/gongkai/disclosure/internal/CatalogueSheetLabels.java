package org.gongkai.disclosure.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.gongkai.disclosure.api.Channel;
import org.gongkai.disclosure.api.ItemState;
import org.gongkai.disclosure.api.Validity;
import org.jspecify.annotations.Nullable;

/**
 * The Chinese words a catalogue sheet uses for channels, validity and states. The writer
 * writes the first word of each; the reader also knows the variants old catalogues use
 * (domain reference §5.4, §5.5).
 */
final class CatalogueSheetLabels {

	/** Written between the channels of one item; the reader also splits on the others. */
	static final String CHANNEL_SEPARATOR = "、";

	static final String CHANNEL_SEPARATORS = "[、,;/\\s]+";

	private static final Map<Channel, String> CHANNEL_LABELS = new EnumMap<>(
			Map.of(Channel.WEBSITE, "政府网站", Channel.NEW_MEDIA, "政务新媒体", Channel.NOTICEBOARD, "公开栏", Channel.PRINTED,
					"公开资料", Channel.PRESS, "报刊广播电视", Channel.OTHER, "其他"));

	private static final Map<String, Channel> CHANNELS = Map.ofEntries(Map.entry("政府网站", Channel.WEBSITE),
			Map.entry("网站", Channel.WEBSITE), Map.entry("门户网站", Channel.WEBSITE), Map.entry("政府门户网站", Channel.WEBSITE),
			Map.entry("政务新媒体", Channel.NEW_MEDIA), Map.entry("新媒体", Channel.NEW_MEDIA),
			Map.entry("两微一端", Channel.NEW_MEDIA), Map.entry("政务微信", Channel.NEW_MEDIA),
			Map.entry("政务微博", Channel.NEW_MEDIA), Map.entry("微信", Channel.NEW_MEDIA),
			Map.entry("微博", Channel.NEW_MEDIA), Map.entry("公开栏", Channel.NOTICEBOARD),
			Map.entry("公示栏", Channel.NOTICEBOARD), Map.entry("公告栏", Channel.NOTICEBOARD),
			Map.entry("信息公告栏", Channel.NOTICEBOARD), Map.entry("公开资料", Channel.PRINTED),
			Map.entry("便民资料", Channel.PRINTED), Map.entry("报刊广播电视", Channel.PRESS), Map.entry("报刊", Channel.PRESS),
			Map.entry("广播电视", Channel.PRESS), Map.entry("其他", Channel.OTHER), Map.entry("其它", Channel.OTHER));

	/**
	 * Many sites put the kind of disclosure, not the channel, under 公开方式; every item of a
	 * proactive catalogue is 主动公开, so the word says nothing about the channel.
	 */
	private static final Set<String> NOT_A_CHANNEL = Set.of("主动公开");

	private static final Map<Validity, String> VALIDITY_LABELS = new EnumMap<>(
			Map.of(Validity.IN_FORCE, "现行有效", Validity.EXPIRED, "已失效", Validity.REPEALED, "已废止"));

	private static final Map<String, Validity> VALIDITIES = Map.of("现行有效", Validity.IN_FORCE, "有效", Validity.IN_FORCE,
			"已失效", Validity.EXPIRED, "失效", Validity.EXPIRED, "已废止", Validity.REPEALED, "废止", Validity.REPEALED);

	private static final Map<ItemState, String> STATE_LABELS = new EnumMap<>(
			Map.of(ItemState.DRAFT, "草稿", ItemState.SUBMITTED, "待审核", ItemState.REVIEWED, "已审核", ItemState.SCHEDULED,
					"定时发布", ItemState.PUBLISHED, "已发布", ItemState.EXPIRED, "已失效", ItemState.WITHDRAWN, "已撤回"));

	static final String YES = "是";

	static final String NO = "否";

	private CatalogueSheetLabels() {
	}

	static String label(Channel channel) {
		return CHANNEL_LABELS.get(channel);
	}

	/** The channel a word names, or null when it names none. */
	static @Nullable Channel channel(String word) {
		return CHANNELS.get(word);
	}

	static boolean notAChannel(String word) {
		return NOT_A_CHANNEL.contains(word);
	}

	static String label(Validity validity) {
		return VALIDITY_LABELS.get(validity);
	}

	static @Nullable Validity validity(String word) {
		return VALIDITIES.get(word);
	}

	static String label(ItemState state) {
		return STATE_LABELS.get(state);
	}

}
