package chronolens;

import chronolens.cli.ExportCommand;
import chronolens.cli.ExtractCommand;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of {@code chronolens.jar}: {@code extract …} and {@code export …} run the command line without
 * starting JavaFX; anything else opens the window. It does not extend Application, so the jar runs with
 * JavaFX on the class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        if (args.length > 0 && args[0].equals("extract")) {
            System.exit(new ExtractCommand(System.out, System.err).run(rest));
        }
        if (args.length > 0 && args[0].equals("export")) {
            // PNG needs the JavaFX toolkit to draw; the other formats run without it.
            boolean png = rest.contains("png") && rest.indexOf("png") == rest.indexOf("--format") + 1;
            System.exit(png ? new chronolens.app.PngExportCommand(System.err).run(rest)
                    : new ExportCommand(System.err).run(rest));
        }
        String noDisplay = noDisplay(System.getProperty("os.name", ""), System.getenv("DISPLAY"),
                System.getenv("WAYLAND_DISPLAY"), System.getProperty("glass.platform"));
        if (noDisplay != null) {
            System.err.println(noDisplay);
            System.exit(2);
        }
        chronolens.app.ChronolensApp.main(args, System.out);
    }

    /**
     * Why the window cannot open, or null when it can: on Linux and other X11 systems JavaFX needs a display,
     * and without one it dies with a stack trace that tells a user nothing. Monocle (headless) needs none.
     */
    static String noDisplay(String osName, String display, String waylandDisplay, String glassPlatform) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        boolean needsX = !os.startsWith("windows") && !os.startsWith("mac");
        boolean none = (display == null || display.isBlank()) && (waylandDisplay == null || waylandDisplay.isBlank());
        if (!needsX || !none || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return null;
        }
        return "chronolens: no display to open the window on (DISPLAY is not set). Start it from a desktop session, "
                + "or use the command line: chronolens extract FILE, chronolens export ...";
    }
}
