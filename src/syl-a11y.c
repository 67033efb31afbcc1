/* syl-a11y.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-a11y"

#include "config.h"

#include <adwaita.h>

#include "syl-a11y.h"

/* What GTK 4.8 leaves to the application for screen readers
 * (docs/accessibility.md has the whole list):
 *
 * - A button whose child is a label set with gtk_button_set_child() has
 *   no name, and AT-SPI falls back to "GtkButton". A button with a
 *   mnemonic gets its label twice, underscore and all ("_Next Next"), and
 *   an icon button is prefixed with its image ("GtkImage Leave").
 *   syl_a11y_init() names every button and check button from what it
 *   says, when it is mapped and whenever its label changes.
 * - A label that takes no focus is never read: Orca's flat review reads
 *   nothing in a GTK 4.8 window on X11. Text the learner must hear is made
 *   a stop for Tab on purpose (syl_a11y_make_readable()).
 * - Toggle buttons are exported as push buttons and their state is not
 *   spoken: syl_a11y_toggle_as_check() gives them a check box or radio
 *   role with its checked state.
 * - A scrolled window scrolls to the focus only when it comes from outside:
 *   syl_a11y_init() keeps the focus in view in every window.
 * - A stack page without a title is a panel called "GtkStackPage", and a
 *   row of a list without selection is "not selected": syl_a11y_init()
 *   titles the pages after their place and makes such rows unselectable. */

static GQuark synced_quark;

/**
 * syl_a11y_strip_mnemonic:
 * @text: a label with mnemonic underscores, "_Next" or "Save__as"
 *
 * Returns: (transfer full): @text as it is shown, "Next" or "Save_as"
 */
char *
syl_a11y_strip_mnemonic (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_')
            p++;
          else if (p[1] != '\0')
            continue;
        }
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

/**
 * syl_a11y_set_name:
 * @name: what a screen reader calls @widget
 *
 * Names @widget @name and nothing else: GTK 4.8 would add the names of
 * the widgets it is labelled by (its label or icon child) to it.
 */
void
syl_a11y_set_name (GtkWidget  *widget,
                   const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (name != NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/**
 * syl_a11y_set_description:
 * @description: (nullable): what a screen reader says after the name
 *
 * Replaces what @widget is described by (a relation to a label) with
 * @description, or with nothing.
 */
void
syl_a11y_set_description (GtkWidget  *widget,
                          const char *description)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);
  if (description != NULL && description[0] != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* The label that makes up a button's content: its own, or one set as its
 * child. */
static GtkLabel *
get_label_child (GtkWidget *button)
{
  GtkWidget *child = gtk_button_get_child (GTK_BUTTON (button));

  return GTK_IS_LABEL (child) ? GTK_LABEL (child) : NULL;
}

static void on_button_changed_cb (GtkWidget *button);

/**
 * syl_a11y_name_button:
 * @button: a #GtkButton (a toggle button too) or a #GtkCheckButton
 *
 * Names @button after what it shows: its label without the mnemonic
 * underscore, or the text of the label set as its child. An icon button
 * keeps the name it was given, without its image's. Done again whenever
 * the label changes.
 */
void
syl_a11y_name_button (GtkWidget *button)
{
  g_autofree char *name = NULL;

  g_return_if_fail (GTK_IS_BUTTON (button) || GTK_IS_CHECK_BUTTON (button));

  if (synced_quark == 0)
    synced_quark = g_quark_from_static_string ("syl-a11y-synced");

  if (g_object_get_qdata (G_OBJECT (button), synced_quark) == NULL)
    {
      g_object_set_qdata (G_OBJECT (button), synced_quark, GINT_TO_POINTER (TRUE));
      g_signal_connect (button, "notify::label", G_CALLBACK (on_button_changed_cb), NULL);
      g_signal_connect (button, "notify::use-underline", G_CALLBACK (on_button_changed_cb), NULL);
      if (GTK_IS_BUTTON (button))
        g_signal_connect (button, "notify::child", G_CALLBACK (on_button_changed_cb), NULL);
    }

  if (GTK_IS_CHECK_BUTTON (button))
    {
      const char *label = gtk_check_button_get_label (GTK_CHECK_BUTTON (button));

      if (label == NULL)
        return;
      name = gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (button))
               ? syl_a11y_strip_mnemonic (label) : g_strdup (label);
    }
  else if (gtk_button_get_label (GTK_BUTTON (button)) != NULL)
    {
      const char *label = gtk_button_get_label (GTK_BUTTON (button));

      name = gtk_button_get_use_underline (GTK_BUTTON (button))
               ? syl_a11y_strip_mnemonic (label) : g_strdup (label);
    }
  else if (get_label_child (button) != NULL)
    {
      GtkLabel *label = get_label_child (button);

      name = g_strdup (gtk_label_get_text (label));
      if (g_object_get_qdata (G_OBJECT (label), synced_quark) == NULL)
        {
          g_object_set_qdata (G_OBJECT (label), synced_quark, GINT_TO_POINTER (TRUE));
          g_signal_connect_object (label, "notify::label", G_CALLBACK (on_button_changed_cb),
                                   button, G_CONNECT_SWAPPED);
        }
    }
  else if (GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (button))) &&
           !GTK_IS_MENU_BUTTON (gtk_widget_get_parent (button)))
    {
      /* The name given in the template stays; the image adds nothing. */
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      return;
    }

  if (name != NULL && name[0] != '\0')
    syl_a11y_set_name (button, name);
}

