package chronolens.io;

import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a saved project ({@code .chronolens.json}), as plain records Gson reads and writes.
 * Kept apart from the model so either can change; {@link ProjectStore} converts. Bump {@link #FORMAT} on any
 * change that an older reader would misread.
 */
record ProjectFile(int format, String app, ArticleDto article, DateDto documentDate, String documentType,
                   List<int[]> sentences, List<TimexDto> timexes, List<EventDto> events, NotesDto annotations,
                   ViewDto view) {

    static final int FORMAT = 1;

    record ArticleDto(String name, String text) {
    }

    record DateDto(ValueDto value, String origin, String evidence, double confidence) {
    }

    record ValueDto(String timex, String granularity, boolean approximate, double start, double end) {
    }

    record StepDto(String rule, String text, String explanation) {
    }

    record TimexDto(int begin, int end, String text, String type, String value, ValueDto resolved,
                    List<StepDto> derivation) {
    }

    /** {@code mentions} (pairs of offsets) is absent in files saved before events kept every mention. */
    record EventDto(String id, String title, ValueDto when, int begin, int end, int timex, List<StepDto> derivation,
                    List<String> entities, List<int[]> mentions) {
    }

    record NotesDto(Map<String, String> notes, Map<String, String> categories, List<String> edited,
                    Map<String, List<EventDto>> mergedFrom) {
    }

    record ViewDto(Double visibleStart, Double visibleEnd, String selectedEventId) {
    }
}
