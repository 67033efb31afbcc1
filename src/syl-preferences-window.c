/* syl-preferences-window.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-preferences-window"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "syl-a11y.h"
#include "syl-export.h"
#include "syl-pack-library.h"
#include "syl-pack.h"
#include "syl-preferences-window.h"

struct _SylPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* template children */
  GtkMenuButton *exam_date_button;
  GtkCalendar   *exam_calendar;
  AdwComboRow   *pack_row;
  GtkSpinButton *daily_goal_spin;
  GtkSpinButton *retention_spin;
  GtkSwitch     *extra_time_switch;
  GtkSwitch     *instant_feedback_switch;
  AdwPreferencesGroup *packs_group;

  /* owned */
  GSettings      *settings;
  SylPackLibrary *library;
};

G_DEFINE_FINAL_TYPE (SylPreferencesWindow, syl_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_LIBRARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* desired-retention is a fraction in the settings and a percentage here. */
static gboolean
retention_get_mapping (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_double (variant) * 100.0);
  return TRUE;
}

static GVariant *
retention_set_mapping (const GValue       *value,
                       const GVariantType *expected_type,
                       gpointer            user_data)
{
  return g_variant_new_double (g_value_get_double (value) / 100.0);
}

/* The date wraps between its words rather than squeezing the row's title
 * to a letter a line (360 px with large text, "25 de enero de 2027"). */
static void
wrap_button_label (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        {
          gtk_label_set_wrap (GTK_LABEL (child), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD);
          gtk_label_set_max_width_chars (GTK_LABEL (child), 12);
          gtk_label_set_justify (GTK_LABEL (child), GTK_JUSTIFY_CENTER);
        }
      wrap_button_label (child);
    }
}

static void
sync_exam_date (SylPreferencesWindow *self)
{
  g_autofree char *text = g_settings_get_string (self->settings, "exam-date");
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (sscanf (text, "%4d-%2d-%2d", &year, &month, &day) == 3)
    date = g_date_time_new_local (year, month, day, 0, 0, 0);

  if (date == NULL)
    {
      gtk_menu_button_set_label (self->exam_date_button, _("Not Set"));
      wrap_button_label (GTK_WIDGET (self->exam_date_button));
      return;
    }

  {
    /* Translators: an exam date in the preferences, strftime format */
    g_autofree char *label = g_date_time_format (date, _("%e %B %Y"));

    gtk_menu_button_set_label (self->exam_date_button, g_strstrip (label));
  }
  wrap_button_label (GTK_WIDGET (self->exam_date_button));
  gtk_calendar_select_day (self->exam_calendar, date);
}

static void
on_exam_calendar_day_selected_cb (SylPreferencesWindow *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->exam_calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");

  g_settings_set_string (self->settings, "exam-date", text);
  gtk_menu_button_popdown (self->exam_date_button);
}

static void
on_clear_exam_date_clicked_cb (SylPreferencesWindow *self)
{
  g_settings_set_string (self->settings, "exam-date", "");
  gtk_menu_button_popdown (self->exam_date_button);
}

static void
on_reset_response_cb (AdwMessageDialog     *dialog,
                      const char           *response,
                      SylPreferencesWindow *self)
{
  if (g_strcmp0 (response, "reset") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "app.reset-progress", NULL);
}

static void
on_reset_clicked_cb (SylPreferencesWindow *self)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Reset Your Progress?"),
                                                       _("Every answer, review schedule and exam result starts again "
                                                         "from nothing. A copy of your current progress is kept "
                                                         "beside the new one, so it can be restored.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "reset", _("_Reset Progress"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "reset", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reset_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Export As… */

typedef struct
{
  SylPreferencesWindow *self;
  SylPack              *pack;
  SylExportFormat       format;
} ExportRequest;

static void
export_request_free (ExportRequest *request)
{
  g_object_unref (request->self);
  g_object_unref (request->pack);
  g_free (request);
}

static void
on_export_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               gpointer         user_data)
{
  ExportRequest *request = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;
    }

  if (path != NULL)
    {
      if (syl_preferences_window_export_pack (request->self, request->pack, request->format, path, &error))
        {
          g_autofree char *name = g_path_get_basename (path);
          /* Translators: %s is a file name */
          g_autofree char *message = g_strdup_printf (_("Exported to “%s”"), name);

          adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (request->self), adw_toast_new (message));
        }
      else
        {
          AdwMessageDialog *dialog;

          dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (request->self),
                                                               _("The Pack Could Not Be Exported"),
                                                               error->message));
          adw_message_dialog_add_response (dialog, "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
        }
    }

  g_object_unref (chooser);
  export_request_free (request);
}