static void
on_button_changed_cb (GtkWidget *button)
{
  syl_a11y_name_button (button);
}

/* The title of the place @widget is in (the AdwViewStackPage around it),
 * or of its window. */
static const char *
place_title (GtkWidget *widget)
{
  for (GtkWidget *child = widget, *parent = gtk_widget_get_parent (widget);
       parent != NULL;
       child = parent, parent = gtk_widget_get_parent (parent))
    if (ADW_IS_VIEW_STACK (parent))
      {
        AdwViewStackPage *page = adw_view_stack_get_page (ADW_VIEW_STACK (parent), child);

        if (page != NULL && adw_view_stack_page_get_title (page) != NULL)
          return adw_view_stack_page_get_title (page);
      }

  if (GTK_IS_WINDOW (gtk_widget_get_root (widget)))
    return gtk_window_get_title (GTK_WINDOW (gtk_widget_get_root (widget)));

  return NULL;
}

/* GTK 4.8 exports every page of a GtkStack as a panel named after its
 * title, or "GtkStackPage" without one, which Orca says whenever the focus
 * enters it. Untitled pages of the app's stacks take the title of the
 * place they are in. */
static void
name_stack_pages (GtkStack *stack)
{
  g_autoptr(GtkSelectionModel) pages = NULL;
  const char *title;

  /* The stacks of libadwaita's own buttons (view switchers) are read as
   * the button. */
  if (gtk_widget_get_ancestor (GTK_WIDGET (stack), GTK_TYPE_BUTTON) != NULL)
    return;

  title = place_title (GTK_WIDGET (stack));
  if (title == NULL)
    return;

  pages = gtk_stack_get_pages (stack);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkStackPage *page = GTK_STACK_PAGE (item);

      if (gtk_stack_page_get_title (page) == NULL)
        gtk_stack_page_set_title (page, title);
    }
}

/* Scrolls every scrolled window around @focus so that @focus is in
 * view, with a little room around it. */
static void
scroll_to_focus (GtkWidget *focus)
{
  for (GtkWidget *w = gtk_widget_get_parent (focus); w != NULL; w = gtk_widget_get_parent (w))
    {
      GtkWidget *content;
      GtkAdjustment *adjustment;
      graphene_rect_t bounds;
      double value, page, top, bottom;
      const double room = 12;

      if (!GTK_IS_SCROLLED_WINDOW (w))
        continue;

      content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (w));
      if (GTK_IS_VIEWPORT (content))
        content = gtk_viewport_get_child (GTK_VIEWPORT (content));
      if (content == NULL || !gtk_widget_compute_bounds (focus, content, &bounds))
        continue;

      adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (w));
      value = gtk_adjustment_get_value (adjustment);
      page = gtk_adjustment_get_page_size (adjustment);
      top = bounds.origin.y - room;
      bottom = bounds.origin.y + bounds.size.height + room;

      if (bottom - top > page || top < value)
        gtk_adjustment_set_value (adjustment, top);
      else if (bottom > value + page)
        gtk_adjustment_set_value (adjustment, bottom - page);
    }
}

/* GTK 4.8's scrolled windows scroll to the focus only when it enters
 * them from outside: Tab from one widget to the next inside a long page
 * (the dashboard, a question's feedback, the results) left the focus out
 * of view, where a sighted keyboard user loses it. */
