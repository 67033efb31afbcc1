/* syl-test-ui-util.c: helpers shared by the tests that drive real widgets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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
