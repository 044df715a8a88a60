package dev.signals.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every Java block of the READMEs is taken from a source file the build compiles, named in an
 * {@code <!-- example: path -->} comment on the line before it (the path relative to the
 * README): either the whole file, imports included, or a run of its consecutive lines, the same
 * but for their common indentation, with a link to the file in the paragraph just before or
 * just after it.
 */
class ReadmeExamplesTests {

	private static final Path ROOT = Path.of("..");

	private static final List<String> READMES = List.of("README.md", "sample-jobs-board/README.md");

	private static final Pattern OPENING = Pattern.compile("^(\\s*)```java\\s*$");

	private static final Pattern CLOSING = Pattern.compile("^\\s*```\\s*$");

	private static final Pattern MARKER = Pattern.compile("^\\s*<!-- example: (\\S+) -->\\s*$");

	private static final Pattern COMPILED_SOURCE = Pattern.compile("(.+/)?src/(main|test)/java/.+\\.java");

	@TestFactory
	Stream<DynamicTest> everyJavaBlockIsACompiledFileOrARunOfItsLines() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (String readme : READMES) {
			List<JavaBlock> blocks = JavaBlock.in(ROOT.resolve(readme));
			assertThat(blocks).as("the Java blocks of %s", readme).isNotEmpty();
			for (JavaBlock block : blocks) {
				tests.add(DynamicTest.dynamicTest(block.name(), () -> check(block)));
			}
		}
		return tests.stream();
	}

	private static void check(JavaBlock block) throws IOException {
		if (block.example() == null) {
			fail("%s has no <!-- example: path --> on the line before it naming the file it is taken from",
					block.name());
		}
		assertThat(block.example()).as("%s: the example's file, compiled by the build", block.name())
			.matches(COMPILED_SOURCE);
		Path file = block.readme().resolveSibling(block.example());
		assertThat(file).as("%s: the example's file", block.name()).isRegularFile();
		assertThat(block.lines()).as("%s: the example", block.name()).isNotEmpty();
		String source = Files.readString(file);
		if (source.equals(block.text())) {
			return;
		}
		List<String> lines = dedented(block.lines());
		List<String> sourceLines = source.lines().toList();
		int start = findRun(lines, sourceLines);
		if (start < 0) {
			fail("%s is neither the whole of %s nor a run of its consecutive lines: %s", block.name(),
					block.example(), firstDifference(lines, sourceLines));
		}
		String link = "](" + block.example() + ")";
		if (!block.before().contains(link) && !block.after().contains(link)) {
			fail("%s is lines %d to %d of %s: the paragraph before or after it must link to the file", block.name(),
					start + 1, start + lines.size(), block.example());
		}
	}

	private static int findRun(List<String> lines, List<String> sourceLines) {
		for (int start = 0; start + lines.size() <= sourceLines.size(); start++) {
			if (dedented(sourceLines.subList(start, start + lines.size())).equals(lines)) {
				return start;
			}
		}
		return -1;
	}

	private static String firstDifference(List<String> lines, List<String> sourceLines) {
		int longest = 0;
		int at = -1;
		for (int start = 0; start < sourceLines.size(); start++) {
			int end = Math.min(sourceLines.size(), start + lines.size());
			List<String> run = dedented(sourceLines.subList(start, end));
			int same = 0;
			while (same < run.size() && run.get(same).equals(lines.get(same))) {
				same++;
			}
			if (same > longest) {
				longest = same;
				at = start;
			}
		}
		if (at < 0) {
			return "the file has no line \"" + lines.get(0) + "\"";
		}
		if (at + longest >= sourceLines.size()) {
			return "its line " + (longest + 1) + " is past the end of the file";
		}
		return "its line " + (longest + 1) + " \"" + lines.get(longest).strip() + "\" is \""
				+ sourceLines.get(at + longest).strip() + "\" in line " + (at + longest + 1) + " of the file";
	}

	/**
	 * The lines without the indentation they all share, blank lines made empty.
	 */
	private static List<String> dedented(List<String> lines) {
		int indent = Integer.MAX_VALUE;
		for (String line : lines) {
			if (!line.isBlank()) {
				indent = Math.min(indent, line.length() - line.stripLeading().length());
			}
		}
		List<String> dedented = new ArrayList<>(lines.size());
		for (String line : lines) {
			dedented.add(line.isBlank() ? "" : line.substring(indent));
		}
		return dedented;
	}

	/**
	 * A {@code java} block of a README, with the file it names and the paragraphs around it.
	 */
	private record JavaBlock(Path readme, int line, @Nullable String example, List<String> lines, String before,
			String after) {

		String name() {
			return ROOT.relativize(this.readme).normalize() + ":" + this.line
					+ ((this.example != null) ? " (" + Path.of(this.example).getFileName() + ")" : "");
		}

		/**
		 * The block's text as the file would hold it.
		 */
		String text() {
			StringBuilder text = new StringBuilder();
			this.lines.forEach((line) -> text.append(line).append('\n'));
			return text.toString();
		}

		static List<JavaBlock> in(Path readme) throws IOException {
			List<String> lines = Files.readAllLines(readme);
			List<JavaBlock> blocks = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				Matcher opening = OPENING.matcher(lines.get(i));
				if (!opening.matches()) {
					continue;
				}
				String indent = opening.group(1);
				int close = i + 1;
				while (close < lines.size() && !CLOSING.matcher(lines.get(close)).matches()) {
					close++;
				}
				assertThat(close).as("%s:%d: the end of the java block", readme, i + 1).isLessThan(lines.size());
				List<String> content = new ArrayList<>();
				for (String line : lines.subList(i + 1, close)) {
					content.add(line.startsWith(indent) ? line.substring(indent.length()) : line);
				}
				int markerLine = i - 1;
				Matcher marker = (markerLine >= 0) ? MARKER.matcher(lines.get(markerLine)) : null;
				String example = (marker != null && marker.matches()) ? marker.group(1) : null;
				String before = paragraph(lines, (example != null) ? markerLine - 1 : i - 1, -1);
				String after = paragraph(lines, close + 1, 1);
				blocks.add(new JavaBlock(readme, i + 1, example, content, before, after));
				i = close;
			}
			return blocks;
		}

		/**
		 * The paragraph that starts at {@code from}, past blank lines, read in the given direction.
		 */
		private static String paragraph(List<String> lines, int from, int direction) {
			int i = from;
			while (i >= 0 && i < lines.size() && lines.get(i).isBlank()) {
				i += direction;
			}
			List<String> paragraph = new ArrayList<>();
			while (i >= 0 && i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).strip().startsWith("```")) {
				paragraph.add(lines.get(i));
				i += direction;
			}
			return String.join("\n", paragraph);
		}

	}

}
