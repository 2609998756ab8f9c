package com.minicrm.adapter.in.web.builder;

import com.minicrm.domain.campaign.Channel;
import com.minicrm.domain.campaign.Placeholder;
import com.minicrm.domain.segment.Field;
import com.minicrm.domain.segment.Operator;
import java.util.Arrays;
import java.util.List;

/**
 * What the builder's script needs to know about the rule language, taken from the domain's own
 * catalog so the page offers exactly the fields, operators and placeholders the server accepts.
 */
record FieldCatalog(List<FieldEntry> fields, List<String> placeholders, List<String> emailPlaceholders, List<String> channels) {
    record FieldEntry(String key, String label, String type, List<OperatorEntry> operators) {}

    record OperatorEntry(String op, String label, String arity) {}

    static FieldCatalog fromDomain() {
        List<FieldEntry> fields = Arrays.stream(Field.values())
                .map(f -> new FieldEntry(f.json(), f.label(), f.type().name(), Arrays.stream(Operator.values())
                        .filter(o -> f.type().allows(o))
                        .map(o -> new OperatorEntry(o.json(), o.text(), o.arity().name()))
                        .toList()))
                .toList();
        // The chips offer what every channel accepts; an e-mail alone may add {{unsubscribe_url}}.
        List<String> placeholders = Arrays.stream(Placeholder.values()).filter(p -> !p.emailOnly()).map(Placeholder::key).toList();
        List<String> emailPlaceholders = Arrays.stream(Placeholder.values()).filter(Placeholder::emailOnly).map(Placeholder::key).toList();
        List<String> channels = Arrays.stream(Channel.values()).map(Channel::name).toList();
        return new FieldCatalog(fields, placeholders, emailPlaceholders, channels);
    }
}
