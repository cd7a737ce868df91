package chronolens.extract;

import chronolens.model.Article;
import chronolens.model.DocumentDate;
import chronolens.model.DocumentType;
import chronolens.model.Event;
import chronolens.model.Extraction;
import chronolens.model.Sentence;
import chronolens.model.TemporalValue;
import chronolens.model.TimeExpression;
import java.util.List;

/**
 * Text in, dated events out: sentences, rule matches with underspecified values, document date and type,
 * anchoring, events. Loads and compiles the rules once; immutable, so one instance serves many threads.
 */
public final class Pipeline {
    private final RuleSet rules;
    private final SentenceSplitter splitter;
    private final Tagger tagger;
    private final Anchoring anchoring = new Anchoring();
    private final DocumentDating dating;
    private final DocumentClassifier classifier = new DocumentClassifier();
    private final EventExtractor events;
    private final EventAnchors anchors;

    public Pipeline() {
        this(RuleSet.english());
    }

    public Pipeline(RuleSet rules) {
        this.rules = rules;
        this.splitter = new SentenceSplitter(rules.abbreviations());
        this.tagger = new Tagger(rules);
        this.dating = new DocumentDating(rules.library().table("ordinals.txt"));
        Entities entities = new Entities(rules.library().table("countries.txt"), rules.library().table("months.txt"));
        this.events = new EventExtractor(rules.library().table("happenings.txt"), entities);
        this.anchors = new EventAnchors(rules.library().table("numbers.txt"), entities);
    }

    public RuleSet rules() {
        return rules;
    }

    /** Stage 1: sentences. */
    public List<Sentence> sentences(String text) {
        return splitter.split(text);
    }

    /** Stage 2: rule matches with underspecified values. */
    public List<Mention> mentions(String text, List<Sentence> sentences) {
        return tagger.tag(text, sentences);
    }

    /** Stage 3a: the article's date, given or inferred. */
    public DocumentDate documentDate(Article article, List<Sentence> sentences, List<Mention> mentions) {
        return dating.date(article, sentences, mentions);
    }

    /** Stage 3b: news or narrative, knowing the article's date from stage 3a. */
    public DocumentType documentType(Article article, List<Sentence> sentences, List<Mention> mentions,
                                     DocumentDate date) {
        return classifier.classify(article.text(), sentences, mentions, date);
    }

    /** Stage 4: anchoring every mention against an explicit context. */
    public List<TimeExpression> anchor(String text, List<Sentence> sentences, List<Mention> mentions,
                                       AnchorContext context) {
        return anchoring.anchorAll(text, sentences, mentions, context);
    }

    /** The starting context for an article with this date and type. */
    public static AnchorContext context(DocumentDate date, DocumentType type) {
        // a year guessed only from the latest year mentioned would turn "last year" into a guess: leave it open
        TemporalValue dct = date.origin() == DocumentDate.Origin.INFERRED && date.confidence() < 0.5 ? null
                : date.value();
        return new AnchorContext(dct, EventExtractor.source(date), type, null, Tense.UNKNOWN);
    }

    /** Stage 5: events, those time expressions date and then those ages and earlier events date. */
    public List<Event> events(String text, List<Sentence> sentences, List<TimeExpression> timexes, DocumentDate date,
                              DocumentType type) {
        return anchors.add(text, sentences, timexes, events.extract(text, sentences, timexes, date, type));
    }

    public Extraction extract(Article input) {
        Article article = input.text() == null ? new Article(input.name(), "", input.date()) : input;
        String text = article.text();
        List<Sentence> sentences = sentences(text);
        List<Mention> mentions = mentions(text, sentences);
        DocumentDate date = documentDate(article, sentences, mentions);
        DocumentType type = documentType(article, sentences, mentions, date);
        List<TimeExpression> timexes = anchor(text, sentences, mentions, context(date, type));
        List<Event> found = events(text, sentences, timexes, date, type);
        return new Extraction(article, date, type, sentences, timexes, found);
    }
}
