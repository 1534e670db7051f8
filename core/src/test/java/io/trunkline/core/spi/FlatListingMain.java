package io.trunkline.core.spi;

import io.trunkline.core.Credentials;
import io.trunkline.core.Paged;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Run by {@link FlatListingColdTest} in a fresh JVM: opens a kit provider and reads the first page of flat trunks
 * (an envelope with a total; strings, numbers, a boolean) from a socket on loopback, then prints what it read.
 * Nothing here may load jackson-databind's mapper: the test reads the JVM's class-loading log.
 */
public final class FlatListingMain {
  static final TrunkFields FIELDS = TrunkFields.builder("flat").id("id", FieldRule.digits())
      .field(VendorField.text("label").neutral(NeutralField.NAME))
      .field(VendorField.integer("port").neutral(NeutralField.PORT)).build();
  static final String PAGE = "{\"total\":2,\"items\":[{\"id\":1,\"label\":\"one\",\"port\":5060,\"brand\":\"x\"},"
      + "{\"id\":2,\"label\":\"two\",\"port\":5061,\"shared\":true}]}";

  private FlatListingMain() {}

  /** Lists trunks under {@code /trunks} by offset. */
  static final class Flat implements TrunkAdapter {
    private final HttpEngine http;

    Flat(HttpEngine http) {
      this.http = http;
    }

    @Override
    public HttpEngine vendorClient() {
      return http;
    }

    @Override
    public Paged<SipTrunk> list(TrunkQuery query) {
      return Paging.byOffset(10, (offset, size) -> http.execute(ApiRequest.get("/trunks").query("offset", offset)
          .query("limit", size).build(), FIELDS.page("items", "/total")));
    }
  }

  /** The factory, its declaration made on demand as the providers' are. */
  public static final class FlatFactory extends AdapterProviderFactory {
    public FlatFactory() {
      super(ProviderMetadata.builder().id("flat").displayName("Flat").addCredentialKinds(Credentials.Kind.BEARER),
          () -> FIELDS, Flat.class);
    }

    @Override
    protected TrunkAdapter adapter(ProviderContext context) {
      return new Flat(context.http());
    }
  }

  public static void main(String[] args) throws Exception {
    byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread serving = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket socket = server.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.US_ASCII));
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
              // the request's head: every request gets the page
            }
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.write(body);
            out.flush();
          } catch (java.io.IOException e) {
            // closed
          }
        }
      });
      serving.setDaemon(true);
      serving.start();
      ProviderConfig config = ProviderConfig.builder().baseUrl("http://127.0.0.1:" + server.getLocalPort())
          .credentials(Credentials.bearer("t0ken-flat-1")).build();
      try (TrunkProvider provider = Trunkline.builder().register(new FlatFactory()).build().open("flat", config)) {
        List<SipTrunk> first = provider.list().firstPage().items();
        StringBuilder out = new StringBuilder("listed");
        for (SipTrunk trunk : first) {
          out.append(' ').append(trunk.id()).append(':').append(trunk.name().orElse("-")).append(':')
              .append(trunk.port().map(String::valueOf).orElse("-")).append(':').append(trunk.attributes().keySet());
        }
        System.out.println(out);
      }
    }
    System.exit(0);
  }
}
