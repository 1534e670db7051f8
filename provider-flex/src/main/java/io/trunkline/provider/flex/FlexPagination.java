package io.trunkline.provider.flex;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The {@code pagination} block of a Wavix list: where this page is and how many there are. */
@Value.Immutable
@JsonSerialize(as = ImmutableFlexPagination.class)
@JsonDeserialize(as = ImmutableFlexPagination.class)
public abstract class FlexPagination {
  /** This page's number, counted from 1. */
  @JsonProperty("current_page")
  public abstract Optional<Integer> currentPage();

  /** Records per page. */
  @JsonProperty("per_page")
  public abstract Optional<Integer> perPage();

  /** Records in the whole list. */
  @JsonProperty("total")
  public abstract Optional<Long> total();

  /** Pages in the whole list. */
  @JsonProperty("total_pages")
  public abstract Optional<Integer> totalPages();

  public static ImmutableFlexPagination.Builder builder() {
    return ImmutableFlexPagination.builder();
  }
}
