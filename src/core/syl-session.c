/* syl-session.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One quiz run: the questions in order, each with its option order, the
 * learner's answers and flags, and the clock.
 *
 * Every answer goes to the store at once (syl_store_record_answer()
 * commits it); flags and time used are saved with it and on pause, so an
 * unfinished session can be resumed with syl_session_resume() after the
 * app closes. Time counts only while the session runs (between
 * syl_session_start() and syl_session_pause()), measured on the clock's
 * monotonic time; after a crash the time used is the last saved value.
 * When a timed session runs out of time it finishes itself, and every
 * unanswered question counts as wrong.
 *
 * A learner may clear an answer (untick every option). An empty choice is
 * no answer: the question counts as unanswered everywhere (the review
 * grid, the counts before submitting, the report's unanswered) and, like
 * any unanswered question, is scored wrong. The store keeps the cleared
 * answer as a wrong one, so the schedule agrees; clearing a question that
 * was never answered stores nothing. */

#define G_LOG_DOMAIN "syl-session"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "syl-calibration.h"
#include "syl-question.h"
#include "syl-session-private.h"

typedef struct
{
  SylQuestion *question;       /* owned */
  guint       *option_order;   /* display position → option index */
  guint        n_options;
  gboolean     unscored;
  gboolean     flagged;
  gboolean     answered;       /* an answer is stored, maybe an empty one */
  guint       *chosen;         /* option indexes, ascending */
  guint        n_chosen;
  gboolean     correct;
  gboolean     unsure;
  gboolean     first_sight;    /* new to the learner when the session began */
  gboolean     shown;          /* its showing is in the store */
  gboolean     changed;        /* its content changed since the learner
                                * last answered it, when the session began */
  gint64       time_us;        /* time spent on it, while the clock ran */
} Item;

struct _SylSession
{
  GObject             parent_instance;

  /* owned */
  SylPack            *pack;
  SylStore           *store;
  SylClock           *clock;
  GArray             *items;
  SylScoreReport     *report;

  gint64              id;
  SylQuizMode         mode;
  SylSessionSettings  settings;
  gint64              started_at_us;
  gint64              time_limit_ms;
  gint64              time_used_ms;      /* up to running_since */
  gboolean            running;
  gint64              running_since;     /* monotonic µs */
  guint               current;
  gint64              current_since;     /* monotonic µs */
  gint64              item_since;        /* monotonic µs, for time per question */
  gboolean            finished;
  gboolean            timed_out;
};

G_DEFINE_FINAL_TYPE (SylSession, syl_session, G_TYPE_OBJECT)

G_DEFINE_QUARK (syl-session-error-quark, syl_session_error)

static void
clear_item (gpointer data)
{
  Item *item = data;

  g_clear_object (&item->question);
  g_clear_pointer (&item->option_order, g_free);
  g_clear_pointer (&item->chosen, g_free);
}

static Item *
get_item (SylSession *self,
          guint       i)
{
  return &g_array_index (self->items, Item, i);
}

/* Answered, for everything the learner sees: at least one option chosen. */
static gboolean
has_choice (const Item *item)
{
  return item->answered && item->n_chosen > 0;
}

static char *
join_uints (const guint *values,
            guint        n,
            char         sep)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (out, sep);
      g_string_append_printf (out, "%u", values[i]);
    }

  return g_string_free (out, FALSE);
}

/* Parses "3,0,2" into numbers below @limit; FALSE on anything else. */
static gboolean
parse_uints (const char  *text,
             guint        limit,
             GArray      *out)
{
  g_auto(GStrv) parts = NULL;

  if (text == NULL || text[0] == '\0')
    return TRUE;

  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint64 value;

      if (!g_ascii_string_to_unsigned (parts[i], 10, 0, limit > 0 ? limit - 1 : 0, &value, NULL))
        return FALSE;
      g_array_append_vals (out, &(guint) { (guint) value }, 1);
    }

  return TRUE;
}

static char *
positions_where (SylSession *self,
                 gboolean    unscored)
{
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = get_item (self, i);

      if (unscored ? item->unscored : item->flagged)
        g_array_append_val (positions, i);
    }

  return join_uints ((guint *) (gpointer) positions->data, positions->len, ',');
}

static gboolean
has_drill (const SylSessionSettings *settings)
{
  return settings->drill_kind[0] != '\0' && settings->drill_id[0] != '\0';
}

/* "timed=1;extra-time=0;drill-kind=task;drill-id=2.1": the values are
 * URI-escaped, so an id may hold any character. Older versions wrote only
 * the first two keys, and read only those. */
static char *
format_settings (const SylSessionSettings *settings)
{
  GString *text = g_string_new (NULL);

  g_string_printf (text, "timed=%d;extra-time=%d", settings->timed ? 1 : 0,
                   settings->extra_time ? 1 : 0);
  if (has_drill (settings))
    {
      g_autofree char *kind = g_uri_escape_string (settings->drill_kind, NULL, FALSE);
      g_autofree char *id = g_uri_escape_string (settings->drill_id, NULL, FALSE);

      g_string_append_printf (text, ";drill-kind=%s;drill-id=%s", kind, id);
    }

  return g_string_free (text, FALSE);
}

