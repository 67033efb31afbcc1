/* syl-application.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "syl-a11y.h"
#include "syl-application.h"
#include "syl-application-status.h"
#include "syl-display-text.h"
#include "syl-import-dialog.h"
#include "syl-import.h"
#include "syl-pack-installer.h"
#include "syl-pack-library.h"
#include "syl-pack-loader.h"
#include "syl-paths.h"
#include "syl-store.h"
#include "syl-preferences-window.h"
#include "syl-window.h"

struct _SylApplication
{
  AdwApplication parent_instance;

  /* owned */
  GSettings      *settings;
  char           *data_dir;
  GStrv           extra_packs;
  SylPackLibrary *library;
  SylStore       *store;
  GCancellable   *check_cancellable;  /* the quick check of the open store */

  /* a window action to run once the first window is ready (--exam, --drill) */
  const char     *start_action;

  /* the first window's loading, run once its first frame is out */
  guint           load_source;
  gboolean        ready;
};

enum {
  SIGNAL_READY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SylApplication, syl_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Keep progress in DIR instead of the user data folder"), N_("DIR") },
  { "pack", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("Load one more content pack (file or folder); may be repeated"), N_("PATH") },
  { "exam", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Start a new exam simulation"), NULL },
  { "drill", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Start a 10-question drill of due or weak questions"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { "status", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the estimated score, reviews due and exam date, and exit"), NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --status, print them as one JSON object"), NULL },
  /* Collected only to refuse them: GApplication would otherwise try to
   * open them as files, which this app does not do. */
  { G_OPTION_REMAINING, 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL },
  { NULL }
};

static void
syl_application_about_action (GSimpleAction *action,
                              GVariant      *parameter,
                              gpointer       user_data)
{
  SylApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  AdwAboutWindow *about;
  const char *developers[] = { _("The Syllabus developers"), NULL };

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  g_object_set (about,
                "transient-for", window,
                "application-name", _("Syllabus"),
                "application-icon", APP_ID,
                "developer-name", _("The Syllabus developers"),
                "version", PACKAGE_VERSION,
                "developers", developers,
                "license-type", GTK_LICENSE_GPL_3_0,
                "comments", _("Study for a certification exam with exam-faithful practice, "
                              "honest feedback and a scheduler that knows what you are about to forget.\n\n"
                              "Syllabus is an independent project. It is not affiliated with, "
                              "endorsed by or sponsored by Amazon Web Services (AWS)."),
                "copyright", "© 2026 The Syllabus developers",
                /* Translators: Replace "translator-credits" with your name/year, one per line */
                "translator-credits", _("translator-credits"),
                NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
syl_application_preferences_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  SylApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  SylPreferencesWindow *preferences;

  preferences = syl_preferences_window_new (self->settings, self->library);
  /* Its rows activate app actions (Import Pack…): without the
   * application they would not resolve and stay greyed out. */
  gtk_window_set_application (GTK_WINDOW (preferences), GTK_APPLICATION (self));
  gtk_window_set_transient_for (GTK_WINDOW (preferences), window);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
syl_application_quit_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void syl_application_open_progress (SylApplication *self,
                                           SylWindow      *window);
static void show_progress_error           (SylApplication *self,
                                           SylWindow      *window,
                                           const char     *heading,
                                           const GError   *error);

static void
apply_desired_retention (SylApplication *self)
{
  SylFsrsParams params = *syl_store_get_fsrs_params (self->store);

  params.desired_retention = g_settings_get_double (self->settings, "desired-retention");
  syl_store_set_fsrs_params (self->store, &params);
}

static void
on_desired_retention_changed_cb (SylApplication *self)
{
  if (self->store != NULL)
    apply_desired_retention (self);
}

static char *
dup_progress_path (SylApplication *self)
{
  return syl_paths_dup_progress_db (self->data_dir);
}

/* Lets go of the progress database, so that it can be moved aside. */
static void
close_progress (SylApplication *self,
                SylWindow      *window)
{
  g_cancellable_cancel (self->check_cancellable);
  g_clear_object (&self->check_cancellable);
  if (window != NULL)
    syl_window_set_store (window, NULL);
  if (self->store != NULL)
    syl_store_close (self->store);
  g_clear_object (&self->store);
}

static void
on_progress_dialog_response_cb (AdwMessageDialog *dialog,
                                const char       *response,
                                gpointer          user_data)
{
  SylWindow *window = SYL_WINDOW (user_data);
  SylApplication *self = SYL_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  g_autofree char *path = NULL;
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;

  if (g_strcmp0 (response, "retry") == 0)
    {
      syl_application_open_progress (self, window);
      return;
    }

  if (g_strcmp0 (response, "start-fresh") == 0)
    {
      /* Open when the quick check found the damage after opening. */
      close_progress (self, window);

      path = dup_progress_path (self);
      kept = syl_store_move_aside (path, "unreadable", &error);
      if (kept == NULL)
        {
          syl_window_show_banner (window, error->message);
          return;
        }

      syl_application_open_progress (self, window);
      if (self->store != NULL)
        {
          g_autofree char *message = NULL;

          /* Translators: %s is a file path */
          message = g_strdup_printf (_("A new progress database was started. The old one is kept as “%s”."), kept);
          syl_window_show_banner (window, message);
        }
      return;
    }

  /* "quit": leave everything as it is on disk. */
  g_application_quit (G_APPLICATION (self));
}

/* Damage in the middle of the file, found once the window is up. */
static void
on_quick_check_done_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(SylWindow) window = user_data;
  SylStore *store = SYL_STORE (source);
  SylApplication *self;
  g_autoptr(GError) error = NULL;

  if (syl_store_check_quick_finish (store, result, &error))
    {
      self = SYL_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
      if (self != NULL && self->store == store && syl_window_get_store (window) == store)
        syl_window_set_progress_checked (window);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* The learner is told in the dialog; the log keeps it for a bug report. */
  g_message ("%s", error->message);

  /* Only damage is the learner's to decide about; and only for the
   * database still in use (not one reset or replaced meanwhile). */
  self = SYL_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  if (self == NULL || self->store != store ||
      !g_error_matches (error, SYL_STORE_ERROR, SYL_STORE_ERROR_CORRUPT))
    return;

  show_progress_error (self, window, _("Your Progress Is Damaged"), error);
}

/* Tells the learner why the progress database cannot be used, with
 * choices that never delete anything: a damaged file is moved aside, not
 * overwritten, before a fresh one is started. */
static void
show_progress_error (SylApplication *self,
                     SylWindow      *window,
                     const char     *heading,
                     const GError   *error)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (window),
                                                       heading != NULL ? heading : _("Your Progress Could Not Be Opened"),
                                                       error->message));
  adw_message_dialog_add_response (dialog, "quit", _("_Quit"));

