package org.dadkhah.linkage;

import java.util.List;
import org.dadkhah.estimate.PersonIdentities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accepted links as the estimate module's person identities: a linked group counts as one person. */
@Service
@Transactional(readOnly = true)
class LinkedPersonIdentities implements PersonIdentities {

    private final PersonLinks links;

    LinkedPersonIdentities(PersonLinks links) {
        this.links = links;
    }

    @Override
    public List<Link> acceptedLinks() {
        return links.accepted();
    }

    @Override
    public long pendingReview() {
        return links.awaitingReview();
    }
}
