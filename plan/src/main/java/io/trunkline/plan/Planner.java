package io.trunkline.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Capability;
import io.trunkline.core.FieldRequirement;
import io.trunkline.core.FieldRequirement.Requirement;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Computes a {@link Plan}: for each account, reads the live trunks (a lazy listing), matches the desired trunks by
 * name, and finds what to create, which
 * fields to update (only those that differ), what to delete (only with {@link #prune(boolean)}) and how many are
 * unchanged. Refuses, naming every problem at once, when a name matches
 * two live trunks, when an account cannot list its trunks, or when a trunk to create lacks a field its vendor
 * requires.
 *
 * <p>A match is compared as listed when the listing carries every field the desired trunk sets (and every field the
 * vendor requires on each update); otherwise it is read in full ({@code get}), since a listing may be a summary (the
 * PBX's is): a field the listed trunk lacks (an empty value, an empty list, an attribute absent or null) is taken as
 * not carried. Those reads run at most {@link #concurrency(int)} at once (on as many threads, for all accounts),
 * each started as soon as the listing shows it is needed: they go on while the rest of the listing, and the other
 * accounts' listings, are read. The accounts themselves are listed at most {@link #concurrency(int)} at once (the
 * first on the caller's thread, the others on daemon listing threads that every plan of the JVM shares, each kept
 * 30 s after its last listing); each is compared as soon as it is listed, while
 * the later ones are still listed: on the thread that listed it, or, when it reads trunks in full, on the caller's
 * once the reads are done (the listing thread goes on to the next account); the plan lists the accounts in the
 * file's order.
 *
 * <p>Write-only fields (passwords) cannot be compared: they are sent on create, and on update only when the vendor
 * requires them on every update or the trunk asks {@code rotatePassword}; the plan's {@link FieldChange#note()}
 * says which.
 */
public final class Planner {
  static final String ROTATE = "rotation asked (rotatePassword)";
  static final String REQUIRED_ON_UPDATE = "the vendor requires it on every update";

  /** The neutral fields a desired trunk can set, in the order a plan shows them. */
  static final List<NeutralField> FIELDS = List.of(NeutralField.HOST, NeutralField.PORT,
      NeutralField.TRANSPORT, NeutralField.AUTH_MODE, NeutralField.USERNAME, NeutralField.PASSWORD,
      NeutralField.ALLOWED_IPS, NeutralField.NUMBERS, NeutralField.CALLER_ID, NeutralField.MAX_CHANNELS,
      NeutralField.COUNTRY_CODE);

  /** Trunks read in full at once, and accounts listed at once, unless {@link #concurrency(int)} says otherwise. */
  public static final int DEFAULT_CONCURRENCY = 4;

  private boolean prune;
  private int concurrency = DEFAULT_CONCURRENCY;

  /** Delete the live trunks of the file's accounts that the file does not name; off by default. */
  public Planner prune(boolean prune) {
    this.prune = prune;
    return this;
  }

  /**
   * At most this many trunks read in full at once ({@value #DEFAULT_CONCURRENCY} by default), on as many threads
   * shared by the plan's accounts, and at most this many accounts listed at once (the caller's thread and at most one
   * less of the listing threads the JVM's plans share); 1 lists the accounts and reads the trunks one after the other on the caller's thread.
   */
  public Planner concurrency(int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency: must be at least 1, got " + concurrency);
    }
    this.concurrency = concurrency;
    return this;
  }

  /** Plans {@code desired} against the live trunks of {@code accounts}. */
  public Plan plan(DesiredState desired, Accounts accounts) {
    List<String> problems = new ArrayList<>();
    List<AccountPlan> plans = new ArrayList<>();
    Map<String, Set<String>> secretAttributes = new LinkedHashMap<>();
    // the desired trunks' positions by account, found on this thread while the other accounts' first pages are read
    CompletableFuture<Map<String, int[]>> indices = new CompletableFuture<>();
    List<AccountPlanner> planners = new ArrayList<>();
    int[] secrets = new int[0];   // the trunks that may hold a literal secret, found by each account's planner
    // the accounts listed at once, each one's full reads started while it is listed; each compared as soon as it is
    // listed (see the class comment for on which thread), while the later ones are still listed; in the file's order
    try (FullReads.Pool reads = new FullReads.Pool(concurrency);
        Listings listings = new Listings(concurrency)) {
      List<Runnable> observe = new ArrayList<>();
      for (AccountSpec account : desired.accounts()) {
        TrunkProvider provider = accounts.provider(account.id()).orElseThrow(
            () -> new IllegalArgumentException("the account '" + account.id() + "' is not open"));
        AccountPlanner planner = new AccountPlanner(account, provider, accounts.environment(), reads);
        planners.add(planner);
        observe.add(() -> planner.plan(() -> Futures.join(indices, "while listing the trunks of account '"
            + account.id() + "'").getOrDefault(account.id(), new int[0]), desired));
      }
      Runnable positions = () -> {
        try {
          indices.complete(indices(desired.trunks(), desired.accounts().size()));
        } catch (RuntimeException | Error e) {
          indices.completeExceptionally(e);
          throw e;
        }
      };
      if (!observe.isEmpty()) {
        listings.start(observe, positions);
      }
      for (int i = 0; i < planners.size(); i++) {
        AccountPlanner planner = planners.get(i);
        listings.await(i, planner.account.id());
        plans.add(planner.plan != null ? planner.plan : planner.compare(desired));
        problems.addAll(planner.problems);
        secretAttributes.put(planner.account.id(), planner.secretAttributes());
        secrets = planner.withSecrets.appendTo(secrets);
      }
    } finally {
      planners.forEach(AccountPlanner::close);
    }
    if (!problems.isEmpty()) {
      throw new PlanRefusedException(problems);
    }
    return Plan.builder().prune(prune).accounts(plans).desired(SavedDesired.of(desired, secretAttributes, secrets))
        .build();
  }

  /**
   * The positions of {@code trunks} in the list, by account id, in order; one pass over the trunks, room for an even
   * share of them at each of the {@code accounts}.
   */
  private static Map<String, int[]> indices(List<DesiredTrunk> trunks, int accounts) {
    Map<String, Positions> positions = new HashMap<>();
    String last = null;   // a file's trunks mostly come account by account: one lookup per run of them
    Positions at = null;
    for (int i = 0; i < trunks.size(); i++) {
      String account = trunks.get(i).account();
      if (!account.equals(last)) {
        last = account;
        at = positions.computeIfAbsent(account, k -> new Positions(trunks.size() / Math.max(1, accounts) + 1));
      }
      at.add(i);
    }
    Map<String, int[]> indices = new HashMap<>(capacity(positions.size()));
    positions.forEach((account, p) -> indices.put(account, p.appendTo(new int[0])));
    return indices;
  }

  /**
   * The plan of one account: {@link #observe} lists its trunks and starts the full reads needed, {@link #compare}
   * then makes the plan; {@link #close} stops reads still running.
   */
  private final class AccountPlanner implements AutoCloseable {
    private final AccountSpec account;
    private final TrunkProvider provider;
    private final Environment env;
    private final List<String> problems = new ArrayList<>();
    private final FullReads reads;
    /** What {@link #plan(int[], DesiredState)} made, or null when the account's trunks are read in full. */
    private AccountPlan plan;
    /** What {@link #observe} saw: the desired trunks' positions in the file, by slot, and what was listed. */
    private int[] indices;
    private Matches matches;
    private List<SipTrunk> listed;
    private Map<String, List<SipTrunk>> unwanted;
    private List<SipTrunk> unnamed;
    private final Map<NeutralField, FieldRequirement> byNeutral = new EnumMap<>(NeutralField.class);
    private final Map<String, FieldRequirement> byVendor = new LinkedHashMap<>();
    /** Of {@link #FIELDS}, those the vendor requires, and those it ignores, on every update ({@link Wanted#bit}). */
    private final int requiredOnUpdate;
    private final int ignoredOnUpdate;
    /** The positions in the file of this account's desired trunks that have a password or attributes. */
    private final Positions withSecrets = new Positions();

    AccountPlanner(AccountSpec account, TrunkProvider provider, Environment env, FullReads.Pool pool) {
      this.account = account;
      this.provider = provider;
      this.env = env;
      this.reads = new FullReads(provider, account.id(), concurrency, pool);
      for (FieldRequirement field : provider.metadata().trunkFields()) {
        if (field.neutralField().isPresent()) {
          byNeutral.putIfAbsent(field.neutralField().get(), field);
        } else if (field.vendorField().isPresent()) {
          byVendor.putIfAbsent(field.vendorField().get(), field);
        }
      }
      int required = 0;
      int ignored = 0;
      for (NeutralField neutral : FIELDS) {
        Requirement onUpdate = byNeutral.computeIfAbsent(neutral, n -> FieldRequirement.builder().neutralField(n)
            .onCreate(Requirement.IGNORED).onUpdate(Requirement.IGNORED).build()).onUpdate();
        required |= onUpdate == Requirement.REQUIRED ? Wanted.bit(neutral) : 0;
        ignored |= onUpdate == Requirement.IGNORED ? Wanted.bit(neutral) : 0;
      }
      requiredOnUpdate = required;
      ignoredOnUpdate = ignored;
    }

    private String where() {
      return "account '" + account.id() + "' (" + provider.id() + ")";
    }

    /**
     * {@link #observe}, then, unless it started full reads, {@link #compare}: the account's plan, kept for the caller,
     * which compares an account whose reads are still running (so this thread can list the next account meanwhile).
     */
    void plan(Supplier<int[]> indices, DesiredState desired) {
      observe(indices, desired);
      if (!reads.started()) {
        plan = compare(desired);
      }
    }

    /**
     * Lists the account's trunks, matches them with the desired trunks at {@code positions} in {@code desired} (all of
     * this account; asked for once the first page is read) by name, and starts reading in full those whose listing
     * lacks a compared field.
     *
     * <p>A name is first compared with the desired trunk after the one last matched (a file that names the trunks in
     * the order they are listed, as one made from a listing does, is matched without a lookup); the names are put in
     * a {@link NameTable} at the first listed name that is not that one. Both find the same trunk: a file names a
     * trunk once per account ({@link DesiredState}).
     */
    void observe(Supplier<int[]> positions, DesiredState desired) {
      Iterator<SipTrunk> listing = null;
      if (provider.supports(Capability.LIST)) {
        listing = provider.list().iterator();
        listing.hasNext();   // the first page read, while the caller may still be finding the positions
      }
      int[] indices = positions.get();
      List<DesiredTrunk> trunks = desired.trunks();
      int count = indices.length;
      this.indices = indices;
      matches = new Matches(count);
      listed = new ArrayList<>(Math.max(10, count));
      unwanted = new LinkedHashMap<>();   // to prune: by name, in the listing's order
      unnamed = new ArrayList<>();
      if (listing == null) {
        return;
      }
      boolean readable = provider.supports(Capability.GET);
      NameTable byName = null;
      int next = 0;   // the desired trunk after the one last matched
      while (listing.hasNext()) {
        SipTrunk trunk = listing.next();
        listed.add(trunk);
        String name = trunk.name().orElse(null);
        int slot = -1;
        if (name != null) {
          if (next < count && trunks.get(indices[next]).name().equals(name)) {
            slot = next;
          } else {
            if (byName == null) {
              String[] names = new String[count];
              for (int i = 0; i < count; i++) {
                names[i] = trunks.get(indices[i]).name();
              }
              byName = new NameTable(names);
            }
            slot = byName.positionOf(name);
          }
          next = slot >= 0 ? slot + 1 : next;
        }
        if (slot >= 0) {
          if (matches.add(slot, trunk, listed.size() - 1)) {
            matched(slot, trunks.get(indices[slot]), trunk, readable);
          }
        } else if (prune && name != null) {
          unwanted.computeIfAbsent(name, k -> new ArrayList<>()).add(trunk);
        } else if (prune) {
          unnamed.add(trunk);
        }
      }
    }

    /**
     * Decides, while the listing goes on, what the first trunk listed under the name of {@code slot} needs: a full
     * read (started now), a comparison, or nothing (unchanged as listed, {@link Wanted#asListed}); a trunk that sets
     * attributes or asks rotation is compared field by field, and read in full unless {@link #carriesAll}.
     */
    private void matched(int slot, DesiredTrunk trunk, SipTrunk listed, boolean readable) {
      boolean plain = trunk.attributes().isEmpty();
      if (!plain || trunk.password().isPresent()) {
        withSecrets.add(indices[slot]);
      }
      int verdict;
      if (plain && !trunk.rotatePassword()) {
        verdict = Wanted.asListed(trunk, listed, requiredOnUpdate, ignoredOnUpdate, readable);
      } else {
        verdict = readable && !carriesAll(trunk, Wanted.of(trunk), listed) ? Wanted.READ : Wanted.COMPARE;
      }
      matches.verdict(slot, verdict);
      if (verdict == Wanted.READ) {
        matches.read(slot, reads.start(listed.id()));   // while the listing goes on
      }
    }

    /** The plan of the desired trunks {@link #observe} matched, once the full reads are done. */
    AccountPlan compare(DesiredState desired) {
      AccountPlan.Builder plan = AccountPlan.builder().account(account.id()).provider(provider.id()).unchanged(0);
      if (!provider.supports(Capability.LIST)) {
        problems.add(where() + ": its trunks cannot be observed (the vendor's API has no listing); never apply"
            + " blind — leave it out of the file, or manage it with single writes");
        return plan.build();
      }
      // a name listed twice is refused: its first trunk's read is not needed
      Set<String> unneeded = new HashSet<>();
      for (int slot = 0; slot < matches.count(); slot++) {
        if (matches.several(slot) != null) {
          unneeded.add(matches.first(slot).id());
        }
      }
      SipTrunk[] full = reads.finish(unneeded);
      List<DesiredTrunk> trunks = desired.trunks();
      List<Step> writes = new ArrayList<>();
      int unchanged = 0;
      for (int slot = 0; slot < matches.count(); slot++) {
        SipTrunk first = matches.first(slot);
        List<SipTrunk> several = matches.several(slot);
        if (first != null && several == null && matches.verdict(slot) == Wanted.UNCHANGED) {
          unchanged++;
          continue;
        }
        DesiredTrunk trunk = trunks.get(indices[slot]);
        if (several != null) {
          problems.add(where() + ": the name '" + trunk.name() + "' matches " + several.size()
              + " live trunks (ids " + several.stream().map(SipTrunk::id).collect(Collectors.joining(", "))
              + "); rename or delete all but one first");
        } else if (first == null) {
          if (trunk.password().isPresent() || !trunk.attributes().isEmpty()) {
            withSecrets.add(indices[slot]);
          }
          create(indices[slot], trunk).ifPresent(writes::add);
        } else {
          SipTrunk live = matches.read(slot) >= 0 ? full[matches.read(slot)] : first;
          Wanted wanted = Wanted.of(trunk);
          if (unchangedAsIs(trunk, wanted, live)) {
            unchanged++;
            continue;
          }
          Optional<Step> update = update(indices[slot], trunk, wanted, live);
          if (update.isPresent()) {
            writes.add(update.get());
          } else {
            unchanged++;
          }
        }
      }
      unwanted.values().forEach(named -> named.forEach(t -> writes.add(delete(t))));
      unnamed.forEach(t -> writes.add(delete(t)));
      return plan.steps(writes).unchanged(unchanged)
          .observedTrunks(ObservedTrunks.of(listed, fingerprints(matches, indices, trunks, full, listed.size())))
          .build();
    }

    /** Stops the full reads still running, if any. */
    @Override
    public void close() {
      reads.close();
    }

    /**
     * Whether {@code listed} carries every field an update of it to {@code trunk} compares or needs: the neutral
     * fields the trunk sets (or the vendor requires on every update) and the attributes it sets, unless the vendor
     * ignores them on update, never shows them (secrets) or sets them itself.
     */
    private boolean carriesAll(DesiredTrunk trunk, Wanted wanted, SipTrunk listed) {
      int needed = (requiredOnUpdate | wanted.given() & ~ignoredOnUpdate) & ~Wanted.bit(NeutralField.PASSWORD);
      for (NeutralField neutral : FIELDS) {
        if ((needed & Wanted.bit(neutral)) != 0 && !Wanted.carried(Wanted.live(listed, neutral))) {
          return false;
        }
      }
      for (String name : trunk.attributes().keySet()) {
        FieldRequirement field = byVendor.get(name);
        boolean compared = !secretAttribute(name)
            && (field == null || !field.readOnly() && field.onUpdate() != Requirement.IGNORED);
        JsonNode value = listed.attributes().get(name);
        if (compared && (value == null || value.isNull())) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether an update of {@code live} to {@code trunk} is surely empty, without building one: every neutral field
     * the trunk gives has the live value, it sets no attribute and asks no rotation. {@link #update} finds the same
     * (no step, no problem); when this is false, it decides.
     */
    private boolean unchangedAsIs(DesiredTrunk trunk, Wanted wanted, SipTrunk live) {
      if (trunk.rotatePassword() || !trunk.attributes().isEmpty()) {
        return false;
      }
      for (NeutralField neutral : FIELDS) {
        if (neutral != NeutralField.PASSWORD && wanted.gives(neutral) && !wanted.sameAsLive(live, neutral)) {
          return false;
        }
      }
      return true;
    }

    private Step delete(SipTrunk trunk) {
      return Step.builder().action(Step.Action.DELETE).name(trunk.name()).id(trunk.id()).build();
    }

    private Optional<Step> create(int index, DesiredTrunk trunk) {
      String at = where() + ", trunk '" + trunk.name() + "'";
      int before = problems.size();
      for (FieldRequirement field : provider.metadata().trunkFields()) {
        if (field.onCreate() != Requirement.REQUIRED) {
          continue;
        }
        boolean given = field.neutralField().map(n -> n == NeutralField.NAME || desiredValue(trunk, n).isPresent())
            .orElseGet(() -> field.vendorField().map(trunk.attributes()::containsKey).orElse(true));
        if (!given) {
          problems.add(at + ": " + field.label() + " is required by " + provider.id() + " on create");
        }
      }
      for (NeutralField neutral : FIELDS) {
        if (desiredValue(trunk, neutral).isPresent() && requirement(neutral).onCreate() == Requirement.REFUSED) {
          problems.add(at + ": " + neutral.property() + " cannot be set at " + provider.id());
        }
      }
      for (String name : trunk.attributes().keySet()) {
        FieldRequirement field = byVendor.get(name);
        if (field != null && field.onCreate() == Requirement.REFUSED) {
          problems.add(at + ": attributes." + name + " cannot be set at " + provider.id()
              + (field.readOnly() ? " (the vendor sets it)" : ""));
        }
      }
      if (problems.size() > before) {
        return Optional.empty();
      }
      TrunkSpec.Builder spec = TrunkSpec.builder().name(trunk.name());
      List<FieldChange> changes = new ArrayList<>();
      changes.add(FieldChange.builder().field("name").after(TextNode.valueOf(trunk.name())).build());
      for (NeutralField neutral : FIELDS) {
        Optional<JsonNode> value = desiredValue(trunk, neutral);
        if (value.isEmpty() || requirement(neutral).onCreate() == Requirement.IGNORED) {
          continue;
        }
        setOnSpec(spec, trunk, neutral, index);
        changes.add(neutral == NeutralField.PASSWORD
            ? FieldChange.builder().field(neutral.property()).after(TextNode.valueOf("(set)")).secret(true).build()
            : FieldChange.builder().field(neutral.property()).after(value.get()).build());
      }
      trunk.attributes().forEach((name, value) -> {
        spec.putAttributes(name, value);
        changes.add(secretAttribute(name)
            ? FieldChange.builder().field("attributes." + name).after(TextNode.valueOf("(set)")).secret(true).build()
            : FieldChange.builder().field("attributes." + name).after(value).build());
      });
      return Optional.of(Step.builder().action(Step.Action.CREATE).name(trunk.name()).changes(changes)
          .spec(spec.build()).build());
    }

    private String at(DesiredTrunk trunk, SipTrunk live) {
      return where() + ", trunk '" + trunk.name() + "' (id " + live.id() + ")";
    }

    private Optional<Step> update(int index, DesiredTrunk trunk, Wanted given, SipTrunk live) {
      TrunkUpdate.Builder update = TrunkUpdate.builder();
      List<FieldChange> changes = new ArrayList<>(0);
      for (NeutralField neutral : FIELDS) {
        if (neutral == NeutralField.PASSWORD || given.sameAsLive(live, neutral)) {
          continue;
        }
        Optional<JsonNode> wanted = desiredValue(trunk, neutral);
        Requirement onUpdate = requirement(neutral).onUpdate();
        if (wanted.isEmpty() || onUpdate == Requirement.IGNORED) {
          continue;
        }
        Optional<JsonNode> have = liveValue(live, neutral);
        if (same(neutral, have, wanted.get())) {
          continue;
        }
        if (onUpdate == Requirement.REFUSED) {
          problems.add(at(trunk, live) + ": " + requirement(neutral).label() + " cannot be changed after create at "
              + provider.id() + " (live " + have.map(JsonNode::toString).orElse("none") + ", wanted " + wanted.get()
              + "); delete and re-create the trunk to change it");
          continue;
        }
        setOnUpdate(update, trunk, neutral, index);
        FieldChange.Builder change = FieldChange.builder().field(neutral.property()).after(wanted.get());
        have.ifPresent(change::before);
        changes.add(change.build());
      }
      for (Map.Entry<String, JsonNode> attribute : trunk.attributes().entrySet()) {
        String name = attribute.getKey();
        FieldRequirement field = byVendor.get(name);
        if (field != null && field.readOnly()) {
          problems.add(at(trunk, live) + ": attributes." + name + " cannot be set at " + provider.id()
              + " (the vendor sets it)");
          continue;
        }
        if (secretAttribute(name)) {
          if (trunk.rotatePassword()) {
            update.putAttributes(name, attribute.getValue());
            changes.add(FieldChange.builder().field("attributes." + name).after(TextNode.valueOf("(changed)"))
                .secret(true).note(ROTATE).build());
          }
          continue;
        }
        if (field != null && field.onUpdate() == Requirement.IGNORED) {
          continue;
        }
        Optional<JsonNode> have = Optional.ofNullable(live.attributes().get(name)).filter(n -> !n.isNull());
        boolean bothEmpty = have.isEmpty() && attribute.getValue().isNull();   // a null clears: already clear
        if (bothEmpty || have.isPresent() && sameValue(have.get(), attribute.getValue())) {
          continue;
        }
        if (field != null && field.onUpdate() == Requirement.REFUSED) {
          problems.add(at(trunk, live) + ": attributes." + name + " cannot be changed after create at "
              + provider.id());
          continue;
        }
        update.putAttributes(name, attribute.getValue());
        FieldChange.Builder change = FieldChange.builder().field("attributes." + name).after(attribute.getValue());
        have.ifPresent(change::before);
        changes.add(change.build());
      }
      FieldRequirement password = requirement(NeutralField.PASSWORD);
      boolean passwordRequired = password.onUpdate() == Requirement.REQUIRED;
      if (trunk.rotatePassword() && trunk.password().isEmpty()) {
        problems.add(at(trunk, live) + ": rotatePassword is set but the trunk has no password");
      } else if (trunk.rotatePassword() || passwordRequired && !changes.isEmpty()) {
        if (trunk.password().isEmpty()) {
          problems.add(at(trunk, live) + ": " + password.label() + " is required by " + provider.id()
              + " on every update");
        } else {
          setOnUpdate(update, trunk, NeutralField.PASSWORD, index);
          changes.add(FieldChange.builder().field("password").after(TextNode.valueOf("(changed)")).secret(true)
              .note(trunk.rotatePassword() ? ROTATE : REQUIRED_ON_UPDATE).build());
        }
      }
      if (changes.isEmpty()) {
        return Optional.empty();
      }
      // Other fields the vendor requires on every update are sent as wanted even when unchanged.
      for (NeutralField neutral : FIELDS) {
        if (neutral != NeutralField.PASSWORD && requirement(neutral).onUpdate() == Requirement.REQUIRED
            && changes.stream().noneMatch(c -> c.field().equals(neutral.property()))) {
          if (desiredValue(trunk, neutral).isPresent()) {
            setOnUpdate(update, trunk, neutral, index);
          } else if (liveValue(live, neutral).isEmpty()) {
            problems.add(at(trunk, live) + ": " + requirement(neutral).label() + " is required by " + provider.id()
                + " on every update");
          }
        }
      }
      return Optional.of(Step.builder().action(Step.Action.UPDATE).name(trunk.name()).id(live.id())
          .changes(changes).update(update.build()).build());
    }

    /** What the vendor declares for {@code neutral} (one of {@link #FIELDS}); if nothing, ignored on both writes. */
    private FieldRequirement requirement(NeutralField neutral) {
      return byNeutral.get(neutral);
    }

    /** The vendor fields of this account's provider whose values are secret or write-only. */
    Set<String> secretAttributes() {
      Set<String> names = new TreeSet<>();
      byVendor.keySet().stream().filter(this::secretAttribute).forEach(names::add);
      return names;
    }

    private boolean secretAttribute(String name) {
      FieldRequirement field = byVendor.get(name);
      return field != null && (field.secret() || field.writeOnly());
    }

    private Secret password(DesiredTrunk trunk, int index) {
      return Secret.of(env.resolve("trunks[" + index + "].password", trunk.password().orElseThrow()));
    }

    private void setOnSpec(TrunkSpec.Builder spec, DesiredTrunk trunk, NeutralField neutral, int index) {
      switch (neutral) {
        case HOST -> spec.host(trunk.host());
        case PORT -> spec.port(trunk.port());
        case TRANSPORT -> spec.transport(trunk.transport());
        case AUTH_MODE -> spec.authMode(trunk.authMode());
        case USERNAME -> spec.username(trunk.username());
        case PASSWORD -> spec.password(password(trunk, index));
        case ALLOWED_IPS -> spec.allowedIps(trunk.allowedIps().orElse(List.of()));
        case NUMBERS -> spec.numbers(trunk.numbers().orElse(List.of()));
        case CALLER_ID -> spec.callerId(trunk.callerId());
        case MAX_CHANNELS -> spec.maxChannels(trunk.maxChannels());
        case COUNTRY_CODE -> spec.countryCode(trunk.countryCode());
        default -> throw new IllegalArgumentException(neutral.property());
      }
    }

    private void setOnUpdate(TrunkUpdate.Builder update, DesiredTrunk trunk, NeutralField neutral, int index) {
      switch (neutral) {
        case HOST -> update.host(trunk.host());
        case PORT -> update.port(trunk.port());
        case TRANSPORT -> update.transport(trunk.transport());
        case AUTH_MODE -> update.authMode(trunk.authMode());
        case USERNAME -> update.username(trunk.username());
        case PASSWORD -> update.password(password(trunk, index));
        case ALLOWED_IPS -> update.allowedIps(trunk.allowedIps());
        case NUMBERS -> update.numbers(trunk.numbers());
        case CALLER_ID -> update.callerId(trunk.callerId());
        case MAX_CHANNELS -> update.maxChannels(trunk.maxChannels());
        case COUNTRY_CODE -> update.countryCode(trunk.countryCode());
        default -> throw new IllegalArgumentException(neutral.property());
      }
    }
  }

  /** The desired value of {@code neutral} as JSON (a password as {@code (set)}), if the trunk gives it. */
  static Optional<JsonNode> desiredValue(DesiredTrunk trunk, NeutralField neutral) {
    return switch (neutral) {
      case NAME -> Optional.of(TextNode.valueOf(trunk.name()));
      case HOST -> trunk.host().map(TextNode::valueOf);
      case PORT -> trunk.port().map(IntNode::valueOf);
      case TRANSPORT -> trunk.transport().map(Transport::name).map(TextNode::valueOf);
      case AUTH_MODE -> trunk.authMode().map(AuthMode::name).map(TextNode::valueOf);
      case USERNAME -> trunk.username().map(TextNode::valueOf);
      case PASSWORD -> trunk.password().map(p -> TextNode.valueOf("(set)"));
      case ALLOWED_IPS -> trunk.allowedIps().map(Planner::array);
      case NUMBERS -> trunk.numbers().map(Planner::array);
      case CALLER_ID -> trunk.callerId().map(TextNode::valueOf);
      case MAX_CHANNELS -> trunk.maxChannels().map(IntNode::valueOf);
      case COUNTRY_CODE -> trunk.countryCode().map(TextNode::valueOf);
      default -> Optional.empty();
    };
  }

  /** The live value of {@code neutral} as JSON, if the vendor reports it. */
  static Optional<JsonNode> liveValue(SipTrunk trunk, NeutralField neutral) {
    return switch (neutral) {
      case NAME -> trunk.name().map(TextNode::valueOf);
      case HOST -> trunk.host().map(TextNode::valueOf);
      case PORT -> trunk.port().map(IntNode::valueOf);
      case TRANSPORT -> trunk.transport().map(Transport::name).map(TextNode::valueOf);
      case AUTH_MODE -> trunk.authMode().map(AuthMode::name).map(TextNode::valueOf);
      case USERNAME -> trunk.username().map(TextNode::valueOf);
      case ALLOWED_IPS -> Optional.of(array(trunk.allowedIps()));
      case NUMBERS -> Optional.of(array(trunk.numbers()));
      case CALLER_ID -> trunk.callerId().map(TextNode::valueOf);
      case MAX_CHANNELS -> trunk.maxChannels().map(IntNode::valueOf);
      case COUNTRY_CODE -> trunk.countryCode().map(TextNode::valueOf);
      default -> Optional.empty();
    };
  }

  private static boolean same(NeutralField neutral, Optional<JsonNode> have, JsonNode wanted) {
    if (have.isEmpty()) {
      return wanted.isArray() && wanted.isEmpty();
    }
    if (neutral == NeutralField.ALLOWED_IPS || neutral == NeutralField.NUMBERS) {
      return texts(have.get()).equals(texts(wanted));
    }
    return sameValue(have.get(), wanted);
  }

  /** Equal, or the same scalar written differently ({@code 5060} and {@code "5060"}). */
  static boolean sameValue(JsonNode have, JsonNode wanted) {
    if (have.equals(wanted)) {
      return true;
    }
    return have.isValueNode() && wanted.isValueNode() && have.asText().equals(wanted.asText());
  }

  static Set<String> texts(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static ArrayNode array(List<String> values) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    values.forEach(array::add);
    return array;
  }

  /** A HashMap or HashSet capacity that holds {@code entries} without growing. */
  private static int capacity(int entries) {
    return Math.max(16, (int) (entries / 0.75f) + 1);
  }

  /**
   * The fingerprints of an account's matched trunks at their positions in its listing (null: not named), made when a
   * saved plan first asks for them: of each desired trunk listed once, against its full read or, if none, its listing.
   */
  private static Supplier<Fingerprint[]> fingerprints(Matches matches, int[] indices, List<DesiredTrunk> trunks,
      SipTrunk[] full, int listed) {
    return () -> {
      Fingerprint[] at = new Fingerprint[listed];
      for (int slot = 0; slot < matches.count(); slot++) {
        SipTrunk first = matches.first(slot);
        if (first != null && matches.several(slot) == null) {
          SipTrunk live = matches.read(slot) >= 0 ? full[matches.read(slot)] : first;
          at[matches.position(slot)] = Fingerprint.of(trunks.get(indices[slot]), live);
        }
      }
      return at;
    };
  }
}
