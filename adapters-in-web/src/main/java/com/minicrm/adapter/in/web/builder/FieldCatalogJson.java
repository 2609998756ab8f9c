package com.minicrm.adapter.in.web.builder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The rule language's catalog as JSON, for every page that hosts the builder's script. */
public final class FieldCatalogJson {
    private FieldCatalogJson() {}

    public static String of(ObjectMapper json) throws JsonProcessingException {
        return json.writeValueAsString(FieldCatalog.fromDomain());
    }
}