static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWindow     *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, window);
  if (focus != NULL && gtk_widget_get_mapped (focus))
    scroll_to_focus (focus);
}

static void
on_focus_widget_changed_cb (GtkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  if (focus == NULL || !gtk_widget_get_mapped (focus))
    return;

  scroll_to_focus (focus);

  /* What takes the focus may just have been shown (the verdict after
   * Check): its place is known once the window is laid out again. */
  if (clock != NULL)
    {
      g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, window);
      g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_after_paint_cb), window, 0);
    }
}

/* The lists inside libadwaita's expander rows and preference groups are
 * "GtkListBox" to a screen reader: they take the row's or group's title. */
static void
name_inner_list (GtkListBox *list)
{
  const char *title = NULL;

  for (GtkWidget *w = gtk_widget_get_parent (GTK_WIDGET (list)); w != NULL; w = gtk_widget_get_parent (w))
    {
      if (ADW_IS_EXPANDER_ROW (w) && gtk_widget_has_css_class (GTK_WIDGET (list), "nested"))
        {
          title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (w));
          break;
        }
      if (ADW_IS_PREFERENCES_GROUP (w))
        {
          title = adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (w));
          break;
        }
      /* A list of the app's own, inside a row: not libadwaita's. */
      if (GTK_IS_LIST_BOX_ROW (w))
        return;
    }

  if (title != NULL && title[0] != '\0')
    {
      g_autofree char *name = syl_a11y_strip_mnemonic (title);

      syl_a11y_set_name (GTK_WIDGET (list), name);
    }
}

static gboolean
on_map_hook (GSignalInvocationHint *hint,
             guint                  n_param_values,
             const GValue          *param_values,
             gpointer               user_data)
{
  GObject *widget = g_value_get_object (&param_values[0]);

  if (GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget))
    syl_a11y_name_button (GTK_WIDGET (widget));
  else if (GTK_IS_STACK (widget))
    name_stack_pages (GTK_STACK (widget));
  else if (GTK_IS_WINDOW (widget) && g_object_get_qdata (widget, synced_quark) == NULL)
    {
      g_object_set_qdata (widget, synced_quark, GINT_TO_POINTER (TRUE));
      g_signal_connect (widget, "notify::focus-widget", G_CALLBACK (on_focus_widget_changed_cb), NULL);
    }

  /* A row of a list where nothing can be selected (preference groups,
   * boxed lists) would be announced "not selected" every time. */
  if (GTK_IS_LIST_BOX_ROW (widget) && GTK_IS_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (widget))) &&
      gtk_list_box_get_selection_mode (GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (widget)))) == GTK_SELECTION_NONE &&
      gtk_list_box_row_get_selectable (GTK_LIST_BOX_ROW (widget)))
    gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (widget), FALSE);

  /* The choices of a combo row, in its popover. */
  if (GTK_IS_LIST_VIEW (widget) && gtk_widget_get_ancestor (GTK_WIDGET (widget), ADW_TYPE_COMBO_ROW) != NULL)
    {
      AdwPreferencesRow *row = ADW_PREFERENCES_ROW (gtk_widget_get_ancestor (GTK_WIDGET (widget), ADW_TYPE_COMBO_ROW));
      g_autofree char *name = syl_a11y_strip_mnemonic (adw_preferences_row_get_title (row));

      syl_a11y_set_name (GTK_WIDGET (widget), name);
    }

  if (GTK_IS_LIST_BOX (widget) && g_object_get_qdata (widget, synced_quark) == NULL)
    {
      g_object_set_qdata (widget, synced_quark, GINT_TO_POINTER (TRUE));
      name_inner_list (GTK_LIST_BOX (widget));
    }

  /* A page added to a stack already shown (the quiz, the results). */
  if (GTK_IS_STACK (gtk_widget_get_parent (GTK_WIDGET (widget))))
    name_stack_pages (GTK_STACK (gtk_widget_get_parent (GTK_WIDGET (widget))));

  return TRUE;
}

/**
 * syl_a11y_init:
 *
 * Names every button of the application from its label as it is shown
 * (see syl_a11y_name_button()), titles untitled stack pages after their
 * place and makes rows of lists without selection unselectable, as each
 * is mapped. Call once GTK is initialized.
 */
