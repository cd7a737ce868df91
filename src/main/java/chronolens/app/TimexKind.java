package chronolens.app;

import chronolens.model.TimeExpression;

/** Sorts time expressions for colouring in the article: explicit ("1949"), relative ("last May"), vague. */
final class TimexKind {
    private TimexKind() {
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
