package io.trunkline.plan;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.trunkline.testing.VendorSimulator;
import java.util.ArrayList;
import java.util.List;

/** The requests a simulator received, oldest first, as {@code METHOD /path body}, sign-ins left out. */
final class NumberMoveJournal {
  private NumberMoveJournal() {}

  /** Every request but sign-ins and token refreshes. */
  static List<String> requests(VendorSimulator simulator) {
    List<ServeEvent> events = new ArrayList<>(simulator.server().getAllServeEvents());
    java.util.Collections.reverse(events);
    List<String> lines = new ArrayList<>();
    for (ServeEvent event : events) {
      String url = event.getRequest().getUrl();
      if (url.startsWith("/api/auth") || url.startsWith("/api/login")) {
        continue;
      }
      String body = event.getRequest().getBodyAsString();
      lines.add(event.getRequest().getMethod().getName() + " " + url + (body == null || body.isEmpty() ? ""
          : " " + body));
    }
    return lines;
  }

  /** The requests that may change something: every method but GET. */
  static List<String> writes(VendorSimulator simulator) {
    return requests(simulator).stream().filter(r -> !r.startsWith("GET ")).toList();
  }

  /** Forgets the requests so far (the simulator keeps its state). */
  static void clear(VendorSimulator simulator) {
    simulator.server().resetRequests();
  }

  /** The exception {@code move} fails with; an assertion error when it does not fail. */
  static NumberMoveException failed(NumberMove move) {
    try {
      move.run();
    } catch (NumberMoveException e) {
      return e;
    }
    throw new AssertionError("the move did not fail");
  }
}
