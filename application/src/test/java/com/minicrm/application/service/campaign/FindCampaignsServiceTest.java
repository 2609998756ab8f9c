package com.minicrm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.application.service.FindCampaignsService;
import com.minicrm.domain.campaign.CampaignNotFoundException;
import com.minicrm.domain.validation.InvalidInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading campaign history checks ids and paging. */
class FindCampaignsServiceTest {
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final FindCampaignsService find =
            new FindCampaignsService(campaigns, new InMemoryCommunicationLog(campaigns, Fixtures.customers(0)));

    @Test
    void anUnknownCampaignIsNotFound() {
        assertThatThrownBy(() -> find.get(42)).isInstanceOf(CampaignNotFoundException.class);
        assertThatThrownBy(() -> find.messages(42, Optional.empty(), 0, 10)).isInstanceOf(CampaignNotFoundException.class);
    }

    @Test
    void rejectsNegativePagesAndOversizedPages() {
        assertThatThrownBy(() -> find.list(-1, 10)).isInstanceOf(InvalidInputException.class).hasMessageContaining("page");
        assertThatThrownBy(() -> find.list(0, 201)).isInstanceOf(InvalidInputException.class).hasMessageContaining("size");
        assertThat(find.list(0, 200).items()).isEmpty();
    }
}
