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
 * (registered for {@link java.util.ServiceLoader} under {@link TrunkProviderFactory}) gives its id and, in three
 * methods asked once, when the provider is first opened or described, its metadata without capabilities, its
 * declaration and its adapter class; it makes the adapter of one opened account. Discovery makes every factory on
 * the class path, and a program opens one or two of them: a factory made with its id alone reads nothing else until
 * then. Opening checks the config against the metadata as passed; the complete metadata (capabilities, trunk fields)
 * is made when first asked for, so a program that only lists never builds the field requirements:
 *
 * <pre>{@code
 * public final class ToyProviderFactory extends AdapterProviderFactory {
 *   public ToyProviderFactory() {
 *     super("toy");
 *   }
 *
 *   protected ProviderMetadata.Builder metadataBuilder() {
 *     return ProviderMetadata.builder().id("toy").displayName("Toy").addCredentialKinds(Credentials.Kind.BEARER);
 *   }
 *
 *   protected TrunkFields declaration() {
 *     return ToyFields.FIELDS;
 *   }
 *
 *   protected Class<? extends TrunkAdapter> adapterType() {
 *     return ToyAdapter.class;
 *   }
 *
 *   protected TrunkAdapter adapter(ProviderContext context) {
 *     return new ToyAdapter(context.http());
 *   }
 * }
 * }</pre>
 */
public abstract class AdapterProviderFactory implements TrunkProviderFactory {
  private final String id;
  /** What the constructors other than the id's were passed; null for a factory made with its id alone. */
  private final ProviderMetadata.Builder passedMetadata;
  private final Supplier<TrunkFields> passedDeclaration;
  private final Class<? extends TrunkAdapter> passedAdapterType;
  /** The metadata as passed, the declaration and the adapter class: made once, when first needed. */
  private volatile Declared declared;
  /** What the adapter class implements: found once, when first asked for. */
  private volatile Set<Capability> capabilities;
  /** The metadata with capabilities and trunk fields: made once, when first asked for. */
  private volatile ProviderMetadata metadata;

  /**
   * A factory that reads nothing but {@code id} until its provider is first opened or described; it overrides
   * {@link #metadataBuilder()}, {@link #declaration()} and {@link #adapterType()}, whose metadata has this id.
   */
  protected AdapterProviderFactory(String id) {
    this.id = Objects.requireNonNull(id, "id");
    this.passedMetadata = null;
    this.passedDeclaration = null;
    this.passedAdapterType = null;
  }

  /**
   * @param metadata the provider's metadata; its capabilities and trunk fields are set here, from the adapter class
   *     and the declaration
   */
  protected AdapterProviderFactory(ProviderMetadata.Builder metadata, TrunkFields fields,
      Class<? extends TrunkAdapter> adapterType) {
    this(metadata, null, Objects.requireNonNull(fields, "fields"), adapterType);
  }

  /**
   * As {@link #AdapterProviderFactory(ProviderMetadata.Builder, TrunkFields, Class)}, with the declaration made
   * when the provider is first described or opened, not when the factory is. Write it {@code () -> ToyFields.FIELDS},
   * so that the declaring class is only initialized then. The metadata's id is the factory's {@link #id()} right
   * away. {@link #AdapterProviderFactory(String)} defers the metadata and the adapter class too.
   */
  protected AdapterProviderFactory(ProviderMetadata.Builder metadata, Supplier<TrunkFields> fields,
      Class<? extends TrunkAdapter> adapterType) {
    this(metadata, Objects.requireNonNull(fields, "fields"), null, adapterType);
  }

  private AdapterProviderFactory(ProviderMetadata.Builder metadata, Supplier<TrunkFields> declaration,
      TrunkFields fields, Class<? extends TrunkAdapter> adapterType) {
    ProviderMetadata base = metadata.build();
    this.id = base.id();
    this.passedMetadata = metadata;
    this.passedDeclaration = declaration != null ? declaration : () -> fields;
    this.passedAdapterType = adapterType;
    if (fields != null) {
      this.declared = new Declared(metadata, base, checked(fields), adapterType);
      this.metadata = describe();
    }
  }

