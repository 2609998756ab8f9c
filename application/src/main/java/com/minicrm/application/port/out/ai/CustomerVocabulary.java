package com.minicrm.application.port.out.ai;

/** Reads the distinct cities and tags of the stored customers. */
public interface CustomerVocabulary {
    Vocabulary current();
}
