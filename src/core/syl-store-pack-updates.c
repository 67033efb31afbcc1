/* syl-store-pack-updates.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Living packs: when a new version of a pack changes what a question
 * says, the learner's history of the old text must not keep counting.
 *
 * `content_digests` holds the digest (stem, options, key) of each
 * question as the store last saw it. syl_store_sync_digests() compares it
 * with the pack's: for a question that changed, the schedule restarts
 * (FSRS card new, due now, the counters of answers against the current
 * text back to zero) and the state is marked `changed` until the learner
 * answers it again. The answers stay, each with the digest it was given
 * against; the first-sight outcome and the exposure stay too (the learner
 * has seen the question, if not this text). `pack_state` remembers which
 * version's `<changes>` the learner has seen.
 */

#define G_LOG_DOMAIN "syl-store"

#include "config.h"

#include <sqlite3.h>
#include <stdlib.h>

#include "syl-store-private.h"

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
read_stored_digest (SylStore    *self,
                    const char  *pack_id,
                    const char  *question_id,
                    char       **stored,
                    GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  int rc;

  stmt = syl_store_get_stmt (self,
                             "SELECT digest FROM content_digests WHERE pack_id = ?1 AND question_id = ?2",
                             error);
  if (stmt == NULL)
    return FALSE;

  syl_store_bind_text (stmt, 1, pack_id);
  syl_store_bind_text (stmt, 2, question_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *stored = syl_store_column_dup_text (stmt, 0);

  return syl_store_check_rc (self, rc, error);
}

static gboolean
sync_one (SylStore    *self,
          const char  *pack_id,
          const char  *question_id,
          const char  *digest,
          gint64       now_us,
          gboolean    *restarted,
          GError     **error)
{
  g_autofree char *stored = NULL;

  *restarted = FALSE;
  if (!read_stored_digest (self, pack_id, question_id, &stored, error))
    return FALSE;

  if (g_strcmp0 (stored, digest) == 0)
    return TRUE;

  {
    g_autoptr(SylCachedStmt) stmt = syl_store_get_stmt (self,
                "INSERT INTO content_digests (pack_id, question_id, digest, changed_at)"
                " VALUES (?1, ?2, ?3, NULL)"
                " ON CONFLICT (pack_id, question_id) DO UPDATE SET"
                "  digest = excluded.digest, changed_at = ?4", error);

    if (stmt == NULL)
      return FALSE;

    syl_store_bind_text (stmt, 1, pack_id);
    syl_store_bind_text (stmt, 2, question_id);
    syl_store_bind_text (stmt, 3, digest);
    sqlite3_bind_int64 (stmt, 4, now_us);
    if (!syl_store_step_done (self, stmt, error))
      return FALSE;
  }

  /* A question seen for the first time: its digest is only recorded. */
  if (stored == NULL)
    return TRUE;

  {
    g_autoptr(SylCachedStmt) stmt = syl_store_get_stmt (self,
                "UPDATE question_state SET stability = 0, difficulty = 0, due = ?3,"
                " last_review = 0, reps = 0, lapses = 0, attempts = 0, correct = 0,"
                " last_correct = 0, changed = 1"
                " WHERE pack_id = ?1 AND question_id = ?2", error);

    if (stmt == NULL)
      return FALSE;

    syl_store_bind_text (stmt, 1, pack_id);
    syl_store_bind_text (stmt, 2, question_id);
    sqlite3_bind_int64 (stmt, 3, now_us);
    if (!syl_store_step_done (self, stmt, error))
      return FALSE;
  }

  *restarted = sqlite3_changes (self->db) > 0;

  /* Answers from before digests were kept were given against the old
   * text too (every later answer carries the digest stored then): they
   * get the digest it had, so that every answer to the old text says so
   * and none is read as an answer to the new one. */
  {
    g_autoptr(SylCachedStmt) stmt = syl_store_get_stmt (self,
                "UPDATE answers SET digest = ?3"
                " WHERE digest IS NULL AND question_id = ?2"
                "  AND session_id IN (SELECT id FROM sessions WHERE pack_id = ?1)", error);

    if (stmt == NULL)
      return FALSE;

    syl_store_bind_text (stmt, 1, pack_id);
    syl_store_bind_text (stmt, 2, question_id);
    syl_store_bind_text (stmt, 3, stored);
    if (!syl_store_step_done (self, stmt, error))
      return FALSE;
  }

  return TRUE;
}

/**
 * syl_store_sync_digests:
 * @self: a store
 * @pack_id: the pack
 * @digest_by_question_id: (element-type utf8 utf8): the content digest of
 *   each question of the pack as loaded now
 * @now_us: now
 * @changed_question_ids: (out) (optional) (transfer full) (element-type utf8):
 *   the questions whose state restarted, by id
 * @error: return location for an error
 *
 * Compares the pack's digests with those stored, in one transaction. For
 * each question the learner has answered whose stored digest differs, the
 * schedule restarts and the question is marked changed (see
 * #SylStoreQuestionState.changed); its history is kept, and its answers
 * keep the digest they were given against (those from before digests
 * were kept get the old digest), so that syl_store_dup_recent_answers()
 * leaves them out. Digests of new questions are
 * recorded; those of questions no longer in the pack are kept, in case
 * they come back. The first sync of a pack (no digest stored) only
 * records them: nothing restarts.
 *
 * Returns: %TRUE on success (nothing changed on failure)
 */
gboolean
syl_store_sync_digests (SylStore     *self,
                        const char   *pack_id,
                        GHashTable   *digest_by_question_id,
                        gint64        now_us,
                        GPtrArray   **changed_question_ids,
                        GError      **error)
{
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_free);
  g_autofree gpointer *ids = NULL;
  guint n_ids = 0;

  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);
  g_return_val_if_fail (pack_id != NULL, FALSE);
  g_return_val_if_fail (digest_by_question_id != NULL, FALSE);

  /* In id order, so that the list of changes comes out sorted. */
  ids = g_hash_table_get_keys_as_array (digest_by_question_id, &n_ids);
  qsort (ids, n_ids, sizeof (gpointer), compare_strings);

  if (!syl_store_begin (self, error))
    return FALSE;

  for (guint i = 0; i < n_ids; i++)
    {
      const char *digest = g_hash_table_lookup (digest_by_question_id, ids[i]);
      gboolean restarted;

      if (digest == NULL)
        continue;

      if (!sync_one (self, pack_id, ids[i], digest, now_us, &restarted, error))
        {
          syl_store_rollback (self);
          return FALSE;
        }

      if (restarted)
        g_ptr_array_add (changed, g_strdup (ids[i]));
    }

  if (!syl_store_commit (self, error))
    {
      syl_store_rollback (self);
      return FALSE;
    }

  if (changed_question_ids != NULL)
    *changed_question_ids = g_steal_pointer (&changed);

  return TRUE;
}

