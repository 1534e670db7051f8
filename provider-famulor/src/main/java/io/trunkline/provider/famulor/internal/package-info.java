/**
 * Not API (not exported): the neutral {@code famulor} provider, core's provider kit around Famulor's field
 * declaration ({@code FamulorFields}) and calls ({@code FamulorAdapter}), the typed client's implementation
 * ({@code DefaultFamulorClient}), its validator, pacer and error decoder, and the factory ServiceLoader finds.
 */
package io.trunkline.provider.famulor.internal;