  /**
   * The provider's metadata without capabilities and trunk fields (set from the adapter class and the declaration),
   * with the factory's id. Asked once, when the provider is first opened or described; a factory made with
   * {@link #AdapterProviderFactory(String)} overrides it, the others answer what they were passed.
   */
  protected ProviderMetadata.Builder metadataBuilder() {
    return passed(passedMetadata, "metadataBuilder()");
  }

  /** The provider's declaration, asked as {@link #metadataBuilder()} is. */
  protected TrunkFields declaration() {
    return passed(passedDeclaration, "declaration()").get();
  }

  /** The provider's adapter class, whose capabilities the provider has; asked as {@link #metadataBuilder()} is. */
  protected Class<? extends TrunkAdapter> adapterType() {
    return passed(passedAdapterType, "adapterType()");
  }

  private <T> T passed(T value, String method) {
    if (value == null) {
      throw new IllegalStateException("provider '" + id + "': a factory made with its id alone overrides " + method);
    }
    return value;
  }

  /** The metadata as passed, the declaration (checked for this provider) and the adapter class, made the first time. */
  private Declared declared() {
    Declared d = declared;
    if (d == null) {
      synchronized (this) {
        d = declared;
        if (d == null) {
          ProviderMetadata.Builder builder = Objects.requireNonNull(metadataBuilder(), "the metadata");
          ProviderMetadata base = builder.build();
          if (!id.equals(base.id())) {
            throw new IllegalStateException("the metadata is '" + base.id() + "', not the factory's '" + id + "'");
          }
          TrunkFields fields = checked(Objects.requireNonNull(declaration(), "the declaration"));
          d = new Declared(builder, base, fields, Objects.requireNonNull(adapterType(), "the adapter class"));
          declared = d;
        }
      }
    }
    return d;
  }

  private TrunkFields checked(TrunkFields declared) {
    if (!id.equals(declared.provider())) {
      throw new IllegalArgumentException("the fields are declared for '" + declared.provider() + "', not for '"
          + id + "'");
    }
    return declared;
  }

  /** The capabilities of the adapter class, found the first time: what an opened provider supports. */
  Set<Capability> capabilities() {
    Set<Capability> c = capabilities;
    if (c == null) {
      c = KitTrunkProvider.capabilities(declared().adapterType);   // the same set whichever thread finds it
      capabilities = c;
    }
    return c;
  }

  /** The complete metadata: the base with the adapter's capabilities and the declaration's requirements. */
  private ProviderMetadata describe() {
    Declared d = declared();
    Set<Capability> c = capabilities();
    synchronized (this) {   // the builder is this factory's own, filled for each description
      return d.builder.capabilities(c).trunkFields(requirements(d.fields, c)).build();
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
    return id;
  }

  /**
   * Opens the provider on the declaration; the config is checked against the metadata as passed (what opening
   * checks does not depend on capabilities or trunk fields), and the complete metadata is made when the provider is
   * first asked for it.
   */
  @Override
  public final TrunkProvider create(ProviderConfig config) {
    Declared d = declared();
    ProviderContext context = context(ProviderContext.builder(d.base, this, config)).build();
    try {
      return new KitTrunkProvider(context, adapter(context), d.fields, this);
    } catch (RuntimeException | Error e) {
      context.close();
      throw e;
    }
  }

  /** What a factory reads of its provider when it is first opened or described. */
  private static final class Declared {
    final ProviderMetadata.Builder builder;
    final ProviderMetadata base;
    final TrunkFields fields;
    final Class<? extends TrunkAdapter> adapterType;

    Declared(ProviderMetadata.Builder builder, ProviderMetadata base, TrunkFields fields,
        Class<? extends TrunkAdapter> adapterType) {
      this.builder = builder;
      this.base = base;
      this.fields = fields;
      this.adapterType = adapterType;
    }
  }
}