  switch (error->code)
    {
    case SYL_STORE_ERROR_CORRUPT:
      adw_message_dialog_format_body (dialog,
                                      _("%s\n\nSyllabus can start a new progress database. The damaged file is kept "
                                        "beside it under a new name, so nothing is lost."),
                                      error->message);
      adw_message_dialog_add_response (dialog, "start-fresh", _("_Start Fresh"));
      adw_message_dialog_set_response_appearance (dialog, "start-fresh", ADW_RESPONSE_DESTRUCTIVE);
      break;

    case SYL_STORE_ERROR_NEWER_SCHEMA:
      adw_message_dialog_format_body (dialog,
                                      _("%s\n\nUpdate Syllabus to keep using this progress. The file has not been changed."),
                                      error->message);
      break;

    case SYL_STORE_ERROR_IN_USE:
      /* Another instance has this data folder (--data-dir, or another
       * session bus): never offer to take over its live session. */
      adw_message_dialog_set_heading (dialog, _("Syllabus Is Already Open"));
      adw_message_dialog_add_response (dialog, "retry", _("_Try Again"));
      adw_message_dialog_set_default_response (dialog, "retry");
      break;

    default:
      adw_message_dialog_add_response (dialog, "retry", _("_Try Again"));
      adw_message_dialog_set_default_response (dialog, "retry");
      break;
    }

  adw_message_dialog_set_close_response (dialog, "quit");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_progress_dialog_response_cb), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Opens the progress database; when it cannot be opened, the learner
 * chooses what happens. Once open, the whole file is checked in a worker
 * thread (a million answers take about a second), which leads to the
 * same choices if a page is damaged. */
static void
syl_application_open_progress (SylApplication *self,
                               SylWindow      *window)
{
  g_autofree char *path = dup_progress_path (self);
  g_autoptr(GError) error = NULL;

  close_progress (self, NULL);
  self->store = syl_store_open (path, &error);
  if (self->store != NULL)
    {
      apply_desired_retention (self);
      syl_window_set_store (window, self->store);

      self->check_cancellable = g_cancellable_new ();
      syl_store_check_quick_async (self->store, self->check_cancellable,
                                   on_quick_check_done_cb, g_object_ref (window));
      return;
    }

  /* The learner is told in the dialog; the log keeps it for a bug report. */
  g_message ("%s", error->message);
  show_progress_error (self, window, NULL, error);
}