/* Copies the unescaped @value into @field if it fits whole. */
static void
parse_field (const char *value,
             char       *field,
             gsize       size)
{
  g_autofree char *text = g_uri_unescape_string (value, NULL);

  if (text != NULL && strlen (text) < size)
    g_strlcpy (field, text, size);
  else
    field[0] = '\0';
}

static void
parse_settings (const char         *text,
                SylSessionSettings *settings)
{
  g_auto(GStrv) pairs = g_strsplit (text != NULL ? text : "", ";", -1);
  char drill_kind[sizeof settings->drill_kind] = "";
  char drill_id[sizeof settings->drill_id] = "";

  for (guint i = 0; pairs[i] != NULL; i++)
    {
      if (g_str_equal (pairs[i], "timed=1"))
        settings->timed = TRUE;
      else if (g_str_equal (pairs[i], "extra-time=1"))
        settings->extra_time = TRUE;
      else if (g_str_has_prefix (pairs[i], "drill-kind="))
        parse_field (pairs[i] + strlen ("drill-kind="), drill_kind, sizeof drill_kind);
      else if (g_str_has_prefix (pairs[i], "drill-id="))
        parse_field (pairs[i] + strlen ("drill-id="), drill_id, sizeof drill_id);
    }

  syl_session_settings_set_drill (settings, drill_kind, drill_id);
}

static gint64
now_mono (SylSession *self)
{
  return syl_clock_get_monotonic_us (self->clock);
}

/* Adds the time since the last call to the question on screen. */
static void
account_item_time (SylSession *self)
{
  if (self->running && self->current < self->items->len)
    {
      gint64 now = now_mono (self);

      get_item (self, self->current)->time_us += MAX (now - self->item_since, 0);
      self->item_since = now;
    }
}

/* Folds the running time into time_used_ms. */
static void
fold_time (SylSession *self)
{
  account_item_time (self);

  if (self->running)
    {
      gint64 now = now_mono (self);

      self->time_used_ms += (now - self->running_since) / 1000;
      self->running_since = now - (now - self->running_since) % 1000;
    }
}

/* The session's questions as scoring, pacing and confidence read them;
 * @reveal_unscored only for scoring and once finished. */
static GArray *
dup_score_items (SylSession *self,
                 gboolean    reveal_unscored)
{
  GArray *items = g_array_sized_new (FALSE, TRUE, sizeof (SylScoreItem), self->items->len);

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = get_item (self, i);
      SylScoreItem score_item = {
        .question = item->question,
        .answered = has_choice (item),
        .correct = has_choice (item) && item->correct,
        .unscored = reveal_unscored && item->unscored,
        .unsure = has_choice (item) && item->unsure,
        .first_sight = item->first_sight,
        .time_ms = item->time_us / 1000,
      };

      g_array_append_val (items, score_item);
    }

  return items;
}

static SylScoreReport *
score (SylSession *self)
{
  g_autoptr(GArray) items = NULL;

  account_item_time (self);
  items = dup_score_items (self, TRUE);
  return syl_scoring_score (self->pack, (SylScoreItem *) (gpointer) items->data, items->len,
                            syl_session_get_time_used_ms (self), self->timed_out);
}

static gboolean
save_progress (SylSession  *self,
               GError     **error)
{
  g_autofree char *flags = NULL;

  if (self->store == NULL || self->finished)
    return TRUE;

  flags = positions_where (self, FALSE);
  return syl_store_save_session_progress (self->store, self->id, flags,
                                          self->time_used_ms, error);
}

static gboolean
finish_internal (SylSession  *self,
                 gboolean     timed_out,
                 GError     **error)
{
  fold_time (self);
  self->running = FALSE;
  if (self->time_limit_ms > 0 && self->time_used_ms > self->time_limit_ms)
    self->time_used_ms = self->time_limit_ms;
  self->timed_out = timed_out;
  self->finished = TRUE;

  g_clear_pointer (&self->report, syl_score_report_free);
  self->report = score (self);

  if (self->store != NULL &&
      !syl_store_finish_session (self->store, self->id, syl_clock_get_now_us (self->clock),
                                 self->time_used_ms, TRUE, self->report->scaled, error))
    return FALSE;

  return TRUE;
}

static gboolean
ensure_open (SylSession  *self,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!self->finished && syl_session_check_time (self, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  if (self->timed_out)
    {
      g_set_error (error, SYL_SESSION_ERROR, SYL_SESSION_ERROR_TIMED_OUT,
                   _("Time is up"));
      return FALSE;
    }
  if (self->finished)
    {
      g_set_error (error, SYL_SESSION_ERROR, SYL_SESSION_ERROR_FINISHED,
                   _("This quiz is finished"));
      return FALSE;
    }

  return TRUE;
}

static void
compute_time_limit (SylSession *self)
{
  self->time_limit_ms = 0;
  if (self->settings.timed)
    self->time_limit_ms = ((gint64) syl_pack_get_minutes (self->pack)
                           + (self->settings.extra_time ? SYL_SESSION_EXTRA_MINUTES : 0))
                          * 60 * 1000;
}

static void
syl_session_finalize (GObject *object)
{
  SylSession *self = (SylSession *)object;

  g_clear_object (&self->pack);
  g_clear_object (&self->store);
  g_clear_object (&self->clock);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->report, syl_score_report_free);

  G_OBJECT_CLASS (syl_session_parent_class)->finalize (object);
}

