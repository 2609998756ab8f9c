package com.minicrm.adapter.in.rest.ai;

/** A plain-language description of an audience. */
public record SegmentTextRequest(String text) {}
