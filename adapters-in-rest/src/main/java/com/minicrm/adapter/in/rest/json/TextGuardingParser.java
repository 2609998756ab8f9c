package com.minicrm.adapter.in.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.minicrm.domain.validation.Text;
import java.io.IOException;
import java.nio.CharBuffer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Refuses every string and key holding a NUL or an unpaired surrogate as the parser reads it, so
 * one check covers every field of every body: typed fields, lists, free-form maps and rule trees.
 * Every way of advancing ends in {@link #nextToken()}, which is what databind calls.
 */
final class TextGuardingParser extends JsonParserDelegate {
    private static final String UNSAFE_KEY = "a NUL character, an unpaired UTF-16 surrogate or a Unicode noncharacter";

    TextGuardingParser(JsonParser delegate) {
        super(delegate);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token == JsonToken.VALUE_STRING) {
            check(delegate.getTextCharacters(), delegate.getTextOffset(), delegate.getTextLength(), false);
        } else if (token == JsonToken.FIELD_NAME) {
            String name = delegate.currentName();
            check(name.toCharArray(), 0, name.length(), true);
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    private void check(char[] text, int offset, int length, boolean key) throws UnsafeTextException {
        if (Text.unsafeAt(CharBuffer.wrap(text), offset, length) >= 0) {
            // A bad key is reported on its object: the key itself could not even be written back as JSON.
            throw new UnsafeTextException(this, path(key), key ? "has a key with " + UNSAFE_KEY : Text.UNSAFE);
        }
    }

    /** The field being read, as {@code customers[0].name}; without the current key when it is the culprit. */
    private String path(boolean withoutCurrentKey) {
        Deque<String> steps = new ArrayDeque<>();
        JsonStreamContext context = delegate.getParsingContext();
        boolean skipKey = withoutCurrentKey;
        for (; context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                steps.push("[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.getCurrentName() != null && !skipKey) {
                steps.push("." + context.getCurrentName());
            }
            skipKey = false;
        }
        String path = String.join("", steps);
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? "body" : path;
    }
}
