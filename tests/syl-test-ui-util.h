/* syl-test-ui-util.h: helpers shared by the tests that drive real widgets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Runs the main context until nothing is pending. */
void        syl_test_iterate               (void);

/* Runs the main context until @done returns TRUE or 5 seconds pass. */
void        syl_test_iterate_until         (gboolean (*done) (gpointer),
                                            gpointer   data);

/* The same with a deadline of @seconds. */
void        syl_test_iterate_until_timeout (gboolean (*done) (gpointer),
                                            gpointer   data,
                                            guint      seconds);

/* Runs the main context for @duration_us microseconds; with
 * @sleep_when_idle, sleeps a millisecond whenever nothing was dispatched
 * instead of spinning. */
void        syl_test_iterate_for           (gint64     duration_us,
                                            gboolean   sleep_when_idle);

/* A GSourceFunc-like predicate for syl_test_iterate_until(): @data is a
 * GtkWidget. */
gboolean    syl_test_widget_is_mapped      (gpointer   data);

/* The first widget of @type in @root's tree, @root included, depth first. */
GtkWidget  *syl_test_find_descendant       (GtkWidget *root,
                                            GType      type);

/* Every widget of @type in @root's tree, @root included, depth first; the
 * array does not own them. */
GPtrArray  *syl_test_find_all              (gpointer   root,
                                            GType      type);

/* The first label in @root's tree that says exactly @text. */
GtkLabel   *syl_test_find_label            (gpointer    root,
                                            const char *text);

/* The first actionable widget of @type (a button, an action row) in
 * @root's tree whose action is @action_name. */
GtkWidget  *syl_test_find_actionable       (gpointer    root,
                                            GType       type,
                                            const char *action_name);

/* A new window of @width × @height holding @child, with @win_actions
 * (if any) as its "win" action group, presented and waited for until
 * @child is mapped. */
GtkWindow  *syl_test_show_in_window        (GtkWidget    *child,
                                            GActionGroup *win_actions,
                                            int           width,
                                            int           height);

/* The first toplevel window of @type. */
GtkWindow  *syl_test_find_toplevel         (GType      type);

/* A short description of @widget for test messages: its type, CSS name
 * and what it says (a label's or button's text, a row's title). Points
 * into one of a few static buffers. */
const char *syl_test_describe_widget       (GtkWidget *widget);

/* Makes @window, if shown, the active window again, as a click on it
 * would. The ui tests share one X display, and a window another test
 * presents takes the input focus; in a window that is not active GTK 4.8
 * moves the focus by Tab as no one at a keyboard meets (a list row with
 * the focus keeps it, the first Tab after a focus set in the background
 * starts over from the top). */
void        syl_test_make_active           (GtkWindow        *window);

/* Moves the focus of @window as Tab (%GTK_DIR_TAB_FORWARD) or Shift+Tab
 * (%GTK_DIR_TAB_BACKWARD) does, through GtkWidget::move-focus, in the
 * active window (syl_test_make_active()), and lets what the move started
 * run. Returns the new focus. */
GtkWidget  *syl_test_press_tab             (GtkWindow        *window,
                                            GtkDirectionType  direction);

/* Presses a key in @window, to the widget that has the focus, the way GTK
 * hands a key to shortcut controllers and key bindings (a widget class's
 * bindings are a shortcut controller of the widget too): the capture
 * phase from the window down to the focus, then the bubble phase back
 * up, until one takes it. Returns whether one did. */
gboolean    syl_test_press_key             (GtkWindow        *window,
                                            guint             keyval,
                                            GdkModifierType   modifiers);

/* Tabs through @window in @direction from its focus (or from nothing)
 * until the focus comes back to the first stop, at most @max_steps
 * times. Returns the stops in order, first one first (each held). A
 * stop that keeps the focus (a trap), a focus that vanishes or that
 * lands on something not shown, and a cycle that never comes back to
 * the first stop are added to @problems, and end the walk. */
GPtrArray  *syl_test_tab_cycle             (GtkWindow        *window,
                                            GtkDirectionType  direction,
                                            guint             max_steps,
                                            GString          *problems);

/* Whether @widget and every ancestor are mapped, child-visible and of a
 * size: what a sighted user could see of it, scrolling aside. */
gboolean    syl_test_widget_is_shown       (GtkWidget *widget);

/* Waits for @window to paint a frame after what was changed. */
void        syl_test_wait_for_frame        (GtkWidget *window);
int         syl_test_text_width            (GtkWidget  *widget,
                                            const char *text);

G_END_DECLS
