package com.minicrm.adapter.in.web.signin;

/** The role of a signed-in person whom the sign-in policy allows. */
public final class MarketerRole {
    public static final String NAME = "marketer";
    /** Identity attribute holding the recorded {@code Marketer}. */
    static final String MARKETER_ATTRIBUTE = "crm.marketer";
    /** Identity attribute holding the e-mail address of someone signed in but not allowed. */
    static final String REFUSED_EMAIL_ATTRIBUTE = "crm.refused-email";

    private MarketerRole() {}
}
