package io.trunkline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.FieldRequirement;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.model.CallBarring;
import io.trunkline.core.model.CallerId;
import io.trunkline.core.model.Proxy;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Template;
import io.trunkline.core.model.TrunkStatus;
import io.trunkline.core.spi.Json;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** How each model is shown: its table and CSV columns and its JSON form. */
final class Views {
  private Views() {}

  // ---- SipTrunk ----

  /** The columns a person scans in a list of trunks. */
  static List<Column<SipTrunk>> trunkTable() {
    return List.of(
        Column.id("ID", "id", SipTrunk::id),
        Column.of("NAME", "name", 28, t -> text(t.name())),
        Column.of("STATE", "state", 14, t -> text(t.state())),
        Column.of("AUTH", "authMode", 11, t -> text(t.authMode())),
        Column.of("HOST", "host", 32, Views::endpoint),
        Column.of("TRANSPORT", "transport", 9, t -> text(t.transport())),
        Column.of("NUMBERS", "numbers", 30, t -> numbers(t.numbers())),
        Column.number("CHANNELS", "maxChannels", t -> text(t.maxChannels())));
  }

  /** Every neutral field, for CSV, in the order of the JSON contract. */
  static List<Column<SipTrunk>> trunkCsv() {
    return List.of(
        Column.of("PROVIDER", "provider", 0, SipTrunk::provider),
        Column.of("ID", "id", 0, SipTrunk::id),
        Column.of("NAME", "name", 0, t -> text(t.name())),
        Column.of("STATE", "state", 0, t -> text(t.state())),
        Column.of("HOST", "host", 0, t -> text(t.host())),
        Column.of("PORT", "port", 0, t -> text(t.port())),
        Column.of("TRANSPORT", "transport", 0, t -> text(t.transport())),
        Column.of("AUTH", "authMode", 0, t -> text(t.authMode())),
        Column.of("USERNAME", "username", 0, t -> text(t.username())),
        Column.of("ALLOWED IPS", "allowedIps", 0, t -> String.join(";", t.allowedIps())),
        Column.of("NUMBERS", "numbers", 0, t -> String.join(";", t.numbers())),
        Column.of("CALLER ID", "callerId", 0, t -> text(t.callerId())),
        Column.of("CHANNELS", "maxChannels", 0, t -> text(t.maxChannels())),
        Column.of("COUNTRY", "countryCode", 0, t -> text(t.countryCode())),
        Column.of("CREATED", "createdAt", 0, t -> text(t.createdAt())),
        Column.of("UPDATED", "updatedAt", 0, t -> text(t.updatedAt())),
        Column.of("ATTRIBUTES", "attributes", 0, t -> attributes(t.attributes())));
  }

  /** The columns for {@code format}. */
  static List<Column<SipTrunk>> trunkColumns(Format format) {
    return format == Format.csv ? trunkCsv() : trunkTable();
  }

