package org.gongkai.disclosure.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTokensTests {

	@Test
	void chineseRunsGiveCharactersAndPairsInDocumentsAndPairsInQueries() {
		assertThat(SearchTokens.tokens("信息公开", true)).containsExactly("信", "信息", "息", "息公", "公", "公开", "开");
		assertThat(SearchTokens.query("信息公开")).isEqualTo("'信息' & '息公' & '公开'");
	}

	@Test
	void aSingleCharacterQueryUsesTheCharacter() {
		assertThat(SearchTokens.query("镇")).isEqualTo("'镇'");
	}

	@Test
	void numbersAndLatinWordsAreWordsInLowerCase() {
		assertThat(SearchTokens.tokens("2016年WiFi覆盖", false)).containsExactly("2016", "年", "wifi", "覆盖");
	}

	@Test
	void punctuationAloneIsNoQuery() {
		assertThat(SearchTokens.query("，。！ - ")).isNull();
	}

	@Test
	void theVectorLiteralWeighsTitleKeywordsAndTextAndQuotesSafely() {
		assertThat(SearchTokens.vector("公告", "O'Neil", "公告"))
			.isEqualTo("'公':1A,6D '公告':2A,7D '告':3A,8D 'o':4B 'neil':5B");
	}

	@Test
	void repeatedTokensKeepABoundedNumberOfPositions() {
		String vector = SearchTokens.vector("", "", "镇".repeat(10_000));

		assertThat(vector).startsWith("'镇':1D,3D");
		// PostgreSQL refuses more than 256 positions per token
		for (String token : vector.split(" ")) {
			assertThat(token.chars().filter(c -> c == ',').count()).isLessThan(256);
		}
		assertThat(vector.length()).isLessThan(1000);
	}

}
