package io.trunkline.provider.channel.internal;

import static io.trunkline.provider.channel.internal.ChannelFields.CHANNEL_NAME;
import static io.trunkline.provider.channel.internal.ChannelFields.FIELDS;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Paged;
import io.trunkline.core.model.CallBarring;
import io.trunkline.core.model.CallerId;
import io.trunkline.core.model.Proxy;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Template;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.ReadBack;
import io.trunkline.core.spi.TrunkAdapter;
import io.trunkline.core.spi.VendorBody;
import io.trunkline.provider.channel.ChannelClient;
import io.trunkline.provider.channel.ChannelEdit;
import io.trunkline.provider.channel.ChannelEditResult;

/**
 * The channel API's calls: edit channel, connect and disconnect a number, and the account's caller IDs, proxies,
 * templates and call barrings. The document has no list, get, create or delete of channels and no status, so this
 * adapter has none of them either. A channel is the trunk and its name is the trunk id.
 */
final class ChannelAdapter implements TrunkAdapter {
  /** The neutral caller-ID pages, bound to their reader once: a {@link CallerId} per caller ID. */
  private static final CallerIdReader.Pages<CallerId> CALLER_ID_PAGES = CallerIdReader.pages(
      () -> CallerIdReader.neutral(FIELDS.provider()), ChannelClient.DEFAULT_PAGE_SIZE);
  private final DefaultChannelClient client;

  ChannelAdapter(DefaultChannelClient client) {
    this.client = client;
  }

  @Override
  public ChannelClient vendorClient() {
    return client;
  }

  /**
   * Edits the channel named {@code id} with the checked body and returns the vendor's answer read through the
   * declaration: the API cannot read a channel, and edit channel answers only the channel's name, so the trunk holds
   * what the answer holds (its id is the {@code channel_name} answered) and nothing taken from the request. An answer
   * without a name (no body) gives the name the channel has after the edit: the new name sent, else {@code id}. An
   * answer that cannot be read as a trunk is {@code TrunkWriteAppliedException}: the edit was applied.
   */
  @Override
  public SipTrunk update(String id, VendorBody body, TrunkUpdate update) {
    ChannelEdit edit = ChannelFields.edit(body);
    ChannelEditResult answer = client.editChannel(id, edit);
    String name = answer.channelName().filter(n -> !n.isBlank()).or(edit::newName).orElse(id);
    return ReadBack.after(FIELDS.provider(), "updated", name, n -> FIELDS.read(answered(n, answer)));
  }

  @Override
  public void connectNumber(String trunkId, String number) {
    client.connectNumber(trunkId, number);
  }

  @Override
  public void disconnectNumber(String number) {
    client.disconnectNumber(number);
  }

  @Override
  public Paged<CallerId> callerIds() {
    return client.callerIds(CALLER_ID_PAGES);
  }

  @Override
  public Paged<Proxy> proxies() {
    return client.proxies().map(p -> Proxy.builder().provider(FIELDS.provider()).id(p.id()).name(p.name())
        .putAllAttributes(p.extraFields()).build());
  }

  @Override
  public Paged<Template> templates() {
    return client.templates().map(t -> Template.builder().provider(FIELDS.provider()).id(t.id()).name(t.name())
        .putAllAttributes(t.extraFields()).build());
  }

  /** Call barrings, each with its {@code code} as id: that is what an edit's call barrings take. */
  @Override
  public Paged<CallBarring> callBarrings() {
    return client.callBarrings().map(b -> CallBarring.builder().provider(FIELDS.provider()).id(b.code())
        .name(b.name()).putAllAttributes(b.extraFields()).build());
  }

  /**
   * The answer to an edit as the vendor's trunk object: its fields and {@code name} as the channel's name (the kit
   * drops any value that echoes the password sent).
   */
  private static ObjectNode answered(String name, ChannelEditResult answer) {
    ObjectNode channel = Json.object();
    answer.extraFields().forEach(channel::set);
    return channel.put(CHANNEL_NAME, name);
  }
}
