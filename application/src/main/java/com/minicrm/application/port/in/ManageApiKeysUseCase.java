package com.minicrm.application.port.in;

import com.minicrm.domain.apikey.ApiKey;
import com.minicrm.domain.apikey.ApiKeyScope;
import java.util.List;
import java.util.Set;

/** Issues, lists and revokes the keys brands' systems use to reach the API. */
public interface ManageApiKeysUseCase {
    /** The new key, and its plain value, which is shown this once and never stored. */
    record IssuedKey(ApiKey key, String plainValue) {}

    /** A key with the given scopes; with none given, {@link ApiKeyScope#INGEST} alone. */
    IssuedKey issue(String name, Set<ApiKeyScope> scopes, String issuedBy);

    List<ApiKey> list();

    void revoke(long id);
}
