package io.trunkline.provider.flex;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.provider.flex.internal.FlexFields;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code pagination} block of a Wavix list: where this page is and how many there are. */
@Value.Immutable
@JsonSerialize(as = ImmutableFlexPagination.class)
@JsonDeserialize(as = ImmutableFlexPagination.class)
public abstract class FlexPagination {
  /** This page's number, counted from 1. */
  @JsonProperty(FlexFields.CURRENT_PAGE)
  public abstract Optional<Integer> currentPage();

  /** Records per page. */
  @JsonProperty(FlexFields.PER_PAGE)
  public abstract Optional<Integer> perPage();

  /** Records in the whole list. */
  @JsonProperty(FlexFields.TOTAL)
  public abstract Optional<Long> total();

  /** Pages in the whole list. */
  @JsonProperty(FlexFields.TOTAL_PAGES)
  public abstract Optional<Integer> totalPages();

  public static ImmutableFlexPagination.Builder builder() {
    return ImmutableFlexPagination.builder();
  }
}
