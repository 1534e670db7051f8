package io.trunkline.contract.toy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the README's "Writing a provider" true: the toy is whole in 80 lines and its declaration is the one shown. */
class ToyIsTheReadmeExampleTest {
  private static final Path TOY = Path.of("src/test/java/io/trunkline/contract/toy");

  @Test
  void theToyProviderWithItsContractTestFitsIn80Lines() throws IOException {
    long lines = Files.readAllLines(TOY.resolve("ToyProviderFactory.java")).size()
        + Files.readAllLines(TOY.resolve("ToyContractTest.java")).size();
    assertThat(lines).isLessThanOrEqualTo(80);
  }

  @Test
  void theReadmeShowsTheToysDeclaration() throws IOException {
    String readme = Files.readString(Path.of("../../README.md")).replaceAll("\n +", "\n");
    String toy = Files.readString(TOY.resolve("ToyProviderFactory.java")).replaceAll("\n +", "\n");
    assertThat(readme).contains(toy.substring(toy.indexOf("static final TrunkFields FIELDS"), toy.indexOf(".build();")));
  }
}
