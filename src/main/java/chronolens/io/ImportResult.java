package chronolens.io;

import chronolens.model.Project;

/**
 * What importing a timeline from another tool gave: the project, or a problem a person can act on
 * ("slide 3 has no start_date year"). Exactly one of the two is set.
 */
public record ImportResult(Project project, String problem) {
    public ImportResult {
        if ((project == null) == (problem == null)) {
            throw new IllegalArgumentException("a result holds a project or a problem, not both");
        }
    }

    public static ImportResult of(Project project) {
        return new ImportResult(project, null);
    }

    public static ImportResult problem(String problem) {
        return new ImportResult(null, problem);
    }

    public boolean isOk() {
        return project != null;
    }
}
