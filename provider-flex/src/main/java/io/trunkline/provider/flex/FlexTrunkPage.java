package io.trunkline.provider.flex;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.provider.flex.internal.FlexFields;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One page of {@code GET /v1/trunks}: the trunks on it and the {@code pagination} block. Wavix sends
 * a JSON null for the trunks of an empty page; it is read as no trunks.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFlexTrunkPage.class)
public abstract class FlexTrunkPage {
  @JsonProperty(FlexFields.TRUNKS)
  public abstract List<FlexTrunkSummary> sipTrunks();

  @JsonProperty(FlexFields.PAGINATION)
  public abstract Optional<FlexPagination> pagination();

  @JsonCreator
  static FlexTrunkPage fromJson(@JsonProperty(FlexFields.TRUNKS) List<FlexTrunkSummary> sipTrunks,
      @JsonProperty(FlexFields.PAGINATION) FlexPagination pagination) {
    return builder().sipTrunks(sipTrunks == null ? List.of() : sipTrunks)
        .pagination(Optional.ofNullable(pagination)).build();
  }

  public static ImmutableFlexTrunkPage.Builder builder() {
    return ImmutableFlexTrunkPage.builder();
  }
}