static void
syl_session_class_init (SylSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = syl_session_finalize;
}

static void
syl_session_init (SylSession *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, clear_item);
}

static SylSession *
session_alloc (SylPack  *pack,
               SylStore *store,
               SylClock *clock)
{
  SylSession *self = g_object_new (SYL_TYPE_SESSION, NULL);

  self->pack = g_object_ref (pack);
  self->store = store != NULL ? g_object_ref (store) : NULL;
  self->clock = clock != NULL ? g_object_ref (clock) : syl_clock_new_system ();

  return self;
}

/* Which questions changed since the learner last answered them (a pack
 * update restarted them): the quiz and its review say so. Read once, as
 * the session begins, so that the mark stays while the learner answers. A
 * store that cannot be read leaves them unmarked. */
static void
mark_changed (SylSession *self)
{
  g_auto(GStrv) changed = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  changed = syl_store_dup_changed_questions (self->store, syl_pack_get_id (self->pack), &error);
  if (changed == NULL)
    {
      g_warning ("Could not read which questions changed: %s", error->message);
      return;
    }

  for (guint i = 0; changed[0] != NULL && i < self->items->len; i++)
    {
      Item *item = get_item (self, i);

      item->changed = g_strv_contains ((const char * const *) changed,
                                       syl_question_get_id (item->question));
    }
}

/**
 * syl_session_new:
 * @pack: the pack
 * @store: (nullable): where to save it; %NULL for a session kept in memory
 * @clock: (nullable): the clock; %NULL for the system clock
 * @plan: the questions, from the quiz builder
 * @settings: (nullable): %NULL for the plan's defaults (an exam is timed,
 *   a drill remembers what it drills)
 * @seed: seed for the option orders
 * @error: return location for an error
 *
 * Creates and saves a session with option orders shuffled once, for good:
 * a resumed session shows them in the same order. The timer does not run
 * until syl_session_start().
 *
 * Returns: (transfer full) (nullable): the session
 */
SylSession *
syl_session_new (SylPack                  *pack,
                 SylStore                 *store,
                 SylClock                 *clock,
                 const SylQuizPlan        *plan,
                 const SylSessionSettings *settings,
                 guint32                   seed,
                 GError                  **error)
{
  g_autoptr(SylSession) self = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GString) orders = g_string_new (NULL);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) question_ids = NULL;
  g_autofree char *unscored = NULL;
  g_autofree char *settings_text = NULL;

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);
  g_return_val_if_fail (plan != NULL, NULL);
  g_return_val_if_fail (plan->questions->len == plan->unscored->len, NULL);

  if (plan->questions->len == 0)
    {
      g_set_error (error, SYL_SESSION_ERROR, SYL_SESSION_ERROR_INVALID,
                   _("A quiz needs at least one question"));
      return NULL;
    }

  self = session_alloc (pack, store, clock);
  self->mode = plan->mode;
  if (settings != NULL)
    {
      self->settings = *settings;
      syl_session_settings_set_drill (&self->settings, settings->drill_kind, settings->drill_id);
    }
  else
    {
      self->settings.timed = plan->mode == SYL_QUIZ_MODE_EXAM;
      syl_session_settings_set_drill (&self->settings, plan->drill_kind, plan->drill_id);
    }
  compute_time_limit (self);
  self->started_at_us = syl_clock_get_now_us (self->clock);

  rand = g_rand_new_with_seed (seed);
  for (guint i = 0; i < plan->questions->len; i++)
    {
      SylQuestion *question = g_ptr_array_index (plan->questions, i);
      Item item = { 0 };
      g_autofree char *order = NULL;

      item.question = g_object_ref (question);
      item.n_options = syl_question_get_n_options (question);
      item.option_order = g_new (guint, item.n_options);
      item.unscored = g_array_index (plan->unscored, gboolean, i);
      item.first_sight = plan->fresh != NULL && i < plan->fresh->len &&
                         g_array_index (plan->fresh, gboolean, i);
      for (guint o = 0; o < item.n_options; o++)
        item.option_order[o] = o;
      for (guint o = item.n_options; o > 1; o--)
        {
          guint j = g_rand_int_range (rand, 0, (gint32) o);
          guint tmp = item.option_order[o - 1];

          item.option_order[o - 1] = item.option_order[j];
          item.option_order[j] = tmp;
        }

      order = join_uints (item.option_order, item.n_options, ',');
      if (i > 0)
        g_string_append_c (orders, ';');
      g_string_append (orders, order);
      g_strv_builder_add (ids, syl_question_get_id (question));
      g_array_append_val (self->items, item);
    }

  mark_changed (self);

  if (store != NULL)
    {
      SylStoreSession stored = { 0 };

      question_ids = g_strv_builder_end (ids);
      unscored = positions_where (self, TRUE);
      settings_text = format_settings (&self->settings);

      stored.mode = (char *) syl_quiz_mode_to_string (self->mode);
      stored.pack_id = (char *) syl_pack_get_id (pack);
      stored.settings = settings_text;
      stored.question_ids = question_ids;
      stored.option_orders = orders->str;
      stored.unscored = unscored;
      stored.flags = (char *) "";
      stored.time_limit_ms = self->time_limit_ms;
      stored.started_at_us = self->started_at_us;

      self->id = syl_store_insert_session (store, &stored, error);
      if (self->id == 0)
        return NULL;

      /* The calibration record: what the forecast said of this exam just
       * before it began. Its loss costs one line of the record, not the
       * exam. */
      if (self->mode == SYL_QUIZ_MODE_EXAM)
        {
          g_autoptr(GError) local_error = NULL;

          if (!syl_calibration_record_forecast (store, pack, self->id, plan->questions, plan->unscored,
                                                self->started_at_us, &local_error))
            g_warning ("Could not store the forecast of exam %" G_GINT64_FORMAT ": %s",
                       self->id, local_error->message);
        }
    }

  return g_steal_pointer (&self);
}