/* The first lines of what went wrong, for the banner: enough to name
 * each file and its first errors without filling the window. */
static char *
dup_first_lines (const char *text,
                 guint       max_lines)
{
  guint more = 0;
  g_autofree char *shown = syl_display_text_shorten (text, max_lines, SYL_DISPLAY_TEXT_MAX_LINE_CHARS, &more);

  GString *out;

  if (more == 0)
    return g_steal_pointer (&shown);

  out = g_string_new (shown);
  g_string_append_c (out, '\n');
  g_string_append_printf (out,
                          g_dngettext (GETTEXT_PACKAGE, "… and %u more problem; run “syllabus-pack validate” for all of them",
                                       "… and %u more problems; run “syllabus-pack validate” for all of them",
                                       more),
                          more);
  return g_string_free (out, FALSE);
}

static void
syl_application_load_packs (SylApplication *self,
                            SylWindow      *window)
{
  g_autofree char *active_id = g_settings_get_string (self->settings, "active-pack");
  g_autofree char *problems = NULL;
  SylPack *pack;

  g_clear_object (&self->library);
  self->library = syl_pack_library_new_default ((const char * const *) self->extra_packs);
  syl_pack_library_load (self->library);

  problems = syl_pack_library_dup_failures_text (self->library);
  if (problems != NULL)
    {
      g_autofree char *shown = dup_first_lines (problems, 4);
      g_autofree char *message = NULL;

      g_printerr ("%s\n", problems);
      /* Translators: %s lists the files and their errors */
      message = g_strdup_printf (_("Some content packs could not be loaded and were skipped:\n%s"), shown);
      syl_window_show_banner (window, message);
    }

  pack = syl_pack_library_lookup (self->library, active_id);
  if (pack == NULL && g_list_model_get_n_items (syl_pack_library_get_packs (self->library)) > 0)
    {
      g_autoptr(SylPack) first = g_list_model_get_item (syl_pack_library_get_packs (self->library), 0);
      pack = first;
    }

  syl_window_set_pack (window, pack);
}

static SylWindow *
get_main_window (SylApplication *self)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  for (GList *l = windows; l != NULL; l = l->next)
    if (SYL_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

static void
on_active_pack_changed_cb (SylApplication *self)
{
  g_autofree char *id = g_settings_get_string (self->settings, "active-pack");
  SylWindow *window = get_main_window (self);
  SylPack *pack;

  if (window == NULL || self->library == NULL)
    return;

  pack = syl_pack_library_lookup (self->library, id);
  if (pack != NULL)
    syl_window_set_pack (window, pack);
}

static void
show_import_error (GtkWindow    *parent,
                   const char   *path,
                   const GError *error)
{
  AdwMessageDialog *dialog;
  GtkWidget *scrolled;
  GtkWidget *label;
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *shown_name = syl_display_text_shorten (name, 1, 80, NULL);
  g_autofree char *shown = NULL;
  guint more = 0;

  /* Everything goes to the log; the dialog shows what fits. */
  g_printerr ("%s\n", error->message);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("This Pack Could Not Be Imported"), NULL));
  if (error->domain != SYL_PACK_ERROR &&
      !(error->domain == SYL_IMPORT_ERROR &&
        (error->code == SYL_IMPORT_ERROR_SYNTAX || error->code == SYL_IMPORT_ERROR_INVALID)))
    {
      /* The installer's own refusals say what to do in one sentence. */
      shown = syl_display_text_shorten (error->message, 4, SYL_DISPLAY_TEXT_MAX_LINE_CHARS, NULL);
      adw_message_dialog_set_body (dialog, shown);
      goto respond;
    }

  adw_message_dialog_format_body (dialog,
                                  _("“%s” has problems the validator found. Nothing was installed. "
                                    "Fix each line below and import it again."),
                                  shown_name);

  /* The validator's messages name file and line; keep them selectable so
   * an author can copy them. */
  shown = syl_display_text_shorten (error->message, 40, SYL_DISPLAY_TEXT_MAX_LINE_CHARS, &more);
  if (more > 0)
    {
      g_autofree char *all = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more problem; run “syllabus-pack validate” for all of them",
                                                           "… and %u more problems; run “syllabus-pack validate” for all of them",
                                                           more),
                                              more);
      g_autofree char *joined = g_strconcat (shown, "\n", all, NULL);

      g_free (shown);
      shown = g_steal_pointer (&joined);
    }
  label = gtk_label_new (shown);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "monospace");
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), label);
  adw_message_dialog_set_extra_child (dialog, scrolled);

