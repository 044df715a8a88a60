package dev.signals.sample.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java examples of the root README's "Testing with signals" section are test classes of
 * this module, word for word, so that each is compiled and run; and its dependency is the test
 * module's, with test scope.
 */
class ReadmeTestingExamplesTests {

	private static final Pattern BLOCK = Pattern.compile("```(java|xml)\n(.*?)```", Pattern.DOTALL);

	private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);");

	private static final Pattern CLASS = Pattern.compile("^class (\\w+)", Pattern.MULTILINE);

	@Test
	void everyJavaExampleIsATestClassOfTheSample() throws IOException {
		List<String> examples = blocks("java");
		assertThat(examples).isNotEmpty();
		for (String example : examples) {
			Matcher pkg = PACKAGE.matcher(example);
			Matcher cls = CLASS.matcher(example);
			assertThat(pkg.find() && cls.find()).as("a whole test class, from its package line:%n%s", example).isTrue();
			Path source = Path.of("src/test/java", pkg.group(1).replace('.', '/'), cls.group(1) + ".java");
			assertThat(source).as("the test class of the README example").exists();
			assertThat(Files.readString(source)).isEqualTo(example);
		}
	}

	@Test
	void theDependencyIsTheTestModuleWithTestScope() throws IOException {
		assertThat(blocks("xml")).singleElement().satisfies((dependency) -> {
			assertThat(dependency).contains("<artifactId>signals-spring-boot-test</artifactId>");
			assertThat(dependency).contains("<scope>test</scope>");
		});
		assertThat(Path.of("../signals-spring-boot-test/pom.xml"))
			.content()
			.contains("<artifactId>signals-spring-boot-test</artifactId>");
	}

	private static List<String> blocks(String language) throws IOException {
		String readme = Files.readString(Path.of("../README.md"));
		int start = readme.indexOf("\n## Testing with signals\n");
		assertThat(start).as("the README's section on testing").isNotNegative();
		int end = readme.indexOf("\n## ", start + 1);
		String section = readme.substring(start, (end < 0) ? readme.length() : end);
		List<String> blocks = new ArrayList<>();
		Matcher block = BLOCK.matcher(section);
		while (block.find()) {
			if (block.group(1).equals(language)) {
				blocks.add(block.group(2));
			}
		}
		return blocks;
	}

}
