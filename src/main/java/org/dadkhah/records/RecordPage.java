package org.dadkhah.records;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One page of a keyset-paginated list; {@code next} is the cursor for the following page, if any. */
public record RecordPage(List<Map<String, Object>> items, @Nullable UUID next) {
}
