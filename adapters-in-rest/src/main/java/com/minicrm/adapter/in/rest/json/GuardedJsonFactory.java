package com.minicrm.adapter.in.rest.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.databind.MappingJsonFactory;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * Creates parsers that refuse unstorable text ({@link TextGuardingParser}), a leading byte-order
 * mark: JSON text must not begin with one (RFC 8259, section 8.1), and Jackson would skip it silently,
 * and bytes that are not well-formed UTF-8 ({@link WellFormedUtf8}), which Jackson would decode.
 */
final class GuardedJsonFactory extends MappingJsonFactory {
    private static final long serialVersionUID = 1L;

    GuardedJsonFactory() {
        super();
    }

    private GuardedJsonFactory(GuardedJsonFactory source) {
        super(source, null);
    }

    @Override
    public GuardedJsonFactory copy() {
        return new GuardedJsonFactory(this);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
        PushbackInputStream input = new PushbackInputStream(in, 4);
        byte[] head = new byte[4];
        int read = input.readNBytes(head, 0, 4);
        if (read >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            throw byteOrderMark();
        }
        if (notUtf8(head, read)) {
            throw new JsonParseException((JsonParser) null, "JSON text must be UTF-8 (RFC 8259, section 8.1)");
        }
        input.unread(head, 0, read);
        return new TextGuardingParser(super._createParser(new WellFormedUtf8(input), context));
    }

    @Override
    protected JsonParser _createParser(Reader reader, IOContext context) throws IOException {
        PushbackReader input = new PushbackReader(reader, 1);
        int first = input.read();
        if (first == '\uFEFF') {
            throw byteOrderMark();
        }
        if (first >= 0) {
            input.unread(first);
        }
        return new TextGuardingParser(super._createParser(input, context));
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable) throws IOException {
        if (length > 0 && data[offset] == '\uFEFF') {
            throw byteOrderMark();
        }
        return new TextGuardingParser(super._createParser(data, offset, length, context, recyclable));
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
        if (length >= 3 && (data[offset] & 0xFF) == 0xEF && (data[offset + 1] & 0xFF) == 0xBB && (data[offset + 2] & 0xFF) == 0xBF) {
            throw byteOrderMark();
        }
        if (notUtf8(java.util.Arrays.copyOfRange(data, offset, offset + Math.min(length, 2)), Math.min(length, 2))) {
            throw new JsonParseException((JsonParser) null, "JSON text must be UTF-8 (RFC 8259, section 8.1)");
        }
        WellFormedUtf8.check(data, offset, length);
        return new TextGuardingParser(super._createParser(data, offset, length, context));
    }

    @Override
    protected JsonParser _createParser(DataInput input, IOContext context) throws IOException {
        return new TextGuardingParser(super._createParser(input, context));
    }

    /**
     * Jackson would detect UTF-16 and UTF-32 from their byte-order marks or zero bytes and read them;
     * JSON exchanged between systems must be UTF-8, and a NUL never starts valid UTF-8 JSON text.
     */
    private static boolean notUtf8(byte[] head, int read) {
        if (read >= 2 && (((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) || ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE))) {
            return true;
        }
        for (int i = 0; i < Math.min(read, 2); i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static JsonParseException byteOrderMark() {
        return new JsonParseException((JsonParser) null, "JSON text must not start with a byte-order mark");
    }
}
