package io.trunkline.provider.channel;

import io.trunkline.core.Paged;
import io.trunkline.core.model.CallBarring;
import io.trunkline.core.model.CallerId;
import io.trunkline.core.model.Proxy;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Template;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.AbstractTrunkProvider;
import io.trunkline.core.spi.ProviderContext;
import io.trunkline.core.spi.Validate;

/**
 * The channel sipTrunk API as a neutral {@link io.trunkline.core.TrunkProvider}. A channel is the trunk and its
 * name is the trunk id. The document has no list, get, create or delete of channels, so those throw
 * {@code UnsupportedCapabilityException}; update is edit channel, and the trunk it returns is built from what was
 * sent and answered (see {@link #update}). {@link #vendorClient()} has the whole API, Operator Connect included.
 */
public final class ChannelProvider extends AbstractTrunkProvider {
  private final ChannelClient client;

  ChannelProvider(ProviderContext context, String accountId, IdFieldSpelling spelling) {
    super(context);
    this.client = new ChannelClient(context.http(), accountId, spelling);
  }

  @Override
  public ChannelClient vendorClient() {
    return client;
  }

  /**
   * Edits the channel named {@code id}. {@code name} renames it ({@code new_name}), {@code password},
   * {@code callerId} ({@code caller_id}) and {@code allowedIps} ({@code sip_trunk.ip_whitelist}) map directly; any
   * other edit-channel field goes in {@code attributes} under its vendor name ({@code call_barrings},
   * {@code sip_trunk}, {@code clip}, …). Host, port, transport, auth mode, username, channel limit, country and
   * numbers are refused: edit channel has no such fields.
   *
   * <p>The API answers only {@code channel_name} and cannot read a channel back, so the trunk returned holds what
   * was sent: id and name are the new name (or the name edited), {@code callerId} and {@code allowedIps} as sent,
   * the other fields sent in {@code attributes} (never the password); everything else is empty.
   */
  @Override
  public SipTrunk update(String id, TrunkUpdate update) {
    ChannelValidator.channelName("id", id);
    Validate.required("update", update);
    ChannelEdit edit = ChannelMapper.toEdit(update);
    ChannelEditResult answer = client.editChannel(id, edit);
    return ChannelMapper.toTrunk(id, client.body(edit), answer);
  }

  /** Connects {@code number} (E.164) to the channel named {@code trunkId}. */
  @Override
  public void connectNumber(String trunkId, String number) {
    client.connectNumber(trunkId, number);
  }

  /** Disconnects {@code number} (E.164) from whichever channel it is on. */
  @Override
  public void disconnectNumber(String number) {
    client.disconnectNumber(number);
  }

  @Override
  public Paged<CallerId> callerIds() {
    return client.callerIds().map(ChannelMapper::callerId);
  }

  @Override
  public Paged<Proxy> proxies() {
    return client.proxies().map(ChannelMapper::proxy);
  }

  @Override
  public Paged<Template> templates() {
    return client.templates().map(ChannelMapper::template);
  }

  /** Call barrings, each with its {@code code} as id. */
  @Override
  public Paged<CallBarring> callBarrings() {
    return client.callBarrings().map(ChannelMapper::callBarring);
  }
}