/* Where a resumed session reopens, as the learner left it: the first
 * unanswered question after the one answered last (or before it, from the
 * start), or the one answered last when every question is answered. The
 * store keeps answers, not the question on screen. */
static guint
resume_position (SylSession *self,
                 int         last_answered)
{
  guint n = self->items->len;

  if (last_answered < 0)
    return 0;

  for (guint k = 1; k < n; k++)
    {
      guint i = ((guint) last_answered + k) % n;

      if (!get_item (self, i)->answered)
        return i;
    }

  return (guint) last_answered;
}

/* Which questions of a resumed session were new to the learner: an
 * answered one says so itself; one not answered was new unless it had
 * been shown before the session began. A store that cannot be read
 * leaves them counted as seen before, which never inflates a result. */
static void
mark_first_sights (SylSession            *self,
                   SylStore              *store,
                   const SylStoreSession *stored)
{
  g_autoptr(GPtrArray) exposures = NULL;
  g_autoptr(GHashTable) first_shown = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;

  exposures = syl_store_dup_exposures (store, stored->pack_id, &error);
  if (exposures == NULL)
    {
      g_warning ("Could not read which questions were shown: %s", error->message);
      return;
    }
  for (guint i = 0; i < exposures->len; i++)
    {
      SylStoreExposure *exposure = g_ptr_array_index (exposures, i);

      g_hash_table_insert (first_shown, exposure->question_id, &exposure->first_shown_us);
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = get_item (self, i);
      gint64 *first = g_hash_table_lookup (first_shown, syl_question_get_id (item->question));

      item->first_sight = first == NULL || *first >= stored->started_at_us;
    }

  for (guint a = 0; stored->answers != NULL && a < stored->answers->len; a++)
    {
      SylStoreAnswer *answer = g_ptr_array_index (stored->answers, a);

      for (guint i = 0; i < self->items->len; i++)
        if (g_str_equal (syl_question_get_id (get_item (self, i)->question), answer->question_id))
          get_item (self, i)->first_sight = answer->first_sight;
    }
}

/* Sets the error and returns %NULL, for syl_session_resume(). */
static SylSession *
pack_changed (SylPack  *pack,
              GError  **error)
{
  g_set_error (error, SYL_SESSION_ERROR, SYL_SESSION_ERROR_PACK_CHANGED,
               _("The pack “%s” has changed since this quiz was started; it cannot be resumed"),
               syl_pack_get_id (pack));
  return NULL;
}

/**
 * syl_session_resume:
 * @pack: the pack the session was built from
 * @store: the store it was read from
 * @clock: (nullable): the clock
 * @stored: from syl_store_dup_unfinished_session()
 * @error: return location for an error
 *
 * Rebuilds an unfinished session: same questions, option orders, answers,
 * flags and time used. It reopens at the first unanswered question after
 * the one answered last. The timer is paused until syl_session_start().
 *
 * Returns: (transfer full) (nullable): the session, or %NULL with
 *   %SYL_SESSION_ERROR_PACK_CHANGED if its questions no longer match
 */
