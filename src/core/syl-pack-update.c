/* syl-pack-update.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-pack-update"

#include "config.h"

#include "syl-pack-change.h"
#include "syl-pack-update.h"
#include "syl-question.h"

/**
 * SylPackUpdate:
 *
 * What opening a pack with the learner's progress found changed since the
 * store last saw it (docs/pack-format.md, "When a pack is updated"):
 * syl_pack_update_sync() gives the store the content digest of every
 * question, which restarts the schedule of each answered question whose
 * stem, options or key changed (the answers stay, marked as given against
 * the old text). It then holds the ids of those questions and the
 * `<changes>` entries of the versions the learner has not been shown.
 *
 * A learner with nothing answered in the pack has nothing that changed:
 * their first sight of a pack, a fresh install included, records its
 * version as seen and shows no changes. Nor does the first sync of a pack
 * whose answers come from before the store kept digests restart
 * anything: there is nothing to compare them with.
 */
struct _SylPackUpdate
{
  GObject     parent_instance;

  /* owned */
  SylStore   *store;
  SylPack    *pack;
  GStrv       changed_ids;
  GPtrArray  *unseen_changes;

  gboolean    first_sync;
};

G_DEFINE_FINAL_TYPE (SylPackUpdate, syl_pack_update, G_TYPE_OBJECT)

static void
syl_pack_update_finalize (GObject *object)
{
  SylPackUpdate *self = SYL_PACK_UPDATE (object);

  g_clear_object (&self->store);
  g_clear_object (&self->pack);
  g_clear_pointer (&self->changed_ids, g_strfreev);
  g_clear_pointer (&self->unseen_changes, g_ptr_array_unref);

  G_OBJECT_CLASS (syl_pack_update_parent_class)->finalize (object);
}

static void
syl_pack_update_class_init (SylPackUpdateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = syl_pack_update_finalize;
}

static void
syl_pack_update_init (SylPackUpdate *self)
{
}

/* Whether the learner has answered any question of the pack. */
static gboolean
has_history (SylStore    *store,
             const char  *pack_id,
             gboolean    *answered,
             GError     **error)
{
  g_autoptr(GPtrArray) states = syl_store_dup_question_states (store, pack_id, error);

  if (states == NULL)
    return FALSE;

  *answered = states->len > 0;
  return TRUE;
}

/**
 * syl_pack_update_sync:
 * @store: the learner's progress
 * @pack: the pack as loaded now
 * @now_us: now, µs since the epoch (a restarted question is due then)
 * @error: return location for a #SYL_STORE_ERROR
 *
 * Compares @pack with what @store last saw of it, in one transaction (see
 * syl_store_sync_digests()), and reads which `<changes>` the learner has
 * not been shown. Cheap when nothing changed: one digest lookup per
 * question.
 *
 * Returns: (transfer full): what changed, or %NULL on error (then
 *   nothing in @store has changed)
 */
SylPackUpdate *
syl_pack_update_sync (SylStore  *store,
                      SylPack   *pack,
                      gint64     now_us,
                      GError   **error)
{
  g_autoptr(SylPackUpdate) self = NULL;
  g_autoptr(GHashTable) digests = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) changed = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GListModel *questions;
  const char *pack_id;
  gboolean has_digests = FALSE;
  guint seen;

  g_return_val_if_fail (SYL_IS_STORE (store), NULL);
  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);

  pack_id = syl_pack_get_id (pack);
  if (!syl_store_has_digests (store, pack_id, &has_digests, error))
    return NULL;

  /* The digests are owned by the questions, which the pack keeps. */
  questions = syl_pack_get_questions (pack);
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SylQuestion) question = g_list_model_get_item (questions, i);

      g_hash_table_insert (digests, (char *) syl_question_get_id (question),
                           (char *) syl_question_get_digest (question));
    }

  if (!syl_store_sync_digests (store, pack_id, digests, now_us, &changed, error))
    return NULL;

  self = g_object_new (SYL_TYPE_PACK_UPDATE, NULL);
  self->store = g_object_ref (store);
  self->pack = g_object_ref (pack);
  self->first_sync = !has_digests;
  for (guint i = 0; i < changed->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (changed, i));
  self->changed_ids = g_strv_builder_end (builder);

  seen = syl_store_get_seen_changes_version (store, pack_id);
  self->unseen_changes = syl_pack_dup_changes_after (pack, seen);
  if (self->unseen_changes->len > 0)
    {
      gboolean answered = FALSE;

      if (!has_history (store, pack_id, &answered, error))
        return NULL;

      /* Nothing answered, nothing changed for this learner: what they
       * will study is this version. */
      if (!answered)
        {
          g_ptr_array_set_size (self->unseen_changes, 0);
          if (!syl_store_set_seen_changes_version (store, pack_id, syl_pack_get_version (pack), error))
            return NULL;
        }
    }

  return g_steal_pointer (&self);
}

/**
 * syl_pack_update_get_pack:
 *
 * Returns: (transfer none): the pack
 */
SylPack *
syl_pack_update_get_pack (SylPackUpdate *self)
{
  g_return_val_if_fail (SYL_IS_PACK_UPDATE (self), NULL);

  return self->pack;
}

/**
 * syl_pack_update_get_first_sync:
 *
 * Returns: whether the store had no digest of the pack before: its first
 *   sight of the pack (or of a store from before digests were kept), when
 *   no question can have changed
 */
gboolean
syl_pack_update_get_first_sync (SylPackUpdate *self)
{
  g_return_val_if_fail (SYL_IS_PACK_UPDATE (self), FALSE);

  return self->first_sync;
}

/**
 * syl_pack_update_get_changed_question_ids:
 *
 * Returns: (transfer none): the ids of the questions the learner had
 *   answered whose content changed in this update (their schedule
 *   restarted), sorted; empty when none did
 */
const char * const *
syl_pack_update_get_changed_question_ids (SylPackUpdate *self)
{
  g_return_val_if_fail (SYL_IS_PACK_UPDATE (self), NULL);

  return (const char * const *) self->changed_ids;
}

/**
 * syl_pack_update_get_unseen_changes:
 *
 * Returns: (transfer none) (element-type SylPackChange): the `<changes>`
 *   entries of the versions the learner has not been shown, newest first
 *   (see syl_pack_dup_changes_after()); empty when there are none to show
 */
GPtrArray *
syl_pack_update_get_unseen_changes (SylPackUpdate *self)
{
  g_return_val_if_fail (SYL_IS_PACK_UPDATE (self), NULL);

  return self->unseen_changes;
}

/**
 * syl_pack_update_mark_seen:
 * @error: return location for a #SYL_STORE_ERROR
 *
 * Records that the learner was shown the changes up to the pack's
 * version, so that they are not shown again. Call it once they were.
 *
 * Returns: %TRUE on success
 */
gboolean
syl_pack_update_mark_seen (SylPackUpdate  *self,
                           GError        **error)
{
  const char *pack_id;
  guint version;

  g_return_val_if_fail (SYL_IS_PACK_UPDATE (self), FALSE);

  pack_id = syl_pack_get_id (self->pack);
  version = MAX (syl_pack_get_version (self->pack),
                 syl_store_get_seen_changes_version (self->store, pack_id));
  if (!syl_store_set_seen_changes_version (self->store, pack_id, version, error))
    return FALSE;

  g_ptr_array_set_size (self->unseen_changes, 0);
  return TRUE;
}
