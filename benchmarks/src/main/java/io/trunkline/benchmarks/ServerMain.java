package io.trunkline.benchmarks;

import java.io.IOException;

/**
 * A {@link LoopbackServer} in a process of its own, for the JMH benchmarks: so that the GC profiler counts what the
 * client allocates, not the server. Arguments: {@code trunks shape delayMillis threads [servers]}: that many
 * servers (default 1), each on its own port with its own threads, serving the same pages. Prints
 * {@code port=N[,N...]}, then serves until its standard input closes (its parent ended or closed it).
 */
public final class ServerMain {
  private ServerMain() {}

  public static void main(String[] args) throws IOException {
    PbxPages pages = PbxPages.of(Integer.parseInt(args[0]), PbxPages.Shape.parse(args[1]));
    int count = args.length > 4 ? Integer.parseInt(args[4]) : 1;
    StringBuilder ports = new StringBuilder("port=");
    for (int i = 0; i < count; i++) {
      LoopbackServer server = LoopbackServer.start(pages, Long.parseLong(args[2]), Integer.parseInt(args[3]));
      ports.append(i == 0 ? "" : ",").append(server.port());
    }
    System.out.println(ports);
    System.out.flush();
    while (System.in.read() >= 0) {
      // serve until the parent closes our standard input
    }
    System.exit(0);
  }
}