SylSession *
syl_session_resume (SylPack               *pack,
                    SylStore              *store,
                    SylClock              *clock,
                    const SylStoreSession *stored,
                    GError               **error)
{
  g_autoptr(SylSession) self = NULL;
  g_auto(GStrv) orders = NULL;
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  int last_answered = -1;
  guint n;

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);
  g_return_val_if_fail (SYL_IS_STORE (store), NULL);
  g_return_val_if_fail (stored != NULL, NULL);

  if (g_strcmp0 (stored->pack_id, syl_pack_get_id (pack)) != 0)
    {
      g_set_error (error, SYL_SESSION_ERROR, SYL_SESSION_ERROR_INVALID,
                   _("This quiz belongs to the pack “%s”"), stored->pack_id);
      return NULL;
    }

  self = session_alloc (pack, store, clock);
  self->id = stored->id;
  if (!syl_quiz_mode_from_string (stored->mode, &self->mode))
    {
      g_set_error (error, SYL_SESSION_ERROR, SYL_SESSION_ERROR_INVALID,
                   _("Unknown quiz mode “%s”"), stored->mode);
      return NULL;
    }
  parse_settings (stored->settings, &self->settings);
  self->time_limit_ms = stored->time_limit_ms;
  self->time_used_ms = stored->time_used_ms;
  self->started_at_us = stored->started_at_us;
  self->finished = stored->finished_at_us != 0;

  n = g_strv_length (stored->question_ids);
  orders = g_strsplit (stored->option_orders, ";", -1);
  if (n == 0 || g_strv_length (orders) != n)
    return pack_changed (pack, error);

  for (guint i = 0; i < n; i++)
    {
      SylQuestion *question = syl_pack_lookup_question (pack, stored->question_ids[i]);
      g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autofree gboolean *seen = NULL;
      Item item = { 0 };

      if (question == NULL)
        return pack_changed (pack, error);

      item.question = g_object_ref (question);
      item.n_options = syl_question_get_n_options (question);
      g_array_append_val (self->items, item);

      if (!parse_uints (orders[i], item.n_options, order) || order->len != item.n_options)
        return pack_changed (pack, error);

      seen = g_new0 (gboolean, item.n_options);
      for (guint o = 0; o < order->len; o++)
        {
          guint v = g_array_index (order, guint, o);

          if (seen[v])
            return pack_changed (pack, error);
          seen[v] = TRUE;
        }
      get_item (self, i)->option_order = (guint *) (gpointer) g_array_free (g_steal_pointer (&order), FALSE);
    }

  if (!parse_uints (stored->unscored, n, positions))
    return pack_changed (pack, error);
  for (guint i = 0; i < positions->len; i++)
    get_item (self, g_array_index (positions, guint, i))->unscored = TRUE;

  g_array_set_size (positions, 0);
  if (!parse_uints (stored->flags, n, positions))
    return pack_changed (pack, error);
  for (guint i = 0; i < positions->len; i++)
    get_item (self, g_array_index (positions, guint, i))->flagged = TRUE;

  for (guint a = 0; stored->answers != NULL && a < stored->answers->len; a++)
    {
      SylStoreAnswer *answer = g_ptr_array_index (stored->answers, a);

      for (guint i = 0; i < n; i++)
        {
          Item *item = get_item (self, i);
          g_autoptr(GArray) chosen = NULL;

          if (!g_str_equal (stored->question_ids[i], answer->question_id))
            continue;

          chosen = g_array_new (FALSE, FALSE, sizeof (guint));
          if (!parse_uints (answer->chosen, item->n_options, chosen))
            return pack_changed (pack, error);

          item->answered = TRUE;
          item->n_chosen = chosen->len;
          item->chosen = (guint *) (gpointer) g_array_free (g_steal_pointer (&chosen), FALSE);
          item->correct = syl_scoring_is_correct_choice (item->question, item->chosen, item->n_chosen);
          item->unsure = answer->unsure;
          item->time_us = MAX (answer->time_ms, 0) * 1000;
          /* Answers come in the order they were given. */
          last_answered = (int) i;
          break;
        }
    }

  self->current = resume_position (self, last_answered);
  mark_first_sights (self, store, stored);
  mark_changed (self);

  return g_steal_pointer (&self);
}

gint64
syl_session_get_id (SylSession *self)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), 0);
  return self->id;
}

SylQuizMode
syl_session_get_mode (SylSession *self)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), 0);
  return self->mode;
}

SylPack *
syl_session_get_pack (SylSession *self)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), NULL);
  return self->pack;
}

const SylSessionSettings *
syl_session_get_settings (SylSession *self)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), NULL);
  return &self->settings;
}

/**
 * syl_session_get_drill:
 * @kind: (out) (optional) (transfer none): "domain", "task" or "service"
 * @id: (out) (optional) (transfer none): the id of that domain, task
 *   statement or service
 *
 * Tells which drill this is, so that the same drill can be started again;
 * a resumed session knows it too.
 *
 * Returns: %TRUE for a drill that knows what it drills; otherwise %FALSE,
 *   with @kind and @id set to %NULL (a session saved by an older version)
 */
gboolean
syl_session_get_drill (SylSession  *self,
                       const char **kind,
                       const char **id)
{
  gboolean known;

  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);

  known = self->mode == SYL_QUIZ_MODE_DRILL && has_drill (&self->settings);
  if (kind != NULL)
    *kind = known ? self->settings.drill_kind : NULL;
  if (id != NULL)
    *id = known ? self->settings.drill_id : NULL;

  return known;
}

/**
 * syl_session_settings_set_drill:
 * @settings: settings
 * @kind: (nullable): "domain", "task" or "service"
 * @id: (nullable): what the drill drills
 *
 * Names the drill in @settings, or clears it when either is %NULL or
 * empty, or does not fit (a cut id would name another drill).
 *
 * Returns: whether @settings now names a drill
 */
