package com.minicrm.adapter.out.persistence.apikey;

import com.minicrm.application.port.out.ApiKeys;
import com.minicrm.domain.apikey.ApiKey;
import com.minicrm.domain.apikey.ApiKeyHash;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** API keys through Hibernate ORM with Panache. */
@ApplicationScoped
class ApiKeyStore implements ApiKeys {
    @Override
    @Transactional
    public Optional<ApiKey> findByHash(ApiKeyHash hash) {
        return ApiKeyEntity.<ApiKeyEntity>find("keyHash", hash.hex()).firstResultOptional().map(ApiKeyMapper::toDomain);
    }

    @Override
    @Transactional
    public Optional<ApiKey> findById(long id) {
        return ApiKeyEntity.<ApiKeyEntity>findByIdOptional(id).map(ApiKeyMapper::toDomain);
    }

    @Override
    @Transactional
    public List<ApiKey> all() {
        return ApiKeyEntity.<ApiKeyEntity>listAll(Sort.descending("createdAt")).stream().map(ApiKeyMapper::toDomain).toList();
    }

    @Override
    @Transactional
    public ApiKey save(ApiKey key) {
        ApiKeyEntity entity = key.id().flatMap(id -> ApiKeyEntity.<ApiKeyEntity>findByIdOptional(id)).orElseGet(ApiKeyEntity::new);
        ApiKeyMapper.toEntity(key, entity).persist();
        return ApiKeyMapper.toDomain(entity);
    }
}
