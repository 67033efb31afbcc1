/* syl-store-notes.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The learner's notes: one per question, keyed by pack and question id
 * like the rest of the progress, so a new version of a pack keeps them.
 * They are in the database, so in every backup; the CSV export writes
 * them to a file of their own (syl-store-backup.c).
 */

#define G_LOG_DOMAIN "syl-store"

#include "config.h"

#include <sqlite3.h>

#include "syl-store-private.h"

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/**
 * syl_store_set_note:
 * @self: a store
 * @pack_id: the pack
 * @question_id: the question
 * @text: (nullable): the note, UTF-8; %NULL, empty or only white space
 *   deletes it
 * @now_us: when it was written
 * @error: return location for an error
 *
 * Writes (or deletes) the learner's note on a question.
 *
 * Returns: %TRUE on success
 */
gboolean
syl_store_set_note (SylStore    *self,
                    const char  *pack_id,
                    const char  *question_id,
                    const char  *text,
                    gint64       now_us,
                    GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;

  g_return_val_if_fail (SYL_IS_STORE (self), FALSE);
  g_return_val_if_fail (pack_id != NULL, FALSE);
  g_return_val_if_fail (question_id != NULL, FALSE);
  g_return_val_if_fail (text == NULL || g_utf8_validate (text, -1, NULL), FALSE);

  if (is_blank (text))
    stmt = syl_store_get_stmt (self,
                               "DELETE FROM notes WHERE pack_id = ?1 AND question_id = ?2",
                               error);
  else
    stmt = syl_store_get_stmt (self,
                               "INSERT INTO notes (pack_id, question_id, text, updated_at)"
                               " VALUES (?1, ?2, ?3, ?4)"
                               " ON CONFLICT (pack_id, question_id) DO UPDATE SET"
                               "  text = excluded.text, updated_at = excluded.updated_at",
                               error);
  if (stmt == NULL)
    return FALSE;

  syl_store_bind_text (stmt, 1, pack_id);
  syl_store_bind_text (stmt, 2, question_id);
  if (!is_blank (text))
    {
      syl_store_bind_text (stmt, 3, text);
      sqlite3_bind_int64 (stmt, 4, now_us);
    }

  return syl_store_step_done (self, stmt, error);
}

/**
 * syl_store_dup_note:
 * @pack_id: the pack
 * @question_id: the question
 *
 * Returns: (transfer full) (nullable): the note on the question, or %NULL
 *   when there is none (@error not set) or on error
 */
char *
syl_store_dup_note (SylStore    *self,
                    const char  *pack_id,
                    const char  *question_id,
                    GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autofree char *text = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);
  g_return_val_if_fail (question_id != NULL, NULL);

  stmt = syl_store_get_stmt (self,
                             "SELECT text FROM notes WHERE pack_id = ?1 AND question_id = ?2",
                             error);
  if (stmt == NULL)
    return NULL;

  syl_store_bind_text (stmt, 1, pack_id);
  syl_store_bind_text (stmt, 2, question_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    text = syl_store_column_dup_text (stmt, 0);

  if (!syl_store_check_rc (self, rc, error))
    return NULL;

  return g_steal_pointer (&text);
}

/**
 * syl_store_dup_notes:
 * @pack_id: the pack
 *
 * Returns: (transfer full) (element-type SylStoreNote): every note on a
 *   question of @pack_id, by question id; %NULL on error
 */
GPtrArray *
syl_store_dup_notes (SylStore    *self,
                     const char  *pack_id,
                     GError     **error)
{
  g_autoptr(SylCachedStmt) stmt = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  int rc;

  g_return_val_if_fail (SYL_IS_STORE (self), NULL);
  g_return_val_if_fail (pack_id != NULL, NULL);

  stmt = syl_store_get_stmt (self,
                             "SELECT question_id, text, updated_at FROM notes"
                             " WHERE pack_id = ?1 ORDER BY question_id",
                             error);
  if (stmt == NULL)
    return NULL;

  notes = g_ptr_array_new_with_free_func ((GDestroyNotify) syl_store_note_free);
  syl_store_bind_text (stmt, 1, pack_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SylStoreNote *note = g_new0 (SylStoreNote, 1);

      note->question_id = syl_store_column_dup_text (stmt, 0);
      note->text = syl_store_column_dup_text (stmt, 1);
      note->updated_at_us = sqlite3_column_int64 (stmt, 2);
      g_ptr_array_add (notes, note);
    }

  if (!syl_store_check_rc (self, rc, error))
    return NULL;

  return g_steal_pointer (&notes);
}

void
syl_store_note_free (SylStoreNote *note)
{
  if (note == NULL)
    return;

  g_free (note->question_id);
  g_free (note->text);
  g_free (note);
}