  /** Every field of one trunk as FIELD/VALUE pairs, attributes last as {@code attributes.NAME}. */
  static Map<String, String> trunkFields(SipTrunk t) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("provider", t.provider());
    fields.put("id", t.id());
    fields.put("name", text(t.name()));
    fields.put("state", text(t.state()));
    fields.put("host", text(t.host()));
    fields.put("port", text(t.port()));
    fields.put("transport", text(t.transport()));
    fields.put("authMode", text(t.authMode()));
    fields.put("username", text(t.username()));
    fields.put("allowedIps", String.join(", ", t.allowedIps()));
    fields.put("numbers", String.join(", ", t.numbers()));
    fields.put("callerId", text(t.callerId()));
    fields.put("maxChannels", text(t.maxChannels()));
    fields.put("countryCode", text(t.countryCode()));
    fields.put("createdAt", text(t.createdAt()));
    fields.put("updatedAt", text(t.updatedAt()));
    t.attributes().forEach((name, value) -> fields.put("attributes." + name, scalar(value)));
    return fields;
  }

  static JsonNode trunkJson(SipTrunk trunk) {
    return Json.mapper().valueToTree(trunk);
  }

  // ---- inventory rows: a trunk and the account it came from ----

  /** A trunk found in one account of an inventory. */
  static final class AccountTrunk {
    final String account;
    final SipTrunk trunk;

    AccountTrunk(String account, SipTrunk trunk) {
      this.account = account;
      this.trunk = trunk;
    }
  }

  static List<Column<AccountTrunk>> inventoryColumns(Format format) {
    List<Column<AccountTrunk>> columns = new java.util.ArrayList<>();
    columns.add(Column.id("ACCOUNT", "account", r -> r.account));
    if (format != Format.csv) {
      columns.add(Column.id("PROVIDER", "provider", r -> r.trunk.provider()));
    }
    trunkColumns(format).forEach(c -> columns.add(c.on(r -> r.trunk)));
    return columns;
  }

  /** The neutral SipTrunk object with {@code account} first. */
  static JsonNode inventoryJson(AccountTrunk row) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("account", row.account);
    node.setAll((ObjectNode) trunkJson(row.trunk));
    return node;
  }

  // ---- status ----

  static List<Column<TrunkStatus>> statusColumns() {
    return List.of(
        Column.id("ID", "id", TrunkStatus::id),
        Column.of("REGISTRATION", "registration", 12, s -> s.registration().name()),
        Column.of("VENDOR STATUS", "vendorStatus", 40, s -> text(s.vendorStatus())),
        Column.of("ATTRIBUTES", "attributes", 60, s -> attributes(s.attributes())));
  }

  static Map<String, String> statusFields(TrunkStatus s) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("id", s.id());
    fields.put("registration", s.registration().name());
    fields.put("vendorStatus", text(s.vendorStatus()));
    s.attributes().forEach((name, value) -> fields.put("attributes." + name, scalar(value)));
    return fields;
  }

  // ---- caller IDs, proxies, templates, call barrings ----

  static List<Column<CallerId>> callerIdColumns(Format format) {
    return List.of(
        Column.id("PROVIDER", "provider", CallerId::provider),
        Column.id("NUMBER", "number", CallerId::number),
        Column.id("ID", "id", c -> text(c.id())),
        Column.of("NAME", "name", 28, c -> text(c.name())),
        Column.of("DETAILS", "attributes", format == Format.csv ? 0 : 60, c -> attributes(c.attributes())));
  }

  static List<Column<Proxy>> proxyColumns(Format format) {
    return named(Proxy::provider, Proxy::id, p -> text(p.name()), p -> attributes(p.attributes()), format);
  }

  static List<Column<Template>> templateColumns(Format format) {
    return named(Template::provider, Template::id, p -> text(p.name()), p -> attributes(p.attributes()), format);
  }

  static List<Column<CallBarring>> callBarringColumns(Format format) {
    return named(CallBarring::provider, CallBarring::id, p -> text(p.name()), p -> attributes(p.attributes()),
        format);
  }

  private static <T> List<Column<T>> named(java.util.function.Function<T, String> provider,
      java.util.function.Function<T, String> id, java.util.function.Function<T, String> name,
      java.util.function.Function<T, String> details, Format format) {
    return List.of(
        Column.id("PROVIDER", "provider", provider),
        Column.id("ID", "id", id),
        Column.of("NAME", "name", 32, name),
        Column.of("DETAILS", "attributes", format == Format.csv ? 0 : 60, details));
  }

  // ---- providers ----

  static List<Column<ProviderMetadata>> providerColumns(Format format) {
    boolean csv = format == Format.csv;
    return List.of(
        Column.id("ID", "id", ProviderMetadata::id),
        Column.of("NAME", "displayName", 28, ProviderMetadata::displayName),
        Column.of("DEFAULT BASE URL", "defaultBaseUrl", 40,
            m -> m.defaultBaseUrl().orElse(csv ? "" : "(required: --base-url)")),
        Column.of("CREDENTIALS", "credentialKinds", 30, m -> join(m.credentialKinds(), csv)),
        Column.of("SETTINGS", "requiredSettings", 30, m -> join(m.requiredSettings(), csv)),
        Column.of("CAPABILITIES", "capabilities", csv ? 0 : 200,
            m -> csv ? m.capabilities().stream().sorted().map(Enum::name).collect(Collectors.joining(";"))
                : m.capabilities().containsAll(java.util.EnumSet.allOf(io.trunkline.core.Capability.class))
                    ? "all" : Capabilities.names(m.capabilities()).replace(", ", ",")));
  }

  static List<Column<FieldRequirement>> fieldColumns() {
    return List.of(
        Column.of("FIELD", "field", 80, FieldRequirement::label),
        Column.of("CREATE", "onCreate", 8, f -> f.onCreate().name()),
        Column.of("UPDATE", "onUpdate", 8, f -> f.onUpdate().name()),
        Column.of("NOTES", "notes", 1000, Views::fieldNotes));
  }

  static JsonNode fieldJson(FieldRequirement f) {
    return Json.mapper().valueToTree(f);
  }

  private static String fieldNotes(FieldRequirement f) {
    List<String> notes = new ArrayList<>();
    if (f.readOnly()) {
      notes.add("read-only");
    }
    if (f.secret()) {
      notes.add("secret");
    } else if (f.writeOnly()) {
      notes.add("write-only");
    }
    f.description().ifPresent(notes::add);
    return String.join("; ", notes);
  }

  static JsonNode providerJson(ProviderMetadata m) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("id", m.id());
    node.put("displayName", m.displayName());
    node.put("defaultBaseUrl", m.defaultBaseUrl().orElse(null));
    node.set("credentialKinds", Json.mapper().valueToTree(m.credentialKinds().stream().sorted().toList()));
    node.set("requiredSettings", Json.mapper().valueToTree(m.requiredSettings().stream().sorted().toList()));
    node.set("optionalSettings", Json.mapper().valueToTree(m.optionalSettings().stream().sorted().toList()));
    node.set("capabilities", Json.mapper().valueToTree(m.capabilities().stream().sorted().toList()));
    node.put("documentation", m.documentation().orElse(null));
    return node;
  }

  // ---- helpers ----

  /** Up to two numbers in full; more as the first and a count: {@code +31201234567 (+3 more)}. */
  static String numbers(List<String> numbers) {
    if (numbers.size() <= 2) {
      return String.join(", ", numbers);
    }
    return numbers.get(0) + " (+" + (numbers.size() - 1) + " more)";
  }

  /** {@code host:port}, or the host alone, or the port alone as {@code :port}. */
  static String endpoint(SipTrunk t) {
    String host = text(t.host());
    return t.port().map(p -> host + ":" + p).orElse(host);
  }

  static String text(Optional<?> value) {
    return value.map(v -> v instanceof Instant ? v.toString() : String.valueOf(v)).orElse("");
  }

  private static String join(java.util.Collection<?> values, boolean csv) {
    return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(csv ? ";" : ","));
  }

  /** Attributes as one compact JSON object; empty when there are none. */
  static String attributes(Map<String, JsonNode> attributes) {
    if (attributes.isEmpty()) {
      return "";
    }
    return Json.mapper().valueToTree(attributes).toString();
  }

  /** A JSON value as text: a string without its quotes, anything else as compact JSON. */
  static String scalar(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    return value.isTextual() ? value.asText() : value.toString();
  }
}