gboolean
syl_session_settings_set_drill (SylSessionSettings *settings,
                                const char         *kind,
                                const char         *id)
{
  char new_kind[sizeof settings->drill_kind] = "";
  char new_id[sizeof settings->drill_id] = "";

  g_return_val_if_fail (settings != NULL, FALSE);

  /* Through copies: @kind and @id may be @settings' own fields. */
  if (kind == NULL || id == NULL ||
      g_strlcpy (new_kind, kind, sizeof new_kind) >= sizeof new_kind ||
      g_strlcpy (new_id, id, sizeof new_id) >= sizeof new_id ||
      new_kind[0] == '\0' || new_id[0] == '\0')
    {
      memset (settings->drill_kind, 0, sizeof settings->drill_kind);
      memset (settings->drill_id, 0, sizeof settings->drill_id);
      return FALSE;
    }

  memcpy (settings->drill_kind, new_kind, sizeof new_kind);
  memcpy (settings->drill_id, new_id, sizeof new_id);
  return TRUE;
}

guint
syl_session_get_n_questions (SylSession *self)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), 0);
  return self->items->len;
}

/**
 * syl_session_get_question:
 *
 * Returns: (transfer none): the question at position @i
 */
SylQuestion *
syl_session_get_question (SylSession *self,
                          guint       i)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), NULL);
  g_return_val_if_fail (i < self->items->len, NULL);

  return get_item (self, i)->question;
}

/**
 * syl_session_get_option_order:
 * @n_options: (out) (optional): number of options
 *
 * Returns: (array length=n_options) (transfer none): for each display
 *   position, the index of the option shown there
 */
const guint *
syl_session_get_option_order (SylSession *self,
                              guint       i,
                              guint      *n_options)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), NULL);
  g_return_val_if_fail (i < self->items->len, NULL);

  if (n_options != NULL)
    *n_options = get_item (self, i)->n_options;
  return get_item (self, i)->option_order;
}

/**
 * syl_session_set_current:
 *
 * Tells the session which question the learner is looking at; the time
 * recorded with an answer is the time since then.
 */
void
syl_session_set_current (SylSession *self,
                         guint       i)
{
  g_return_if_fail (SYL_IS_SESSION (self));
  g_return_if_fail (i < self->items->len);

  account_item_time (self);
  self->current = i;
  self->current_since = now_mono (self);
  self->item_since = self->current_since;

  /* Shown to the learner: the exposure the quiz builder and the first
   * sights go by. Once per question and session. */
  if (self->store != NULL && !self->finished && !get_item (self, i)->shown)
    {
      g_autoptr(GError) error = NULL;

      if (syl_store_mark_shown (self->store, self->id, syl_question_get_id (get_item (self, i)->question),
                                syl_clock_get_now_us (self->clock), &error))
        get_item (self, i)->shown = TRUE;
      else
        g_warning ("Could not note that question %s was shown: %s",
                   syl_question_get_id (get_item (self, i)->question), error->message);
    }
}

guint
syl_session_get_current (SylSession *self)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), 0);
  return self->current;
}

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint ua = *(const guint *) a;
  guint ub = *(const guint *) b;

  return ua < ub ? -1 : ua > ub;
}

/**
 * syl_session_answer:
 * @i: position of the question
 * @chosen: (array length=n_chosen): the option indexes chosen (not display
 *   positions; map them with syl_session_get_option_order())
 * @n_chosen: how many
 * @unsure: the learner marked it as a guess
 * @error: return location for an error
 *
 * Records (or changes) the answer to question @i and commits it to the
 * store before returning. An empty @chosen clears the answer: question @i
 * is unanswered again. Fails with %SYL_SESSION_ERROR_TIMED_OUT once time
 * is up.
 */
gboolean
syl_session_answer (SylSession   *self,
                    guint         i,
                    const guint  *chosen,
                    guint         n_chosen,
                    gboolean      unsure,
                    GError      **error)
{
  g_autofree guint *sorted = NULL;
  g_autofree char *chosen_text = NULL;
  Item *item;
  gint64 now;
  guint n_unique = 0;

  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);
  g_return_val_if_fail (i < self->items->len, FALSE);
  g_return_val_if_fail (chosen != NULL || n_chosen == 0, FALSE);

  if (!ensure_open (self, error))
    return FALSE;

  item = get_item (self, i);
  sorted = g_new (guint, MAX (n_chosen, 1));
  for (guint c = 0; c < n_chosen; c++)
    {
      if (chosen[c] >= item->n_options)
        {
          g_set_error (error, SYL_SESSION_ERROR, SYL_SESSION_ERROR_INVALID,
                       _("Question %s has no option %u"),
                       syl_question_get_id (item->question), chosen[c]);
          return FALSE;
        }
      sorted[c] = chosen[c];
    }
  qsort (sorted, n_chosen, sizeof (guint), compare_uint);
  for (guint c = 0; c < n_chosen; c++)
    if (n_unique == 0 || sorted[n_unique - 1] != sorted[c])
      sorted[n_unique++] = sorted[c];

  /* Clearing what was never answered changes nothing. */
  if (n_unique == 0 && !item->answered)
    return TRUE;

  now = now_mono (self);
  fold_time (self);

  if (self->store != NULL)
    {
      SylStoreAnswer answer = { 0 };

      chosen_text = join_uints (sorted, n_unique, ',');
      answer.session_id = self->id;
      answer.question_id = (char *) syl_question_get_id (item->question);
      answer.chosen = chosen_text;
      answer.correct = syl_scoring_is_correct_choice (item->question, sorted, n_unique);
      answer.unsure = unsure;
      answer.time_ms = self->current == i && self->current_since > 0
                         ? (now - self->current_since) / 1000 : 0;
      answer.answered_at_us = syl_clock_get_now_us (self->clock);
      answer.stem_chars = g_utf8_strlen (syl_question_get_stem (item->question), -1);

      if (syl_store_record_answer (self->store, &answer, error) == 0)
        return FALSE;
    }

  g_free (item->chosen);
  item->chosen = g_steal_pointer (&sorted);
  item->n_chosen = n_unique;
  item->answered = TRUE;
  item->unsure = unsure;
  item->correct = n_unique > 0 &&
                  syl_scoring_is_correct_choice (item->question, item->chosen, item->n_chosen);
  if (self->current == i)
    self->current_since = now;

  return save_progress (self, error);
}

