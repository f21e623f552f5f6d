package io.mlmeta.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets list their real imports: each import is one that the test running the snippet (the test
 * source holding most of its lines, which compiles and has no unused import) uses, and each SDK type the snippet
 * names is imported.
 */
class ReadmeImportsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path TESTS = Path.of("src", "test", "java", "io", "mlmeta", "examples");
  private static final Pattern BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern IMPORT = Pattern.compile("(?m)^import ([\\w.]+);$");

  @Test
  void everySnippetListsTheImportsItsTestCompilesWith() throws IOException {
    List<String> blocks = javaBlocks();
    assertThat(blocks).hasSize(5);
    for (String block : blocks) {
      Set<String> readmeImports = imports(block);
      String code = block.replaceAll("(?m)^import .*\\n", "");
      String test = testHolding(code);
      Set<String> testImports = imports(test);
      assertThat(testImports).as("the test running %s", firstLine(code)).containsAll(readmeImports);
      for (String imported : testImports) {
        String simpleName = imported.substring(imported.lastIndexOf('.') + 1);
        if (imported.startsWith("io.mlmeta.") && Pattern.compile("\\b" + simpleName + "\\b").matcher(code).find()) {
          assertThat(readmeImports).as("the imports of %s", firstLine(code)).contains(imported);
        }
      }
    }
  }

  private static List<String> javaBlocks() throws IOException {
    Matcher matcher = BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
    List<String> blocks = new ArrayList<>();
    while (matcher.find()) {
      blocks.add(matcher.group(1));
    }
    return blocks;
  }

  private static Set<String> imports(String source) {
    Set<String> imports = new LinkedHashSet<>();
    Matcher matcher = IMPORT.matcher(source);
    while (matcher.find()) {
      imports.add(matcher.group(1));
    }
    return imports;
  }

  /** The test source that holds the most of the snippet's lines. */
  private static String testHolding(String code) throws IOException {
    String best = "";
    long bestCount = 0;
    List<Path> sources;
    try (var files = Files.list(TESTS)) {
      sources = files.filter(f -> f.toString().endsWith("Test.java")).sorted().collect(Collectors.toList());
    }
    for (Path source : sources) {
      String text = Files.readString(source, StandardCharsets.UTF_8);
      long count = code.lines().map(String::strip).filter(l -> l.length() > 10 && text.contains(l)).count();
      if (count > bestCount) {
        best = text;
        bestCount = count;
      }
    }
    assertThat(bestCount).as("lines of %s found in a test", firstLine(code)).isGreaterThan(2);
    return best;
  }

  private static String firstLine(String code) {
    return code.strip().lines().findFirst().orElse("");
  }
}
