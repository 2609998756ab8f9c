package com.minicrm.adapter.in.web.builder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.minicrm.domain.segment.RuleTree;
import com.minicrm.domain.segment.Segment;
import java.util.LinkedHashMap;
import java.util.Map;

/** A saved segment as the builder's script reads it: id, name, description and the rule tree. */
public final class SegmentJson {
    private SegmentJson() {}

    public static String of(Segment segment, ObjectMapper json) throws JsonProcessingException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", segment.id());
        out.put("name", segment.name());
        out.put("description", segment.description());
        out.put("rule", RuleTree.of(segment.rule()));
        return json.writeValueAsString(out);
    }
}