/**
 * syl_store_get_seen_changes_version:
 * @pack_id: the pack
 *
 * Returns: the pack version whose `<changes>` the learner has seen, 0 for
 *   none (also when the database cannot be read, so the worst case is
 *   showing them again)
 */
guint
syl_store_get_seen_changes_version (SylStore   *self,
                                    const char *pack_id)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GError) error = NULL;
  gint64 version = 0;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), 0);
  g_return_val_if_fail (pack_id != NULL, 0);

  stmt = syl_store_get_stmt (self,
                             "SELECT seen_changes_version FROM pack_state WHERE pack_id = ?1",
                             &error);
  if (stmt != NULL)
    {
      syl_store_bind_text (stmt, 1, pack_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        version = sqlite3_column_int64 (stmt, 0);
      syl_store_check_rc (self, rc, &error);
    }

  if (error != NULL)
    g_message ("%s", error->message);

  return (guint) CLAMP (version, 0, G_MAXUINT);
}

/**
 * syl_store_set_seen_changes_version:
 * @pack_id: the pack
 * @version: the pack version whose `<changes>` were shown
 *
 * Returns: %TRUE on success
 */
gboolean
syl_store_set_seen_changes_version (SylStore    *self,
                                    const char  *pack_id,
                                    guint        version,
                                    GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;

  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);
  g_return_val_if_fail (pack_id != NULL, FALSE);

  stmt = syl_store_get_stmt (self,
                             "INSERT INTO pack_state (pack_id, seen_changes_version) VALUES (?1, ?2)"
                             " ON CONFLICT (pack_id) DO UPDATE SET"
                             "  seen_changes_version = excluded.seen_changes_version",
                             error);
  if (stmt == NULL)
    return FALSE;

  syl_store_bind_text (stmt, 1, pack_id);
  sqlite3_bind_int64 (stmt, 2, version);

  return syl_store_step_done (self, stmt, error);
}

/**
 * syl_store_has_digests:
 * @self: a store
 * @pack_id: the pack
 * @has_digests: (out): whether a digest of any question of @pack_id is
 *   stored, that is whether syl_store_sync_digests() saw the pack before
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
syl_store_has_digests (SylStore    *self,
                       const char  *pack_id,
                       gboolean    *has_digests,
                       GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);
  g_return_val_if_fail (pack_id != NULL, FALSE);
  g_return_val_if_fail (has_digests != NULL, FALSE);

  stmt = syl_store_get_stmt (self,
                             "SELECT 1 FROM content_digests WHERE pack_id = ?1 LIMIT 1",
                             error);
  if (stmt == NULL)
    return FALSE;

  syl_store_bind_text (stmt, 1, pack_id);
  rc = sqlite3_step (stmt);
  *has_digests = rc == SQLITE_ROW;

  return syl_store_check_rc (self, rc, error);
}

/**
 * syl_store_dup_changed_questions:
 * @self: a store
 * @pack_id: the pack
 * @error: return location for an error
 *
 * Returns: (transfer full): the ids of the questions of @pack_id whose
 *   content changed since the learner last answered them (marked by
 *   syl_store_sync_digests(), until answered again), sorted; %NULL on
 *   error
 */
GStrv
syl_store_dup_changed_questions (SylStore    *self,
                                 const char  *pack_id,
                                 GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  stmt = syl_store_get_stmt (self,
                             "SELECT question_id FROM question_state"
                             " WHERE pack_id = ?1 AND changed ORDER BY question_id",
                             error);
  if (stmt == NULL)
    return NULL;

  syl_store_bind_text (stmt, 1, pack_id);
  builder = g_strv_builder_new ();
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));

  if (!syl_store_check_rc (self, rc, error))
    return NULL;

  return g_strv_builder_end (builder);
}
