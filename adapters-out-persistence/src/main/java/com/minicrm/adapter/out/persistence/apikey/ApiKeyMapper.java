package com.minicrm.adapter.out.persistence.apikey;

import com.minicrm.domain.apikey.ApiKey;
import com.minicrm.domain.apikey.ApiKeyHash;
import com.minicrm.domain.apikey.ApiKeyScope;

/** Maps API keys between the domain and their table. */
final class ApiKeyMapper {
    private ApiKeyMapper() {}

    static ApiKey toDomain(ApiKeyEntity entity) {
        return ApiKey.restore(entity.id, entity.name, new ApiKeyHash(entity.keyHash), entity.prefix,
                ApiKeyScope.parseList(entity.scopes), entity.createdBy, entity.createdAt, entity.revokedAt);
    }

    static ApiKeyEntity toEntity(ApiKey key, ApiKeyEntity entity) {
        entity.name = key.name();
        entity.keyHash = key.hash().hex();
        entity.prefix = key.prefix();
        entity.scopes = ApiKeyScope.toList(key.scopes());
        entity.createdBy = key.createdBy();
        entity.createdAt = key.createdAt();
        entity.revokedAt = key.revokedAt().orElse(null);
        return entity;
    }
}
