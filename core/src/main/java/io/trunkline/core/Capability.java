package io.trunkline.core;

/** One neutral operation of {@link TrunkProvider}; a provider declares the ones its vendor supports. */
public enum Capability {
  LIST,
  GET,
  CREATE,
  UPDATE,
  DELETE,
  STATUS,
  CONNECT_NUMBER,
  DISCONNECT_NUMBER,
  CALLER_IDS,
  PROXIES,
  TEMPLATES,
  CALL_BARRINGS,
  EXPORT
}