respond:
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Converted files wait in a folder of their own until installed. */
#define CONVERTED_PREFIX "syllabus-import-"

/* Removes the converted pack a plan installs from, and its folder; leaves
 * a plan of the learner's own file alone. */
static void
discard_converted_source (const SylPackInstallPlan *plan)
{
  g_autofree char *folder = NULL;
  g_autofree char *folder_name = NULL;

  if (plan == NULL || plan->source == NULL)
    return;

  folder = g_path_get_dirname (plan->source);
  folder_name = g_path_get_basename (folder);
  if (!g_str_has_prefix (folder_name, CONVERTED_PREFIX) ||
      !g_str_has_prefix (folder, g_get_tmp_dir ()))
    return;

  g_remove (plan->source);
  g_rmdir (folder);
}

/**
 * syl_application_plan_converted:
 * @result: a file of another tool, converted by syl_import_file()
 * @error: return location for an error
 *
 * Writes the converted pack into a private temporary folder and plans
 * its install like any pack's (syl_application_plan_import()). The
 * folder goes once the plan is installed or dropped.
 *
 * Returns: (transfer full): the plan, or %NULL
 */
SylPackInstallPlan *
syl_application_plan_converted (SylApplication         *self,
                                const SylImportResult  *result,
                                GError                **error)
{
  g_autofree char *folder = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  SylPackInstallPlan *plan;
  const char *data;
  gsize length;

  g_return_val_if_fail (SYL_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (result != NULL, NULL);

  folder = g_dir_make_tmp (CONVERTED_PREFIX "XXXXXX", error);
  if (folder == NULL)
    return NULL;

  name = g_strconcat (syl_pack_get_id (result->pack), ".xml", NULL);
  path = g_build_filename (folder, name, NULL);
  data = g_bytes_get_data (result->xml, &length);
  if (!g_file_set_contents (path, data, length, error))
    {
      g_rmdir (folder);
      return NULL;
    }

  plan = syl_application_plan_import (self, path, error);
  if (plan == NULL)
    {
      g_remove (path);
      g_rmdir (folder);
    }

  return plan;
}

/**
 * syl_application_plan_import:
 * @path: a pack file, a folder pack, or the pack.xml of a folder pack
 * @error: return location for the validator's messages or a
 *   #SYL_PACK_INSTALL_ERROR
 *
 * Validates @path and says what importing it would do (add it, or replace
 * the installed pack with the same id), without changing anything. Packs
 * that come with the app or were given with `--pack` cannot be replaced.
 *
 * Returns: (transfer full): the plan, or %NULL
 */
SylPackInstallPlan *
syl_application_plan_import (SylApplication  *self,
                             const char      *path,
                             GError         **error)
{
  g_autofree char *user_dir = syl_paths_dup_user_pack_dir ();
  g_auto(GStrv) reserved = NULL;

  g_return_val_if_fail (SYL_IS_APPLICATION (self), NULL);

  if (self->library != NULL)
    reserved = syl_pack_library_dup_reserved_ids (self->library, user_dir);

  return syl_pack_install_plan (path, user_dir, (const char * const *)reserved, error);
}

/**
 * syl_application_install_plan:
 * @plan: what syl_application_plan_import() found
 * @error: return location for an error
 *
 * Installs the pack of @plan into the learner's pack folder, then makes it
 * the pack being studied.
 *
 * Returns: %TRUE when the pack was installed
 */
gboolean
syl_application_install_plan (SylApplication            *self,
                              const SylPackInstallPlan  *plan,
                              GError                   **error)
{
  g_autofree char *user_dir = syl_paths_dup_user_pack_dir ();
  g_autofree char *installed_path = NULL;
  g_autoptr(SylPack) installed = NULL;
  SylWindow *window = get_main_window (self);

  g_return_val_if_fail (SYL_IS_APPLICATION (self), FALSE);

  installed_path = syl_pack_install_run (plan, user_dir, &installed, error);
  if (installed_path == NULL)
    return FALSE;

  /* Find it again the way the next start will, so what the learner sees
   * now is what they get then. */
  g_clear_object (&self->library);
  self->library = syl_pack_library_new_default ((const char * const *) self->extra_packs);
  syl_pack_library_load (self->library);

  g_settings_set_string (self->settings, "active-pack", syl_pack_get_id (installed));
  on_active_pack_changed_cb (self);

  if (window != NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is the title of an exam */
      message = g_strdup_printf (_("Imported “%s”"), syl_pack_get_title (installed));
      syl_window_add_toast (window, message);
    }

  return TRUE;
}

/**
 * syl_application_import_pack:
 * @path: a pack file, a folder pack, or the pack.xml of a folder pack
 * @error: return location for the validator's messages
 *
 * Plans and installs @path without asking: what Import Pack does once the
 * learner has confirmed a replacement. A GIFT, Aiken, CSV or QTI file is
 * converted first, with the default exam settings.
 *
 * Returns: %TRUE when the pack was installed
 */
gboolean
syl_application_import_pack (SylApplication  *self,
                             const char      *path,
                             GError         **error)
{
  SylImportFormat format = syl_import_detect_file (path);
  g_autoptr(SylPackInstallPlan) plan = NULL;
  gboolean ok;

  if (format == SYL_IMPORT_FORMAT_PACK || format == SYL_IMPORT_FORMAT_UNKNOWN)
    plan = syl_application_plan_import (self, path, error);
  else
    {
      g_autoptr(SylImportResult) result = syl_import_file (format, path, NULL, error);

      if (result == NULL)
        return FALSE;
      plan = syl_application_plan_converted (self, result, error);
    }

  ok = plan != NULL && syl_application_install_plan (self, plan, error);
  discard_converted_source (plan);
  return ok;
}

typedef struct
{
  SylApplication     *app;
  SylPackInstallPlan *plan;
} ReplaceRequest;

static void
on_replace_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        gpointer          user_data)
{
  ReplaceRequest *request = user_data;
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "replace") &&
      !syl_application_install_plan (request->app, request->plan, &error))
    show_import_error (gtk_window_get_transient_for (GTK_WINDOW (dialog)), request->plan->source, error);

  discard_converted_source (request->plan);
  syl_pack_install_plan_free (request->plan);
  g_application_release (G_APPLICATION (request->app));
  g_free (request);
}