/**
 * syl_session_is_answered:
 *
 * Returns: whether question @i has an answer with at least one option
 *   chosen; a cleared answer is no answer
 */
gboolean
syl_session_is_answered (SylSession *self,
                         guint       i)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);
  g_return_val_if_fail (i < self->items->len, FALSE);

  return has_choice (get_item (self, i));
}

/**
 * syl_session_get_chosen:
 * @n_chosen: (out): how many
 *
 * Returns: (array length=n_chosen) (transfer none) (nullable): the option
 *   indexes chosen, ascending
 */
const guint *
syl_session_get_chosen (SylSession *self,
                        guint       i,
                        guint      *n_chosen)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), NULL);
  g_return_val_if_fail (i < self->items->len, NULL);

  *n_chosen = get_item (self, i)->n_chosen;
  return get_item (self, i)->chosen;
}

/**
 * syl_session_is_correct:
 *
 * Returns: whether question @i is answered with exactly the right set.
 *   In an exam, show this only after the end.
 */
gboolean
syl_session_is_correct (SylSession *self,
                        guint       i)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);
  g_return_val_if_fail (i < self->items->len, FALSE);

  return has_choice (get_item (self, i)) && get_item (self, i)->correct;
}

gboolean
syl_session_is_unsure (SylSession *self,
                       guint       i)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);
  g_return_val_if_fail (i < self->items->len, FALSE);

  return get_item (self, i)->unsure;
}

/**
 * syl_session_is_changed:
 * @i: a position
 *
 * Returns: whether the content of question @i (its stem, options or key)
 *   had changed since the learner last answered it when the session
 *   began: a pack update restarted it (syl_store_sync_digests())
 */
gboolean
syl_session_is_changed (SylSession *self,
                        guint       i)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);
  g_return_val_if_fail (i < self->items->len, FALSE);

  return get_item (self, i)->changed;
}

guint
syl_session_get_n_answered (SylSession *self)
{
  guint n = 0;

  g_return_val_if_fail (SYL_IS_SESSION (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    n += has_choice (get_item (self, i)) ? 1 : 0;

  return n;
}

gboolean
syl_session_is_flagged (SylSession *self,
                        guint       i)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);
  g_return_val_if_fail (i < self->items->len, FALSE);

  return get_item (self, i)->flagged;
}

/**
 * syl_session_set_flagged:
 *
 * Flags question @i for review (or clears the flag) and saves it.
 */
gboolean
syl_session_set_flagged (SylSession  *self,
                         guint        i,
                         gboolean     flagged,
                         GError     **error)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);
  g_return_val_if_fail (i < self->items->len, FALSE);

  if (!ensure_open (self, error))
    return FALSE;

  get_item (self, i)->flagged = !!flagged;
  fold_time (self);

  return save_progress (self, error);
}

/**
 * syl_session_start:
 *
 * Starts (or resumes) the timer.
 */
void
syl_session_start (SylSession *self)
{
  g_return_if_fail (SYL_IS_SESSION (self));

  if (self->running || self->finished)
    return;

  self->running = TRUE;
  self->running_since = now_mono (self);
  self->current_since = self->running_since;
  self->item_since = self->running_since;
}

/**
 * syl_session_pause:
 *
 * Stops the timer and saves the time used, e.g. when the learner leaves
 * or the window closes.
 */
gboolean
syl_session_pause (SylSession  *self,
                   GError     **error)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);

  if (!self->running)
    return TRUE;

  fold_time (self);
  self->running = FALSE;

  return save_progress (self, error);
}

gboolean
syl_session_is_running (SylSession *self)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);
  return self->running;
}

/**
 * syl_session_get_time_limit_ms:
 *
 * Returns: the time allowed, including extra time; 0 if untimed
 */
gint64
syl_session_get_time_limit_ms (SylSession *self)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), 0);
  return self->time_limit_ms;
}

gint64
syl_session_get_time_used_ms (SylSession *self)
{
  gint64 used;

  g_return_val_if_fail (SYL_IS_SESSION (self), 0);

  used = self->time_used_ms;
  if (self->running)
    used += (now_mono (self) - self->running_since) / 1000;

  return used;
}

