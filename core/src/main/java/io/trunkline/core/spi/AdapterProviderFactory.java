package io.trunkline.core.spi;

import io.trunkline.core.Capability;
import io.trunkline.core.Credentials;
import io.trunkline.core.FieldRequirement;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.FieldRequirement.Requirement;
import io.trunkline.core.spi.TrunkProviderFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The factory of a provider written as a {@link TrunkAdapter} and a {@link TrunkFields} declaration. A subclass
 * (registered for {@link java.util.ServiceLoader} under {@link TrunkProviderFactory}) passes its metadata without
 * capabilities, its declaration (made when the provider is first described or opened: discovery makes every
 * factory on the class path) and its adapter class, and makes the adapter of one opened account. Opening checks the
 * config against the metadata as passed; the complete metadata (capabilities, trunk fields) is made when first
 * asked for, so a program that only lists never builds the field requirements:
 *
 * <pre>{@code
 * public final class ToyProviderFactory extends AdapterProviderFactory {
 *   public ToyProviderFactory() {
 *     super(ProviderMetadata.builder().id("toy").displayName("Toy").addCredentialKinds(Credentials.Kind.BEARER),
 *         () -> ToyFields.FIELDS, ToyAdapter.class);
 *   }
 *
 *   protected TrunkAdapter adapter(ProviderContext context) {
 *     return new ToyAdapter(context.http());
 *   }
 * }
 * }</pre>
 */
public abstract class AdapterProviderFactory implements TrunkProviderFactory {
  private final ProviderMetadata.Builder metadataBuilder;
  /**
   * The metadata as passed, without capabilities and trunk fields: its id, credential kinds, settings and default
   * endpoint are all opening a provider checks, so a provider is opened without the complete metadata.
   */
  private final ProviderMetadata base;
  private final Supplier<TrunkFields> declaration;
  private final Class<? extends TrunkAdapter> adapterType;
  /** The declaration, checked for this provider: made once, when the provider is first described or opened. */
  private volatile TrunkFields fields;
  /** What the adapter class implements: found once, when first asked for. */
  private volatile Set<Capability> capabilities;
  /** The metadata with capabilities and trunk fields: made once, when first asked for. */
  private volatile ProviderMetadata metadata;

  /**
   * @param metadata the provider's metadata; its capabilities and trunk fields are set here, from the adapter class
   *     and the declaration
   */
  protected AdapterProviderFactory(ProviderMetadata.Builder metadata, TrunkFields fields,
      Class<? extends TrunkAdapter> adapterType) {
    this(metadata, null, fields, adapterType);
  }

  /**
   * As {@link #AdapterProviderFactory(ProviderMetadata.Builder, TrunkFields, Class)}, with the declaration made
   * when the provider is first described or opened, not when the factory is: discovery makes every factory on the
   * class path, and a program opens one or two of them. Write it {@code () -> ToyFields.FIELDS}, so that the
   * declaring class is only initialized then. The metadata's id is the factory's {@link #id()} right away.
   */
  protected AdapterProviderFactory(ProviderMetadata.Builder metadata, Supplier<TrunkFields> fields,
      Class<? extends TrunkAdapter> adapterType) {
    this(metadata, Objects.requireNonNull(fields, "fields"), null, adapterType);
  }

  private AdapterProviderFactory(ProviderMetadata.Builder metadata, Supplier<TrunkFields> declaration,
      TrunkFields fields, Class<? extends TrunkAdapter> adapterType) {
    this.metadataBuilder = metadata;
    this.base = metadata.build();
    this.declaration = declaration;
    this.adapterType = adapterType;
    if (fields != null) {
      this.fields = checked(fields);
      this.metadata = describe();
    }
  }

  /** The declaration, made and checked the first time. */
  private TrunkFields fields() {
    TrunkFields f = fields;
    if (f == null) {
      synchronized (this) {
        f = fields;
        if (f == null) {
          f = checked(Objects.requireNonNull(declaration.get(), "the declaration"));
          fields = f;
        }
      }
    }
    return f;
  }

  private TrunkFields checked(TrunkFields declared) {
    if (!base.id().equals(declared.provider())) {
      throw new IllegalArgumentException("the fields are declared for '" + declared.provider() + "', not for '"
          + base.id() + "'");
    }
    return declared;
  }

  /** The capabilities of the adapter class, found the first time: what an opened provider supports. */
  Set<Capability> capabilities() {
    Set<Capability> c = capabilities;
    if (c == null) {
      c = KitTrunkProvider.capabilities(adapterType);   // the same set whichever thread finds it
      capabilities = c;
    }
    return c;
  }

  /** The complete metadata: the base with the adapter's capabilities and the declaration's requirements. */
  private ProviderMetadata describe() {
    TrunkFields f = fields();
    Set<Capability> c = capabilities();
    synchronized (this) {   // the builder is this factory's own, filled for each description
      return metadataBuilder.capabilities(c).trunkFields(requirements(f, c)).build();
    }
  }

  /** The declaration's requirements, with create or update refused throughout when the adapter cannot do it. */
  private static List<FieldRequirement> requirements(TrunkFields fields,
      Set<Capability> capabilities) {
    boolean create = capabilities.contains(Capability.CREATE);
    boolean update = capabilities.contains(Capability.UPDATE);
    List<FieldRequirement> all = new ArrayList<>();
    for (FieldRequirement field : fields.requirements()) {
      all.add(FieldRequirement.builder().from(field)
          .onCreate(create ? field.onCreate() : Requirement.REFUSED)
          .onUpdate(update ? field.onUpdate() : Requirement.REFUSED).build());
    }
    return all;
  }

  /** The adapter of one opened account; the context's engine is its only way to the vendor. */
  protected abstract TrunkAdapter adapter(ProviderContext context);

  /** Sets what differs from the defaults on the context: the error decoder, a sign-in, the API-key header. */
  protected ProviderContext.Builder context(ProviderContext.Builder context) {
    return context;
  }

  @Override
  public final ProviderMetadata metadata() {
    ProviderMetadata m = metadata;
    if (m == null) {
      m = describe();
      synchronized (this) {
        if (metadata == null) {
          metadata = m;
        }
        m = metadata;   // one instance for every caller
      }
    }
    return m;
  }

  /** The metadata's id, known without reading the adapter or the declaration. */
  @Override
  public final String id() {
    return base.id();
  }

  /**
   * Opens the provider on the declaration; the config is checked against the metadata as passed (what opening
   * checks does not depend on capabilities or trunk fields), and the complete metadata is made when the provider is
   * first asked for it.
   */
  @Override
  public final TrunkProvider create(ProviderConfig config) {
    TrunkFields f = fields();
    ProviderContext context = context(ProviderContext.builder(base, this, config)).build();
    try {
      return new KitTrunkProvider(context, adapter(context), f, this);
    } catch (RuntimeException | Error e) {
      context.close();
      throw e;
    }
  }
}