/* Asks before replacing an installed pack; installs a new one at once. */
static void
install_or_ask (SylApplication     *self,
                GtkWindow          *parent,
                const char         *path,
                SylPackInstallPlan *plan_)
{
  g_autoptr(SylPackInstallPlan) plan = plan_;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  ReplaceRequest *request;
  g_autofree char *title = NULL;

  if (plan->action == SYL_PACK_INSTALL_NEW)
    {
      if (!syl_application_install_plan (self, plan, &error))
        show_import_error (parent, path, error);
      discard_converted_source (plan);
      return;
    }

  title = syl_display_text_shorten (syl_pack_get_title (plan->pack), 1, 120, NULL);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Replace the Installed Pack?"), NULL));
  if (plan->replaced_version != 0)
    adw_message_dialog_format_body (dialog,
                                    /* Translators: “%s” is an exam's title; the numbers are pack versions */
                                    _("Version %u of “%s” is installed. Importing replaces it with version %u. "
                                      "Your progress is kept."),
                                    plan->replaced_version, title, syl_pack_get_version (plan->pack));
  else
    adw_message_dialog_format_body (dialog,
                                    _("A pack with the same id as “%s” is installed. Importing replaces it "
                                      "with version %u. Your progress is kept."),
                                    title, syl_pack_get_version (plan->pack));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "replace", _("_Replace"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  request = g_new0 (ReplaceRequest, 1);
  request->app = self;
  request->plan = g_steal_pointer (&plan);
  g_application_hold (G_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (on_replace_response_cb), request);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  SylApplication  *app;
  char            *path;
  SylImportFormat  format;
} ConvertRequest;

static void
convert_request_free (gpointer  data,
                      GClosure *closure)
{
  ConvertRequest *request = data;

  g_application_release (G_APPLICATION (request->app));
  g_free (request->path);
  g_free (request);
}

/* Converts the file again with the settings of the dialog, then installs
 * it as Import Pack installs any pack. */
static void
on_import_dialog_import_cb (SylImportDialog *dialog,
                            gpointer         user_data)
{
  ConvertRequest *request = user_data;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  SylPackInstallPlan *plan;
  SylImportOptions options = {
    .title = syl_import_dialog_get_pack_title (dialog),
    .exam_questions = syl_import_dialog_get_exam_questions (dialog),
    .minutes = syl_import_dialog_get_minutes (dialog),
    .pass_percent = syl_import_dialog_get_pass_percent (dialog),
  };

  result = syl_import_file (request->format, request->path, &options, &error);
  plan = result != NULL ? syl_application_plan_converted (request->app, result, &error) : NULL;
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (plan == NULL)
    {
      show_import_error (parent, request->path, error);
      return;
    }

  install_or_ask (request->app, parent, request->path, plan);
}

/* A file of another tool: converted with the defaults to show what it
 * gives, then the dialog asks for the exam settings. */
static void
convert_interactively (SylApplication  *self,
                       GtkWindow       *parent,
                       const char      *path,
                       SylImportFormat  format)
{
  g_autoptr(SylImportResult) preview = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);
  SylImportDialog *dialog;
  ConvertRequest *request;

  preview = syl_import_file (format, path, NULL, &error);
  if (preview == NULL)
    {
      show_import_error (parent, path, error);
      return;
    }

  dialog = syl_import_dialog_new (name, preview);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), parent);

  request = g_new0 (ConvertRequest, 1);
  request->app = self;
  request->path = g_strdup (path);
  request->format = format;
  g_application_hold (G_APPLICATION (self));
  g_signal_connect_data (dialog, "import", G_CALLBACK (on_import_dialog_import_cb),
                         request, convert_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Recognises the file: a pack is planned and installed as it is; GIFT,
 * Aiken, CSV and QTI are converted first. */
static void
import_interactively (SylApplication *self,
                      GtkWindow      *parent,
                      const char     *path)
{
  SylImportFormat format = syl_import_detect_file (path);
  g_autoptr(GError) error = NULL;
  SylPackInstallPlan *plan;

  if (format != SYL_IMPORT_FORMAT_PACK && format != SYL_IMPORT_FORMAT_UNKNOWN)
    {
      convert_interactively (self, parent, path, format);
      return;
    }

  plan = syl_application_plan_import (self, path, &error);
  if (plan == NULL)
    {
      show_import_error (parent, path, error);
      return;
    }

  install_or_ask (self, parent, path, plan);
}

static void
on_import_chooser_response_cb (GtkNativeDialog *chooser,
                               int              response,
                               gpointer         user_data)
{
  SylApplication *self = SYL_APPLICATION (user_data);
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;
    }

  if (path != NULL)
    import_interactively (self, gtk_native_dialog_get_transient_for (chooser), path);

  g_object_unref (chooser);
  g_application_release (G_APPLICATION (self));
}

