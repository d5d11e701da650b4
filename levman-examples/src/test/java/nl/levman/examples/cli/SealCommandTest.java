package nl.levman.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code levman seal} signs the histories' heads into the seal folder; {@code levman verify} with
 * the key then names records deleted after they were sealed, which the hash chain alone cannot see.
 */
class SealCommandTest {
  @TempDir Path data;
  @TempDir Path secrets;
  Path key;

  @BeforeEach
  void aDataFolderAndAKeyOutsideIt() throws Exception {
    Fixtures.oneRunningReview(data);
    key = Files.writeString(secrets.resolve("seal.key"), "5a".repeat(32) + "\n");
  }

  CliRun run(String command, Path keyFile) {
    return CliRun.run(command, "--data", data.toString(), "--seal-key-file", keyFile.toString());
  }

  @Test
  void sealWritesOneSealAndThenNothingUntilTheHistoryMoves() {
    CliRun first = run("seal", key);
    assertThat(first.exit()).as(first.toString()).isZero();
    assertThat(first.out()).startsWith("sealed 1 instance head(s) into " + data.toAbsolutePath().resolve("seals"));
    assertThat(data.resolve("seals/000000/000000000001.seal")).exists();
    assertThat(run("seal", key).out()).isEqualTo("nothing moved since the last seal\n");
    CliRun verify = run("verify", key);
    assertThat(verify.exit()).as(verify.toString()).isZero();
    assertThat(verify.out()).contains("seals: " + data.toAbsolutePath().resolve("seals"), "intact");
  }

  @Test
  void verifyWithTheKeyNamesTheLastRecordDeletedAfterItWasSealed() throws Exception {
    run("seal", key);
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("levman"));
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM levman_history WHERE instance_id = 'review-2026' AND sequence = "
          + "(SELECT MAX(sequence) FROM levman_history WHERE instance_id = 'review-2026')");
    }
    CliRun unsealed = CliRun.run("verify", "--data", data.toString());
    assertThat(unsealed.exit()).as("the chain alone sees nothing").isZero();
    assertThat(unsealed.out()).contains("not checked: give the key with --seal-key-file");
    CliRun verify = run("verify", key);
    assertThat(verify.exit()).isEqualTo(1);
    assertThat(verify.err()).startsWith("BROKEN: instance review-2026 record ").contains("was deleted: seal 1 of ")
        .contains("(SealedRecordsDeleted)");
  }

  @Test
  void sealsCheckedWithAnotherKeyAreNamed() throws Exception {
    run("seal", key);
    Path other = Files.writeString(secrets.resolve("other.key"), "6b".repeat(32));
    CliRun verify = run("verify", other);
    assertThat(verify.exit()).isEqualTo(1);
    assertThat(verify.err()).startsWith("BROKEN: seal 1: was signed with another key").contains("(SealInvalid)");
  }

  @Test
  void sealWithoutAKeyIsAUsageError() {
    CliRun seal = CliRun.run("seal", "--data", data.toString());
    assertThat(seal.exit()).isEqualTo(2);
    assertThat(seal.err()).contains("seal needs the key: give it with --seal-key-file");
  }

  @Test
  void aKeyFileOfRawBytesIsAUsageErrorThatSaysHowToWriteIt() throws Exception {
    Path binary = Files.write(secrets.resolve("raw.key"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0x80});
    CliRun seal = run("seal", binary);
    assertThat(seal.exit()).isEqualTo(2);
    assertThat(seal.err()).contains("is not text: write the key as hex or Base64");
    assertThat(data.resolve("seals")).doesNotExist();
  }
}
