package com.minicrm.application.port.in;

import com.minicrm.domain.apikey.ApiKey;
import java.util.List;

/** Issues, lists and revokes the keys brands use for ingestion. */
public interface ManageApiKeysUseCase {
    /** The new key, and its plain value, which is shown this once and never stored. */
    record IssuedKey(ApiKey key, String plainValue) {}

    IssuedKey issue(String name, String issuedBy);

    List<ApiKey> list();

    void revoke(long id);
}