/* Packs (.xml), GIFT and Aiken (.gift, .txt), spreadsheets (.csv), QTI
 * items (.xml) and packages (.zip), in either case. */
static const char * const import_patterns[] = {
  "*.xml", "*.XML", "*.gift", "*.GIFT", "*.txt", "*.TXT", "*.csv", "*.CSV", "*.zip", "*.ZIP",
};

static void
syl_application_import_pack_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  SylApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Pack"), parent,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Content packs and question files"));
  for (guint i = 0; i < G_N_ELEMENTS (import_patterns); i++)
    gtk_file_filter_add_pattern (filter, import_patterns[i]);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_application_hold (G_APPLICATION (self));
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * syl_application_reset_progress:
 * @error: return location for an error
 *
 * Closes the progress database, keeps it beside under a new name and
 * starts an empty one.
 *
 * Returns: (transfer full): the path of the kept copy, or %NULL
 */
char *
syl_application_reset_progress (SylApplication  *self,
                                GError         **error)
{
  g_autofree char *path = dup_progress_path (self);
  g_autofree char *kept = NULL;
  SylWindow *window = get_main_window (self);

  close_progress (self, window);

  kept = syl_store_move_aside (path, "before-reset", error);
  if (kept == NULL)
    {
      /* Nothing moved: go on with the progress as it was. */
      if (window != NULL)
        syl_application_open_progress (self, window);
      return NULL;
    }

  if (window != NULL)
    syl_application_open_progress (self, window);

  return g_steal_pointer (&kept);
}

static void
syl_application_reset_progress_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  SylApplication *self = user_data;
  SylWindow *window = get_main_window (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = syl_application_reset_progress (self, &error);
  g_autofree char *message = NULL;

  if (window == NULL)
    return;

  if (kept == NULL)
    {
      /* Translators: %s explains why */
      message = g_strdup_printf (_("Your progress was not reset: %s"), error->message);
      syl_window_show_banner (window, message);
      return;
    }

  /* Translators: %s is a file path */
  message = g_strdup_printf (_("Progress reset. Your old progress is kept as “%s”."), kept);
  syl_window_show_banner (window, message);
}

