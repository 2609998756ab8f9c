package com.minicrm.adapter.in.rest.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.domain.campaign.UnsentCampaign;
import java.io.UncheckedIOException;
import java.time.Instant;

/** One draft with everything it keeps, as it was typed: what the builder reopens. */
public record DraftDetail(long id, String name, String template, String channel, JsonNode rule, String subject,
        Instant scheduledAt, JsonNode variants, Integer holdoutPercent, Integer attributionWindowHours, boolean transactional,
        String createdBy, Instant updatedAt) {
    static DraftDetail from(UnsentCampaign draft, ObjectMapper json) {
        UnsentCampaign.Form form = draft.form();
        return new DraftDetail(draft.id(), form.name(), form.template(), form.channel(), tree(form.ruleJson(), json), form.subject(),
                form.scheduledAt(), tree(form.variantsJson(), json), form.holdoutPercent(), form.attributionWindowHours(),
                form.transactional(), draft.createdBy(), draft.updatedAt());
    }

    private static JsonNode tree(String text, ObjectMapper json) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("a stored draft holds JSON it was saved with", e);
        }
    }
}
