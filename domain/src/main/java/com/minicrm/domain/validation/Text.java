package com.minicrm.domain.validation;

/**
 * What counts as empty or unstorable text. {@link String#isBlank()} only knows ASCII-style white
 * space, so a zero-width space or a no-break space would pass as a name; and a NUL or a lone UTF-16
 * surrogate cannot be stored in utf8mb4 at all (it comes back as '?' or breaks the writer).
 */
public final class Text {
    public static final String UNSAFE = "must not contain NUL characters, unpaired UTF-16 surrogates or Unicode noncharacters";

    private Text() {}

    /** True for null, empty, or nothing but white space, invisible formatting and blank fillers. */
    public static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(Text::invisible);
    }

    /** The position of the first NUL or unpaired surrogate, or -1 if there is none. */
    public static int unsafeAt(CharSequence text, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\u0000' || c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
                return i - offset;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i - offset;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i - offset;
            }
        }
        return -1;
    }

    public static boolean isSafe(String text) {
        return text == null || unsafeAt(text, 0, text.length()) < 0;
    }

    private static boolean invisible(int codePoint) {
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint)
                || Character.getType(codePoint) == Character.FORMAT
                // Marks that draw nothing on their own: the grapheme joiner, variation selectors, Khmer inherent vowels.
                || Character.getType(codePoint) == Character.NON_SPACING_MARK
                || codePoint == 0x17B4 || codePoint == 0x17B5
                // Letters by category that render as nothing: Hangul fillers and the braille blank.
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0 || codePoint == 0x2800;
    }
}