static void
run_start_action (SylApplication *self,
                  const char     *name)
{
  SylWindow *window = get_main_window (self);
  g_autofree char *detailed = g_strconcat ("win.", name, NULL);

  if (window == NULL || !self->ready)
    {
      /* Before the first window is loaded: the loading runs it when ready. */
      self->start_action = name;
      return;
    }

  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_activate_action (GTK_WIDGET (window), detailed, NULL);
}

static void
syl_application_start_exam_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  run_start_action (SYL_APPLICATION (user_data), "start-exam");
}

static void
syl_application_start_quick_drill_action (GSimpleAction *action,
                                          GVariant      *parameter,
                                          gpointer       user_data)
{
  run_start_action (SYL_APPLICATION (user_data), "start-quick-drill");
}

static const GActionEntry app_actions[] = {
  { "about", syl_application_about_action },
  { "start-exam", syl_application_start_exam_action },
  { "start-quick-drill", syl_application_start_quick_drill_action },
  { "import-pack", syl_application_import_pack_action },
  { "reset-progress", syl_application_reset_progress_action },
  { "preferences", syl_application_preferences_action },
  { "quit", syl_application_quit_action },
};

static int
syl_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  SylApplication *self = SYL_APPLICATION (app);
  g_autofree char *data_dir = NULL;
  g_auto(GStrv) packs = NULL;
  g_auto(GStrv) extra = NULL;

  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^aay", &extra) && extra[0] != NULL)
    {
      /* Translators: %s is what was typed after the options */
      g_printerr (_("syllabus: unexpected argument “%s”; run “syllabus --help” for the options\n"), extra[0]);
      return 2;
    }

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("syllabus %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "data-dir", "^ay", &data_dir))
    {
      g_clear_pointer (&self->data_dir, g_free);
      self->data_dir = g_canonicalize_filename (data_dir, NULL);
    }

  if (g_variant_dict_lookup (options, "pack", "^aay", &packs))
    {
      g_clear_pointer (&self->extra_packs, g_strfreev);
      self->extra_packs = g_steal_pointer (&packs);
    }

  if (g_variant_dict_contains (options, "status"))
    return syl_application_print_status (self->data_dir, (const char * const *) self->extra_packs,
                                         g_variant_dict_contains (options, "json"));
  if (g_variant_dict_contains (options, "json"))
    {
      g_printerr (_("syllabus: --json goes with --status\n"));
      return 2;
    }

  /* A second instance with its own progress folder or packs must not hand
   * its window over to a running instance that uses other ones. */
  if (self->data_dir != NULL || self->extra_packs != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  if (g_variant_dict_contains (options, "exam") || g_variant_dict_contains (options, "drill"))
    {
      const char *action = g_variant_dict_contains (options, "exam") ? "start-exam" : "start-quick-drill";
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }

      /* The app actions reach a running instance too, which then opens
       * the quiz in its own window. */
      g_action_group_activate_action (G_ACTION_GROUP (app), action, NULL);
      return g_application_get_is_remote (app) ? 0 : -1;
    }

  return -1;
}

static void
syl_application_startup (GApplication *app)
{
  SylApplication *self = SYL_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
  static const char *search_questions_accels[] = { "<Control><Shift>f", NULL };

  G_APPLICATION_CLASS (syl_application_parent_class)->startup (app);
  syl_a11y_init ();

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay", shortcuts_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.search-questions", search_questions_accels);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::desired-retention",
                           G_CALLBACK (on_desired_retention_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::active-pack",
                           G_CALLBACK (on_active_pack_changed_cb), self, G_CONNECT_SWAPPED);

  if (self->data_dir == NULL)
    self->data_dir = syl_paths_dup_default_data_dir ();
}

/* Loads the pack and opens the progress once the window's first frame is
 * out: at G_PRIORITY_DEFAULT_IDLE this runs after GTK's layout and paint
 * (GDK_PRIORITY_REDRAW) and after the map request is flushed. */
static gboolean
syl_application_load_cb (gpointer user_data)
{
  SylApplication *self = SYL_APPLICATION (user_data);
  SylWindow *window = get_main_window (self);

  self->load_source = 0;

  if (window != NULL)
    {
      syl_application_load_packs (self, window);
      syl_application_open_progress (self, window);
      if (self->start_action != NULL)
        {
          g_autofree char *detailed = g_strconcat ("win.", self->start_action, NULL);

          /* Starting asks about an unfinished session itself. */
          self->start_action = NULL;
          gtk_widget_activate_action (GTK_WIDGET (window), detailed, NULL);
        }
      else
        syl_window_offer_resume (window);
      /* Last, so that a banner from the loading comes with the places. */
      syl_window_set_loading (window, FALSE);
    }

  self->ready = TRUE;
  g_signal_emit (self, signals[SIGNAL_READY], 0);
  /* build-aux/screenshots waits for this before it types. */
  g_debug ("Syllabus is ready");

  return G_SOURCE_REMOVE;
}

