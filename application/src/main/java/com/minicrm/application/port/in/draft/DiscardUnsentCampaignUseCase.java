package com.minicrm.application.port.in.draft;

/** Throws a draft away, once it is launched or no longer wanted; discarding a missing draft is a no-op. */
public interface DiscardUnsentCampaignUseCase {
    void discard(long id);
}
