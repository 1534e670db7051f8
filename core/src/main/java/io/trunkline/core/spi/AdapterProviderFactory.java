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
import java.util.Set;

/**
 * The factory of a provider written as a {@link TrunkAdapter} and a {@link TrunkFields} declaration. A subclass
 * (registered for {@link java.util.ServiceLoader} under {@link TrunkProviderFactory}) passes its metadata without
 * capabilities, its declaration and its adapter class, and makes the adapter of one opened account:
 *
 * <pre>{@code
 * public final class ToyProviderFactory extends AdapterProviderFactory {
 *   public ToyProviderFactory() {
 *     super(ProviderMetadata.builder().id("toy").displayName("Toy").addCredentialKinds(Credentials.Kind.BEARER),
 *         FIELDS, ToyAdapter.class);
 *   }
 *
 *   protected TrunkAdapter adapter(ProviderContext context) {
 *     return new ToyAdapter(context.http());
 *   }
 * }
 * }</pre>
 */
public abstract class AdapterProviderFactory implements TrunkProviderFactory {
  private final ProviderMetadata metadata;
  private final TrunkFields fields;

  /**
   * @param metadata the provider's metadata; its capabilities and trunk fields are set here, from the adapter class
   *     and the declaration
   */
  protected AdapterProviderFactory(ProviderMetadata.Builder metadata, TrunkFields fields,
      Class<? extends TrunkAdapter> adapterType) {
    this.fields = fields;
    Set<Capability> capabilities = KitTrunkProvider.capabilities(adapterType);
    this.metadata = metadata.capabilities(capabilities)
        .trunkFields(requirements(fields, capabilities)).build();
    if (!this.metadata.id().equals(fields.provider())) {
      throw new IllegalArgumentException("the fields are declared for '" + fields.provider() + "', not for '"
          + this.metadata.id() + "'");
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
    return metadata;
  }

  @Override
  public final TrunkProvider create(ProviderConfig config) {
    ProviderContext context = context(ProviderContext.builder(metadata, config)).build();
    try {
      return new KitTrunkProvider(context, adapter(context), fields);
    } catch (RuntimeException | Error e) {
      context.close();
      throw e;
    }
  }
}