static void
export_pack_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SylPreferencesWindow *self = SYL_PREFERENCES_WINDOW (widget);
  const char *id;
  const char *format_name;
  SylExportFormat format;
  SylPack *pack;
  GtkFileChooserNative *chooser;
  ExportRequest *request;
  g_autofree char *name = NULL;

  g_variant_get (parameter, "(&s&s)", &id, &format_name);
  pack = self->library != NULL ? syl_pack_library_lookup (self->library, id) : NULL;
  if (pack == NULL || !syl_export_format_from_name (format_name, &format))
    return;

  chooser = gtk_file_chooser_native_new (_("Export As"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  name = syl_preferences_window_dup_export_name (pack, format);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  request = g_new0 (ExportRequest, 1);
  request->self = g_object_ref (self);
  request->pack = g_object_ref (pack);
  request->format = format;
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_chooser_response_cb), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GMenuModel *
build_export_menu (SylPack *pack)
{
  static const struct { const char *format; const char *label; } items[] = {
    { "gift", N_("GIFT for Moodle") },
    { "csv", N_("CSV Spreadsheet") },
    { "qti", N_("QTI Package for Learning Platforms") },
    { "anki", N_("Anki Flashcards") },
  };
  GMenu *menu = g_menu_new ();

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), NULL);

      g_menu_item_set_action_and_target (item, "prefs.export-pack", "(ss)",
                                         syl_pack_get_id (pack), items[i].format);
      g_menu_append_item (menu, item);
    }

  return G_MENU_MODEL (menu);
}

/* One row per pack, with its Export As… menu. */
static void
fill_packs_group (SylPreferencesWindow *self,
                  GListModel           *packs)
{
  guint n = g_list_model_get_n_items (packs);

  gtk_widget_set_visible (GTK_WIDGET (self->packs_group), n > 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylPack) pack = g_list_model_get_item (packs, i);
      g_autoptr(GMenuModel) menu = build_export_menu (pack);
      guint n_questions = g_list_model_get_n_items (syl_pack_get_questions (pack));
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_menu_button_new ();

      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question · version %u",
                                               "%u questions · version %u", n_questions),
                                  n_questions, syl_pack_get_version (pack));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), syl_pack_get_title (pack));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_name (row, syl_pack_get_id (pack));

      gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Export As…"));
      /* "Exportieren als …" on two lines leaves the pack's title room. */
      wrap_button_label (button);
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (self->packs_group, row);
    }
}

static void
on_pack_row_selected_cb (SylPreferencesWindow *self)
{
  SylPack *pack = adw_combo_row_get_selected_item (self->pack_row);

  if (pack != NULL)
    g_settings_set_string (self->settings, "active-pack", syl_pack_get_id (pack));
}

/* The switcher appears only when there is something to switch to. */
static void
sync_pack_row (SylPreferencesWindow *self)
{
  g_autofree char *active = g_settings_get_string (self->settings, "active-pack");
  GListModel *packs;
  g_autoptr(GtkExpression) expression = NULL;

  if (self->library == NULL)
    return;

  packs = syl_pack_library_get_packs (self->library);
  gtk_widget_set_visible (GTK_WIDGET (self->pack_row), g_list_model_get_n_items (packs) > 1);
  fill_packs_group (self, packs);

  expression = gtk_property_expression_new (SYL_TYPE_PACK, NULL, "title");
  adw_combo_row_set_expression (self->pack_row, expression);
  adw_combo_row_set_model (self->pack_row, packs);

  for (guint i = 0; i < g_list_model_get_n_items (packs); i++)
    {
      g_autoptr(SylPack) pack = g_list_model_get_item (packs, i);

      if (g_strcmp0 (syl_pack_get_id (pack), active) == 0)
        adw_combo_row_set_selected (self->pack_row, i);
    }

  g_signal_connect_object (self->pack_row, "notify::selected",
                           G_CALLBACK (on_pack_row_selected_cb), self, G_CONNECT_SWAPPED);
}

/* A screen reader says "Desired Retention, 90": the value is a
 * percentage, which it hears too. */
static void
on_retention_changed_cb (SylPreferencesWindow *self)
{
  /* Translators: a percentage, "90 %" */
  g_autofree char *text = g_strdup_printf (_("%d %%"), gtk_spin_button_get_value_as_int (self->retention_spin));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->retention_spin),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
}

