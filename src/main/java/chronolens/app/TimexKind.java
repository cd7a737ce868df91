package chronolens.app;

import chronolens.model.TimeExpression;

/**
 * Sorts time expressions for colouring in the article: explicit ("1949"), relative ("last May", worked out
 * from a known reference), inferred (worked out from an article date that was itself inferred), vague.
 */
final class TimexKind {
    private TimexKind() {
    }

    /** The style class for a time expression in an article whose own date was or was not inferred. */
    static String styleClassOf(TimeExpression t, boolean articleDateInferred) {
        String kind = styleClassOf(t);
        return kind.equals(AppStyles.TIMEX_RELATIVE) && articleDateInferred ? AppStyles.TIMEX_INFERRED : kind;
    }

    /** The style class for a time expression: vague when it names no date, relative when it was anchored. */
    static String styleClassOf(TimeExpression t) {
        if (t.value().endsWith("_REF") || t.value().contains("X")) {
            return AppStyles.TIMEX_VAGUE;
        }
        boolean anchored = t.derivation().steps().stream()
                .anyMatch(s -> s.rule().startsWith("anchor.") && !s.rule().equals("anchor.none"));
        return anchored ? AppStyles.TIMEX_RELATIVE : AppStyles.TIMEX_EXPLICIT;
    }
}
