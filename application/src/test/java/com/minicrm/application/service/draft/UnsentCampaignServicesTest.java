package com.minicrm.application.service.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.application.port.out.draft.UnsentCampaigns;
import com.minicrm.domain.campaign.UnsentCampaign;
import com.minicrm.domain.campaign.UnsentCampaignNotFoundException;
import com.minicrm.domain.validation.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Drafts are saved loosely, saved over by id, listed latest first and discarded. */
class UnsentCampaignServicesTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private final InMemoryDrafts drafts = new InMemoryDrafts();
    private final SaveUnsentCampaignService save = new SaveUnsentCampaignService(drafts, Clock.fixed(NOW, ZoneOffset.UTC));
    private final FindUnsentCampaignsService find = new FindUnsentCampaignsService(drafts);
    private final DiscardUnsentCampaignService discard = new DiscardUnsentCampaignService(drafts);

    @Test
    void aHalfWrittenDraftIsSavedAndSavedOverById() {
        UnsentCampaign first = save.save(null, UnsentCampaign.Form.of(" ", "Hi {{first_nme", null, null), "asha@example.com");

        assertThat(first.name()).isEqualTo("Untitled draft");
        assertThat(first.channel()).isEqualTo("SMS");
        UnsentCampaign again = save.save(first.id(), UnsentCampaign.Form.of("Diwali", "Hi {{first_name}}", "EMAIL", "{}"), "asha@example.com");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(find.latestFirst()).extracting(UnsentCampaign::name).containsExactly("Diwali");
        assertThat(find.byId(first.id())).map(UnsentCampaign::channel).contains("EMAIL");
    }

    @Test
    void savingOverADiscardedDraftSaysItIsGoneAndAnUnknownChannelIsRefused() {
        UnsentCampaign draft = save.save(null, UnsentCampaign.Form.of("Gone soon", "", "SMS", null), null);
        discard.discard(draft.id());
        discard.discard(draft.id());

        assertThatThrownBy(() -> save.save(draft.id(), UnsentCampaign.Form.of("Gone soon", "", "SMS", null), null))
                .isInstanceOf(UnsentCampaignNotFoundException.class);
        assertThatThrownBy(() -> save.save(null, UnsentCampaign.Form.of("Fax", "", "FAX", null), null)).isInstanceOf(InvalidInputException.class);
        assertThat(find.latestFirst()).isEmpty();
    }

    /** Drafts in a map, like the table: an update of a missing id changes nothing. */
    private static final class InMemoryDrafts implements UnsentCampaigns {
        private final Map<Long, UnsentCampaign> byId = new LinkedHashMap<>();
        private long nextId = 1;

        @Override
        public Optional<UnsentCampaign> save(UnsentCampaign draft) {
            if (draft.id() != null && !byId.containsKey(draft.id())) {
                return Optional.empty();
            }
            UnsentCampaign stored = draft.id() == null ? draft.withId(nextId++) : draft;
            byId.put(stored.id(), stored);
            return Optional.of(stored);
        }

        @Override
        public Optional<UnsentCampaign> withId(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<UnsentCampaign> latestFirst(int limit) {
            return byId.values().stream().sorted(Comparator.comparing(UnsentCampaign::updatedAt).reversed()).limit(limit).toList();
        }

        @Override
        public boolean remove(long id) {
            return byId.remove(id) != null;
        }
    }
}
