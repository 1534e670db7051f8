/**
 * Every failure Trunkline reports, under one unchecked {@link io.trunkline.core.error.TrunklineException}:
 * the vendor said no ({@link io.trunkline.core.error.TrunkApiException} and its subclasses), the network failed
 * ({@link io.trunkline.core.error.TrunkTransportException}), the answer could not be read
 * ({@link io.trunkline.core.error.TrunkResponseException}), or the input was refused before sending
 * ({@link io.trunkline.core.error.TrunkValidationException}). No message ever holds a secret.
 */
package io.trunkline.core.error;
