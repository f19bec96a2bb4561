package org.dadkhah.testimony;

/** What a witness agreed their testimony may be used for (informed, specific, revocable). */
public enum ConsentScope {
    /** Read and quoted inside the organisation only. */
    INTERNAL_ONLY,
    /** Also shared with the prosecutors named in the consent. */
    NAMED_PROSECUTORS,
    /** Also published (with the name only if the witness agreed to that too). */
    PUBLICATION
}
