package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableAndCsvTest {
  private static final List<Column<String[]>> COLUMNS = List.of(
      Column.of("NAME", "name", 10, r -> r[0]),
      Column.number("COUNT", "count", r -> r[1]),
      Column.of("NOTE", "note", 0, r -> r[2]));

  @Test
  void table_alignsLeftAndRight_truncatesWithEllipsis_showsEmptyAsDash_trimsTrailingSpaces() {
    List<String> lines = Table.render(COLUMNS, List.of(
        new String[] {"short", "7", ""},
        new String[] {"a-name-longer-than-ten", "12345", "x"}));
    assertThat(lines).containsExactly(
        "NAME        COUNT  NOTE",
        "----------  -----  ----",
        "short           7  -",
        "a-name-lo\u2026  12345  x");
  }

  @Test
  void table_neverPassesControlCharactersToTheTerminal() {
    List<String> lines = Table.render(COLUMNS, List.<String[]>of(new String[] {"a\nb", "1", "\u001b[31mred\u0007"}));
    assertThat(lines.get(2)).isEqualTo("a b       1  ?[31mred?");
  }

  @Test
  void fit_countsCodePoints() {
    assertThat(Table.fit("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 2)).isEqualTo("\uD83D\uDE00\u2026");
    assertThat(Table.fit("abc", 3)).isEqualTo("abc");
    assertThat(Table.fit("abcd", 3)).isEqualTo("ab\u2026");
  }

  @Test
  void csv_quotesOnlyWhatMustBeQuoted_doublesQuotes_endsRecordsWithCrlf() {
    String csv = Csv.render(COLUMNS, List.of(
        new String[] {"plain", "1", "a,b"},
        new String[] {"say \"hi\"", "2", "line1\nline2"},
        new String[] {"cr\rhere", "3", ""}));
    assertThat(csv).isEqualTo("name,count,note\r\n"
        + "plain,1,\"a,b\"\r\n"
        + "\"say \"\"hi\"\"\",2,\"line1\nline2\"\r\n"
        + "\"cr\rhere\",3,\r\n");
  }

  @Test
  void csv_keepsLongValuesWhole() {
    String csv = Csv.render(COLUMNS, List.<String[]>of(new String[] {"a-name-longer-than-ten", "1", ""}));
    assertThat(csv).contains("a-name-longer-than-ten,1,");
  }
}
