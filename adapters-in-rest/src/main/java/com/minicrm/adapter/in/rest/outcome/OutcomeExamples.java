package com.minicrm.adapter.in.rest.outcome;

/** Example bodies for the OpenAPI document. */
public final class OutcomeExamples {
    public static final String OUTCOMES = "{\"conversions\":412,\"orders\":455,\"revenue\":1023456.50,\"conversionRate\":0.0508,"
            + "\"revenuePerRecipient\":126.11,\"variants\":[{\"key\":\"A\",\"recipients\":4500,\"delivered\":4050,"
            + "\"conversions\":232,\"revenue\":590120.00,\"conversionRate\":0.0573},{\"key\":\"B\",\"recipients\":4500,"
            + "\"delivered\":4065,\"conversions\":180,\"revenue\":433336.50,\"conversionRate\":0.0443}],"
            + "\"holdout\":{\"size\":1000,\"conversions\":31,\"conversionRate\":0.031},"
            + "\"lift\":{\"absolute\":0.0198,\"relative\":0.6387,\"ci95Low\":0.0078,\"ci95High\":0.0318},\"winner\":\"A\"}";

    private OutcomeExamples() {}
}