static void
syl_application_activate (GApplication *app)
{
  SylApplication *self = SYL_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    {
      window = GTK_WINDOW (syl_window_new (self, self->settings));
      syl_window_set_loading (SYL_WINDOW (window), TRUE);
      gtk_window_present (window);
      if (self->load_source == 0 && !self->ready)
        {
          self->load_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, syl_application_load_cb, self, NULL);
          g_source_set_name_by_id (self->load_source, "[syllabus] load");
        }
      return;
    }

  gtk_window_present (window);
}

static void
syl_application_shutdown (GApplication *app)
{
  SylApplication *self = SYL_APPLICATION (app);

  g_clear_handle_id (&self->load_source, g_source_remove);
  /* The database and its lock go with the application, whatever still
   * holds the store (a quick check about to report, a page); the quick
   * check stops at its next step. */
  close_progress (self, NULL);

  G_APPLICATION_CLASS (syl_application_parent_class)->shutdown (app);
}

/* The last window gone is the end of this instance for the learner (the
 * application quits next): the progress database and its lock go now,
 * after the window has paused its quiz, so that another instance may open
 * them at once. */
static void
syl_application_window_removed (GtkApplication *app,
                                GtkWindow      *window)
{
  SylApplication *self = SYL_APPLICATION (app);

  GTK_APPLICATION_CLASS (syl_application_parent_class)->window_removed (app, window);

  if (SYL_IS_WINDOW (window) && get_main_window (self) == NULL)
    close_progress (self, NULL);
}

static void
syl_application_finalize (GObject *object)
{
  SylApplication *self = SYL_APPLICATION (object);

  g_clear_handle_id (&self->load_source, g_source_remove);
  close_progress (self, NULL);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->data_dir, g_free);
  g_clear_pointer (&self->extra_packs, g_strfreev);

  G_OBJECT_CLASS (syl_application_parent_class)->finalize (object);
}

static void
syl_application_class_init (SylApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = syl_application_finalize;

  app_class->handle_local_options = syl_application_handle_local_options;
  app_class->startup = syl_application_startup;
  app_class->activate = syl_application_activate;
  app_class->shutdown = syl_application_shutdown;

  GTK_APPLICATION_CLASS (klass)->window_removed = syl_application_window_removed;

  /**
   * SylApplication::ready:
   *
   * Emitted once the first window's pack and progress are loaded, after
   * its first frame.
   */
  signals[SIGNAL_READY] =
    g_signal_new ("ready",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
syl_application_init (SylApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

/**
 * syl_application_new:
 *
 * Returns: (transfer full): the application
 */
SylApplication *
syl_application_new (void)
{
  return g_object_new (SYL_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/syllabus/Syllabus",
                       NULL);
}

/**
 * syl_application_get_data_dir:
 *
 * Returns: the folder where progress is kept, once started up
 */
const char *
syl_application_get_data_dir (SylApplication *self)
{
  g_return_val_if_fail (SYL_IS_APPLICATION (self), NULL);

  return self->data_dir;
}

/**
 * syl_application_get_extra_packs:
 *
 * Returns: (nullable): the packs named with `--pack`
 */
const char * const *
syl_application_get_extra_packs (SylApplication *self)
{
  g_return_val_if_fail (SYL_IS_APPLICATION (self), NULL);

  return (const char * const *) self->extra_packs;
}

/**
 * syl_application_get_store:
 *
 * Returns: (nullable): the progress store, once opened
 */
SylStore *
syl_application_get_store (SylApplication *self)
{
  g_return_val_if_fail (SYL_IS_APPLICATION (self), NULL);

  return self->store;
}

/**
 * syl_application_get_pack_library:
 *
 * Returns: (nullable): the packs found at start-up
 */
SylPackLibrary *
syl_application_get_pack_library (SylApplication *self)
{
  g_return_val_if_fail (SYL_IS_APPLICATION (self), NULL);

  return self->library;
}

/**
 * syl_application_is_ready:
 *
 * Returns: whether the first window's pack and progress are loaded
 */
gboolean
syl_application_is_ready (SylApplication *self)
{
  g_return_val_if_fail (SYL_IS_APPLICATION (self), FALSE);

  return self->ready;
}
