package io.dangol.crm.admin;

import java.util.List;

/**
 * What a recomputation of the access log's hash chain found: how many entries, the chain's first and last position,
 * and the positions where it is broken — an entry whose hash does not match its content, or that does not follow the
 * entry before it (an entry changed, removed or inserted). Empty {@code broken}: intact.
 */
public record ChainCheck(long entries, long first, long last, String headHash, List<Long> broken) implements java.io.Serializable {

    public ChainCheck {
        broken = List.copyOf(broken);
    }

    public boolean intact() {
        return broken.isEmpty();
    }
}
