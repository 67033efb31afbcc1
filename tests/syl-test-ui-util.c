/* syl-test-ui-util.c: helpers shared by the tests that drive real widgets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "syl-test-ui-util.h"

void
syl_test_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
syl_test_iterate_until_timeout (gboolean (*done) (gpointer),
                                gpointer   data,
                                guint      seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
}

/* 30 s: a wait that succeeds returns as soon as it can, and a loaded
 * machine (the ASan build, other jobs) can take seconds to lay out a
 * 75-question results page. */
void
syl_test_iterate_until (gboolean (*done) (gpointer),
                        gpointer   data)
{
  syl_test_iterate_until_timeout (done, data, 30);
}

void
syl_test_iterate_for (gint64   duration_us,
                      gboolean sleep_when_idle)
{
  gint64 deadline = g_get_monotonic_time () + duration_us;

  while (g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE) && sleep_when_idle)
        g_usleep (1000);
    }
}

gboolean
syl_test_widget_is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

GtkWidget *
syl_test_find_descendant (GtkWidget *root,
                          GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = syl_test_find_descendant (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    g_ptr_array_add (found, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

GPtrArray *
syl_test_find_all (gpointer root,
                   GType    type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (GTK_WIDGET (root), type, found);
  return found;
}

GtkLabel *
syl_test_find_label (gpointer    root,
                     const char *text)
{
  g_autoptr(GPtrArray) labels = syl_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return g_ptr_array_index (labels, i);

  return NULL;
}

GtkWidget *
syl_test_find_actionable (gpointer    root,
                          GType       type,
                          const char *action_name)
{
  g_autoptr(GPtrArray) found = syl_test_find_all (root, type);

  for (guint i = 0; i < found->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (found, i)), action_name) == 0)
      return g_ptr_array_index (found, i);

  return NULL;
}

GtkWindow *
syl_test_show_in_window (GtkWidget    *child,
                         GActionGroup *win_actions,
                         int           width,
                         int           height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  if (win_actions != NULL)
    gtk_widget_insert_action_group (GTK_WIDGET (window), "win", win_actions);
  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, child);
  gtk_window_present (window);
  syl_test_iterate_until (syl_test_widget_is_mapped, child);

  return window;
}

GtkWindow *
syl_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (item, type))
        return GTK_WINDOW (item);
    }

  return NULL;
}

const char *
syl_test_describe_widget (GtkWidget *widget)
{
  static char buffer[8][320];
  static guint next;
  char *text = buffer[next++ % G_N_ELEMENTS (buffer)];
  const char *says = NULL;
  g_autofree char *excerpt = NULL;

  if (widget == NULL)
    return "(nothing)";

  if (GTK_IS_LABEL (widget))
    says = gtk_label_get_text (GTK_LABEL (widget));
  else if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    says = gtk_button_get_label (GTK_BUTTON (widget));
  else if (GTK_IS_CHECK_BUTTON (widget))
    says = gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
  else if (ADW_IS_PREFERENCES_ROW (widget))
    says = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  else if (gtk_widget_get_tooltip_text (widget) != NULL)
    says = gtk_widget_get_tooltip_text (widget);

  if (says == NULL)
    {
      /* A button or row with a label inside says what the label says. */
      GPtrArray *labels = syl_test_find_all (widget, GTK_TYPE_LABEL);

      for (guint i = 0; i < labels->len && says == NULL; i++)
        if (gtk_widget_get_visible (g_ptr_array_index (labels, i)) &&
            *gtk_label_get_text (g_ptr_array_index (labels, i)) != '\0')
          says = gtk_label_get_text (g_ptr_array_index (labels, i));
      g_ptr_array_unref (labels);
    }

  if (says != NULL && g_utf8_strlen (says, -1) > 60)
    {
      excerpt = g_utf8_substring (says, 0, 60);
      says = excerpt;
    }

  g_snprintf (text, sizeof buffer[0], "%s%s%s%s",
              G_OBJECT_TYPE_NAME (widget),
              says != NULL ? " “" : "", says != NULL ? says : "", says != NULL ? "”" : "");
  return text;
}

static gboolean
window_is_active (gpointer window)
{
  return gtk_window_is_active (window);
}

void
syl_test_make_active (GtkWindow *window)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (window)) || gtk_window_is_active (window))
    return;

  gtk_window_present (window);
  syl_test_iterate_until_timeout (window_is_active, window, 5);
  if (!gtk_window_is_active (window))
    g_test_message ("%s did not become the active window", syl_test_describe_widget (GTK_WIDGET (window)));
}

GtkWidget *
syl_test_press_tab (GtkWindow        *window,
                    GtkDirectionType  direction)
{
  /* A key goes to the active window only; the ui tests share a display,
   * and another test's window can have taken the input focus. */
  syl_test_make_active (window);
  g_signal_emit_by_name (window, "move-focus", direction);
  syl_test_iterate ();

  return gtk_root_get_focus (GTK_ROOT (window));
}

/* Runs the shortcuts of @widget's controllers in @phase that @trigger
 * fires; TRUE when one took the key, which then goes no further. */
