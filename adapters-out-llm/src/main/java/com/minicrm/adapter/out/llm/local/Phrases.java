package com.minicrm.adapter.out.llm.local;

import java.util.List;

/** Small token-list tests shared by the readers. */
final class Phrases {
    private Phrases() {}

    static boolean matches(List<String> tokens, int at, List<String> phrase) {
        if (at < 0 || at + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(at + k).equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    static boolean isNumber(String token) {
        return token.matches("\\d+(?:\\.\\d+)?") || Lexicon.NUMBER_WORDS.containsKey(token);
    }
}
