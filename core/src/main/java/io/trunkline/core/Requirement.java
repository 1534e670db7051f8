package io.trunkline.core;

/** What a provider does with a field on create or on update. */
public enum Requirement {
  /** Must be given. */
  REQUIRED,
  /** May be given; sent when it is. */
  ACCEPTED,
  /** May be given; not sent (the vendor has no place for it). */
  IGNORED,
  /** Must not be given: the request is refused before anything is sent. */
  REFUSED
}
