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
 * factory on the class path) and its adapter class, and makes the adapter of one opened account:
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
  private final String id;
  private final Supplier<TrunkFields> declaration;
  private final Class<? extends TrunkAdapter> adapterType;
  /** The metadata with capabilities and trunk fields, and the declaration: made once, when first needed. */
  private volatile Described described;

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
    this.id = metadata.build().id();
    this.declaration = declaration;
    this.adapterType = adapterType;
    if (fields != null) {
      this.described = describe(fields);
    }
  }

  private Described described() {
    Described d = described;
    if (d == null) {
      synchronized (this) {
        d = described;
        if (d == null) {
          d = describe(Objects.requireNonNull(declaration.get(), "the declaration"));
          described = d;
        }
      }
    }
    return d;
  }

  private Described describe(TrunkFields fields) {
    Set<Capability> capabilities = KitTrunkProvider.capabilities(adapterType);
    ProviderMetadata metadata = metadataBuilder.capabilities(capabilities)
        .trunkFields(requirements(fields, capabilities)).build();
    if (!metadata.id().equals(fields.provider())) {
      throw new IllegalArgumentException("the fields are declared for '" + fields.provider() + "', not for '"
          + metadata.id() + "'");
    }
    return new Described(metadata, fields);
  }

  /** The complete metadata and the declaration it was made from. */
  private record Described(ProviderMetadata metadata, TrunkFields fields) {}

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
    return described().metadata();
  }

  /** The metadata's id, known without reading the adapter or the declaration. */
  @Override
  public final String id() {
    return id;
  }

  @Override
  public final TrunkProvider create(ProviderConfig config) {
    Described d = described();
    ProviderContext context = context(ProviderContext.builder(d.metadata(), config)).build();
    try {
      return new KitTrunkProvider(context, adapter(context), d.fields());
    } catch (RuntimeException | Error e) {
      context.close();
      throw e;
    }
  }
}
