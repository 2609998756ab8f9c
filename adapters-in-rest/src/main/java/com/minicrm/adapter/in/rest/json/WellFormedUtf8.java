package com.minicrm.adapter.in.rest.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Lets through only well-formed UTF-8 (RFC 3629): Jackson decodes an overlong form such as C0 AE as
 * '.', and an encoded surrogate as if it were text, where a strict decoder refuses both.
 */
final class WellFormedUtf8 extends FilterInputStream {
    private int pending;
    private int low = 0x80;
    private int high = 0xBF;
    private long offset;

    WellFormedUtf8(InputStream in) {
        super(in);
    }

    /** Checks a whole body at once; throws on the first byte that breaks the encoding. */
    static void check(byte[] data, int from, int length) throws JsonParseException {
        WellFormedUtf8 checker = new WellFormedUtf8(InputStream.nullInputStream());
        for (int i = from; i < from + length; i++) {
            checker.accept(data[i] & 0xFF);
        }
        checker.end();
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            accept(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
        int n = super.read(buffer, from, length);
        if (n < 0) {
            end();
        }
        for (int i = 0; i < n; i++) {
            accept(buffer[from + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping would leave bytes unchecked");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void accept(int b) throws JsonParseException {
        offset++;
        if (pending > 0) {
            if (b < low || b > high) {
                throw malformed();
            }
            pending--;
            low = 0x80;
            high = 0xBF;
            return;
        }
        if (b < 0x80) {
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            // E0 would be overlong below A0, and ED above 9F would encode a surrogate.
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            // F0 would be overlong below 90, and F4 above 8F would pass U+10FFFF.
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw malformed();
        }
    }

    private void end() throws JsonParseException {
        if (pending > 0) {
            throw malformed();
        }
    }

    private JsonParseException malformed() {
        return new JsonParseException((JsonParser) null, "JSON text must be well-formed UTF-8; byte " + offset + " is not");
    }
}
