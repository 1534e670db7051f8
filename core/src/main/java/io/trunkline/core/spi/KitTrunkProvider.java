package io.trunkline.core.spi;

import io.trunkline.core.Capability;
import io.trunkline.core.Paged;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.error.UnsupportedCapabilityException;
import io.trunkline.core.model.CallBarring;
import io.trunkline.core.model.CallerId;
import io.trunkline.core.model.Proxy;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Template;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkStatus;
import io.trunkline.core.model.TrunkUpdate;
import java.io.OutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one implementation of {@link TrunkProvider}: the neutral operations, written once around a vendor's
 * {@link TrunkAdapter} and {@link TrunkFields}. The trunk a write returns holds no value that echoes a secret the
 * write sent ({@link EchoedSecrets}).
 */
final class KitTrunkProvider implements TrunkProvider {
  /** Each capability and the adapter method that gives it. */
  private static final Map<Capability, Signature> METHODS = Map.ofEntries(
      Map.entry(Capability.LIST, new Signature("list", TrunkQuery.class)),
      Map.entry(Capability.GET, new Signature("get", String.class)),
      Map.entry(Capability.CREATE, new Signature("create", VendorBody.class, TrunkSpec.class)),
      Map.entry(Capability.UPDATE, new Signature("update", String.class, VendorBody.class, TrunkUpdate.class)),
      Map.entry(Capability.DELETE, new Signature("delete", String.class)),
      Map.entry(Capability.STATUS, new Signature("status", String.class)),
      Map.entry(Capability.CONNECT_NUMBER, new Signature("connectNumber", String.class, String.class)),
      Map.entry(Capability.DISCONNECT_NUMBER, new Signature("disconnectNumber", String.class)),
      Map.entry(Capability.CALLER_IDS, new Signature("callerIds")),
      Map.entry(Capability.PROXIES, new Signature("proxies")),
      Map.entry(Capability.TEMPLATES, new Signature("templates")),
      Map.entry(Capability.CALL_BARRINGS, new Signature("callBarrings")),
      Map.entry(Capability.EXPORT, new Signature("export", OutputStream.class)));

  private final ProviderContext context;
  private final TrunkAdapter adapter;
  private final TrunkFields fields;
  /** The factory that opened it, if any: what the adapter supports, known without the complete metadata. */
  private final AdapterProviderFactory factory;
  /** Each neutral operation is one call for the config's listener, named as here. */
  private final CallRecorder calls;

  KitTrunkProvider(ProviderContext context, TrunkAdapter adapter, TrunkFields fields) {
    this(context, adapter, fields, null);
  }

  KitTrunkProvider(ProviderContext context, TrunkAdapter adapter, TrunkFields fields,
      AdapterProviderFactory factory) {
    this.context = context;
    this.adapter = adapter;
    this.fields = fields;
    this.factory = factory;
    this.calls = context.http().calls();
  }

  /** The capabilities an adapter class implements. */
  static Set<Capability> capabilities(Class<? extends TrunkAdapter> type) {
    Set<Capability> found = EnumSet.noneOf(Capability.class);
    for (Map.Entry<Capability, Signature> method : METHODS.entrySet()) {
      Signature signature = method.getValue();
      try {
        if (type.getMethod(signature.name, signature.parameters).getDeclaringClass() != TrunkAdapter.class) {
          found.add(method.getKey());
        }
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("TrunkAdapter lacks " + signature.name, e);
      }
    }
    return found;
  }

  @Override
  public ProviderMetadata metadata() {
    return context.metadata();
  }

  /** The metadata's id, read without making the complete metadata. */
  @Override
  public String id() {
    return context.id();
  }

  /** As {@code metadata().capabilities().contains(capability)}, without making the complete metadata. */
  @Override
  public boolean supports(Capability capability) {
    return factory != null ? factory.capabilities().contains(capability) : capabilities().contains(capability);
  }

  @Override
  public Paged<SipTrunk> list(TrunkQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.listing("list", () -> {
      require(Capability.LIST);
      Paged<SipTrunk> trunks = adapter.list(query);
      if (query.name().isPresent() || query.state().isPresent() || query.authMode().isPresent()) {
        trunks = trunks.filter(query::matches);
      }
      return query.limit().isPresent() ? trunks.limit(query.limit().get()) : trunks;
    });
  }