void
syl_a11y_init (void)
{
  static gsize initialized;

  if (g_once_init_enter (&initialized))
    {
      synced_quark = g_quark_from_static_string ("syl-a11y-synced");
      /* Text made a Tab stop for screen readers (syl_a11y_make_readable())
       * would show all selected whenever it takes the focus: its ring
       * says where the focus is. */
      g_object_set (gtk_settings_get_default (), "gtk-label-select-on-focus", FALSE, NULL);
      /* The signal exists once the class does; it is never freed. */
      g_type_class_ref (GTK_TYPE_WIDGET);
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0,
                                  on_map_hook, NULL, NULL);
      g_once_init_leave (&initialized, 1);
    }
}

/**
 * syl_a11y_make_readable:
 *
 * Makes @label a stop for Tab, so that a screen reader reads it when the
 * focus lands on it, and shows a focus ring around it (the "readable"
 * style class in style.css). GTK 4.8 lets only a selectable label take
 * the focus; a label with focusable=FALSE but can-focus=TRUE would take
 * Tab and keep it.
 */
void
syl_a11y_make_readable (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  gtk_label_set_selectable (label, TRUE);
  gtk_widget_set_can_focus (GTK_WIDGET (label), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (label), "readable");
}

static gboolean
on_focus_when_shown_idle_cb (gpointer data)
{
  GtkWidget *widget = data;

  if (gtk_widget_get_mapped (widget))
    gtk_widget_grab_focus (widget);

  return G_SOURCE_REMOVE;
}

static void
on_focus_when_shown_map_cb (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (widget, on_focus_when_shown_map_cb, NULL);
  gtk_widget_grab_focus (widget);
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, on_focus_when_shown_idle_cb, g_object_ref (widget), g_object_unref);
}

/**
 * syl_a11y_focus_when_shown:
 *
 * Gives @widget the focus once it is shown, and again once the window
 * has settled: a focus set on a window before it is mapped is not told
 * to a screen reader on GTK 4.8, which then hears nothing on arrival.
 */
void
syl_a11y_focus_when_shown (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (gtk_widget_get_mapped (widget))
    {
      gtk_widget_grab_focus (widget);
      return;
    }
  g_signal_handlers_disconnect_by_func (widget, on_focus_when_shown_map_cb, NULL);
  g_signal_connect (widget, "map", G_CALLBACK (on_focus_when_shown_map_cb), NULL);
}

static void
on_combo_row_selected_cb (AdwComboRow *row)
{
  GObject *item = adw_combo_row_get_selected_item (row);

  syl_a11y_set_description (GTK_WIDGET (row),
                            GTK_IS_STRING_OBJECT (item) ? gtk_string_object_get_string (GTK_STRING_OBJECT (item))
                                                        : NULL);
}

/**
 * syl_a11y_describe_selection:
 * @row: a combo row whose model is a #GtkStringList
 *
 * libadwaita 1.2 shows a combo row's choice beside its title but gives
 * screen readers only the title ("Drill by, combo box"): the choice
 * becomes the row's description, kept in step.
 */
void
syl_a11y_describe_selection (AdwComboRow *row)
{
  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  g_signal_connect (row, "notify::selected-item", G_CALLBACK (on_combo_row_selected_cb), NULL);
  on_combo_row_selected_cb (row);
}

static void
on_toggle_active_cb (GtkToggleButton *button)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (button),
                               GTK_ACCESSIBLE_STATE_CHECKED,
                               gtk_toggle_button_get_active (button)
                                 ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                 : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}

/**
 * syl_a11y_toggle_as_check:
 * @role: %GTK_ACCESSIBLE_ROLE_CHECKBOX, or %GTK_ACCESSIBLE_ROLE_RADIO for
 *   one of a group
 *
 * GTK 4.8 has no toggle-button role: a toggle button is a push button
 * whose state a screen reader does not speak. Gives @button @role, with
 * its checked state kept in step. Call before @button is shown.
 */
void
syl_a11y_toggle_as_check (GtkToggleButton   *button,
                          GtkAccessibleRole  role)
{
  g_return_if_fail (GTK_IS_TOGGLE_BUTTON (button));

  g_object_set (button, "accessible-role", role, NULL);
  g_signal_connect (button, "notify::active", G_CALLBACK (on_toggle_active_cb), NULL);
  on_toggle_active_cb (button);
}
