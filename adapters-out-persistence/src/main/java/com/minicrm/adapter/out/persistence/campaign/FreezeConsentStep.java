package com.minicrm.adapter.out.persistence.campaign;

import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.consent.SuppressionReason;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The consent step of a freeze chunk, as the freezer sees it. The app has one implementation,
 * {@link ChunkSuppressions}; the seam exists so that the freeze benchmark can run the very same
 * freeze in-process with the step left out and compare the two, without any switch in the app.
 */
public interface FreezeConsentStep {
    /** Takes whatever lock the step needs for the rest of the chunk's transaction; called before anything else is read. */
    void lockChannel(Connection c, Campaign campaign) throws SQLException;

    /** The reason each suppressed customer of the chunk is not messaged; customers not in the map are. */
    Map<Long, SuppressionReason> reasons(Connection c, Campaign campaign, List<Long> customerIds, Set<Long> withoutAddress, Instant now)
            throws SQLException;
}
