package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;

/**
 * Parsers for an {@link ObjectReader} to read a response body with. When the reader's own factory parses as
 * {@link Json#factory()} does (a plain {@link JsonFactory} with the same features, read constraints and no input
 * decorator: {@link Json#mapper()}'s, or a copy's), the parser is the streaming factory's {@link PageJsonParser},
 * which counts its own moves for {@link JsonBudget}, with the reader's codec and parser settings, as the reader
 * would have made it; otherwise it is the reader's own parser (which {@link JsonBudget} wraps in a counting
 * delegate).
 */
final class ReaderParsers {
  /** The last factory found to parse as the streaming factory does: one listing reads with the same reader. */
  private static volatile JsonFactory lastSame;

  private ReaderParsers() {}

  /** A parser on {@code in} for {@code reader}. */
  static JsonParser create(ObjectReader reader, InputStream in) throws IOException {
    JsonFactory own = reader.getFactory();
    if (own != lastSame) {
      if (!parsesAsStreaming(own)) {
        return reader.createParser(in);
      }
      lastSame = own;
    }
    JsonParser parser = Json.factory().createParser(in);
    parser.setCodec(own.getCodec());
    return reader.getConfig().initialize(parser);
  }

  /** Whether {@code factory}'s parsers read bytes as the streaming factory's do: same class, features, limits. */
  static boolean parsesAsStreaming(JsonFactory factory) {
    JsonFactory streaming = Json.factory();
    return factory.getClass() == JsonFactory.class
        && factory.getInputDecorator() == null
        && factory.getFactoryFeatures() == streaming.getFactoryFeatures()
        && factory.getParserFeatures() == streaming.getParserFeatures()
        && factory.getFormatParserFeatures() == streaming.getFormatParserFeatures()
        && sameLimits(factory.streamReadConstraints(), streaming.streamReadConstraints());
  }

  private static boolean sameLimits(StreamReadConstraints a, StreamReadConstraints b) {
    return a.getMaxNestingDepth() == b.getMaxNestingDepth()
        && a.getMaxDocumentLength() == b.getMaxDocumentLength()
        && a.getMaxTokenCount() == b.getMaxTokenCount()
        && a.getMaxNumberLength() == b.getMaxNumberLength()
        && a.getMaxStringLength() == b.getMaxStringLength()
        && a.getMaxNameLength() == b.getMaxNameLength();
  }
}
