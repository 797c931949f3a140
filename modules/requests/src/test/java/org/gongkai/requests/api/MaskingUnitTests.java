package org.gongkai.requests.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What those who may not see personal data see of it. */
class MaskingUnitTests {

	@Test
	void freeTextKeepsDatesAndYearsButNotPhonesIdsOrEmails() {
		assertThat(Masking.freeText("请公开2025年12月的低保名单，联系我13912345678或zhang.wei@example.cn"))
			.isEqualTo("请公开2025年12月的低保名单，联系我139******78或***@***");
		assertThat(Masking.freeText("身份证65230119900715002X，宗地编号 652301-008"))
			.isEqualTo("身份证652*************2X，宗地编号 652301-008");
		assertThat(Masking.freeText("请公开滨湖镇2024年农田水利工程建设情况")).isEqualTo("请公开滨湖镇2024年农田水利工程建设情况");
	}

	@Test
	void namesIdsAndPhones() {
		assertThat(Masking.name("王立新")).isEqualTo("王**");
		assertThat(Masking.idNumber("652301199007150025")).isEqualTo("652301***********5");
		assertThat(Masking.phone("13999012345")).isEqualTo("139****2345");
	}

}
