package com.minicrm.adapter.in.web.layout;

import com.minicrm.domain.campaign.Campaign;
import com.minicrm.domain.campaign.Channel;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/** How the pages write money, counts, times and campaign progress: Indian digit grouping, the brand's time zone. */
@TemplateExtension
public final class Formats {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static volatile ZoneId zone;

    private Formats() {}

    /** ₹12,34,567 (no paise: marketers read totals, not invoices). */
    public static String inr(BigDecimal amount) {
        return "₹" + grouped((amount == null ? BigDecimal.ZERO : amount).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** ₹1.99 Cr, ₹12.4 L, ₹8,450: short enough for a tile, in the units Indian marketers use. */
    public static String inrShort(BigDecimal amount) {
        BigDecimal value = amount == null ? BigDecimal.ZERO : amount;
        BigDecimal crore = BigDecimal.valueOf(10_000_000);
        BigDecimal lakh = BigDecimal.valueOf(100_000);
        if (value.compareTo(crore) >= 0) {
            return "₹" + value.divide(crore, 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " Cr";
        }
        if (value.compareTo(lakh) >= 0) {
            return "₹" + value.divide(lakh, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " L";
        }
        return inr(value);
    }

    /**
     * 12,34,567: the last three digits, then pairs. Written by hand because java.text.DecimalFormat
     * honours only one grouping size, so even the en-IN pattern comes out as 1,234,567.
     */
    public static String grouped(long count) {
        String digits = Long.toString(Math.abs(count));
        StringBuilder out = new StringBuilder();
        int head = digits.length() - 3;
        if (head <= 0) {
            out.append(digits);
        } else {
            int first = head % 2 == 0 ? 2 : 1;
            out.append(digits, 0, first);
            for (int i = first; i < head; i += 2) {
                out.append(',').append(digits, i, i + 2);
            }
            out.append(',').append(digits, head, digits.length());
        }
        return count < 0 ? "-" + out : out.toString();
    }

    public static String grouped(int count) {
        return grouped((long) count);
    }

    public static String when(Instant at) {
        return at == null ? "—" : WHEN.format(at.atZone(zone()));
    }

    public static String day(Instant at) {
        return at == null ? "—" : DAY.format(at.atZone(zone()));
    }

    /** ISO-8601, for a {@code <time datetime>} attribute. */
    public static String iso(Instant at) {
        return at == null ? "" : at.toString();
    }

    /** "3 min ago", "2 days ago"; for times in the past. */
    public static String ago(Instant at) {
        if (at == null) {
            return "never";
        }
        Duration since = Duration.between(at, Instant.now());
        if (since.isNegative() || since.toSeconds() < 60) {
            return "just now";
        }
        if (since.toMinutes() < 60) {
            return since.toMinutes() + " min ago";
        }
        if (since.toHours() < 24) {
            return since.toHours() + (since.toHours() == 1 ? " hour ago" : " hours ago");
        }
        long days = since.toDays();
        return days + (days == 1 ? " day ago" : " days ago");
    }

    /** A value for a URL query parameter. */
    public static String url(String value) {
        return value == null ? "" : java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Members whose outcome is settled (delivered, failed, or suppressed at the freeze), as a share of
     * the audience: 0 to 100. Messages withdrawn by a cancel are left out, so a stopped campaign shows
     * how far it got.
     */
    public static int percentDone(Campaign campaign) {
        int audience = campaign.audienceSize();
        long settled = (long) campaign.sent() + campaign.failed() + campaign.suppressed().total();
        return audience == 0 ? (campaign.status().isFinal() ? 100 : 0) : (int) (100L * settled / audience);
    }

    public static boolean isLive(Campaign campaign) {
        return !campaign.status().isFinal();
    }

    /** Lower-case status, for CSS classes such as {@code badge-running}. */
    public static String css(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** SMS, Email, WhatsApp: as the brands write them. */
    public static String channelName(Channel channel) {
        switch (channel) {
            case EMAIL:
                return "Email";
            case WHATSAPP:
                return "WhatsApp";
            default:
                return channel.name();
        }
    }

    /** "Running", "Completed". */
    public static String label(Enum<?> value) {
        String name = value.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The time zone pages show times in ({@code CRM_TIME_ZONE}). */
    public static ZoneId zone() {
        if (zone == null) {
            zone = ZoneId.of(ConfigProvider.getConfig().getOptionalValue("crm.web.time-zone", String.class).orElse("Asia/Kolkata"));
        }
        return zone;
    }
}