  @Override
  public SipTrunk get(String id) {
    return calls.operation("get", false, () -> {
      require(Capability.GET);
      return adapter.get(fields.checkId(id));
    });
  }

  @Override
  public SipTrunk create(TrunkSpec spec) {
    Objects.requireNonNull(spec, "spec");
    return calls.operation("create", true, () -> {
      require(Capability.CREATE);
      VendorBody body = fields.createBody(spec);
      List<Secret> sent = body.secrets();   // before the adapter moves fields
      return EchoedSecrets.dropped(adapter.create(body, spec), sent);
    });
  }

  @Override
  public SipTrunk update(String id, TrunkUpdate update) {
    Objects.requireNonNull(update, "update");
    return calls.operation("update", true, () -> updated(id, update));
  }

  private SipTrunk updated(String id, TrunkUpdate update) {
    require(Capability.UPDATE);
    fields.checkId(id);
    if (update.isEmpty()) {
      if (!supports(Capability.GET)) {
        throw new TrunkValidationException("update", "sets no field; set at least one");
      }
      return adapter.get(id);
    }
    VendorBody body;
    if (fields.replacesOnUpdate()) {
      fields.checkUpdate(update);   // refusals that need no trunk cost no request
      body = fields.replaceBody(get(id), update);
    } else {
      body = fields.updateBody(update);
    }
    List<Secret> sent = body.secrets();   // before the adapter moves fields
    return EchoedSecrets.dropped(adapter.update(id, body, update), sent);
  }

  @Override
  public void delete(String id) {
    calls.operation("delete", true, () -> {
      require(Capability.DELETE);
      adapter.delete(fields.checkId(id));
    });
  }

  @Override
  public TrunkStatus status(String id) {
    return calls.operation("status", false, () -> {
      require(Capability.STATUS);
      return adapter.status(fields.checkId(id));
    });
  }

  @Override
  public void connectNumber(String trunkId, String number) {
    calls.operation("connectNumber", true, () -> {
      require(Capability.CONNECT_NUMBER);
      fields.checkId(trunkId);
      adapter.connectNumber(trunkId, Validate.requiredText("number", number));
    });
  }

  @Override
  public void disconnectNumber(String number) {
    calls.operation("disconnectNumber", true, () -> {
      require(Capability.DISCONNECT_NUMBER);
      adapter.disconnectNumber(Validate.requiredText("number", number));
    });
  }

  @Override
  public Paged<CallerId> callerIds() {
    return calls.listing("callerIds", () -> {
      require(Capability.CALLER_IDS);
      return adapter.callerIds();
    });
  }

  @Override
  public Paged<Proxy> proxies() {
    return calls.listing("proxies", () -> {
      require(Capability.PROXIES);
      return adapter.proxies();
    });
  }

  @Override
  public Paged<Template> templates() {
    return calls.listing("templates", () -> {
      require(Capability.TEMPLATES);
      return adapter.templates();
    });
  }

  @Override
  public Paged<CallBarring> callBarrings() {
    return calls.listing("callBarrings", () -> {
      require(Capability.CALL_BARRINGS);
      return adapter.callBarrings();
    });
  }

  @Override
  public long export(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return calls.operation("export", false, () -> {
      require(Capability.EXPORT);
      return adapter.export(out);
    });
  }

  @Override
  public Object vendorClient() {
    return adapter.vendorClient();
  }

  @Override
  public void close() {
    context.close();
  }

  @Override
  public String toString() {
    return "TrunkProvider[" + id() + " at " + context.http().baseUrl() + "]";
  }

  private void require(Capability capability) {
    if (!supports(capability)) {
      throw new UnsupportedCapabilityException(id(), capability);
    }
  }

  private static final class Signature {
    final String name;
    final Class<?>[] parameters;

    Signature(String name, Class<?>... parameters) {
      this.name = name;
      this.parameters = parameters;
    }
  }
}
