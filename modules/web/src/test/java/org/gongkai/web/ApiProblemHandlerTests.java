package org.gongkai.web;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiProblemHandlerTests {

	private final WebConfiguration configuration = new WebConfiguration();

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
		.setControllerAdvice(new ApiProblemHandler(configuration.messageSource()))
		.setLocaleResolver(configuration.localeResolver())
		.build();

	@Test
	void answersAProblemInChineseByDefault() throws Exception {
		mvc.perform(get("/sample"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("样例错误"))
			.andExpect(jsonPath("$.detail").value("样例 42 出错了。"));
	}

	@Test
	void answersInEnglishWhenAskedAndInChineseForLanguagesItDoesNotSpeak() throws Exception {
		mvc.perform(get("/sample").header("Accept-Language", "en-GB"))
			.andExpect(jsonPath("$.detail").value("Sample 42 went wrong."));
		mvc.perform(get("/sample").header("Accept-Language", "fr-FR"))
			.andExpect(jsonPath("$.detail").value("样例 42 出错了。"));
	}

	@Test
	void keepsTheStatusOfAProblemWrappedByAFramework() throws Exception {
		mvc.perform(get("/wrapped")).andExpect(status().isConflict()).andExpect(jsonPath("$.title").value("样例错误"));
	}

	@Test
	void answersAnythingUnexpectedWithAPlain500ThatLeaksNothing() throws Exception {
		mvc.perform(get("/broken"))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.title").value("服务器内部错误"))
			.andExpect(jsonPath("$.detail").value(not(containsString("secret"))));
	}

	@Test
	void namesAMissingParameter() throws Exception {
		mvc.perform(get("/parameter"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameter").value("year"))
			.andExpect(jsonPath("$.detail").value("缺少参数 year。"));
	}

	@RestController
	static class FailingController {

		@GetMapping("/sample")
		void sample() {
			throw new SampleProblem();
		}

		@GetMapping("/wrapped")
		void wrapped() {
			throw new IllegalStateException("transaction failed", new SampleProblem());
		}

		@GetMapping("/broken")
		void broken() {
			throw new IllegalStateException("secret connection string");
		}

		@GetMapping("/parameter")
		void parameter() {
			throw InvalidParameterException.missing("year");
		}

	}

	static class SampleProblem extends ProblemException {

		SampleProblem() {
			super(HttpStatus.CONFLICT, "webtest.problem.sample", 42);
		}

	}

}
