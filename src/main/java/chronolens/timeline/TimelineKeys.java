package chronolens.timeline;

import chronolens.model.Event;

import java.util.function.Supplier;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The timeline's keys: +/- zoom, Home fits all, F fits the selection, Page Up/Down pan, Escape clears the
 * selection, Left/Right and Tab/Shift+Tab step through the events in time (Ctrl+Tab leaves the control), Enter
 * selects the event nearest the middle.
 */
final class TimelineKeys {
    /** Share of the width that Page Up and Page Down move the view by, keeping some context on screen. */
    static final double PAGE_SHARE = 0.8;

    private final TimelineView view;
    private final Supplier<EventIndex> index;
    private boolean passingTab;

    TimelineKeys(TimelineView view, Supplier<EventIndex> index) {
        this.view = view;
        this.index = index;
    }

    /** Handles a key pressed on the control; a key it does not use, or cannot use now, passes on unconsumed. */
    void onKey(KeyEvent e) {
        double center = view.getWidth() / 2;
        boolean plain = !e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShortcutDown();
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> view.zoomBy(TimelineViewSkin.ZOOM_STEP, center);
            case MINUS, SUBTRACT -> view.zoomBy(1 / TimelineViewSkin.ZOOM_STEP, center);
            case HOME -> view.zoomToFit();
            case F -> {
                if (!plain || view.getSelectedEvent() == null) {
                    return;
                }
                view.zoomToSelection();
            }
            case PAGE_UP -> view.panByPixels(view.getWidth() * PAGE_SHARE);
            case PAGE_DOWN -> view.panByPixels(-view.getWidth() * PAGE_SHARE);
            case ESCAPE -> {
                if (view.getSelectedEvent() == null) {
                    return;
                }
                view.setSelectedEvent(null);
            }
            case LEFT -> step(-1);
            case RIGHT -> step(1);
            case TAB -> {
                if (passingTab || e.isAltDown() || e.isMetaDown() || index.get().size() == 0) {
                    return;
                }
                if (e.isControlDown()) {
                    leaveByTab(e.isShiftDown());
                } else {
                    step(e.isShiftDown() ? -1 : 1);
                }
            }
            case ENTER -> {
                if (!plain || index.get().size() == 0) {
                    return;
                }
                selectOrShow();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /**
     * Ctrl+Tab: moves the focus on, as Tab does elsewhere, since Tab itself steps through the events here. The
     * scene moves focus only on a plain Tab, so one is sent through this control, which lets it pass.
     */
    private void leaveByTab(boolean backwards) {
        passingTab = true;
        try {
            javafx.event.Event.fireEvent(view,
                    new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, backwards, false, false, false));
        } finally {
            passingTab = false;
        }
    }

    /** Enter: selects the event nearest the middle of the view, or brings the selected one back into view. */
    private void selectOrShow() {
        Event selected = view.getSelectedEvent();
        if (selected != null && selected.isDated()) {
            view.bringIntoView(selected);
            return;
        }
        EventIndex index = this.index.get();
        double middle = (view.getVisibleStart() + view.getVisibleEnd()) / 2;
        int after = Math.min(index.size() - 1, index.firstStartingFrom(middle));
        int before = Math.max(0, after - 1);
        int nearest = Math.abs(index.start(before) - middle) <= Math.abs(index.start(after) - middle) ? before : after;
        view.setSelectedEvent(index.event(nearest));
    }

    /** Selects the next (+1) or previous (-1) event in time; with nothing selected, the first or last in view. */
    private void step(int direction) {
        EventIndex index = this.index.get();
        if (index.size() == 0) {
            return;
        }
        int current = index.indexOf(view.getSelectedEvent());
        int next;
        if (current >= 0) {
            next = Math.max(0, Math.min(index.size() - 1, current + direction));
        } else if (direction > 0) {
            next = Math.min(index.size() - 1, index.firstStartingFrom(view.getVisibleStart()));
        } else {
            next = Math.max(0, index.firstStartingAfter(view.getVisibleEnd()) - 1);
        }
        view.setSelectedEvent(index.event(next));
    }
}