/**
 * syl_session_get_remaining_ms:
 *
 * Returns: time left (≥ 0), or -1 for an untimed session
 */
gint64
syl_session_get_remaining_ms (SylSession *self)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), -1);

  if (self->time_limit_ms == 0)
    return -1;

  return MAX (0, self->time_limit_ms - syl_session_get_time_used_ms (self));
}

/**
 * syl_session_get_deadline_us:
 *
 * Returns: the wall-clock time at which time runs out if the timer keeps
 *   running, or 0 when untimed or paused
 */
gint64
syl_session_get_deadline_us (SylSession *self)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), 0);

  if (self->time_limit_ms == 0 || !self->running)
    return 0;

  return syl_clock_get_now_us (self->clock) + syl_session_get_remaining_ms (self) * 1000;
}

/**
 * syl_session_check_time:
 *
 * Ends the session if its time is up (call it from a timer tick).
 *
 * Returns: %TRUE if the session has timed out (now or before)
 */
gboolean
syl_session_check_time (SylSession  *self,
                        GError     **error)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);

  if (self->timed_out)
    return TRUE;
  if (self->finished || self->time_limit_ms == 0)
    return FALSE;
  if (syl_session_get_time_used_ms (self) < self->time_limit_ms)
    return FALSE;

  finish_internal (self, TRUE, error);
  return TRUE;
}

gboolean
syl_session_is_finished (SylSession *self)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);
  return self->finished;
}

gboolean
syl_session_is_timed_out (SylSession *self)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);
  return self->timed_out;
}

/**
 * syl_session_finish:
 *
 * Submits the session: scores it (unanswered questions are wrong) and
 * saves the result.
 *
 * Returns: (transfer none) (nullable): the score report, or %NULL on error
 */
const SylScoreReport *
syl_session_finish (SylSession  *self,
                    GError     **error)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), NULL);

  if (self->finished)
    return self->report != NULL ? self->report : (self->report = score (self));

  if (!finish_internal (self, FALSE, error))
    return NULL;

  return self->report;
}

/**
 * syl_session_get_report:
 *
 * Returns: (transfer none) (nullable): the score report once finished
 */
const SylScoreReport *
syl_session_get_report (SylSession *self)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), NULL);
  return self->report;
}

/**
 * syl_session_abandon:
 *
 * Ends the session without a score (the learner chose not to resume). Its
 * answers stay in the history.
 */
gboolean
syl_session_abandon (SylSession  *self,
                     GError     **error)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);

  if (self->finished)
    return TRUE;

  fold_time (self);
  self->running = FALSE;
  self->finished = TRUE;

  if (self->store != NULL &&
      !syl_store_finish_session (self->store, self->id, syl_clock_get_now_us (self->clock),
                                 self->time_used_ms, FALSE, 0, error))
    return FALSE;

  return TRUE;
}

/**
 * syl_session_is_unscored:
 *
 * Whether question @i was one of the unscored ones, as the real exam's
 * report says only at the end: until the session is finished this is
 * %FALSE for every question, so that nothing shown during the exam can
 * give them away.
 *
 * Returns: %TRUE if the session is finished and question @i did not count
 */
gboolean
syl_session_is_unscored (SylSession *self,
                         guint       i)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);
  g_return_val_if_fail (i < self->items->len, FALSE);

  return self->finished && get_item (self, i)->unscored;
}

gboolean
syl_session_is_unscored_internal (SylSession *self,
                                  guint       i)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);
  g_return_val_if_fail (i < self->items->len, FALSE);

  return get_item (self, i)->unscored;
}

/**
 * syl_session_score:
 *
 * Scores the session as it stands, finished or not (unanswered scored
 * questions are wrong). Use syl_session_finish() to submit it.
 *
 * Returns: (transfer full): a new report
 */
SylScoreReport *
syl_session_score (SylSession *self)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), NULL);

  return score (self);
}

/**
 * syl_session_dup_score_items:
 *
 * The session's questions as pacing and confidence read them: answered,
 * right, unsure, first sight and time spent. Which questions were
 * unscored is told only once the session is finished.
 *
 * Returns: (transfer full) (element-type SylScoreItem): one per question,
 *   in session order; the questions are borrowed from the session
 */
GArray *
syl_session_dup_score_items (SylSession *self)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), NULL);

  account_item_time (self);
  return dup_score_items (self, self->finished);
}

/**
 * syl_session_is_first_sight:
 *
 * Returns: whether question @i was new to the learner when the session
 *   began
 */
gboolean
syl_session_is_first_sight (SylSession *self,
                            guint       i)
{
  g_return_val_if_fail (SYL_IS_SESSION (self), FALSE);
  g_return_val_if_fail (i < self->items->len, FALSE);

  return get_item (self, i)->first_sight;
}

/**
 * syl_session_get_n_first_sight:
 *
 * Returns: how many of the session's questions were new to the learner
 */
guint
syl_session_get_n_first_sight (SylSession *self)
{
  guint n = 0;

  g_return_val_if_fail (SYL_IS_SESSION (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    n += get_item (self, i)->first_sight ? 1 : 0;

  return n;
}
