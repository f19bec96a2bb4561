package org.dadkhah.records;

import java.time.Instant;
import java.util.UUID;
import org.dadkhah.shared.Confidentiality;

/** A restricted or secret record was read (for the audit log). */
public record RecordRead(String type, UUID id, Confidentiality confidentiality, String actor, Instant at) {
}