static gboolean
run_shortcuts (GtkWidget           *widget,
               GtkPropagationPhase  phase,
               GtkShortcutTrigger  *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != phase)
        continue;

      for (guint s = 0; s < g_list_model_get_n_items (G_LIST_MODEL (controller)); s++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), s);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), trigger) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                            GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                            widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }

  return FALSE;
}

gboolean
syl_test_press_key (GtkWindow       *window,
                    guint            keyval,
                    GdkModifierType  modifiers)
{
  g_autoptr(GtkShortcutTrigger) trigger = gtk_keyval_trigger_new (keyval, modifiers);
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  GtkWidget *focus = gtk_window_get_focus (window);
  gboolean handled = FALSE;

  for (GtkWidget *widget = focus != NULL ? focus : GTK_WIDGET (window);
       widget != NULL;
       widget = gtk_widget_get_parent (widget))
    g_ptr_array_insert (path, 0, widget);

  for (guint i = 0; !handled && i < path->len; i++)
    handled = run_shortcuts (g_ptr_array_index (path, i), GTK_PHASE_CAPTURE, trigger);
  if (!handled)
    handled = run_shortcuts (g_ptr_array_index (path, path->len - 1), GTK_PHASE_TARGET, trigger);
  for (guint i = path->len; !handled && i > 0; i--)
    handled = run_shortcuts (g_ptr_array_index (path, i - 1), GTK_PHASE_BUBBLE, trigger);

  syl_test_iterate ();
  return handled;
}

gboolean
syl_test_widget_is_shown (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_mapped (w) || !gtk_widget_get_child_visible (w) ||
        gtk_widget_get_width (w) <= 0 || gtk_widget_get_height (w) <= 0 ||
        gtk_widget_get_opacity (w) == 0)
      return FALSE;

  return TRUE;
}

/* How many widgets under @widget, other than @except, could take the
 * focus and be seen. */
static guint
count_other_stops (GtkWidget *widget,
                   GtkWidget *except)
{
  guint n = 0;

  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_can_focus (widget) || !gtk_widget_is_sensitive (widget))
    return 0;

  if (widget != except && gtk_widget_get_focusable (widget) && syl_test_widget_is_shown (widget))
    n++;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_other_stops (child, except);

  return n;
}

GPtrArray *
syl_test_tab_cycle (GtkWindow        *window,
                    GtkDirectionType  direction,
                    guint             max_steps,
                    GString          *problems)
{
  GPtrArray *stops = g_ptr_array_new_with_free_func (g_object_unref);
  const char *key = direction == GTK_DIR_TAB_FORWARD ? "Tab" : "Shift+Tab";
  GtkWidget *first = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *focus;

  if (first == NULL)
    first = syl_test_press_tab (window, direction);
  if (first == NULL)
    {
      g_string_append_printf (problems, "%s: nothing in the window takes the focus\n", key);
      return stops;
    }
  g_ptr_array_add (stops, g_object_ref (first));

  focus = first;
  for (guint step = 0; step < max_steps; step++)
    {
      GtkWidget *previous = focus;

      /* What took the focus may have just been added (the details of
       * the service focused): it is shown once the window is laid out. */
      if (!syl_test_widget_is_shown (focus))
        syl_test_wait_for_frame (GTK_WIDGET (window));
      if (!syl_test_widget_is_shown (focus))
        {
          g_string_append_printf (problems, "%s: the focus is on %s, which is not shown\n",
                                  key, syl_test_describe_widget (focus));
          return stops;
        }

      focus = syl_test_press_tab (window, direction);
      if (focus == NULL)
        {
          g_string_append_printf (problems, "%s: the focus vanished after %s\n",
                                  key, syl_test_describe_widget (previous));
          return stops;
        }
      if (focus == previous)
        {
          /* The only stop there is: Tab goes round to it again. */
          if (stops->len == 1 && count_other_stops (GTK_WIDGET (window), focus) == 0)
            return stops;

          g_string_append_printf (problems, "%s: stuck at %s\n",
                                  key, syl_test_describe_widget (previous));
          return stops;
        }
      if (focus == first)
        return stops;
      if (g_ptr_array_find (stops, focus, NULL))
        {
          g_string_append_printf (problems, "%s: from %s back to %s, never to %s\n",
                                  key, syl_test_describe_widget (previous),
                                  syl_test_describe_widget (focus),
                                  syl_test_describe_widget (first));
          return stops;
        }
      g_ptr_array_add (stops, g_object_ref (focus));
    }

  g_string_append_printf (problems, "%s: no way back to %s in %u steps\n",
                          key, syl_test_describe_widget (first), max_steps);
  return stops;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gboolean      *painted)
{
  *painted = TRUE;
}

void
syl_test_wait_for_frame (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  gboolean painted = FALSE;
  gulong id;

  syl_test_iterate ();
  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
  gtk_widget_queue_draw (window);
  while (!painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  g_assert_true (painted);
}

/* The width of @text drawn in @widget's font, in pixels. */
int
syl_test_text_width (GtkWidget  *widget,
                     const char *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}
