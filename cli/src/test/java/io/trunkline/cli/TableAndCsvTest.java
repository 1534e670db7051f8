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
  void table_neverCutsAnId_butStillCutsOtherLongValues() {
    String id = "STGRIYIALLCZMRXBZUOYJYE4TQ2C5AXWSJ";
    List<Column<String[]>> columns = List.of(
        Column.id("ID", "id", r -> r[0]),
        Column.of("NAME", "name", 10, r -> r[1]));
    List<String> lines = Table.render(columns, List.<String[]>of(new String[] {id, "a-name-longer-than-ten"}));
    assertThat(lines.get(2)).isEqualTo(id + "  a-name-lo\u2026");
    assertThat(lines.get(0)).isEqualTo("ID" + " ".repeat(id.length()) + "NAME");
  }

  @Test
  void table_inAFieldValueTable_showsIdsWhole_andCutsOtherValues() {
    String id = "x".repeat(150);
    java.io.StringWriter out = new java.io.StringWriter();
    new Printer(new java.io.PrintWriter(out), Format.table).one("row", List.of(),
        new java.util.LinkedHashMap<>(java.util.Map.of("id", id)), null);
    java.io.StringWriter other = new java.io.StringWriter();
    new Printer(new java.io.PrintWriter(other), Format.table).one("row", List.of(),
        new java.util.LinkedHashMap<>(java.util.Map.of("host", id)), null);
    assertThat(out.toString()).contains("id     " + id + "\n");
    assertThat(other.toString()).doesNotContain(id).contains("\u2026");
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