static void
syl_preferences_window_constructed (GObject *object)
{
  SylPreferencesWindow *self = SYL_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (syl_preferences_window_parent_class)->constructed (object);

  g_settings_bind (self->settings, "daily-goal", self->daily_goal_spin, "value", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "extra-time", self->extra_time_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "instant-feedback", self->instant_feedback_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (self->settings, "desired-retention",
                                gtk_spin_button_get_adjustment (self->retention_spin), "value",
                                G_SETTINGS_BIND_DEFAULT,
                                retention_get_mapping, retention_set_mapping, NULL, NULL);
  g_signal_connect_object (self->retention_spin, "value-changed",
                           G_CALLBACK (on_retention_changed_cb), self, G_CONNECT_SWAPPED);
  on_retention_changed_cb (self);

  g_signal_connect_object (self->settings, "changed::exam-date",
                           G_CALLBACK (sync_exam_date), self, G_CONNECT_SWAPPED);
  sync_exam_date (self);
  sync_pack_row (self);
}

static void
syl_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SYL_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (syl_preferences_window_parent_class)->dispose (object);
}

static void
syl_preferences_window_finalize (GObject *object)
{
  SylPreferencesWindow *self = SYL_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (syl_preferences_window_parent_class)->finalize (object);
}

static void
syl_preferences_window_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SylPreferencesWindow *self = SYL_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_preferences_window_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  SylPreferencesWindow *self = SYL_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_preferences_window_class_init (SylPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = syl_preferences_window_constructed;
  object_class->dispose = syl_preferences_window_dispose;
  object_class->finalize = syl_preferences_window_finalize;
  object_class->get_property = syl_preferences_window_get_property;
  object_class->set_property = syl_preferences_window_set_property;

  /**
   * SylPreferencesWindow:settings:
   *
   * The application settings the rows are bound to.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SylPreferencesWindow:library:
   *
   * The installed packs, for the pack switcher; %NULL hides it.
   */
  properties[PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         SYL_TYPE_PACK_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, exam_date_button);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, exam_calendar);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, pack_row);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, daily_goal_spin);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, retention_spin);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, extra_time_switch);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, instant_feedback_switch);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, packs_group);
  gtk_widget_class_bind_template_callback (widget_class, on_exam_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_exam_date_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked_cb);
  gtk_widget_class_bind_template_child_full (widget_class, "reset_button", FALSE, 0);

  /**
   * SylPreferencesWindow|prefs.export-pack:
   * @parameter: (pack id, format name)
   *
   * Asks where to save the pack in that format, then writes it.
   */
  gtk_widget_class_install_action (widget_class, "prefs.export-pack", "(ss)", export_pack_action);
}

static void
syl_preferences_window_init (SylPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* GTK 4.8 names the menu button's inner button by what it shows alone
   * ("Not Set"): what it sets is its description. */
  syl_a11y_set_description (gtk_widget_get_first_child (GTK_WIDGET (self->exam_date_button)), _("Exam Date"));
  /* The reset button's tooltip is its name again: heard once is enough. */
  {
    GtkWidget *reset = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), SYL_TYPE_PREFERENCES_WINDOW,
                                                                  "reset_button"));

    if (reset != NULL)
      syl_a11y_set_description (reset, NULL);
  }
}

/**
 * syl_preferences_window_new:
 * @settings: the application settings
 * @library: (nullable): the installed packs, for the pack switcher
 *
 * Returns: (transfer full): a preferences window bound to @settings
 */
SylPreferencesWindow *
syl_preferences_window_new (GSettings      *settings,
                            SylPackLibrary *library)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (library == NULL || SYL_IS_PACK_LIBRARY (library), NULL);

  return g_object_new (SYL_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       "library", library,
                       NULL);
}

/**
 * syl_preferences_window_dup_export_name:
 * @pack: a pack
 * @format: the format to export to
 *
 * Returns: (transfer full): the file name Export As… suggests
 */
char *
syl_preferences_window_dup_export_name (SylPack         *pack,
                                        SylExportFormat  format)
{
  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);

  if (format == SYL_EXPORT_FORMAT_ANKI)
    return g_strdup_printf ("%s-anki.txt", syl_pack_get_id (pack));
  if (format == SYL_EXPORT_FORMAT_QTI)
    return g_strdup_printf ("%s-qti.zip", syl_pack_get_id (pack));

  return g_strdup_printf ("%s.%s", syl_pack_get_id (pack), syl_export_format_get_extension (format));
}

/**
 * syl_preferences_window_export_pack:
 * @pack: a pack of the library
 * @format: the format to write
 * @path: where to write it
 * @error: return location for a #SYL_EXPORT_ERROR
 *
 * What Export As… does once the learner chose where: writes @pack to
 * @path in @format, in one step.
 *
 * Returns: %TRUE when @path holds the export
 */
gboolean
syl_preferences_window_export_pack (SylPreferencesWindow  *self,
                                    SylPack               *pack,
                                    SylExportFormat        format,
                                    const char            *path,
                                    GError               **error)
{
  g_return_val_if_fail (SYL_IS_PREFERENCES_WINDOW (self), FALSE);
  g_return_val_if_fail (SYL_IS_PACK (pack), FALSE);

  return syl_export_to_file (pack, format, path, error);
}
