package org.dadkhah.records;

import java.util.IdentityHashMap;
import java.util.Map;
import org.dadkhah.security.Caller;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The single-record representations the read layer handed out in the current transaction, and to whom: so that a
 * method taking a representation back (a person whose acts are read with the person's label taken from it) trusts
 * only one it issued itself to the same caller, never a map built elsewhere or read by another caller.
 */
final class IssuedRepresentations {

    private static final Object KEY = IssuedRepresentations.class;

    private IssuedRepresentations() {
    }

    /** Notes that {@code representation} was read through the read layer by {@code caller} in this transaction. */
    static void note(Map<String, Object> representation, Caller caller) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        issued().put(representation, caller);
    }

    /** Whether this very map was issued by the read layer to {@code caller} in the current transaction. */
    static boolean issuedTo(Map<String, Object> representation, Caller caller) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !(TransactionSynchronizationManager.getResource(KEY) instanceof Map<?, ?> issued)) {
            return false;
        }
        return caller.equals(issued.get(representation));
    }

    @SuppressWarnings("unchecked")
    private static Map<Map<String, Object>, Caller> issued() {
        Object bound = TransactionSynchronizationManager.getResource(KEY);
        if (bound != null) {
            return (Map<Map<String, Object>, Caller>) bound;
        }
        Map<Map<String, Object>, Caller> issued = new IdentityHashMap<>();
        TransactionSynchronizationManager.bindResource(KEY, issued);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }
        });
        return issued;
    }
}
