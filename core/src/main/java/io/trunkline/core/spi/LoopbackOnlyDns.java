package io.trunkline.core.spi;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;

/**
 * Resolves names for an engine that may use plain {@code http://} only because its host is loopback: keeps the
 * loopback addresses a name resolves to and refuses a name that resolves to none, so {@code localhost} pointed
 * elsewhere (a hosts file, a DNS answer) never receives a request in clear.
 */
final class LoopbackOnlyDns implements Dns {
  private final Dns delegate;

  LoopbackOnlyDns(Dns delegate) {
    this.delegate = delegate;
  }

  @Override
  public List<InetAddress> lookup(String hostname) throws UnknownHostException {
    List<InetAddress> all = delegate.lookup(hostname);
    List<InetAddress> loopback = all.stream().filter(InetAddress::isLoopbackAddress).toList();
    if (loopback.isEmpty()) {
      throw new UnknownHostException(hostname + " resolved to " + all.stream().map(InetAddress::getHostAddress).toList()
          + ", not a loopback address: plain http is allowed only to loopback (set allowInsecureHttp to opt in)");
    }
    return loopback;
  }
}
